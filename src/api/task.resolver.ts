/**
 * Query.task, Query.tasks and Task's relation fields (all through the request's loaders).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import type { TaskRelation, TaskRelations } from '../graph/task.repository.js';
import type { Context } from './context.js';
import type { ConnectionResult } from './connection.js';
import { Agency } from './agency.type.js';
import { Document } from './document.type.js';
import { Domain } from './domain.type.js';
import { Source, sourceOf } from './node.type.js';
import { propertiesSelected, selectionAt } from './projection.js';
import { TaskPageArgs, toTaskQuery } from './task.input.js';
import { READ_WITH_PAGE, taskConnection, type PageTask } from './task.connection.js';
import { Task, TaskConnection } from './task.type.js';

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => Task, { nullable: true, description: 'A task by id; null when there is none.' })
  async task(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord | null> {
    // The selected fields only, and the lineage in the same round trip when it is selected.
    const paths = selectionAt(info, ['lineagePaths']);
    return ctx.loaders.tasks.load({
      id,
      fields: propertiesSelected(info, info.fieldNodes),
      ...(paths.length > 0 ? { pathFields: propertiesSelected(info, paths) } : {}),
    });
  }

  @Query(() => TaskConnection, { description: 'Tasks matching the filter, in document then text order.' })
  async tasks(
    @Args(() => TaskPageArgs) { filter, first, after }: TaskPageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<NodeRecord>> {
    return taskConnection(ctx, toTaskQuery(filter), first, after, info);
  }

  @FieldResolver(() => Document, { description: 'The document that assigns it.' })
  document(@Root() task: NodeRecord, @Ctx() ctx: Context): Answer<NodeRecord | null> {
    // A task read in a page holds its document's selected fields, read with the page (task.connection.ts).
    if (task.document !== undefined) return task.document as NodeRecord;
    return ctx.loaders.nodes.load(task.documentId as string);
  }

  // Not async: a task read in a page answers these from what the page read, with no promise per
  // task (graphql completes a list of plain values without awaiting each).
  @FieldResolver(() => Task, { nullable: true, description: 'The group task it belongs to.' })
  parent(@Root() task: NodeRecord, @Ctx() ctx: Context): Answer<NodeRecord | null> {
    return relationOf(ctx, task, 'parent', (relations) => relations.parent);
  }

  @FieldResolver(() => [Task], { description: 'Its sub-tasks, in document order.' })
  subtasks(@Root() task: NodeRecord, @Ctx() ctx: Context): Answer<NodeRecord[]> {
    return relationOf(ctx, task, 'subtasks', (relations) => relations.subtasks);
  }

  @FieldResolver(() => [Agency], { description: 'Agencies that lead it (chủ trì), in the order named.' })
  leads(@Root() task: NodeRecord, @Ctx() ctx: Context): Answer<NodeRecord[]> {
    return relationOf(ctx, task, 'leads', (relations) => relations.leads);
  }

  @FieldResolver(() => [Agency], { description: 'Agencies that support it (phối hợp), in the order named.' })
  coordinators(@Root() task: NodeRecord, @Ctx() ctx: Context): Answer<NodeRecord[]> {
    return relationOf(ctx, task, 'coordinators', (relations) => relations.coordinators);
  }

  @FieldResolver(() => [Domain], { description: 'Domains of 36-NQ/TW it serves.' })
  domains(@Root() task: NodeRecord, @Ctx() ctx: Context): Answer<NodeRecord[]> {
    return relationOf(ctx, task, 'domains', (relations) => relations.domains);
  }

  @FieldResolver(() => [[Document]], {
    description: "Its document's lineagePaths: each chain from its document up to a root directive.",
  })
  async lineagePaths(@Root() task: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[][]> {
    // Query.task reads the lineage with the task when it is selected.
    if (task.lineagePaths !== undefined) return task.lineagePaths as NodeRecord[][];
    return (await ctx.loaders.documentLineage.load(task.documentId as string)).lineagePaths;
  }

  @FieldResolver(() => Source, { description: 'Where the task is written.' })
  source(@Root() task: NodeRecord): Source | null {
    return sourceOf(task);
  }
}

/** A value, or a promise of it when it has to be read. */
type Answer<T> = T | Promise<T>;

/**
 * A task's relation: from what its page read with it when it was read in a page that asked for
 * this relation (task.connection.ts), else through the loader.
 */
function relationOf<T>(
  ctx: Context,
  task: PageTask,
  relation: TaskRelation,
  pick: (relations: TaskRelations) => T,
): Answer<T> {
  const withPage = task[READ_WITH_PAGE];
  if (withPage !== undefined && withPage.read.includes(relation)) return pick(withPage.relations);
  return ctx.loaders.taskRelations.load({ id: task.id, relation }).then(pick);
}
