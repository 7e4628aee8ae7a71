/**
 * Task: one duty a plan assigns, with its leads, coordinators, domains and time frame.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { ASSIGNMENT_ROLES, RECURRENCES } from '../vocabulary/index.js';
import { graphqlEnum } from './enums.js';
import { Node } from './node.type.js';
import { connectionType } from './connection.js';

/** Which side of an assignment an agency is on. */
export const AssignmentRole = graphqlEnum(
  ASSIGNMENT_ROLES,
  'AssignmentRole',
  'LEAD: chủ trì (leads the task); COORDINATOR: phối hợp (supports it).',
);
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** A task that recurs rather than spanning years. */
export const Recurrence = graphqlEnum(RECURRENCES, 'Recurrence', 'ANNUAL: hàng năm; ONGOING: thường xuyên.');
export type Recurrence = (typeof RECURRENCES)[number];

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A task a plan assigns.' })
export class Task extends Node {
  @Field(() => String, { nullable: true, description: 'As printed, joined with `.`: `1.2`, `II.2`.' })
  code!: string | null;

  @Field(() => String, {
    description:
      "Its item's heading, whole: an appendix row's task cell, a numbered item's heading, a duty as printed.",
  })
  title!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true, description: 'As printed: `Hàng năm`, `2025-2030`, `Dự kiến 2024-2026`.' })
  timeframe!: string | null;

  @Field(() => Int, { nullable: true })
  startYear!: number | null;

  @Field(() => Int, { nullable: true })
  endYear!: number | null;

  @Field(() => Recurrence, { nullable: true })
  recurrence!: Recurrence | null;

  @Field(() => String, { nullable: true })
  expectedResult!: string | null;

  @Field(() => String, { nullable: true, description: "Its document's province." })
  province!: string | null;

  @Field(() => Int, { description: 'Position in its document.' })
  ordinal!: number;
}

export const TaskConnection = connectionType('Task', () => Task);
