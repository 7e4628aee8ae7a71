/**
 * Query.agency, Query.agencies and Agency's relation fields (all through the request's loaders).
 */
import { getArgumentValues, type GraphQLObjectType, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import { countAgencies, listAgencies } from '../graph/agency.repository.js';
import type { Context } from './context.js';
import { checkFirst, decodeCursor, toConnection, type ConnectionResult } from './connection.js';
import { AgencyPageArgs, toAgencyQuery } from './agency.input.js';
import { Agency, AgencyConnection, AgencyKind } from './agency.type.js';
import { Document } from './document.type.js';
import { ofLabel } from './node.type.js';
import { AgencyTaskPageArgs, toTaskQuery } from './task.input.js';
import { taskConnection, taskPageRequest } from './task.connection.js';
import { fieldGroups } from './projection.js';
import type { TaskPageRequest, TaskQuery } from '../graph/task.repository.js';
import { TaskConnection } from './task.type.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: 'An agency by id; null when there is none.' })
  async agency(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord | null> {
    // Asked with its tasks, the agency comes with their page (one round trip, not two), and
    // Agency.tasks then finds the page in the loader's cache.
    const pages = taskPagesBelow(info, id);
    if (pages !== null && pages.length > 0) {
      const [page] = await Promise.all(pages.map((request) => ctx.loaders.taskPages.load(request)));
      return page!.agency ?? null;
    }
    return ofLabel(await ctx.loaders.nodes.load(id), 'Agency');
  }

  @Query(() => AgencyConnection, { description: 'Agencies matching the filter, in id order.' })
  async agencies(
    @Args(() => AgencyPageArgs) { filter, first, after }: AgencyPageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<NodeRecord>> {
    checkFirst(first);
    const key = after ? (decodeCursor(after, ['string'])[0] as string) : null;
    const query = toAgencyQuery(filter);
    const rows = await listAgencies(ctx.db, query, key, first + 1);
    return toConnection(
      rows,
      first,
      after,
      (agency) => [agency.id],
      () => countAgencies(ctx.db, query),
    );
  }

  @FieldResolver(() => [String])
  aliases(@Root() agency: NodeRecord): string[] {
    return (agency.aliases as string[] | undefined) ?? [];
  }

  @FieldResolver(() => Boolean)
  isCollective(@Root() agency: NodeRecord): boolean {
    return agency.isCollective === true;
  }

  @FieldResolver(() => AgencyKind, { nullable: true })
  kind(@Root() agency: NodeRecord): AgencyKind | null {
    return (agency.kind as AgencyKind | undefined) ?? null;
  }

  @FieldResolver(() => [AgencyKind])
  coversKinds(@Root() agency: NodeRecord): AgencyKind[] {
    return (agency.coversKinds as AgencyKind[] | undefined) ?? [];
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The body it is part of (a unit → its Sở).' })
  async parent(@Root() agency: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord | null> {
    return (await ctx.loaders.agencyRelations.load(agency.id)).parent;
  }

  @FieldResolver(() => [Agency], { description: 'Its direct units.' })
  async units(@Root() agency: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[]> {
    return (await ctx.loaders.agencyRelations.load(agency.id)).units;
  }

  @FieldResolver(() => [Document], { description: 'Documents it issued.' })
  async issued(@Root() agency: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[]> {
    return (await ctx.loaders.agencyRelations.load(agency.id)).issued;
  }

  @FieldResolver(() => TaskConnection, {
    description: 'Tasks it leads or coordinates (role null: both); includeUnits adds those of its units, transitively.',
  })
  async tasks(
    @Root() agency: NodeRecord,
    @Args(() => AgencyTaskPageArgs) { role, includeUnits, filter, first, after }: AgencyTaskPageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<NodeRecord>> {
    return taskConnection(ctx, agencyTaskQuery(agency.id, { role, includeUnits, filter }), first, after, info);
  }
}

/** The task query of Agency.tasks. */
function agencyTaskQuery(
  id: string,
  { role, includeUnits, filter }: Pick<AgencyTaskPageArgs, 'role' | 'includeUnits' | 'filter'>,
): TaskQuery {
  return toTaskQuery(filter, {
    agency: id,
    role: role ?? filter?.role ?? null,
    includeUnits: (includeUnits ?? false) || (filter?.includeUnits ?? false),
  });
}

/**
 * The page requests the `tasks` fields selected on agency `id` will make (one per response
 * key), from their arguments as the schema reads them; null when one has arguments it would
 * refuse, so that the field itself reports the error at its own path.
 */
function taskPagesBelow(info: GraphQLResolveInfo, id: string): TaskPageRequest[] | null {
  const field = (info.schema.getType('Agency') as GraphQLObjectType).getFields().tasks!;
  try {
    return fieldGroups(info, 'tasks').map((fieldNodes) => {
      const args = getArgumentValues(field, fieldNodes[0]!, info.variableValues) as unknown as AgencyTaskPageArgs;
      return taskPageRequest(agencyTaskQuery(id, args), args.first, args.after, {
        fieldNodes,
        fragments: info.fragments,
      });
    });
  } catch {
    return null;
  }
}
