/**
 * Query.provinces and Province's merger fields.
 */
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import { listProvinces } from '../graph/province.repository.js';
import type { Context } from './context.js';
import { Province } from './province.type.js';

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], {
    description:
      'Provinces by name: all (the 63 of before 2025 and the 34 of since), or with `current: true` the 34 of today, `false` the former ones.',
  })
  async provinces(
    @Arg('current', () => Boolean, { nullable: true }) current: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<NodeRecord[]> {
    return listProvinces(ctx.db, current ?? null);
  }

  @FieldResolver(() => Boolean, { description: 'One of the 34 provinces since the 2025 merger.' })
  current(@Root() province: NodeRecord): boolean {
    return province.current === true;
  }

  @FieldResolver(() => Province, {
    nullable: true,
    description: 'The province it became part of in the 2025 merger (null for the 34 of today).',
  })
  async mergedInto(@Root() province: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord | null> {
    return (await ctx.loaders.provinceRelations.load(province.id)).mergedInto;
  }

  @FieldResolver(() => String, { nullable: true, description: 'When it became part of `mergedInto` (ISO date).' })
  async mergedOn(@Root() province: NodeRecord, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.loaders.provinceRelations.load(province.id)).mergedOn;
  }

  @FieldResolver(() => [Province], { description: 'The former provinces merged into it, by name.' })
  async formerProvinces(@Root() province: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[]> {
    return (await ctx.loaders.provinceRelations.load(province.id)).formerProvinces;
  }
}
