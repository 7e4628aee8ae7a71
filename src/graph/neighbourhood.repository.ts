/**
 * The neighbourhood of a node: what lies one or two relationships away, and the relationships
 * among it (the graph view of the explorer).
 */
import type { Reader } from './driver.js';
import type { NodeLabel, NodeRecord } from './node.repository.js';

/** A relationship between two nodes of a neighbourhood, by their ids. */
export interface EdgeRow {
  source: string;
  target: string;
  type: string;
}

/** The focus first, then the nodes kept; the relationships among them; whether some were left out. */
export interface NeighbourhoodRows {
  nodes: NodeRecord[];
  edges: EdgeRow[];
  truncated: boolean;
}

/** The nodes within `hops` (1 or 2) of the node `id` whose label is in `labels`; null when there is no such node. */
export async function findNeighbourhood(
  db: Reader,
  id: string,
  hops: number,
  labels: readonly NodeLabel[],
  limit: number,
): Promise<NeighbourhoodRows | null> {
  const [row] = await db.read('api/list-neighbourhood', { id, hops, labels: [...labels], limit });
  return (row as unknown as NeighbourhoodRows | undefined) ?? null;
}
