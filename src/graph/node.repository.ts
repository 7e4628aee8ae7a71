/**
 * Nodes by id, whatever their label (the batch function behind node(id) and every field that
 * names a node by id), and the domains.
 */
import type { Reader } from './driver.js';

/** The labels of the graph's nodes (schema/graph-model.md). */
export type NodeLabel = 'Document' | 'Task' | 'Agency' | 'Domain' | 'Target' | 'Province';

/** A node's properties as stored, plus its label. */
export interface NodeRecord {
  id: string;
  label: NodeLabel;
  [property: string]: unknown;
}

/**
 * A node read as the values of some of its properties (`[k IN $fields | n[k]]`, to decode only
 * what a request asks for) as a record again; a null value is a property the node does not have.
 */
export function zipRecord(names: readonly string[], values: readonly unknown[], label: NodeLabel): NodeRecord {
  const record: Record<string, unknown> = { label };
  names.forEach((name, i) => {
    if (values[i] !== null) record[name] = values[i];
  });
  return record as NodeRecord;
}

/** The nodes with the given ids, aligned with `ids` (null where there is none). */
export async function findNodes(db: Reader, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const rows = await db.read('api/find-nodes', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id as string, row.node as NodeRecord]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The five domains, by code. */
export async function listDomains(db: Reader): Promise<NodeRecord[]> {
  const rows = await db.read('api/list-domains');
  return rows.map((row) => row.domain as NodeRecord);
}
