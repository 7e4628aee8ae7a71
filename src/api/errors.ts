/**
 * Errors the API returns: GraphQLErrors with an `extensions.code` a client can branch on.
 * Database failures map to their own codes; anything unexpected is logged in full and masked.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseAuthError, DatabaseUnavailableError, QueryTimeoutError } from '../graph/errors.js';

/** Codes of the validation rules in limits.ts. */
const LIMIT_CODES = new Set(['QUERY_TOO_DEEP', 'TOO_MANY_ALIASES', 'TOO_MANY_ROOT_FIELDS']);

/** A bad argument: the message names the argument and quotes the value. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** Apollo's formatError hook. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Apollo re-labels every validation error GRAPHQL_VALIDATION_FAILED; the limits' own codes
  // (QUERY_TOO_DEEP, TOO_MANY_ALIASES ...) say more, so they are restored from the rule's error.
  const limitCode = error instanceof GraphQLError ? error.originalError : undefined;
  if (limitCode instanceof GraphQLError && LIMIT_CODES.has(String(limitCode.extensions.code))) {
    return { ...formatted, extensions: { ...formatted.extensions, code: limitCode.extensions.code } };
  }
  const original = unwrapResolverError(error);
  if (original instanceof DatabaseUnavailableError || original instanceof DatabaseAuthError) {
    return {
      ...formatted,
      message: 'The database is unavailable; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  if (original instanceof QueryTimeoutError) {
    // Reads go through the request's scope, which words its own timeouts; this one is a
    // transaction outside it.
    return {
      ...formatted,
      message: 'A database query ran past its time limit and was stopped; try again shortly.',
      extensions: { code: 'QUERY_TIMEOUT' },
    };
  }
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  console.error('Unexpected error while resolving a GraphQL request:', original);
  return {
    message: 'Internal server error.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
