/**
 * Applies cypher/create-schema.cypher: constraints and indexes, idempotent (IF NOT EXISTS).
 */
import type { Database } from './driver.js';
import { loadStatements } from './cypher.js';

/** Creates the graph's constraints and indexes when missing and waits until they are online. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of loadStatements('create-schema')) {
    await db.write(statement);
  }
  await db.write('CALL db.awaitIndexes(60)');
}
