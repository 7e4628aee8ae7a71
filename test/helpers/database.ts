/**
 * The test suite's database: the `test` instance started by global-setup (or NEO4J_TEST_URI's).
 * Suites that write reset the graph first; files run one at a time (vitest.config.ts).
 */
import { openDatabase } from '../../src/graph/connect.js';
import type { Database } from '../../src/graph/driver.js';

export async function testDatabase(): Promise<Database> {
  return openDatabase('test', { timeoutMs: 30_000 });
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function resetGraph(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
}
