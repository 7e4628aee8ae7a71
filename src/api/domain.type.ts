/**
 * Domain: one of the five application domains of 36-NQ/TW.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DOMAIN_CODES, enumOf } from '../vocabulary/index.js';
import { Node } from './node.type.js';

export const DomainCode = enumOf(DOMAIN_CODES);
export type DomainCode = (typeof DOMAIN_CODES)[number];
registerEnumType(DomainCode, { name: 'DomainCode', description: 'The five domains of 36-NQ/TW.' });

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An application domain of biotechnology.' })
export class Domain extends Node {
  @Field(() => DomainCode)
  code!: DomainCode;

  @Field(() => String, { description: 'Vietnamese name, e.g. `Nông nghiệp`.' })
  name!: string;

  @Field(() => String, { description: 'English name, e.g. `Agriculture`.' })
  nameEn!: string;
}
