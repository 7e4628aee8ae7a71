/**
 * Coverage: task counts per province × domain.
 */
import type { Reader } from './driver.js';

/** Number of distinct tasks in one province and domain. */
export interface CoverageRow {
  province: string;
  domain: string;
  tasks: number;
}

/** Task counts per province × domain, for the tasks implementing `directive` (all when null). */
export async function countCoverage(db: Reader, directive: string | null): Promise<CoverageRow[]> {
  const rows = await db.read('api/count-coverage', { directive });
  return rows as unknown as CoverageRow[];
}
