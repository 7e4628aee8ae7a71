/**
 * Extraction helpers for tests: the project's dictionaries (loaded once) and the seed files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { extract, loadDictionaries, type DocumentExtraction, type TaskRecord } from '../../src/ingest/index.js';

export const SEED_DOCUMENTS = path.join(PROJECT_ROOT, 'seed', 'documents');
export const FIXTURES = path.join(PROJECT_ROOT, 'test', 'ingest', 'fixtures');
export const dictionaries = loadDictionaries(path.join(PROJECT_ROOT, 'seed'));

/** The seed files, by a short name. */
export const SEEDS = {
  bacGiang2022: 'bac-giang-skhcn-kh-2022-khoa-hoc-cong-nghe.txt',
  bacGiang2024: 'bac-giang-skhcn-kh-2024-cong-nghe-sinh-hoc.txt',
  hungYen: 'hung-yen-ubnd-kh-2023-cong-nghe-sinh-hoc.txt',
  langSon: 'lang-son-ubnd-kh-2023-cong-nghe-sinh-hoc.txt',
  tayNinh: 'tay-ninh-skhcn-kh-2024-cong-nghe-sinh-hoc.txt',
} as const;

const cache = new Map<string, DocumentExtraction>();

/** The extraction of a seed document (cached: extraction is pure). */
export function extractSeed(file: string): DocumentExtraction {
  let extraction = cache.get(file);
  if (extraction === undefined) {
    extraction = extract(fs.readFileSync(path.join(SEED_DOCUMENTS, file)), file, dictionaries);
    cache.set(file, extraction);
  }
  return extraction;
}

/** Extracts text given in the test (UTF-8). */
export function extractText(text: string, file = 'inline.txt'): DocumentExtraction {
  return extract(new TextEncoder().encode(text), file, dictionaries);
}

/** The task printed with `code` (the first when a code repeats); fails the test when absent. */
export function taskByCode(extraction: DocumentExtraction, code: string): TaskRecord {
  const task = extraction.document.tasks.find((candidate) => candidate.code === code);
  if (task === undefined) throw new Error(`no task "${code}" in ${extraction.document.source?.file}`);
  return task;
}

/** The lines of a seed file (1-based: lines[1] is the first). */
export function seedLines(file: string): string[] {
  return ['', ...fs.readFileSync(path.join(SEED_DOCUMENTS, file), 'utf8').split(/\r?\n/)];
}
