/**
 * `ingest [--dry-run] [--json] <files...>`: extracts plan documents and loads them, one
 * transaction per document, printing a line per file and a report (warnings with file:line).
 * Every file is read and extracted before the database is contacted, and each file succeeds or
 * fails on its own: a bad file is its own report line and the others still load. `--dry-run`
 * touches no database; with `--json` it prints the extraction with the API's field names.
 *
 * `ingest --list [--json]` lists the ingested documents; `ingest --remove <ids...>` removes
 * each with everything it alone holds, one transaction per document, after checking that every
 * id names an ingested document (a mistyped one removes nothing).
 *
 * Exit codes: 0 every file loaded with tasks (listed, removed); 1 some file was refused or failed
 * to load (an id names no ingested document); 2 usage; 3 every file loaded but some document has
 * no task (the report says why).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, PROJECT_ROOT } from '../config.js';
import {
  checkFileSize,
  emit,
  extract,
  IngestError,
  loadDictionaries,
  MAX_FILE_BYTES,
  provinceRecords,
  type DocumentExtraction,
  type Dictionaries,
} from '../ingest/index.js';
import { decode, type Ocr } from '../ingest/formats/index.js';
import { openDatabase } from '../graph/connect.js';
import type { Database } from '../graph/driver.js';
import { DatabaseError } from '../graph/errors.js';
import { findOcr } from './ocr.js';
import {
  listIngestedDocuments,
  loadDocument,
  loadDomains,
  loadProvinces,
  removeDocument,
  type IngestedDocument,
  type LoadReport,
  type RemovalReport,
} from '../graph/load.js';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');

/** Exit codes of `ingest` (see the module comment). */
export const EXIT = { ok: 0, failed: 1, usage: 2, noTasks: 3 } as const;

/** One file's outcome. */
export interface FileOutcome {
  /** The file's name, as provenance and the report show it. */
  file: string;
  /** The path as given. */
  path: string;
  extraction: DocumentExtraction | null;
  report: LoadReport | null;
  /** Why the file was refused or not loaded (the message names the file). */
  error: string | null;
  /** The stack of an unexpected error (a bug), for the log; null otherwise. */
  stack: string | null;
}

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

async function extractFile(
  file: string,
  dictionaries: Dictionaries,
  options: { ocr?: Ocr | null },
): Promise<FileOutcome> {
  const name = path.basename(file);
  const outcome: FileOutcome = { file: name, path: file, extraction: null, report: null, error: null, stack: null };
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat === undefined) throw new IngestError(`${file}: no such file.`, file);
    if (stat.isDirectory())
      throw new IngestError(`${file}: is a folder; give the files in it (.txt, .md, .html, .docx, .pdf).`, file);
    checkFileSize(stat.size, name); // before reading: a 50 MB file is refused at once
    const decoded = await decode(readAtMost(file, MAX_FILE_BYTES + 1), name, options);
    outcome.extraction = extract(decoded.bytes, name, dictionaries);
  } catch (error) {
    Object.assign(outcome, failure(error, name, 'could not be read'));
  }
  return outcome;
}

/** Reads at most `limit` bytes, so a file that grew since it was measured is still bounded. */
function readAtMost(file: string, limit: number): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limit, fs.fstatSync(fd).size + 1));
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      read = fs.readSync(fd, buffer, length, buffer.length - length, null);
    }
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** A failure as a report line: IngestErrors as they are, anything else named as unexpected. */
function failure(error: unknown, name: string, what: string): Pick<FileOutcome, 'error' | 'stack'> {
  if (error instanceof IngestError) return { error: error.message, stack: null };
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  // A file the system will not give (EACCES ...), a database that is down or refuses us: reasons, not bugs.
  const expected =
    error instanceof DatabaseError ||
    error instanceof ConfigError ||
    (typeof code === 'string' && /^E[A-Z]+$/.test(code));
  if (expected) return { error: `${name}: ${what}: ${message}`, stack: null };
  return {
    error: `${name}: ${what}: unexpected ${error instanceof Error ? error.name : 'error'}: ${message}`,
    stack: error instanceof Error ? (error.stack ?? null) : null,
  };
}

