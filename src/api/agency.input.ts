/**
 * AgencyFilter.
 */
import { ArgsType, Field, InputType } from 'type-graphql';
import { wordsOf } from '../text/index.js';
import { PageArgs } from './page.input.js';
import { IncludeFormerField, ProvinceField, provinceScope } from './province.input.js';
import type { AgencyQuery } from '../graph/agency.repository.js';
import { AgencyKind } from './agency.type.js';

@InputType({ description: 'Filters of an agency list; every field given must hold.' })
export class AgencyFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words of the name or an alias, case- and diacritic-insensitive: `so y te` finds `Sở Y tế`.',
  })
  name?: string | null;

  @ProvinceField('Province name', 'Hưng Yên')
  province?: string | null;

  @IncludeFormerField()
  includeFormer?: boolean | null;

  @Field(() => AgencyKind, { nullable: true, description: 'Agencies of this kind, e.g. `SO_Y_TE`: every Sở Y tế.' })
  kind?: AgencyKind | null;
}

export function toAgencyQuery(filter: AgencyFilter | null | undefined): AgencyQuery {
  return {
    words: filter?.name ? wordsOf(filter.name) : [],
    ...provinceScope(filter),
    kind: filter?.kind ?? null,
  };
}

@ArgsType()
export class AgencyPageArgs extends PageArgs {
  @Field(() => AgencyFilter, { nullable: true })
  filter?: AgencyFilter | null;
}
