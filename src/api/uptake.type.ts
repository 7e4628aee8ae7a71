/**
 * How documents were taken up: each task of a directive or plan with the tasks that derive from
 * it, by province; tasks like a task in other provinces. Derived links are never stated facts:
 * every one says how it was found (method) and how sure (score).
 */
import { Field, Float, ObjectType } from 'type-graphql';
import { DERIVATION_METHODS, IMPLEMENTATION_LEVELS } from '../vocabulary/index.js';
import { graphqlEnum } from './enums.js';
import type { NodeRecord } from '../graph/node.repository.js';
import { Document } from './document.type.js';
import { Task } from './task.type.js';

/** How a derived link was found. */
export const DerivationMethod = graphqlEnum(
  DERIVATION_METHODS,
  'DerivationMethod',
  'REFERENCE: the task names the parent task by number ("nhiệm vụ 3.2 của Kế hoạch số …"); SIMILARITY: their texts are alike (TF-IDF cosine over folded words at or above 0.26).',
);
export type DerivationMethod = (typeof DERIVATION_METHODS)[number];

/** Who issued the document that implements another. */
export const ImplementationLevel = graphqlEnum(
  IMPLEMENTATION_LEVELS,
  'ImplementationLevel',
  "PARTY_PROGRAMME: the provincial Party committee's (Tỉnh ủy, Ban Thường vụ) programme or plan; UBND_PLAN: the People's Committee's; DEPARTMENT_PLAN: a department's (Sở).",
);
export type ImplementationLevel = (typeof IMPLEMENTATION_LEVELS)[number];

@ObjectType({ simpleResolvers: true, description: 'A task linked to another by derivation (never a stated fact).' })
export class DerivedTask {
  @Field(() => Task)
  task!: NodeRecord;

  @Field(() => Float, { description: '1 for a reference; the cosine for similarity.' })
  score!: number;

  @Field(() => DerivationMethod)
  method!: DerivationMethod;

  @Field(() => Boolean, { description: 'Always true: derived by the graph, not stated by a text.' })
  derived!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "One province's tasks that derive from a task." })
export class ProvinceUptake {
  @Field(() => String, { description: 'The province its documents name (before or after the 2025 merger).' })
  province!: string;

  @Field(() => [DerivedTask], { description: 'In document then text order.' })
  tasks!: DerivedTask[];
}

@ObjectType({ simpleResolvers: true, description: 'A task of a directive or plan and what derives from it.' })
export class TaskUptake {
  @Field(() => Task)
  task!: NodeRecord;

  @Field(() => [ProvinceUptake], { description: 'The tasks deriving from it, by province in name order.' })
  provinces!: ProvinceUptake[];
}

@ObjectType({
  simpleResolvers: true,
  description: "How a document's tasks were taken up, and which of its own tasks it added.",
})
export class Uptake {
  @Field(() => [TaskUptake], { description: 'Each of its tasks, in text order, with the tasks deriving from it.' })
  tasks!: TaskUptake[];

  @Field(() => [String], { description: 'The provinces whose tasks derive from any of its tasks, in name order.' })
  provinces!: string[];

  @Field(() => [Task], { description: 'Its tasks nothing derives from (no province took them up).' })
  untaken!: NodeRecord[];

  @Field(() => [Document], {
    description:
      'The ingested documents with tasks it implements (directly or through a chain): what its tasks were compared with.',
  })
  comparedWith!: NodeRecord[];

  @Field(() => [Task], {
    nullable: true,
    description:
      'Its tasks that derive from no task of the documents above it (added locally); null when no document above it has tasks in the graph, so there is nothing to compare with.',
  })
  addedLocally!: NodeRecord[] | null;
}

@ObjectType({ simpleResolvers: true, description: 'A task of another province like this one.' })
export class SimilarTask {
  @Field(() => Task)
  task!: NodeRecord;

  @Field(() => Float, {
    description: 'TF-IDF cosine over folded words, idf over the task and the candidates the full-text index gave.',
  })
  score!: number;
}
