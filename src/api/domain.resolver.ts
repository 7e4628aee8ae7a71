/**
 * Query.domains and Domain.tasks.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { listDomains, type NodeRecord } from '../graph/node.repository.js';
import type { Context } from './context.js';
import type { ConnectionResult } from './connection.js';
import { Domain } from './domain.type.js';
import { TaskPageArgs, toTaskQuery } from './task.input.js';
import { taskConnection } from './task.connection.js';
import { TaskConnection } from './task.type.js';

@Resolver(() => Domain)
export class DomainResolver {
  @Query(() => [Domain], { description: 'The five domains of 36-NQ/TW, by code.' })
  async domains(@Ctx() ctx: Context): Promise<NodeRecord[]> {
    return listDomains(ctx.db);
  }

  @FieldResolver(() => TaskConnection, { description: 'Tasks in this domain.' })
  async tasks(
    @Root() domain: NodeRecord,
    @Args(() => TaskPageArgs) { filter, first, after }: TaskPageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<NodeRecord>> {
    return taskConnection(ctx, toTaskQuery(filter, { domain: domain.code as string }), first, after, info);
  }
}
