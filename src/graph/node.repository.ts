/**
 * Nodes by id, whatever their label, and the reads that span labels: full-text search, shortest
 * paths and coverage counts. Batch functions return results aligned with their keys.
 */
import type { Database } from './driver.js';

/** The labels of the graph's nodes (schema/graph-model.md). */
export type NodeLabel = 'Document' | 'Task' | 'Agency' | 'Domain' | 'Target' | 'Province';

/** A node's properties as stored, plus its label. */
export interface NodeRecord {
  id: string;
  label: NodeLabel;
  [property: string]: unknown;
}

/** The nodes with the given ids, aligned with `ids` (null where there is none). */
export async function findNodes(db: Database, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const rows = await db.read('api/find-nodes', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id as string, row.node as NodeRecord]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A full-text hit. */
export interface SearchRow {
  node: NodeRecord;
  score: number;
}

/** Runs a Lucene query (already folded and escaped) on the `search_text` index, best first. */
export async function searchNodes(db: Database, query: string, limit: number): Promise<SearchRow[]> {
  const rows = await db.read('api/search-nodes', { query, limit });
  return rows as unknown as SearchRow[];
}

/** A shortest path: the ids of its nodes and the types of the relationships between them. */
export interface PathRow {
  ids: string[];
  types: string[];
}

/** The shortest path of at most `maxHops` (≤ 10) between two nodes, or null when there is none. */
export async function findPath(db: Database, from: string, to: string, maxHops: number): Promise<PathRow | null> {
  const [row] = await db.read('api/find-path', { from, to, maxHops });
  return (row as unknown as PathRow | undefined) ?? null;
}

/** Number of distinct tasks in one province and domain. */
export interface CoverageRow {
  province: string;
  domain: string;
  tasks: number;
}

/** Task counts per province × domain, for the tasks implementing `directive` (all when null). */
export async function countCoverage(db: Database, directive: string | null): Promise<CoverageRow[]> {
  const rows = await db.read('api/count-coverage', { directive });
  return rows as unknown as CoverageRow[];
}

/** The five domains, by code. */
export async function listDomains(db: Database): Promise<NodeRecord[]> {
  const rows = await db.read('api/list-domains');
  return rows.map((row) => row.domain as NodeRecord);
}
