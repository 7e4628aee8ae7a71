/**
 * Query.path: how two things are related, as the shortest path over any relationship.
 */
import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import { findPath } from '../graph/path.repository.js';
import type { Context } from './context.js';
import { badInput } from './errors.js';
import { PathStep } from './path.type.js';

/** Longest path asked for; longer searches get costly on a dense graph. */
export const MAX_HOPS = 10;

@ArgsType()
class PathArgs {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Int, { nullable: true, defaultValue: 6, description: 'Longest path to look for, 1..10.' })
  maxHops!: number;
}

@Resolver()
export class PathResolver {
  @Query(() => [PathStep], {
    nullable: true,
    description:
      'The shortest path from one node to another over any relationship, either direction, in at most maxHops (1..10) steps; null when there is none.',
  })
  async path(
    @Args(() => PathArgs) { from, to, maxHops }: PathArgs,
    @Ctx() ctx: Context,
  ): Promise<{ node: NodeRecord; via: string | null }[] | null> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
      throw badInput('maxHops', `Argument "maxHops" must be from 1 to ${MAX_HOPS}, got ${maxHops}.`);
    }
    if (from === to) {
      const node = await ctx.loaders.nodes.load(from);
      return node === null ? null : [{ node, via: null }];
    }
    const path = await findPath(ctx.db, from, to, maxHops);
    if (path === null) return null;
    const nodes = await ctx.loaders.nodes.loadMany(path.ids);
    return nodes.map((node, i) => {
      if (node === null || node instanceof Error) throw node ?? new Error(`Node "${path.ids[i]}" vanished.`);
      return { node, via: i === 0 ? null : (path.types[i - 1] ?? null) };
    });
  }
}
