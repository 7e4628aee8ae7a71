/**
 * Loads the seed corpus (seed/documents/*.txt) when the graph lacks any of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDictionaries, provinceRecords } from '../ingest/index.js';
import type { Database } from '../graph/driver.js';
import { ingestedFiles, loadDomains, loadProvinces } from '../graph/load.js';
import { formatReport, ingestFiles, SEED_DIR } from './ingest.js';

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
  await loadDomains(db, dictionaries.domains);
  await loadProvinces(db, provinceRecords(dictionaries.provinces));
  const files = seedFiles();
  const present = await ingestedFiles(
    db,
    files.map((file) => path.basename(file)),
  );
  const missing = files.filter((file) => !present.has(path.basename(file)));
  if (missing.length === 0) {
    log(`Seed corpus present (${files.length} documents).`);
    return;
  }
  log(`Loading ${missing.length} seed document(s) ...`);
  const started = Date.now();
  log(formatReport(await ingestFiles(db, missing, dictionaries), Date.now() - started));
}
