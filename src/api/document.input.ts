/**
 * DocumentFilter.
 */
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from './page.input.js';
import { IncludeFormerField, ProvinceField, provinceScope } from './province.input.js';
import type { DocumentQuery } from '../graph/document.repository.js';
import { DocumentKind } from './document.type.js';

@InputType({ description: 'Filters of a document list; every field given must hold.' })
export class DocumentFilter {
  @Field(() => String, { nullable: true, description: 'The symbol as printed, e.g. `189/NQ-CP` (case-insensitive).' })
  symbol?: string | null;

  @ProvinceField('Province name', 'Tây Ninh')
  province?: string | null;

  @IncludeFormerField()
  includeFormer?: boolean | null;

  @Field(() => DocumentKind, { nullable: true })
  kind?: DocumentKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: ingested documents; false: known only from citations.' })
  inCorpus?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Documents implementing this one, transitively.' })
  implements?: string | null;
}

export function toDocumentQuery(filter: DocumentFilter | null | undefined): DocumentQuery {
  return {
    symbol: filter?.symbol ?? null,
    ...provinceScope(filter),
    kind: filter?.kind ?? null,
    inCorpus: filter?.inCorpus ?? null,
    implements: filter?.implements ?? null,
  };
}

@ArgsType()
export class DocumentPageArgs extends PageArgs {
  @Field(() => DocumentFilter, { nullable: true })
  filter?: DocumentFilter | null;
}
