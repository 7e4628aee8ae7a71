/**
 * GraphStats: how much the graph holds.
 */
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How much the graph holds, counted in Neo4j.' })
export class GraphStats {
  @Field(() => Int, { description: 'Documents, including those known only from citations.' })
  documents!: number;

  @Field(() => Int, { description: 'Documents whose text was ingested.' })
  documentsInCorpus!: number;

  @Field(() => Int, { description: 'Tasks assigned by the ingested documents.' })
  tasks!: number;

  @Field(() => Int, { description: 'Agencies (each province scopes its own).' })
  agencies!: number;

  @Field(() => Int, { description: 'Quantified targets.' })
  targets!: number;
}
