/**
 * `export --format graphml|gexf|csv|jsonld [filters] [--table <name>] [--out <file or dir>]`:
 * writes an export of the service's graph (src/export) to a file or stdout, the same bytes as
 * GET /export/<format>. Filters: `--province <name>`, `--include-former`, `--domain <code>`,
 * `--implements <document id>`, `--document <document id>`, or `--filter name=value` with the
 * route's parameter names. CSV is six tables: `--out <dir>` writes them all (one file each),
 * `--table <name>` one of them. A file is written under a temporary name and renamed when
 * complete, so a failed export leaves no partial file.
 *
 * Exit codes: 0 written; 1 the database failed; 2 usage or a bad filter (the message names it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { openDatabase } from '../graph/connect.js';
import type { Database } from '../graph/driver.js';
import {
  CSV_TABLES,
  EXPORT_FORMATS,
  ExportArgumentError,
  parseExportRequest,
  prepareExport,
  type CsvTable,
  type ExportRequest,
} from '../export/index.js';

export const EXPORT_USAGE = `usage: export --format ${EXPORT_FORMATS.join('|')} [--table ${CSV_TABLES.join('|')}] [--out <file or dir>]
         [--province <name> [--include-former]] [--domain <code>] [--implements <document id>] [--document <document id>]
         [--filter <name>=<value>]...`;

/** Options that name a filter, and the filter each names. */
const FILTER_OPTIONS: Record<string, string> = {
  '--province': 'province',
  '--domain': 'domain',
  '--implements': 'implements',
  '--document': 'document',
};

interface ExportArgs {
  format: string;
  table: string | null;
  out: string | null;
  filters: [string, string][];
}

export async function exportCommand(args: string[]): Promise<number> {
  let parsed: ExportArgs;
  let requests: { request: ExportRequest; out: string | null }[];
  try {
    parsed = parseArgs(args);
    requests = plan(parsed);
  } catch (error) {
    if (!(error instanceof ExportArgumentError)) throw error;
    console.error(`error: ${error.message}\n${EXPORT_USAGE}`);
    return 2;
  }
  const db = await openDatabase('dev', { log: (line) => console.error(line) });
  try {
    for (const { request, out } of requests) {
      await writeExport(db, request, out);
      if (out !== null) console.error(`Wrote ${out}.`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ExportArgumentError)) throw error;
    console.error(`error: ${error.message}`);
    return 2;
  } finally {
    await db.close();
  }
}

function parseArgs(args: string[]): ExportArgs {
  const result: ExportArgs = { format: '', table: null, out: null, filters: [] };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const value = (): string => {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new ExportArgumentError(arg, `Option ${arg} needs a value.`);
      i += 1;
      return next;
    };
    if (arg === '--format') result.format = value();
    else if (arg === '--table') result.table = value();
    else if (arg === '--out') result.out = value();
    else if (arg === '--include-former') result.filters.push(['includeFormer', 'true']);
    else if (FILTER_OPTIONS[arg] !== undefined) result.filters.push([FILTER_OPTIONS[arg], value()]);
    else if (arg === '--filter') {
      const entry = value();
      const at = entry.indexOf('=');
      if (at <= 0) throw new ExportArgumentError('--filter', `--filter takes name=value, got "${entry}".`);
      result.filters.push([entry.slice(0, at), entry.slice(at + 1)]);
    } else throw new ExportArgumentError(arg, `Unknown option "${arg}".`);
  }
  if (result.format === '') throw new ExportArgumentError('--format', 'Give --format.');
  return result;
}

/** The exports to write and where: one, or for csv --out <dir> without --table, one per table. */
function plan(args: ExportArgs): { request: ExportRequest; out: string | null }[] {
  const request = parseExportRequest(args.format, args.table, args.filters);
  if (request.format !== 'csv' || request.table !== null) {
    const into = args.out !== null && isDirectory(args.out);
    const name = request.table === null ? `policy-graph.${request.format}` : `${request.table}.csv`;
    return [{ request, out: into ? path.join(args.out!, name) : args.out }];
  }
  if (args.out === null) {
    throw new ExportArgumentError(
      '--out',
      `The csv format is ${CSV_TABLES.length} tables: give --out <dir> for all of them or --table <name> for one.`,
    );
  }
  return CSV_TABLES.map((table: CsvTable) => ({
    request: { ...request, table },
    out: path.join(args.out!, `${table}.csv`),
  }));
}

function isDirectory(file: string): boolean {
  return file.endsWith('/') || (fs.existsSync(file) && fs.statSync(file).isDirectory());
}

/** Writes one export to `out` (through a temporary file renamed at the end) or to stdout. */
async function writeExport(db: Database, request: ExportRequest, out: string | null): Promise<void> {
  const prepared = await prepareExport(db, request);
  if (out === null) return toStdout(prepared.chunks);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  const partial = `${out}.partial`;
  try {
    await pipeline(Readable.from(prepared.chunks), fs.createWriteStream(partial));
    fs.renameSync(partial, out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Writes to stdout, waiting for it to drain. A reader that stops early (`| head`) closes the
 * pipe: the export then stops quietly (its transaction is rolled back) instead of failing.
 */
async function toStdout(chunks: AsyncIterable<string>): Promise<void> {
  let closed = false;
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  };
  process.stdout.on('error', onError);
  try {
    for await (const chunk of chunks) {
      if (closed) return;
      if (!process.stdout.write(chunk)) {
        await once(process.stdout, 'drain').catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE') throw error;
          closed = true;
        });
      }
    }
  } finally {
    process.stdout.off('error', onError);
  }
}
