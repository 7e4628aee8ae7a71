/**
 * `ingest [--dry-run] [--json] <files...>`: extracts plan documents and loads them, several
 * documents per transaction (INGEST_BATCH), printing a line per file and a report (warnings with
 * file:line).
 * Files are extracted in worker threads (extract-pool.ts) while the documents already read are
 * loaded, so memory stays bounded however many files are given; the database is contacted only
 * once a file has been read well (when every file is bad, never). Each file succeeds or fails
 * on its own: a bad file is its own report line and the others still load (a batch that fails is
 * loaded again one document per transaction). `--dry-run` touches
 * no database; with `--json` it prints the extraction with the API's field names.
 *
 * `ingest --list [--json]` lists the ingested documents; `ingest --remove <ids...>` removes
 * each with everything it alone holds, one transaction per document, after checking that every
 * id names an ingested document (a mistyped one removes nothing).
 *
 * Exit codes: 0 every file loaded with tasks (listed, removed); 1 some file was refused or failed
 * to load (an id names no ingested document); 2 usage; 3 every file loaded but some document has
 * no task (the report says why).
 */
import path from 'node:path';
import { ingestBatch, ingestWorkers, PROJECT_ROOT } from '../config.js';
import { emit, loadDictionaries, provinceRecords, type Dictionaries } from '../ingest/index.js';
import type { Ocr } from '../ingest/formats/index.js';
import { openDatabase } from '../graph/connect.js';
import type { Database } from '../graph/driver.js';
import { DatabaseUnavailableError } from '../graph/errors.js';
import { extractFile, failure, type FileOutcome } from './extract-file.js';
import { extractEach } from './extract-pool.js';
import { findOcr } from './ocr.js';
import {
  listIngestedDocuments,
  loadDocument,
  loadDocuments,
  loadDomains,
  loadProvinces,
  removeDocument,
  type IngestedDocument,
  type RemovalReport,
} from '../graph/load.js';

export type { FileOutcome } from './extract-file.js';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

/** Exit codes of `ingest` (see the module comment). */
export const EXIT = { ok: 0, failed: 1, usage: 2, noTasks: 3 } as const;

/**
 * Reads, decodes (Word, web pages, PDF; OCR when given one) and extracts files, one after the
 * other; failures are kept per file, never thrown.
 */
export async function extractFiles(
  files: string[],
  dictionaries: Dictionaries,
  options: { ocr?: Ocr | null } = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(await extractFile(file, dictionaries, options));
  return outcomes;
}

/** The reference nodes every graph holds, from the dictionaries: the five domains and the provinces. */
export async function loadReferenceData(db: Database, dictionaries: Dictionaries): Promise<void> {
  await loadDomains(db, dictionaries.domains);
  await loadProvinces(db, provinceRecords(dictionaries.provinces));
}

/**
 * Loads the extracted files into the graph, `batch` documents per transaction (INGEST_BATCH): a
 * file whose load fails gets the error on its line and the other files still load.
 */
export async function loadExtractions(
  db: Database,
  outcomes: FileOutcome[],
  dictionaries: Dictionaries,
  options: { batch?: number } = {},
) {
  const readable = outcomes.filter((outcome) => outcome.extraction !== null && outcome.error === null);
  if (readable.length === 0) return;
  try {
    await loadReferenceData(db, dictionaries);
  } catch (error) {
    // Nothing can load (the database is down, or refuses us): each file says so.
    for (const outcome of readable) Object.assign(outcome, failure(error, outcome.file, 'not loaded'));
    return;
  }
  const size = options.batch ?? ingestBatch();
  for (let i = 0; i < readable.length; i += size) await loadBatch(db, readable.slice(i, i + size));
}

/**
 * Extracts and loads files as a stream: the documents read well are loaded in batches of `batch`
 * (INGEST_BATCH), each batch in one transaction while the next files are read, and then only their
 * summaries are kept. A batch that fails is loaded again one document per transaction (loadBatch).
 * The database is opened (`open`) at the first file read well; when it cannot be, every file read
 * well is reported as not loaded.
 */
export async function ingestFiles(
  files: string[],
  dictionaries: Dictionaries,
  open: () => Promise<Database>,
  options: { ocr?: Ocr | null; workers?: number; batch?: number } = {},
): Promise<{ outcomes: FileOutcome[]; db: Database | null }> {
  const size = options.batch ?? ingestBatch();
  const outcomes: FileOutcome[] = [];
  let db: Database | null = null;
  let unavailable: unknown = null;
  let batch: FileOutcome[] = [];
  let loading: Promise<void> = Promise.resolve(); // the batch being loaded (loadBatch never rejects)
  for await (const outcome of extractEach(files, dictionaries, { ...options, seedDir: SEED_DIR })) {
    outcomes.push(outcome);
    if (outcome.extraction === null || outcome.error !== null) continue;
    if (db === null && unavailable === null) {
      try {
        db = await open();
        await loadReferenceData(db, dictionaries);
      } catch (error) {
        unavailable = error; // nothing can load (the database is down, or refuses us)
      }
    }
    if (unavailable !== null) {
      Object.assign(outcome, failure(unavailable, outcome.file, 'not loaded'));
      outcome.extraction = null;
      continue;
    }
    batch.push(outcome);
    if (batch.length >= size) {
      const full = batch;
      batch = [];
      await loading; // at most one batch loads while the next is read: memory stays bounded
      loading = loadBatch(db!, full).then(() => dropExtractions(full));
    }
  }
  await loading;
  if (batch.length > 0) await loadBatch(db!, batch);
  dropExtractions(batch);
  return { outcomes, db };
}

