/**
 * AgencyFilter.
 */
import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { foldWords, slugify } from '../text/index.js';
import type { AgencyQuery } from '../graph/agency.repository.js';
import { AgencyKind } from './agency.type.js';

@InputType({ description: 'Filters of an agency list; every field given must hold.' })
export class AgencyFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Words of the name or an alias, case- and diacritic-insensitive: `so y te` finds `Sở Y tế`.',
  })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Province name, e.g. `Hưng Yên` (any case, with or without diacritics).',
  })
  province?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'With province: also the former provinces merged into it in 2025 (`Bắc Ninh` then includes Bắc Giang).',
  })
  includeFormer?: boolean | null;

  @Field(() => AgencyKind, { nullable: true, description: 'Agencies of this kind, e.g. `SO_Y_TE`: every Sở Y tế.' })
  kind?: AgencyKind | null;
}

export function toAgencyQuery(filter: AgencyFilter | null | undefined): AgencyQuery {
  return {
    words: filter?.name
      ? foldWords(filter.name)
          .split(' ')
          .filter((word) => word.length > 0)
      : [],
    province: filter?.province ? slugify(filter.province) : null,
    includeFormer: filter?.includeFormer ?? false,
    kind: filter?.kind ?? null,
  };
}

@ArgsType()
export class AgencyPageArgs {
  @Field(() => AgencyFilter, { nullable: true })
  filter?: AgencyFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 0..100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;
}
