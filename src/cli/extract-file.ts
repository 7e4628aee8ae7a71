/**
 * One file's extraction as `ingest` reports it: read (bounded), decoded (Word, web pages, PDF;
 * OCR when given one) and extracted, with failures kept as the file's outcome, never thrown.
 * Shared by the command and by the worker threads that extract in parallel (extract-pool.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config.js';
import {
  checkFileSize,
  extract,
  IngestError,
  MAX_FILE_BYTES,
  type Dictionaries,
  type DocumentExtraction,
  type Warning,
} from '../ingest/index.js';
import { decode, type Ocr } from '../ingest/formats/index.js';
import { DatabaseError } from '../graph/errors.js';
import type { LoadReport } from '../graph/load.js';

/** What the report says of a document, kept once its extraction is loaded and let go. */
export interface DocumentSummary {
  id: string;
  symbol: string | null;
  kind: string;
  province: string | null;
  layout: string | null;
  tasks: number;
  assignments: number;
  agencyIds: string[];
  citedDocuments: number;
  targets: number;
  warnings: Warning[];
}

/** One file's outcome. */
export interface FileOutcome {
  /** The file's name, as provenance and the report show it. */
  file: string;
  /** The path as given. */
  path: string;
  /** The extraction, until it is loaded (a long ingest keeps only the summary). */
  extraction: DocumentExtraction | null;
  summary: DocumentSummary | null;
  report: LoadReport | null;
  /** Why the file was refused or not loaded (the message names the file). */
  error: string | null;
  /** The stack of an unexpected error (a bug), for the log; null otherwise. */
  stack: string | null;
}

/** Reads, decodes and extracts one file. */
export async function extractFile(
  file: string,
  dictionaries: Dictionaries,
  options: { ocr?: Ocr | null },
): Promise<FileOutcome> {
  const name = path.basename(file);
  const outcome: FileOutcome = {
    file: name,
    path: file,
    extraction: null,
    summary: null,
    report: null,
    error: null,
    stack: null,
  };
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat === undefined) throw new IngestError(`${file}: no such file.`, file);
    if (stat.isDirectory())
      throw new IngestError(`${file}: is a folder; give the files in it (.txt, .md, .html, .docx, .pdf).`, file);
    checkFileSize(stat.size, name); // before reading: a 50 MB file is refused at once
    const decoded = await decode(readAtMost(file, MAX_FILE_BYTES + 1), name, options);
    outcome.extraction = extract(decoded.bytes, name, dictionaries);
    outcome.summary = summarize(outcome.extraction);
  } catch (error) {
    Object.assign(outcome, failure(error, name, 'could not be read'));
  }
  return outcome;
}

/** The report's view of an extraction. */
export function summarize(extraction: DocumentExtraction): DocumentSummary {
  const doc = extraction.document;
  return {
    id: doc.id,
    symbol: doc.symbol,
    kind: doc.kind,
    province: doc.province,
    layout: doc.layout,
    tasks: doc.tasks.length,
    assignments: doc.tasks.reduce((sum, task) => sum + task.leads.length + task.coordinators.length, 0),
    agencyIds: extraction.agencies.map((agency) => agency.id),
    citedDocuments: extraction.citedDocuments.length,
    targets: doc.targets.length,
    warnings: extraction.warnings,
  };
}

/** A failure as a report line: IngestErrors as they are, anything else named as unexpected. */
export function failure(error: unknown, name: string, what: string): Pick<FileOutcome, 'error' | 'stack'> {
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
