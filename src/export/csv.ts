/**
 * The CSV tables (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
 * break quoted). The first line is the export's header as a `#` comment, the second the column
 * names, then one row per record as it comes from Neo4j. Lists (domains, coversKinds, aliases,
 * statedBy) are joined with `|`; a missing value is an empty field.
 */
import type { StreamTx } from '../graph/driver.js';
import {
  findPanelBounds,
  streamAgencies,
  streamDocuments,
  streamPanelCells,
  streamTable,
  streamTasks,
  type AgencyRecord,
  type DocumentRecord,
  type ExportScope,
  type PanelCell,
  type TaskRecord,
} from '../graph/export.repository.js';
import { LINE_PROVENANCE, type ExportHeader } from './header.js';
import type { CsvTable } from './request.js';

/** A column: its name and how a record gives its value. */
interface Column<T> {
  name: string;
  value(record: T): unknown;
}

/** A table: its columns, its records and what its header says of their provenance. */
interface Table<T> {
  columns: readonly Column<T>[];
  records(tx: StreamTx, scope: ExportScope): AsyncIterable<T>;
  provenance: string;
}

type Props = { properties: Record<string, unknown> };

/** Columns read from the record's `properties`. */
function props<T extends Props>(...names: string[]): Column<T>[] {
  return names.map((name) => ({ name, value: (record: T) => record.properties[name] }));
}

/** Columns read from the record itself. */
function fields<T>(...names: string[]): Column<T>[] {
  return names.map((name) => ({ name, value: (record: T) => (record as Record<string, unknown>)[name] }));
}

type R = Record<string, unknown>;

const PROVENANCE_COLUMNS = ['sourceFile', 'lineStart', 'lineEnd'];

/** The tables, by name. */
export const TABLES: { [name in CsvTable]: Table<never> } = {
  documents: table<DocumentRecord>({
    columns: [
      ...props('id', 'symbol', 'kind', 'title', 'issuedOn', 'year', 'province'),
      { name: 'issuer', value: (r) => r.issuer?.id },
      { name: 'issuerName', value: (r) => r.issuer?.name },
      ...props('signer', 'signerRole', 'inCorpus', 'layout'),
      ...fields('tasks'),
      ...props(...PROVENANCE_COLUMNS),
    ],
    // The documents matching the filter, as the API's `documents` lists them; the documents
    // they implement or cite are in lineage.csv with their symbols.
    async *records(tx, scope) {
      for await (const record of streamDocuments(tx, scope)) if (record.matching) yield record;
    },
    provenance: `${LINE_PROVENANCE} A cited document's are those of its first citation; the tasks column counts all its tasks.`,
  }),
  tasks: table<TaskRecord>({
    columns: [
      ...props('id', 'documentId', 'code'),
      ...fields('parent'),
      ...props('title', 'text', 'timeframe', 'startYear', 'endYear', 'recurrence', 'expectedResult', 'province'),
      { name: 'domains', value: (r) => r.domains },
      ...props('ordinal', ...PROVENANCE_COLUMNS),
    ],
    records: streamTasks,
    provenance: LINE_PROVENANCE,
  }),
  assignments: table<R>({
    columns: fields('task', 'documentId', 'agency', 'agencyName', 'role', 'ordinal', ...PROVENANCE_COLUMNS),
    records: (tx, scope) => streamTable(tx, 'assignments', scope),
    provenance: `${LINE_PROVENANCE} Each row is one mention of a lead (LEAD) or coordinator (COORDINATOR) of a task.`,
  }),
  agencies: table<AgencyRecord>({
    columns: [
      ...props('id', 'name', 'province', 'kind'),
      ...fields('parent'),
      ...props('isCollective', 'coversKinds', 'aliases'),
    ],
    records: streamAgencies,
    provenance:
      'agencies are dictionary entries, named in many places: the file and lines of each mention are in assignments.csv.',
  }),
  lineage: table<R>({
    columns: fields(
      'source',
      'sourceSymbol',
      'type',
      'target',
      'targetSymbol',
      'statedBy',
      ...PROVENANCE_COLUMNS,
      'excerpt',
    ),
    records: (tx, scope) => streamTable(tx, 'lineage', scope),
    provenance: `${LINE_PROVENANCE} statedBy lists the documents whose text states an IMPLEMENTS edge.`,
  }),
  panel: table<PanelCell>({
    columns: fields('province', 'domain', 'year', 'tasks'),
    records: panelRows,
    provenance:
      'counts of the tasks in tasks.csv (with their files and lines) per province, domain and year; a task counts in ' +
      "every year from its startYear to its endYear (an open end: to the last year of the panel), as the API's year " +
      'filter counts it; tasks naming no year ("Hàng năm") are in no cell.',
  }),
};

function table<T>(definition: Table<T>): Table<never> {
  return definition as unknown as Table<never>;
}

/**
 * Every cell of the balanced panel: the provinces of the export's tasks × the domains × every
 * year from the first to the last any task names, zeros included, merged in order with the
 * non-empty cells Neo4j counts (both ordered by Neo4j, so equal keys meet in the same order).
 */
async function* panelRows(tx: StreamTx, scope: ExportScope): AsyncGenerator<PanelCell> {
  const bounds = await findPanelBounds(tx, scope);
  if (bounds.first === null || bounds.last === null) return;
  const cells = streamPanelCells(tx, scope, bounds)[Symbol.asyncIterator]();
  let next = await cells.next();
  for (const province of bounds.provinces) {
    for (const domain of bounds.domains) {
      for (let year = bounds.first; year <= bounds.last; year += 1) {
        const cell = next.done ? null : next.value;
        if (cell !== null && cell.province === province && cell.domain === domain && cell.year === year) {
          yield cell;
          next = await cells.next();
        } else {
          yield { province, domain, year, tasks: 0 };
        }
      }
    }
  }
}

/** The CSV text of one table, in pieces. */
export async function* writeCsv(
  name: CsvTable,
  header: ExportHeader,
  tx: StreamTx,
  scope: ExportScope,
): AsyncGenerator<string> {
  const definition = TABLES[name] as unknown as Table<unknown>;
  yield `# ${header.text.replace(/[\r\n]+/g, ' ')}\r\n`;
  yield `${definition.columns.map((column) => column.name).join(',')}\r\n`;
  for await (const record of definition.records(tx, scope)) {
    yield `${definition.columns.map((column) => csvField(column.value(record))).join(',')}\r\n`;
  }
}

/** One field: a list joined with `|`, quoted when it holds a comma, a quote or a line break. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('|') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What a table's header says of its records' provenance. */
export function tableProvenance(name: CsvTable): string {
  return TABLES[name].provenance;
}
