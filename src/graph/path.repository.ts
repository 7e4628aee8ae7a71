/**
 * How nodes are related: shortest paths (typed, directed or not) and the tasks agencies share.
 */
import type { Reader } from './driver.js';
import type { NodeRecord } from './node.repository.js';

/** A shortest path: its nodes' ids, the relationship types between them and their directions. */
export interface PathRow {
  ids: string[];
  types: string[];
  /** Per relationship: whether it points from the node before it to the node after. */
  forward: boolean[];
}

/** What a path search may use. */
export interface PathQuery {
  /** Relationship types allowed. */
  types: string[];
  /** Follow relationships only in their own direction. */
  directed: boolean;
  maxHops: number;
}

/** The shortest path of at most `maxHops` (≤ 10) between two nodes, or null when there is none. */
export async function findPath(db: Reader, from: string, to: string, query: PathQuery): Promise<PathRow | null> {
  const [row] = await db.read(query.directed ? 'api/find-directed-path' : 'api/find-path', {
    from,
    to,
    maxHops: query.maxHops,
    types: query.types,
  });
  return (row as unknown as PathRow | undefined) ?? null;
}

/** Up to `limit` tasks every agency of `agencies` leads or coordinates. */
export async function listSharedTasks(db: Reader, agencies: string[], limit: number): Promise<NodeRecord[]> {
  const rows = await db.read('api/list-shared-tasks', { agencies, limit });
  return rows.map((row) => row.task as NodeRecord);
}
