/**
 * Query.path: how two things are related, as the shortest path, over any relationship or the
 * types asked for, either direction or following the relationships' own; Query.sharedTasks: the
 * tasks several agencies take part in together.
 */
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import { findPath, listSharedTasks } from '../graph/path.repository.js';
import type { Context } from './context.js';
import { checkFirst } from './connection.js';
import { badInput } from './errors.js';
import { Direction, PathStep, Relationship, STATED_RELATIONSHIPS } from './path.type.js';
import { Task } from './task.type.js';

/** Longest path asked for; longer searches get costly on a dense graph. */
export const MAX_HOPS = 10;
/** Most agencies sharedTasks compares at once. */
export const MAX_SHARED_AGENCIES = 10;

@ArgsType()
class PathArgs {
  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Int, { nullable: true, defaultValue: 6, description: 'Longest path to look for, 1..10.' })
  maxHops!: number;

  @Field(() => [Relationship], {
    nullable: true,
    description:
      'Only these relationship types, e.g. `[HAS_TASK, LED_BY, COORDINATED_BY]`; when null, every type the texts state (all but the derived `DERIVES_FROM`, which a path follows only when named here).',
  })
  via?: Relationship[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Follow relationships only in their own direction, from `from` towards `to` (task → document → what it implements).',
  })
  directed!: boolean;
}

/** What the path resolver returns per step (the node resolved by the Node interface). */
interface StepResult {
  node: NodeRecord;
  via: string | null;
  direction: Direction | null;
}

@Resolver()
export class PathResolver {
  @Query(() => [PathStep], {
    nullable: true,
    description:
      'The shortest path from one node to another in at most maxHops (1..10) steps, over any relationship or those in `via`, either direction unless `directed`; null when there is none. An id that names no node is an error.',
  })
  async path(
    @Args(() => PathArgs) { from, to, maxHops, via, directed }: PathArgs,
    @Ctx() ctx: Context,
  ): Promise<StepResult[] | null> {
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) {
      throw badInput('maxHops', `Argument "maxHops" must be from 1 to ${MAX_HOPS}, got ${maxHops}.`);
    }
    if (via !== null && via !== undefined && via.length === 0) {
      throw badInput('via', 'Argument "via" must name at least one relationship type, or be left out for any.');
    }
    const [start, end] = await ctx.loaders.nodes.loadMany([from, to]);
    for (const [argument, id, node] of [
      ['from', from, start],
      ['to', to, end],
    ] as const) {
      if (node instanceof Error) throw node;
      if (node === null || node === undefined)
        throw badInput(argument, `Argument "${argument}" names no node: "${id}".`);
    }
    if (from === to) return [{ node: start as NodeRecord, via: null, direction: null }];
    const path = await findPath(ctx.db, from, to, { maxHops, directed, types: via ?? STATED_RELATIONSHIPS });
    if (path === null) return null;
    const nodes = await ctx.loaders.nodes.loadMany(path.ids);
    return nodes.map((node, i) => {
      if (node === null || node instanceof Error) throw node ?? new Error(`Node "${path.ids[i]}" vanished.`);
      return i === 0
        ? { node, via: null, direction: null }
        : {
            node,
            via: path.types[i - 1] ?? null,
            direction: path.forward[i - 1] ? Direction.FORWARD : Direction.BACKWARD,
          };
    });
  }

  @Query(() => [Task], {
    description:
      'Tasks every one of the given agencies (2..10) leads or coordinates, in document then text order; an id that names no agency is an error.',
  })
  async sharedTasks(
    @Arg('agencies', () => [ID]) agencies: string[],
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'How many tasks, 0..100.' })
    first: number,
    @Ctx() ctx: Context,
  ): Promise<NodeRecord[]> {
    checkFirst(first);
    const distinct = [...new Set(agencies)];
    if (distinct.length < 2 || distinct.length > MAX_SHARED_AGENCIES) {
      throw badInput(
        'agencies',
        `Argument "agencies" must name 2 to ${MAX_SHARED_AGENCIES} different agencies, got ${distinct.length}.`,
      );
    }
    const nodes = await ctx.loaders.nodes.loadMany(distinct);
    nodes.forEach((node, i) => {
      if (node instanceof Error) throw node;
      if (node === null || node.label !== 'Agency') {
        throw badInput('agencies', `Argument "agencies" names no agency: "${distinct[i]}".`);
      }
    });
    return first === 0 ? [] : listSharedTasks(ctx.db, distinct, first);
  }
}
