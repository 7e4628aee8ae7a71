/**
 * Query.neighbourhood: what lies one or two relationships from a node (the explorer's graph view).
 */
import { Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { NodeLabel } from '../graph/node.repository.js';
import { findNeighbourhood, type NeighbourhoodRows } from '../graph/neighbourhood.repository.js';
import type { Context } from './context.js';
import { checkFirst } from './connection.js';
import { badInput } from './errors.js';
import { Neighbourhood, NodeType } from './neighbourhood.type.js';

/** Farthest a neighbourhood reaches: beyond two hops it is most of the graph. */
export const MAX_NEIGHBOURHOOD_HOPS = 2;

@ArgsType()
class NeighbourhoodArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'How many relationships away, 1 or 2.' })
  hops!: number;

  @Field(() => [NodeType], {
    nullable: true,
    description: 'Only nodes of these types, reached only through such nodes (any type when null).',
  })
  types?: NodeType[] | null;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'Most nodes besides the focus, 0..100.' })
  first!: number;
}

@Resolver()
export class NeighbourhoodResolver {
  @Query(() => Neighbourhood, {
    nullable: true,
    description:
      'The nodes within `hops` relationships of a node (either direction) and the relationships among them; null when no node has the id.',
  })
  async neighbourhood(
    @Args(() => NeighbourhoodArgs) { id, hops, types, first }: NeighbourhoodArgs,
    @Ctx() ctx: Context,
  ): Promise<(NeighbourhoodRows & { focus: NeighbourhoodRows['nodes'][number] }) | null> {
    checkFirst(first);
    if (!Number.isInteger(hops) || hops < 1 || hops > MAX_NEIGHBOURHOOD_HOPS) {
      throw badInput('hops', `Argument "hops" must be 1 or ${MAX_NEIGHBOURHOOD_HOPS}, got ${hops}.`);
    }
    const labels = (types ?? Object.values(NodeType)) as NodeLabel[];
    const rows = await findNeighbourhood(ctx.db, id, hops, labels, first);
    if (rows === null) return null;
    return { ...rows, focus: rows.nodes[0]! };
  }
}
