/**
 * The per-request context every resolver receives.
 */
import type { Database } from '../graph/driver.js';
import { createLoaders, type Loaders } from './loaders.js';
import { RequestScope, type RequestLimits } from './request-scope.js';

/** One per GraphQL request: the request's view of the database and its DataLoaders. */
export interface Context {
  /** The database through this request's limits (concurrent transactions, deadline). */
  db: RequestScope;
  loaders: Loaders;
}

/** How many transactions one request may run at once (the driver's pool holds 50). */
export const MAX_SESSIONS_PER_REQUEST = 4;

export function createContext(
  db: Database,
  limits: Omit<RequestLimits, 'maxSessions'> & { maxSessions?: number },
): Context {
  const scope = new RequestScope(db, { maxSessions: MAX_SESSIONS_PER_REQUEST, ...limits });
  return { db: scope, loaders: createLoaders(scope) };
}
