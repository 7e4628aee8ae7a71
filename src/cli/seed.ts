/**
 * Loads the seed corpus (seed/documents/*.txt) when the graph lacks any of it. A seed is known by
 * its document id, as every document is: a file of the same name ingested from elsewhere is
 * another document and does not stand in for the seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDictionaries } from '../ingest/index.js';
import type { Database } from '../graph/driver.js';
import { ingestedDocuments } from '../graph/load.js';
import { extractFiles, formatReport, loadExtractions, loadReferenceData, SEED_DIR } from './ingest.js';

/** The seed documents' paths. */
export function seedFiles(): string[] {
  const dir = path.join(SEED_DIR, 'documents');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(dir, name));
}

/** Ingests the seed documents the graph does not hold yet (all of them on a fresh database). */
export async function ensureSeeded(db: Database, log: (line: string) => void): Promise<void> {
  const dictionaries = loadDictionaries(SEED_DIR);
  const started = Date.now();
  await loadReferenceData(db, dictionaries); // also on a graph seeded before the dictionaries grew
  const outcomes = await extractFiles(seedFiles(), dictionaries);
  const present = await ingestedDocuments(
    db,
    outcomes.flatMap((outcome) => (outcome.extraction === null ? [] : [outcome.extraction.document.id])),
  );
  const missing = outcomes.filter(
    (outcome) => outcome.extraction === null || !present.has(outcome.extraction.document.id),
  );
  if (missing.length === 0) {
    log(`Seed corpus present (${outcomes.length} documents).`);
    return;
  }
  log(`Loading ${missing.length} seed document(s) ...`);
  await loadExtractions(db, missing, dictionaries);
  log(formatReport(missing, Date.now() - started));
}
