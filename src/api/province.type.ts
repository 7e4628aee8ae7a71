/**
 * Province: one of the 63 provinces plans were issued in before 2025, or of the 34 since the
 * merger (Resolution 202/2025/QH15).
 */
import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'A province or centrally-run city. Documents and agencies are IN_PROVINCE of the one their text names; former provinces are MERGED_INTO the one they became part of in 2025.',
})
export class Province extends Node {
  @Field(() => String)
  name!: string;
}
