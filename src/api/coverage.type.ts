/**
 * CoverageCell: how many tasks a province has in a domain.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { DomainCode } from './domain.type.js';

@ObjectType({ simpleResolvers: true, description: 'The number of distinct tasks of one province in one domain.' })
export class CoverageCell {
  @Field(() => String)
  province!: string;

  @Field(() => DomainCode)
  domain!: DomainCode;

  @Field(() => Int)
  tasks!: number;
}
