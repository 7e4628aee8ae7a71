/**
 * DocumentFilter.
 */
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { slugify } from '../text/index.js';
import type { DocumentQuery } from '../graph/document.repository.js';
import { DocumentKind } from './document.type.js';

@InputType({ description: 'Filters of a document list; every field given must hold.' })
export class DocumentFilter {
  @Field(() => String, { nullable: true, description: 'The symbol as printed, e.g. `189/NQ-CP` (case-insensitive).' })
  symbol?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Province name, e.g. `Tây Ninh` (any case, with or without diacritics).',
  })
  province?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'With province: also the former provinces merged into it in 2025 (`Bắc Ninh` then includes Bắc Giang).',
  })
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
    province: filter?.province ? slugify(filter.province) : null,
    includeFormer: filter?.includeFormer ?? false,
    kind: filter?.kind ?? null,
    inCorpus: filter?.inCorpus ?? null,
    implements: filter?.implements ?? null,
  };
}

@ArgsType()
export class DocumentPageArgs {
  @Field(() => DocumentFilter, { nullable: true })
  filter?: DocumentFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 0..100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;
}
