/**
 * Domain: one of the five application domains of 36-NQ/TW.
 */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from './node.type.js';

export enum DomainCode {
  AGRICULTURE = 'AGRICULTURE',
  HEALTH = 'HEALTH',
  ENVIRONMENT = 'ENVIRONMENT',
  INDUSTRY = 'INDUSTRY',
  SECURITY = 'SECURITY',
}
registerEnumType(DomainCode, { name: 'DomainCode', description: 'The five domains of 36-NQ/TW.' });

@ObjectType({ implements: Node, description: 'An application domain of biotechnology.' })
export class Domain extends Node {
  @Field(() => DomainCode)
  code!: DomainCode;

  @Field(() => String, { description: 'Vietnamese name, e.g. `Nông nghiệp`.' })
  name!: string;

  @Field(() => String, { description: 'English name, e.g. `Agriculture`.' })
  nameEn!: string;
}
