/**
 * The test suite's database: the `test` instance started by global-setup (or NEO4J_TEST_URI's).
 * Suites that write reset the graph first; files run one at a time (vitest.config.ts).
 */
import { openDatabase } from '../../src/graph/connect.js';
import type { Database } from '../../src/graph/driver.js';
import { instancePassword } from '../../src/graph/server/local-server.js';

export async function testDatabase(): Promise<Database> {
  return openDatabase('test', { timeoutMs: 30_000 });
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function resetGraph(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}

/** The environment that points a command (`ingest`, `export`) at the test database, as NEO4J_URI. */
export function testDatabaseEnv(): Record<string, string> {
  const env = process.env;
  return {
    NEO4J_URI: env.NEO4J_TEST_URI ?? `bolt://127.0.0.1:${env.NEO4J_TEST_BOLT_PORT ?? 7688}`,
    NEO4J_USERNAME: env.NEO4J_TEST_USERNAME ?? 'neo4j',
    NEO4J_PASSWORD: env.NEO4J_TEST_URI ? (env.NEO4J_TEST_PASSWORD ?? '') : instancePassword('test'),
    ...(env.NEO4J_TEST_DATABASE ? { NEO4J_DATABASE: env.NEO4J_TEST_DATABASE } : {}),
  };
}
