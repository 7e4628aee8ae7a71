/**
 * Full-text search over documents, tasks and agencies (the `search_text` index).
 */
import type { Reader } from './driver.js';
import type { NodeRecord } from './node.repository.js';

/** A full-text hit. */
export interface SearchRow {
  node: NodeRecord;
  score: number;
}

/** Runs a Lucene query (already folded and escaped) on the `search_text` index, best first. */
export async function searchNodes(db: Reader, query: string, limit: number): Promise<SearchRow[]> {
  const rows = await db.read('api/search-nodes', { query, limit });
  return rows as unknown as SearchRow[];
}
