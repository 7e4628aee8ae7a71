/**
 * The per-request context every resolver receives.
 */
import type { Database } from '../graph/driver.js';
import { createLoaders, type Loaders } from './loaders.js';

/** One per GraphQL request: the shared database and this request's DataLoaders. */
export interface Context {
  db: Database;
  loaders: Loaders;
  /** Whether the request may run mutations (ADMIN_TOKEN matched). */
  admin: boolean;
}

export function createContext(db: Database, admin = false): Context {
  return { db, loaders: createLoaders(db), admin };
}
