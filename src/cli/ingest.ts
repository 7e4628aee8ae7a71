/**
 * `ingest [--dry-run] [--json] <files...>`: extracts plan documents and loads them, one
 * transaction per document, printing a line per document and a report (warnings with
 * file:line). `--dry-run` touches no database; with `--json` it prints the extraction with
 * the API's field names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import {
  emit,
  extract,
  IngestError,
  loadDictionaries,
  provinceRecords,
  type DocumentExtraction,
  type Dictionaries,
} from '../ingest/index.js';
import { openDatabase } from '../graph/connect.js';
import type { Database } from '../graph/driver.js';
import { loadDocument, loadDomains, loadProvinces, type LoadReport } from '../graph/load.js';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

/** One file's outcome. */
export interface FileOutcome {
  file: string;
  extraction: DocumentExtraction | null;
  report: LoadReport | null;
  error: string | null;
}

/** Reads and extracts files; failures are kept per file, never thrown. */
export function extractFiles(files: string[], dictionaries: Dictionaries): FileOutcome[] {
  return files.map((file) => {
    const name = path.basename(file);
    try {
      if (!fs.existsSync(file)) throw new IngestError(`${file}: no such file.`, file);
      if (fs.statSync(file).isDirectory())
        throw new IngestError(`${file}: is a folder; give the .txt files in it.`, file);
      return { file: name, extraction: extract(fs.readFileSync(file), name, dictionaries), report: null, error: null };
    } catch (error) {
      if (error instanceof IngestError) return { file: name, extraction: null, report: null, error: error.message };
      throw error;
    }
  });
}

/** Extracts and loads files into the graph; each document lands whole or not at all. */
export async function ingestFiles(db: Database, files: string[], dictionaries: Dictionaries): Promise<FileOutcome[]> {
  await loadDomains(db, dictionaries.domains);
  await loadProvinces(db, provinceRecords(dictionaries.provinces));
  const outcomes = extractFiles(files, dictionaries);
  for (const outcome of outcomes) {
    if (outcome.extraction !== null) outcome.report = await loadDocument(db, emit(outcome.extraction));
  }
  return outcomes;
}

/** The per-document lines and the report. */
export function formatReport(outcomes: FileOutcome[], elapsedMs: number | null): string {
  const lines: string[] = [];
  const totals = { documents: 0, tasks: 0, assignments: 0, agencies: new Set<string>(), citations: 0, targets: 0 };
  const warnings: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.error !== null) {
      lines.push(`✗ ${outcome.error}`); // the message names the file
      continue;
    }
    const extraction = outcome.extraction!;
    const doc = extraction.document;
    const assignments = doc.tasks.reduce((sum, task) => sum + task.leads.length + task.coordinators.length, 0);
    totals.documents += 1;
    totals.tasks += doc.tasks.length;
    totals.assignments += assignments;
    totals.citations += extraction.citedDocuments.length;
    totals.targets += doc.targets.length;
    extraction.agencies.forEach((agency) => totals.agencies.add(agency.id));
    lines.push(
      `${outcome.report === null ? '·' : '✓'} ${outcome.file} → ${doc.id} (${doc.symbol ?? 'no number'}, ${doc.kind}, ${doc.province ?? 'no province'}, ${doc.layout}): ` +
        `${doc.tasks.length} tasks, ${assignments} assignments, ${extraction.agencies.length} agencies, ` +
        `${extraction.citedDocuments.length} cited documents, ${doc.targets.length} targets`,
    );
    for (const warning of extraction.warnings) warnings.push(`  ${warning.file}:${warning.line}: ${warning.message}`);
  }
  lines.push(
    `\n${totals.documents} documents, ${totals.tasks} tasks, ${totals.assignments} assignments, ${totals.agencies.size} agencies, ` +
      `${totals.citations} citations, ${totals.targets} targets` +
      (elapsedMs === null ? '' : ` in ${(elapsedMs / 1000).toFixed(2)} s`),
  );
  lines.push(warnings.length === 0 ? 'No warnings.' : `${warnings.length} warnings:\n${warnings.join('\n')}`);
  return lines.join('\n');
}

export async function ingestCommand(args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const json = args.includes('--json');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--dry-run' && arg !== '--json');
  const files = args.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0 || files.length === 0 || (json && !dryRun)) {
    console.error(
      `usage: npm run ingest -- [--dry-run [--json]] <files...>${unknown.length > 0 ? ` (unknown option "${unknown[0]}")` : ''}`,
    );
    return 2;
  }
  const dictionaries = loadDictionaries(SEED_DIR);
  const started = Date.now();
  if (dryRun) {
    const outcomes = extractFiles(files, dictionaries);
    if (json) {
      const extractions = outcomes.flatMap((outcome) => (outcome.extraction === null ? [] : [outcome.extraction]));
      console.log(
        JSON.stringify(
          {
            documents: extractions.map((extraction) => extraction.document),
            citedDocuments: extractions.flatMap((extraction) => extraction.citedDocuments),
            agencies: extractions.flatMap((extraction) => extraction.agencies),
            warnings: extractions.flatMap((extraction) => extraction.warnings),
            errors: outcomes.flatMap((outcome) =>
              outcome.error === null ? [] : [{ file: outcome.file, message: outcome.error }],
            ),
          },
          null,
          2,
        ),
      );
    } else {
      console.log(formatReport(outcomes, null));
    }
    return outcomes.some((outcome) => outcome.error !== null) ? 1 : 0;
  }
  const db = await openDatabase('dev', { log: (line) => console.log(line) });
  try {
    const outcomes = await ingestFiles(db, files, dictionaries);
    console.log(formatReport(outcomes, Date.now() - started));
    return outcomes.some((outcome) => outcome.error !== null) ? 1 : 0;
  } finally {
    await db.close();
  }
}
