/**
 * A string enum from a list of values, in the shape type-graphql's registerEnumType reads
 * ({ LEAD: 'LEAD', ... }), so the API's enums come from the vocabulary's lists.
 */
export function enumOf<const T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as { readonly [K in T]: K };
}
