/**
 * Agency: a body that issues documents or is assigned tasks, scoped to its province.
 */
import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.type.js';
import { connectionType } from './connection.js';

@ObjectType({ implements: Node, description: 'An agency (Sở, UBND, centre ...), province-scoped.' })
export class Agency extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Every spelling seen in the documents.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Null for national bodies.' })
  province!: string | null;

  @Field(() => Boolean, { description: 'True for groups such as `Các sở, ban, ngành`.' })
  isCollective!: boolean;
}

export const AgencyConnection = connectionType('Agency', () => Agency);
