/**
 * Shortest paths between two nodes over any relationship.
 */
import type { Reader } from './driver.js';

/** A shortest path: the ids of its nodes and the types of the relationships between them. */
export interface PathRow {
  ids: string[];
  types: string[];
}

/** The shortest path of at most `maxHops` (≤ 10) between two nodes, or null when there is none. */
export async function findPath(db: Reader, from: string, to: string, maxHops: number): Promise<PathRow | null> {
  const [row] = await db.read('api/find-path', { from, to, maxHops });
  return (row as unknown as PathRow | undefined) ?? null;
}
