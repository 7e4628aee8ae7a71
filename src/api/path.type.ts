/**
 * PathStep: one node of a path, the relationship that led to it and which way that points; and
 * the relationship types a path may be limited to.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from './node.type.js';

/** The graph's relationship types (schema/graph-model.md). */
export enum Relationship {
  IMPLEMENTS = 'IMPLEMENTS',
  CITES = 'CITES',
  ISSUED_BY = 'ISSUED_BY',
  HAS_TASK = 'HAS_TASK',
  PART_OF = 'PART_OF',
  LED_BY = 'LED_BY',
  COORDINATED_BY = 'COORDINATED_BY',
  IN_DOMAIN = 'IN_DOMAIN',
  IN_PROVINCE = 'IN_PROVINCE',
  SETS = 'SETS',
  MERGED_INTO = 'MERGED_INTO',
  /** Derived from the tasks' texts (src/derive/), never stated by one. */
  DERIVES_FROM = 'DERIVES_FROM',
}

/** The relationships the texts state: all but the derived DERIVES_FROM. */
export const STATED_RELATIONSHIPS = Object.values(Relationship).filter((type) => type !== Relationship.DERIVES_FROM);
registerEnumType(Relationship, {
  name: 'Relationship',
  description: 'A relationship type of the graph (schema/graph-model.md).',
});

/** Which way a step's relationship points, relative to the walk. */
export enum Direction {
  FORWARD = 'FORWARD',
  BACKWARD = 'BACKWARD',
}
registerEnumType(Direction, {
  name: 'Direction',
  description:
    'FORWARD: the relationship points from the step before to this one (task -LED_BY-> agency); BACKWARD: the other way.',
});

@ObjectType({
  simpleResolvers: true,
  description: 'A node on a path, the relationship that led to it, and which way it points.',
})
export class PathStep {
  @Field(() => Node)
  node!: Node;

  @Field(() => String, { nullable: true, description: 'e.g. `HAS_TASK`, `IMPLEMENTS`; null on the first step.' })
  via!: string | null;

  @Field(() => Direction, { nullable: true, description: 'Which way `via` points; null on the first step.' })
  direction!: Direction | null;
}
