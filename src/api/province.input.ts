/**
 * The province fields of a filter (`province` and `includeFormer`), as the agency, document and
 * task filters take them, and their translation into a repository query's.
 */
import { Field } from 'type-graphql';
import { slugify } from '../text/index.js';

/** A filter's `province` field: a province name, `what` saying whose (e.g. "Its document's province"). */
export function ProvinceField(what: string, example: string): PropertyDecorator & MethodDecorator {
  return Field(() => String, {
    nullable: true,
    description: `${what}, e.g. \`${example}\` (any case, with or without diacritics).`,
  });
}

/** A filter's `includeFormer` field. */
export function IncludeFormerField(): PropertyDecorator & MethodDecorator {
  return Field(() => Boolean, {
    nullable: true,
    description:
      'With province: also the former provinces merged into it in 2025 (`Bắc Ninh` then includes Bắc Giang).',
  });
}

/** The repository's province and includeFormer for a filter's (a Province id is the slug of its name). */
export function provinceScope(
  filter: { province?: string | null; includeFormer?: boolean | null } | null | undefined,
): {
  province: string | null;
  includeFormer: boolean;
} {
  return {
    province: filter?.province ? slugify(filter.province) : null,
    includeFormer: filter?.includeFormer ?? false,
  };
}