/** Loaded (or not): the summary is what the report needs. */
function dropExtractions(outcomes: FileOutcome[]): void {
  for (const outcome of outcomes) outcome.extraction = null;
}

/**
 * Loads these documents in one transaction; when that fails, each in its own, so that only the
 * documents that fail alone are reported as not loaded, each with its own error. Never rejects.
 */
async function loadBatch(db: Database, batch: FileOutcome[]): Promise<void> {
  try {
    const reports = await loadDocuments(
      db,
      batch.map((outcome) => emit(outcome.extraction!)),
    );
    batch.forEach((outcome, i) => (outcome.report = reports[i]!));
  } catch (error) {
    // Unreachable is unreachable for each of them too: no point in trying them one by one.
    const alone = batch.length > 1 && !(error instanceof DatabaseUnavailableError);
    for (const outcome of batch) {
      try {
        if (!alone) throw error;
        outcome.report = await loadDocument(db, emit(outcome.extraction!));
      } catch (failed) {
        Object.assign(outcome, failure(failed, outcome.file, 'not loaded'));
      }
    }
  }
}

/** The exit code for these outcomes (see EXIT). */
export function exitCode(outcomes: FileOutcome[]): number {
  if (outcomes.some((outcome) => outcome.error !== null)) return EXIT.failed;
  if (outcomes.some((outcome) => outcome.summary?.tasks === 0)) return EXIT.noTasks;
  return EXIT.ok;
}

/** The per-document lines and the report. */
export function formatReport(outcomes: FileOutcome[], elapsedMs: number | null): string {
  const lines: string[] = [];
  const totals = { documents: 0, tasks: 0, assignments: 0, agencies: new Set<string>(), citations: 0, targets: 0 };
  const warnings: string[] = [];
  const failed: string[] = [];
  const empty: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.error !== null) {
      lines.push(`✗ ${outcome.error}`); // the message names the file
      failed.push(outcome.path);
      continue;
    }
    const doc = outcome.summary!;
    totals.documents += 1;
    totals.tasks += doc.tasks;
    totals.assignments += doc.assignments;
    totals.citations += doc.citedDocuments;
    totals.targets += doc.targets;
    doc.agencyIds.forEach((id) => totals.agencies.add(id));
    const replaced = outcome.report?.replaced;
    lines.push(
      `${outcome.report === null ? '·' : '✓'} ${outcome.file} → ${doc.id} (${doc.symbol ?? 'no number'}, ${doc.kind}, ${doc.province ?? 'no province'}, ${doc.layout}): ` +
        `${doc.tasks} tasks, ${doc.assignments} assignments, ${doc.agencyIds.length} agencies, ` +
        `${doc.citedDocuments} cited documents, ${doc.targets} targets` +
        // Derived links (task → the parent task it carries out) only arise with a parent's tasks.
        (outcome.report?.derived ? `, ${outcome.report.derived} derived task links` : '') +
        (replaced === null || replaced === undefined ? '' : `; replaces the version read earlier from ${replaced}`),
    );
    for (const warning of doc.warnings) warnings.push(`  ${warning.file}:${warning.line}: ${warning.message}`);
    if (doc.tasks === 0) {
      const why = doc.warnings.find((warning) => warning.message.startsWith('no task found'));
      empty.push(`  ${outcome.file}:${why?.line ?? 1}: ${why?.message ?? 'no task found'}`);
    }
  }
  lines.push(
    `\n${totals.documents} documents, ${totals.tasks} tasks, ${totals.assignments} assignments, ${totals.agencies.size} agencies, ` +
      `${totals.citations} citations, ${totals.targets} targets` +
      (elapsedMs === null ? '' : ` in ${(elapsedMs / 1000).toFixed(2)} s`),
  );
  if (failed.length > 0)
    lines.push(`${failed.length} ${failed.length === 1 ? 'file' : 'files'} failed: ${failed.join(', ')}`);
  if (empty.length > 0) {
    lines.push(
      `${empty.length} ${empty.length === 1 ? 'document has' : 'documents have'} no task:\n${empty.join('\n')}`,
    );
  }
  lines.push(warnings.length === 0 ? 'No warnings.' : `${warnings.length} warnings:\n${warnings.join('\n')}`);
  return lines.join('\n');
}

const USAGE = 'usage: npm run ingest -- [--dry-run [--json]] <files...> | --list [--json] | --remove <ids...>';
const OPTIONS = ['--dry-run', '--json', '--list', '--remove'];

