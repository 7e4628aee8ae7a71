/**
 * Query.graphStats.
 */
import { Ctx, Query, Resolver } from 'type-graphql';
import { countGraph } from '../graph/stats.repository.js';
import type { Context } from './context.js';
import { GraphStats } from './stats.type.js';

@Resolver()
export class StatsResolver {
  @Query(() => GraphStats, { description: 'Counts of documents, tasks, agencies and targets in the graph.' })
  async graphStats(@Ctx() ctx: Context): Promise<GraphStats> {
    return countGraph(ctx.db);
  }
}
