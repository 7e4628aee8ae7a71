import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSeeded } from '../../src/cli/seed.js';
import type { Database } from '../../src/graph/driver.js';
import { loadDocument, loadDomains } from '../../src/graph/load.js';
import { emit, extract } from '../../src/ingest/index.js';
import { dictionaries, FIXTURES, SEEDS } from '../helpers/ingest.js';
import { resetGraph, testDatabase } from '../helpers/database.js';

describe('seeding the graph at start-up', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
    await resetGraph(db);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  const counts = async () =>
    (
      await db.read(
        `MATCH (d:Document {inCorpus: true})
         RETURN count(d) AS documents, sum(COUNT { (d)-[:HAS_TASK]->() }) AS tasks`,
      )
    )[0];

  it('loads every seed once, not fooled by another plan ingested under a seed file name', async () => {
    // Another plan, in a file that happens to bear the Tây Ninh seed's name.
    const impostor = extract(
      fs.readFileSync(path.join(FIXTURES, 'nghe-an-ubnd-kh-2024-table.txt')),
      SEEDS.tayNinh,
      dictionaries,
    );
    await loadDomains(db, dictionaries.domains);
    await loadDocument(db, emit(impostor));
    const log: string[] = [];
    await ensureSeeded(db, (line) => log.push(line));
    expect(log[0]).toBe('Loading 5 seed document(s) ...');
    expect(await counts()).toEqual({ documents: 6, tasks: 156 + impostor.document.tasks.length });
  });

  it('loads nothing again when the seeds are present', async () => {
    const before = await counts();
    const log: string[] = [];
    await ensureSeeded(db, (line) => log.push(line));
    expect(log).toEqual(['Seed corpus present (5 documents).']);
    expect(await counts()).toEqual(before);
  });
});
