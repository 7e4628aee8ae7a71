/**
 * Document.uptake, Task.similar and Query.provincesWithout: how a directive's tasks were taken
 * up, which provinces have no plan for it, and the same duty in other provinces.
 */
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import { listProvincesWithout } from '../graph/uptake.repository.js';
import { IMPLEMENTATION_LEVEL_ISSUERS } from '../vocabulary/index.js';
import type { Context } from './context.js';
import { checkFirst } from './connection.js';
import { Document, DocumentKind } from './document.type.js';
import { badInput } from './errors.js';
import { MAX_SIMILAR } from './limits.js';
import { Province } from './province.type.js';
import { Task } from './task.type.js';
import { ImplementationLevel, ProvinceUptake, SimilarTask, TaskUptake, Uptake } from './uptake.type.js';
import { compareVietnamese } from '../text/index.js';

@ArgsType()
class ProvincesWithoutArgs {
  @Field(() => ID, { description: 'The document the plans would implement (directly or through a chain).' })
  implements!: string;

  @Field(() => ImplementationLevel, {
    nullable: true,
    description: 'Count only documents issued at this level; any when null.',
  })
  level?: ImplementationLevel | null;

  @Field(() => DocumentKind, { nullable: true, description: 'Count only documents of this kind; any when null.' })
  kind?: DocumentKind | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The provinces to look at, each on its own (e.g. former ones); when null, the 34 current provinces, each with the former provinces merged into it.',
  })
  provinces?: string[] | null;
}

@Resolver(() => Document)
export class DocumentUptakeResolver {
  @FieldResolver(() => Uptake, {
    description:
      'How its tasks were taken up: each task with the tasks deriving from it by province, the tasks nothing derives from, and its own tasks that derive from nothing above it.',
  })
  async uptake(@Root() document: NodeRecord, @Ctx() ctx: Context): Promise<Uptake> {
    const { tasks, comparedWith } = await ctx.loaders.documentUptake.load(document.id);
    const taskUptakes: TaskUptake[] = tasks.map(({ task, derived }) => {
      const byProvince = new Map<string, ProvinceUptake>();
      for (const link of derived) {
        const province = String(link.task.province ?? '');
        const group = byProvince.get(province) ?? { province, tasks: [] };
        group.tasks.push({ task: link.task, score: link.score, method: link.method as never, derived: true });
        byProvince.set(province, group);
      }
      const provinces = [...byProvince.values()].sort((a, b) => compareVietnamese(a.province, b.province));
      return { task, provinces };
    });
    const provinces = [...new Set(taskUptakes.flatMap((item) => item.provinces.map((group) => group.province)))];
    return {
      tasks: taskUptakes,
      provinces: provinces.sort(compareVietnamese),
      untaken: tasks.filter((item) => item.derived.length === 0).map((item) => item.task),
      comparedWith,
      addedLocally:
        comparedWith.length === 0
          ? null
          : tasks.filter((item) => item.derivesFrom.length === 0).map((item) => item.task),
    };
  }
}

@Resolver(() => Task)
export class TaskSimilarResolver {
  @FieldResolver(() => [SimilarTask], {
    description:
      "The tasks of other provinces' documents most like it (the same duty elsewhere), best first; computed on demand, never stored.",
  })
  async similar(
    @Root() task: NodeRecord,
    @Arg('first', () => Int, { defaultValue: 5, description: `How many, 0..${MAX_SIMILAR}.` }) first: number,
    @Ctx() ctx: Context,
  ): Promise<SimilarTask[]> {
    if (!Number.isInteger(first) || first < 0 || first > MAX_SIMILAR) {
      throw badInput('first', `Argument "first" must be from 0 to ${MAX_SIMILAR}, got ${first}.`);
    }
    const all = await ctx.loaders.similarTasks.load(task);
    return all.slice(0, first);
  }
}

@Resolver(() => Province)
export class ProvincesWithoutResolver {
  @Query(() => [Province], {
    description:
      'Provinces with no document in the graph (ingested or known from citations) implementing the document, directly or through a chain; in name order.',
  })
  async provincesWithout(
    @Args(() => ProvincesWithoutArgs) { implements: id, level, kind, provinces }: ProvincesWithoutArgs,
    @Ctx() ctx: Context,
  ): Promise<NodeRecord[]> {
    if ((await ctx.loaders.nodes.load(id))?.label !== 'Document') {
      throw badInput('implements', `Argument "implements" names no document: "${id}".`);
    }
    if (provinces) {
      const found = await ctx.loaders.nodes.loadMany(provinces);
      const unknown = provinces.find((_, i) => (found[i] as NodeRecord | null)?.label !== 'Province');
      if (unknown !== undefined) throw badInput('provinces', `Argument "provinces" names no province: "${unknown}".`);
      checkFirst(provinces.length, 'provinces');
    }
    return listProvincesWithout(ctx.db, {
      id,
      issuerPattern: level ? IMPLEMENTATION_LEVEL_ISSUERS[level] : null,
      kind: kind ?? null,
      provinceIds: provinces ?? null,
    });
  }
}
