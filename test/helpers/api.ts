/**
 * The API on the seed graph: the test database reset and loaded with the five seed documents,
 * the service started in-process on a free port, and a `gql` helper posting to it.
 */
import type { ServiceConfig } from '../../src/config.js';
import type { Database } from '../../src/graph/driver.js';
import { startService, type RunningService } from '../../src/api/server.js';
import { ensureSeeded } from '../../src/cli/seed.js';
import { resetGraph, testDatabase } from './database.js';

/** The JSON body of a GraphQL response. */
export interface GqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

/** One page of a connection, as the paging tests read it. */
export interface Page {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface SeededApi {
  db: Database;
  service: RunningService;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  close(): Promise<void>;
}

/** Posts a query to a running service. */
export async function postQuery(url: string, query: string, variables?: Record<string, unknown>): Promise<GqlResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GqlResponse;
}

/** The service's settings in tests: a free port on loopback, the defaults' timeouts. */
export const TEST_SERVICE_CONFIG: ServiceConfig = {
  port: 0,
  host: '127.0.0.1',
  queryTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  debugErrors: false,
};

/** Resets the test graph, ingests the seeds and starts the service. */
export async function seededApi(): Promise<SeededApi> {
  const db = await testDatabase();
  await resetGraph(db);
  await ensureSeeded(db, () => {});
  const service = await startService(db, TEST_SERVICE_CONFIG);
  return {
    db,
    service,
    gql: (query, variables) => postQuery(service.url, query, variables) as never,
    async close() {
      await service.stop();
      await db.close();
    },
  };
}

/** Ids of documents the tests ask about. */
export const IDS = {
  resolution36: 'doc/vn/tw/nq/2023/36',
  resolution189: 'doc/vn/cp/nq/2023/189',
} as const;
