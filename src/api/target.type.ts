/**
 * Target: a quantified goal a document sets ("7% of GRDP by 2030").
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A quantified target a document sets.' })
export class Target extends Node {
  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true })
  metric!: string | null;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper bound of a range such as `10-15`.' })
  valueMax!: number | null;

  @Field(() => String, { nullable: true })
  unit!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;
}
