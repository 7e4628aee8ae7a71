/**
 * Whole-graph counts.
 */
import type { Reader } from './driver.js';

/** How much the graph holds. */
export interface GraphCounts {
  documents: number;
  documentsInCorpus: number;
  tasks: number;
  agencies: number;
  targets: number;
}

export async function countGraph(db: Reader): Promise<GraphCounts> {
  const [row] = await db.read('count-graph');
  return row as unknown as GraphCounts;
}
