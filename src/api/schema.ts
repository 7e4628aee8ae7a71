/**
 * Builds the executable GraphQL schema from the type-graphql classes.
 */
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { StatsResolver } from './stats.resolver.js';

/** Every resolver class of the API. */
export const RESOLVERS = [StatsResolver] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema (built once per process). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...RESOLVERS], validate: false });
  return built;
}
