/**
 * PathStep: one node of a path and the relationship that led to it.
 */
import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({ description: 'A node on a path, and the relationship type that led to it.' })
export class PathStep {
  @Field(() => Node)
  node!: Node;

  @Field(() => String, { nullable: true, description: 'e.g. `HAS_TASK`, `IMPLEMENTS`; null on the first step.' })
  via!: string | null;
}