/** The reference nodes every graph holds, from the dictionaries: the five domains and the provinces. */
export async function loadReferenceData(db: Database, dictionaries: Dictionaries): Promise<void> {
  await loadDomains(db, dictionaries.domains);
  await loadProvinces(db, provinceRecords(dictionaries.provinces));
}

/**
 * Loads the extracted files into the graph, each in its own transaction: a file whose load fails
 * gets the error on its line and the next files still load.
 */
export async function loadExtractions(db: Database, outcomes: FileOutcome[], dictionaries: Dictionaries) {
  const readable = outcomes.filter((outcome) => outcome.extraction !== null && outcome.error === null);
  if (readable.length === 0) return;
  try {
    await loadReferenceData(db, dictionaries);
  } catch (error) {
    // Nothing can load (the database is down, or refuses us): each file says so.
    for (const outcome of readable) Object.assign(outcome, failure(error, outcome.file, 'not loaded'));
    return;
  }
  for (const outcome of readable) {
    try {
      outcome.report = await loadDocument(db, emit(outcome.extraction!));
    } catch (error) {
      Object.assign(outcome, failure(error, outcome.file, 'not loaded'));
    }
  }
}

/** The exit code for these outcomes (see EXIT). */
export function exitCode(outcomes: FileOutcome[]): number {
  if (outcomes.some((outcome) => outcome.error !== null)) return EXIT.failed;
  if (outcomes.some((outcome) => outcome.extraction?.document.tasks.length === 0)) return EXIT.noTasks;
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
    const extraction = outcome.extraction!;
    const doc = extraction.document;
    const assignments = doc.tasks.reduce((sum, task) => sum + task.leads.length + task.coordinators.length, 0);
    totals.documents += 1;
    totals.tasks += doc.tasks.length;
    totals.assignments += assignments;
    totals.citations += extraction.citedDocuments.length;
    totals.targets += doc.targets.length;
    extraction.agencies.forEach((agency) => totals.agencies.add(agency.id));
    const replaced = outcome.report?.replaced;
    lines.push(
      `${outcome.report === null ? '·' : '✓'} ${outcome.file} → ${doc.id} (${doc.symbol ?? 'no number'}, ${doc.kind}, ${doc.province ?? 'no province'}, ${doc.layout}): ` +
        `${doc.tasks.length} tasks, ${assignments} assignments, ${extraction.agencies.length} agencies, ` +
        `${extraction.citedDocuments.length} cited documents, ${doc.targets.length} targets` +
        (replaced === null || replaced === undefined ? '' : `; replaces the version read earlier from ${replaced}`),
    );
    for (const warning of extraction.warnings) warnings.push(`  ${warning.file}:${warning.line}: ${warning.message}`);
    if (doc.tasks.length === 0) {
      const why = extraction.warnings.find((warning) => warning.message.startsWith('no task found'));
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
  // Every file is read and checked first: a bad file is refused at once, without a database.
  const outcomes = await extractFiles(files, dictionaries, { ocr: await findOcr() });
  if (dryRun) {
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
  if (outcomes.some((outcome) => outcome.extraction !== null)) {
    let db: Database;
    try {
      db = await openDatabase('dev', { log: (line) => console.log(line) });
    } catch (error) {
      // No database: every file read well is reported as not loaded, with the reason.
      for (const outcome of outcomes) {
        if (outcome.error === null) Object.assign(outcome, failure(error, outcome.file, 'not loaded'));
      }
      console.log(formatReport(outcomes, Date.now() - started));
      logStacks(outcomes);
      return EXIT.failed;
    }
    try {
      await loadExtractions(db, outcomes, dictionaries);
    } finally {
      await db.close();
    }
  }
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
