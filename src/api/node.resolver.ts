/**
 * Query.node: anything by id.
 */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import type { Context } from './context.js';
import { Node } from './node.type.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by id; null when there is none.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeRecord | null> {
    return ctx.loaders.nodes.load(id);
  }
}
