/**
 * Reads of exports (cypher/export/): what a filter covers, the corpus version, and the nodes,
 * relationships and tables of an export as streams of plain records, pulled from Neo4j as the
 * consumer takes them (Database.stream), so an export of any size holds only a batch in memory.
 */
import type { Reader, Row, StreamTx } from './driver.js';
import type { NodeLabel } from './node.repository.js';

/** The filters of an export, resolved: ids as the graph stores them; null means "any". */
export interface ExportFilter {
  /** A Document id: that document, its tasks and targets. */
  document: string | null;
  /** A Document id: the documents implementing it, transitively, and their tasks. */
  implements: string | null;
  /** A Province id (the slug of its name). */
  province: string | null;
  /** With province: also the provinces merged into it. */
  includeFormer: boolean;
  /** A Domain code: the tasks in it and the documents that have such a task. */
  domain: string | null;
}

/**
 * What an export covers. Null lists mean the whole graph (no filter), so the queries read every
 * node instead of checking a list; a list holds document ids only, never the rest of the graph.
 */
export interface ExportScope {
  /** Ids of the documents matching the filter. */
  documents: string[] | null;
  /** `documents` and the documents they implement or cite. */
  context: string[] | null;
  domain: string | null;
  /** Whether some task of the export has years or some document a date. */
  dated: boolean;
}

/** What the filter values name, for their validation: null where nothing has that id. */
export interface FilterValues {
  document: boolean;
  implements: boolean;
  /** The province's name, or null when no province has that id. */
  province: string | null;
}

/** The whole corpus, whatever the filter: its document ids (for a version hash) and counts. */
export interface CorpusCounts {
  documentIds: string[];
  ingested: number;
  tasks: number;
}

/** A node of a graph export: its label, its id as the API takes it, and its main properties. */
export interface GraphNode {
  label: NodeLabel;
  id: string;
  properties: Row;
}

/** A relationship of a graph export, between two nodes of the export. */
export interface GraphEdge {
  type: string;
  source: string;
  target: string;
  properties: Row;
}

/** A document row: its properties, issuer, number of tasks and relations inside the export. */
export interface DocumentRecord {
  properties: Row & { id: string };
  /** Whether it matches the filter (else it is there as a document a matching one implements or cites). */
  matching: boolean;
  issuer: { id: string; name: string } | null;
  tasks: number;
  implements: string[];
  cites: string[];
}

/** A task row: its properties, parent task and domains. */
export interface TaskRecord {
  properties: Row & { id: string };
  parent: string | null;
  domains: string[];
}

/** An agency row. */
export interface AgencyRecord {
  properties: Row & { id: string };
  parent: string | null;
}

/** The axes of the province × domain × year panel. */
export interface PanelBounds {
  provinces: string[];
  domains: string[];
  /** First and last year the tasks name (null when none does). */
  first: number | null;
  last: number | null;
}

/** A non-empty cell of the panel. */
export interface PanelCell {
  province: string;
  domain: string;
  year: number;
  tasks: number;
}

export async function findFilterValues(
  db: Reader,
  filter: Pick<ExportFilter, 'document' | 'implements' | 'province'>,
): Promise<FilterValues> {
  const [row] = await db.read('export/find-filter-values', filter);
  return row as unknown as FilterValues;
}

/** The scope of a filter; the whole graph when it has no filter. */
export async function findScope(db: Reader, filter: ExportFilter): Promise<ExportScope> {
  const [row] = await db.read('export/find-scope', { ...filter });
  const filtered = filter.document !== null || filter.implements !== null || filter.province !== null;
  const narrowed = filtered || filter.domain !== null;
  return {
    documents: narrowed ? (row!.documents as string[]) : null,
    context: narrowed ? (row!.context as string[]) : null,
    domain: filter.domain,
    dated: row!.dated as boolean,
  };
}

export async function countCorpus(db: Reader): Promise<CorpusCounts> {
  const [row] = await db.read('export/count-corpus');
  return { documentIds: row!.ids as string[], ingested: row!.ingested as number, tasks: row!.tasks as number };
}

function scopeParams(scope: ExportScope): Record<string, unknown> {
  return { documents: scope.documents, context: scope.context, domain: scope.domain };
}

export function streamDocuments(tx: StreamTx, scope: ExportScope): AsyncGenerator<DocumentRecord> {
  return rowsAs<DocumentRecord>(tx, 'export/list-documents', scopeParams(scope));
}

export function streamTasks(tx: StreamTx, scope: ExportScope): AsyncGenerator<TaskRecord> {
  return rowsAs<TaskRecord>(tx, 'export/list-tasks', scopeParams(scope));
}

export function streamAgencies(tx: StreamTx, scope: ExportScope): AsyncGenerator<AgencyRecord> {
  return rowsAs<AgencyRecord>(tx, 'export/list-agencies', scopeParams(scope));
}

/** Every node of the export: documents, tasks, agencies, provinces, domains, targets, each kind by id. */
export async function* streamNodes(tx: StreamTx, scope: ExportScope): AsyncGenerator<GraphNode> {
  const params = scopeParams(scope);
  for (const [label, query, key] of NODE_QUERIES) {
    for await (const row of tx.rows(query, params)) {
      const properties = row.properties as Row;
      yield { label, id: properties[key] as string, properties };
    }
  }
}

/** The query of each kind of node, in the order they are written, and the property that is its id. */
const NODE_QUERIES: [NodeLabel, string, string][] = [
  ['Document', 'export/list-documents', 'id'],
  ['Task', 'export/list-tasks', 'id'],
  ['Agency', 'export/list-agencies', 'id'],
  ['Province', 'export/list-provinces', 'id'],
  ['Domain', 'export/list-domains', 'id'],
  ['Target', 'export/list-targets', 'id'],
];

/** Every relationship between two nodes of the export, grouped by the kind of its source. */
export async function* streamEdges(tx: StreamTx, scope: ExportScope): AsyncGenerator<GraphEdge> {
  const params = scopeParams(scope);
  for (const query of EDGE_QUERIES) yield* rowsAs<GraphEdge>(tx, query, params);
}

const EDGE_QUERIES = [
  'export/list-document-edges',
  'export/list-task-edges',
  'export/list-agency-edges',
  'export/list-province-edges',
];

/** The rows of a table query (cypher/export/list-assignments, list-lineage) as they come. */
export function streamTable(tx: StreamTx, table: 'assignments' | 'lineage', scope: ExportScope): AsyncGenerator<Row> {
  return tx.rows(`export/list-${table}`, scopeParams(scope));
}

export async function findPanelBounds(tx: StreamTx, scope: ExportScope): Promise<PanelBounds> {
  const [row] = await tx.read('export/find-panel-bounds', scopeParams(scope));
  return row as unknown as PanelBounds;
}

/** The non-empty cells, by province, domain and year (in the order of the bounds' lists). */
export function streamPanelCells(tx: StreamTx, scope: ExportScope, bounds: PanelBounds): AsyncGenerator<PanelCell> {
  return rowsAs<PanelCell>(tx, 'export/count-panel', { ...scopeParams(scope), first: bounds.first, last: bounds.last });
}

async function* rowsAs<T>(tx: StreamTx, query: string, params: Record<string, unknown>): AsyncGenerator<T> {
  for await (const row of tx.rows(query, params)) yield row as unknown as T;
}
