/**
 * GraphQL enums made from the vocabulary's lists (src/vocabulary/), so the API's values are the
 * vocabulary's, written once.
 */
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../vocabulary/index.js';

/** The enum object of `values` (each value its own name), registered with type-graphql as `name`. */
export function graphqlEnum<const T extends string>(
  values: readonly T[],
  name: string,
  description: string,
): { readonly [K in T]: K } {
  const values_ = enumOf(values);
  registerEnumType(values_, { name, description });
  return values_;
}
