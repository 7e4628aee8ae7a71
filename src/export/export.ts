/**
 * One export, from request to text: the filter checked against the graph, the scope and corpus
 * version read (small reads: document ids and counts), then the text written by the format as
 * the records come from Neo4j, in one read transaction, in chunks of at most about CHUNK_CHARS.
 * Nothing holds the export whole: the driver pulls records in batches only as fast as the
 * chunks are consumed, so a slow reader (a file, an HTTP client) slows Neo4j's side down
 * instead of filling memory.
 */
import type { Database } from '../graph/driver.js';
import { countCorpus, findScope, streamDocuments, streamEdges, streamNodes } from '../graph/export.repository.js';
import { tableProvenance, writeCsv } from './csv.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { exportHeader, LINE_PROVENANCE, type ExportHeader } from './header.js';
import { writeJsonld } from './jsonld.js';
import {
  CSV_TABLES,
  ExportArgumentError,
  resolveFilter,
  type CsvTable,
  type ExportFormat,
  type ExportRequest,
} from './request.js';

/**
 * Bound of an export's read transaction (ms). It stays open while the output is consumed, so it
 * is longer than an API query's; 120 s is also the ceiling the project's own server puts on any
 * transaction (db.transaction.timeout). The national corpus exports in a few seconds.
 */
export const EXPORT_TIMEOUT_MS = 120_000;

/** Pieces of text are joined up to this many characters before they are handed on. */
const CHUNK_CHARS = 64 * 1024;

/** An export ready to be written. */
export interface PreparedExport {
  contentType: string;
  /** A file name for it: `policy-graph.graphml`, `policy-graph-tasks.csv`. */
  fileName: string;
  header: ExportHeader;
  /** The text, pulled from Neo4j as it is consumed (one read transaction); iterate once. */
  chunks: AsyncIterable<string>;
}

interface FormatDefinition {
  title: string;
  extension: string;
  contentType: string;
}

const FORMATS: Record<ExportFormat, FormatDefinition> = {
  graphml: { title: 'GraphML', extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  gexf: { title: 'GEXF 1.2', extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8' },
  csv: { title: 'CSV', extension: 'csv', contentType: 'text/csv; charset=utf-8' },
  jsonld: { title: 'JSON-LD', extension: 'jsonld', contentType: 'application/ld+json' },
};

/**
 * Checks the request against the graph and reads what the header needs; throws
 * ExportArgumentError for a filter that names nothing (or csv without a table: the CLI writes
 * each table with its own call), a DatabaseError when Neo4j fails.
 */
export async function prepareExport(db: Database, request: ExportRequest): Promise<PreparedExport> {
  const format = FORMATS[request.format];
  const table: CsvTable | null = request.table;
  if (request.format === 'csv' && table === null) {
    throw new ExportArgumentError(
      'table',
      `The csv format is ${CSV_TABLES.length} tables; name one (${CSV_TABLES.join(', ')}).`,
    );
  }
  const resolved = await resolveFilter(db, request.filter);
  const [scope, corpus] = await Promise.all([findScope(db, resolved.filter), countCorpus(db)]);
  const header = exportHeader(corpus, {
    title: table === null ? `${format.title} export` : `CSV table ${table}`,
    filters: resolved.description,
    provenance: table === null ? LINE_PROVENANCE : tableProvenance(table),
  });
  const chunks = db.stream(
    (tx) => {
      switch (request.format) {
        case 'graphml':
          return writeGraphml(header, streamNodes(tx, scope), streamEdges(tx, scope));
        case 'gexf':
          return writeGexf(header, scope.dated, streamNodes(tx, scope), streamEdges(tx, scope));
        case 'jsonld':
          return writeJsonld(header, streamDocuments(tx, scope));
        case 'csv':
          return writeCsv(table!, header, tx, scope);
      }
    },
    { timeoutMs: EXPORT_TIMEOUT_MS },
  );
  return {
    contentType: format.contentType,
    fileName: `policy-graph${table === null ? '' : `-${table}`}.${format.extension}`,
    header,
    chunks: joined(chunks, CHUNK_CHARS),
  };
}

/** Joins small pieces into chunks of about `size` characters (one write each instead of thousands). */
export async function* joined(pieces: AsyncIterable<string>, size: number): AsyncGenerator<string> {
  let buffer = '';
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}