/** What is wrong with how `ingest` was called, as the parenthesis after the usage line; null when nothing. */
function misuse(args: string[]): string | null {
  const unknown = args.find((arg) => arg.startsWith('--') && !OPTIONS.includes(arg));
  if (unknown !== undefined) return ` (unknown option "${unknown}")`;
  const given = (option: string) => args.includes(option);
  const operands = args.filter((arg) => !arg.startsWith('--')).length;
  if (given('--list') && given('--remove')) return ' (--list or --remove, not both)';
  if (given('--list') || given('--remove')) {
    const mode = given('--list') ? '--list' : '--remove';
    if (given('--dry-run')) return ` (${mode} does not take --dry-run)`;
    if (mode === '--remove' && given('--json')) return ' (--remove does not take --json)';
    if (mode === '--list' && operands > 0) return ' (--list takes no files or ids)';
    if (mode === '--remove' && operands === 0) return ' (--remove needs the ids of the documents to remove)';
    return null;
  }
  if (operands === 0) return '';
  if (given('--json') && !given('--dry-run')) return ' (--json goes with --dry-run or --list)';
  return null;
}

export async function ingestCommand(args: string[]): Promise<number> {
  const problem = misuse(args);
  if (problem !== null) {
    console.error(`${USAGE}${problem}`);
    return EXIT.usage;
  }
  const dryRun = args.includes('--dry-run');
  const json = args.includes('--json');
  const operands = args.filter((arg) => !arg.startsWith('--'));
  if (args.includes('--list')) return listCommand(json);
  if (args.includes('--remove')) return removeCommand(operands);
  const files = operands;
  const dictionaries = loadDictionaries(SEED_DIR);
  const started = Date.now();
  const ocr = await findOcr();
  if (dryRun) {
    const outcomes = await extractFiles(files, dictionaries, { ocr });
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
    logStacks(outcomes);
    return exitCode(outcomes);
  }
  const { outcomes, db } = await ingestFiles(
    files,
    dictionaries,
    () => openDatabase('dev', { log: (line) => console.log(line) }),
    { ocr, workers: ingestWorkers() },
  );
  await db?.close();
  console.log(formatReport(outcomes, Date.now() - started));
  logStacks(outcomes);
  return exitCode(outcomes);
}

/** Unexpected errors are bugs: their stacks go to stderr, in full. */
function logStacks(outcomes: FileOutcome[]): void {
  for (const outcome of outcomes) if (outcome.stack !== null) console.error(`${outcome.path}:\n${outcome.stack}`);
}

/** `--list`: the ingested documents, one line each and a count, or JSON. */
async function listCommand(json: boolean): Promise<number> {
  // The server's start-up lines go to stderr: stdout is the list (and with --json, only JSON).
  const db = await openDatabase('dev', { log: (line) => console.error(line) });
  try {
    const documents = await listIngestedDocuments(db);
    console.log(json ? JSON.stringify(documents, null, 2) : formatList(documents));
    return EXIT.ok;
  } finally {
    await db.close();
  }
}

/** The `--list` report: a line per document, then the totals. */
export function formatList(documents: IngestedDocument[]): string {
  const lines = documents.map(
    (doc) =>
      `${doc.id} (${doc.symbol ?? 'no number'}, ${doc.kind}, ${doc.province ?? 'no province'}, ${doc.issuedOn ?? 'no date'}): ` +
      `${plural(doc.tasks, 'task')}, read from ${doc.sourceFile ?? 'an unknown file'}`,
  );
  const tasks = documents.reduce((sum, doc) => sum + doc.tasks, 0);
  lines.push(`${plural(documents.length, 'document')}, ${plural(tasks, 'task')}`);
  return lines.join('\n');
}

/**
 * `--remove`: every id is checked first, so a mistyped one removes nothing; then each document
 * goes in its own transaction.
 */
async function removeCommand(ids: string[]): Promise<number> {
  const unique = [...new Set(ids)];
  const db = await openDatabase('dev', { log: (line) => console.error(line) });
  try {
    const present = new Set((await listIngestedDocuments(db, unique)).map((doc) => doc.id));
    const missing = unique.filter((id) => !present.has(id));
    for (const id of missing) console.error(`✗ ${notIngested(id, db.uri)}`);
    if (missing.length > 0) {
      console.error(`Nothing was removed.`);
      return EXIT.failed;
    }
    let code: number = EXIT.ok;
    for (const id of unique) {
      const report = await removeDocument(db, id);
      if (report === null) {
        // Removed by someone else since the check.
        console.error(`✗ ${notIngested(id, db.uri)}`);
        code = EXIT.failed;
      } else {
        console.log(formatRemoval(report));
      }
    }
    return code;
  } finally {
    await db.close();
  }
}

function notIngested(id: string, uri: string): string {
  return `The graph at ${uri} holds no ingested document with the id "${id}" (\`npm run ingest -- --list\` lists them).`;
}

/** One `--remove` line: what went, and whether the document stays as a cited one. */
export function formatRemoval(report: RemovalReport): string {
  const { document, citedBy } = report;
  return (
    `removed ${document.id} (${plural(document.tasks, 'task')})` +
    (citedBy === 0
      ? ''
      : `; ${plural(citedBy, 'document')} still ${citedBy === 1 ? 'cites' : 'cite'} it, so it stays as a cited document`)
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
