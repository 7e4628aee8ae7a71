/**
 * `npm run ingest` and `--remove` derive the task-to-task links again, run as a user runs them:
 * the seed graph, then the text of 36-NQ/TW written for the tests, which the four plans implement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSeeded } from '../../src/cli/seed.js';
import type { Database } from '../../src/graph/driver.js';
import { ingest } from '../helpers/cli.js';
import { resetGraph, testDatabase, testDatabaseEnv } from '../helpers/database.js';
import { RESOLUTION_36 } from '../helpers/ingest.js';

/** The derived links, by the province of the task they leave. */
async function derivedByProvince(db: Database): Promise<Record<string, number>> {
  const rows = await db.read(
    `MATCH (a:Task)-[r:DERIVES_FROM {derived: true}]->(:Task)
     RETURN a.province AS province, count(r) AS links ORDER BY province`,
  );
  return Object.fromEntries(rows.map((row) => [row.province as string, row.links as number]));
}

describe('npm run ingest derives the links of a document above the plans', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
    await resetGraph(db);
    await ensureSeeded(db, () => {});
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('links the four provinces on ingest, the same again on a re-ingest, and none after --remove', async () => {
    expect(await derivedByProvince(db)).toEqual({});
    const first = await ingest([RESOLUTION_36.file], testDatabaseEnv());
    expect(first.code).toBe(0);
    const links = await derivedByProvince(db);
    expect(Object.keys(links)).toEqual(['Bắc Giang', 'Hưng Yên', 'Lạng Sơn', 'Tây Ninh']);
    const total = Object.values(links).reduce((sum, count) => sum + count, 0);
    expect(first.stdout).toContain(`, ${total} derived task links`);

    const again = await ingest([RESOLUTION_36.file], testDatabaseEnv());
    expect(again.code).toBe(0);
    expect(await derivedByProvince(db)).toEqual(links);

    const removed = await ingest(['--remove', RESOLUTION_36.id], testDatabaseEnv());
    expect(removed.code).toBe(0);
    expect(await derivedByProvince(db)).toEqual({});
  });
});
