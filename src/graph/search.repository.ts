/**
 * Full-text search over documents, tasks and agencies (the `search_text` index).
 */
import type { Reader } from './driver.js';
import { zipRecord, type NodeLabel, type NodeRecord } from './node.repository.js';
import { KEY_FIELDS } from './task.repository.js';

/** A full-text hit. */
export interface SearchRow {
  node: NodeRecord;
  score: number;
}

/**
 * Runs a Lucene query (already folded and escaped) on the `search_text` index, best first; each
 * hit's node with the properties `fields` names, and the keys a task's fields read (its document
 * field, its cursor), or whole when null.
 */
export async function searchNodes(
  db: Reader,
  query: string,
  limit: number,
  fields: readonly string[] | null = null,
): Promise<SearchRow[]> {
  const names = fields === null ? null : [...new Set([...KEY_FIELDS, ...fields])].sort();
  const rows = await db.read('api/search-nodes', { query, limit, fields: names });
  return rows.map((row) => {
    const label = row.label as NodeLabel;
    const node = names === null ? { ...(row.node as object), label } : zipRecord(names, row.values as unknown[], label);
    return { node: node as NodeRecord, score: row.score as number };
  });
}
