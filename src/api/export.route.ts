/**
 * GET /export/<format> and /export/csv/<table>: the exports of src/export over HTTP, with the
 * CLI's filters as query parameters (`?province=Bắc Ninh&includeFormer=true&domain=HEALTH`) and
 * the same bytes as `npm run export`. The body is piped from the export's chunks to the response
 * with backpressure: a client that reads slowly slows the Neo4j stream down, and one that goes
 * away ends it (its transaction is rolled back). Mistakes are answered as JSON before any byte
 * of the export: 404 for an unknown format or table, 400 for a bad filter (`argument` names it),
 * 503 when Neo4j is unavailable.
 */
import type http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from '../graph/driver.js';
import { DatabaseUnavailableError, QueryTimeoutError } from '../graph/errors.js';
import {
  CSV_TABLES,
  EXPORT_FORMATS,
  ExportArgumentError,
  isCsvTable,
  isExportFormat,
  parseExportRequest,
  prepareExport,
} from '../export/index.js';

/** Whether a path is the route's (/export and below). */
export function isExportPath(pathname: string): boolean {
  return pathname === '/export' || pathname.startsWith('/export/');
}

/** Answers one request under /export. */
export async function serveExport(
  db: Database,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    return json(res, 405, { error: `Exports are read with GET, not ${req.method}.` });
  }
  const [, , format = '', table, ...rest] = url.pathname.split('/');
  const routeError = checkPath(format, table, rest);
  if (routeError !== null) return json(res, 404, { error: routeError });
  let prepared;
  try {
    prepared = await prepareExport(db, parseExportRequest(format, table ?? null, url.searchParams.entries()));
  } catch (error) {
    if (error instanceof ExportArgumentError) return json(res, 400, { error: error.message, argument: error.argument });
    if (error instanceof DatabaseUnavailableError) {
      return json(res, 503, { error: 'The database is unavailable; try again shortly.', code: 'DATABASE_UNAVAILABLE' });
    }
    if (error instanceof QueryTimeoutError) {
      return json(res, 503, {
        error: 'The database did not answer in time; try again shortly.',
        code: 'QUERY_TIMEOUT',
      });
    }
    throw error;
  }
  res.writeHead(200, {
    'content-type': prepared.contentType,
    'content-disposition': `attachment; filename="${prepared.fileName}"`,
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(Readable.from(prepared.chunks), res);
  } catch (error) {
    // The client went away (the stream was ended and its transaction rolled back), or Neo4j
    // failed after the first bytes: the response is cut off, which the client sees as an
    // incomplete body. Only the latter is worth a log line.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
      console.error('Export failed after it started:', req.url, error);
    }
  }
}

/** Why a path names no export, or null when it names one. */
function checkPath(format: string, table: string | undefined, rest: string[]): string | null {
  const formats = `the exports are ${EXPORT_FORMATS.filter((name) => name !== 'csv')
    .map((name) => `/export/${name}`)
    .join(', ')} and /export/csv/<table>`;
  if (!isExportFormat(format)) return `No export "${format}"; ${formats}.`;
  const tables = `the tables are ${CSV_TABLES.join(', ')}`;
  if (format === 'csv' && (table === undefined || table === '')) return `/export/csv needs a table: ${tables}.`;
  if (format === 'csv' && !isCsvTable(table!)) return `No CSV table "${table}"; ${tables}.`;
  if ((format !== 'csv' && table !== undefined) || rest.length > 0) return `No export at that path; ${formats}.`;
  return null;
}

function json(res: http.ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
