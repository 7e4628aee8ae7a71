/**
 * Query.coverage: task counts per province × domain.
 */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { countCoverage, type CoverageRow } from '../graph/coverage.repository.js';
import type { Context } from './context.js';
import { CoverageCell } from './coverage.type.js';

@Resolver()
export class CoverageResolver {
  @Query(() => [CoverageCell], {
    description:
      'Distinct tasks per province and domain, of the documents implementing `directive` transitively (all tasks when null); non-zero cells, by province then domain.',
  })
  async coverage(
    @Arg('directive', () => ID, { nullable: true }) directive: string | null,
    @Ctx() ctx: Context,
  ): Promise<CoverageRow[]> {
    return countCoverage(ctx.db, directive ?? null);
  }
}
