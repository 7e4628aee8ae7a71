/**
 * Query.agency, Query.agencies and Agency's relation fields (all through the request's loaders).
 */
import type { GraphQLResolveInfo } from 'graphql';
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
import { taskConnection } from './task.connection.js';
import { TaskConnection } from './task.type.js';

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => Agency, { nullable: true, description: 'An agency by id; null when there is none.' })
  async agency(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeRecord | null> {
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
    const query = toTaskQuery(filter, {
      agency: agency.id,
      role: role ?? filter?.role ?? null,
      includeUnits: (includeUnits ?? false) || (filter?.includeUnits ?? false),
    });
    return taskConnection(ctx, query, first, after, info);
  }
}
