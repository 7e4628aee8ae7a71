/**
 * Query.graphStats and Query.taskStats (counts the explorer's pages show without paging).
 */
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import { countGraph, countTasks, type TaskCounts, type TaskGroupRow } from '../graph/stats.repository.js';
import type { Context } from './context.js';
import { checkFirst } from './connection.js';
import { Agency } from './agency.type.js';
import { GraphStats, TaskCount, TaskGrouping, TaskStats } from './stats.type.js';
import { TaskFilter, toTaskQuery } from './task.input.js';
import { AssignmentRole } from './task.type.js';

@ArgsType()
class TaskStatsArgs {
  @Field(() => TaskFilter, { nullable: true })
  filter?: TaskFilter | null;

  @Field(() => [TaskGrouping], { description: 'What to count by; none: one group of every matching task.' })
  groupBy!: TaskGrouping[];

  @Field(() => AssignmentRole, {
    nullable: true,
    description:
      'With AGENCY, AGENCY_KIND or ROLE: count only assignments on this side (agencies or kinds ranked by tasks led: LEAD).',
  })
  role?: AssignmentRole | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many groups, 0..100.' })
  first!: number;
}

@Resolver(() => TaskCount)
export class StatsResolver {
  @Query(() => GraphStats, { description: 'Counts of documents, tasks, agencies and targets in the graph.' })
  async graphStats(@Ctx() ctx: Context): Promise<GraphStats> {
    return countGraph(ctx.db);
  }

  @Query(() => TaskStats, {
    description:
      'The tasks matching the filter counted by the groupings given, in one query, most first: e.g. `groupBy: [PROVINCE, DOMAIN]` for coverage, `[AGENCY]` with `role: LEAD` for the agencies leading most, `[AGENCY_KIND]` for the kinds of bodies across provinces.',
  })
  async taskStats(
    @Args(() => TaskStatsArgs) { filter, groupBy, role, first }: TaskStatsArgs,
    @Ctx() ctx: Context,
  ): Promise<{ tasks: number; groupCount: number; groups: TaskGroupRow[] }> {
    checkFirst(first);
    const counts: TaskCounts = await countTasks(
      ctx.db,
      toTaskQuery(filter),
      [...new Set(groupBy)],
      role ?? null,
      first,
    );
    return { tasks: counts.total, groupCount: counts.groupCount, groups: counts.groups };
  }

  @FieldResolver(() => Agency, { nullable: true })
  async agency(@Root() row: TaskGroupRow, @Ctx() ctx: Context): Promise<NodeRecord | null> {
    return row.agencyId === null ? null : ctx.loaders.nodes.load(row.agencyId);
  }
}
