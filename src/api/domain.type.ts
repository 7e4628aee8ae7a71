/**
 * Domain: one of the five application domains of 36-NQ/TW.
 */
import { Field, ObjectType } from 'type-graphql';
import { DOMAIN_CODES } from '../vocabulary/index.js';
import { graphqlEnum } from './enums.js';
import { Node } from './node.type.js';

export const DomainCode = graphqlEnum(DOMAIN_CODES, 'DomainCode', 'The five domains of 36-NQ/TW.');
export type DomainCode = (typeof DOMAIN_CODES)[number];

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An application domain of biotechnology.' })
export class Domain extends Node {
  @Field(() => DomainCode)
  code!: DomainCode;

  @Field(() => String, { description: 'Vietnamese name, e.g. `Nông nghiệp`.' })
  name!: string;

  @Field(() => String, { description: 'English name, e.g. `Agriculture`.' })
  nameEn!: string;
}
