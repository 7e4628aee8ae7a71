/**
 * Counts: the whole graph's, and the tasks matching a filter grouped by province, domain,
 * agency, agency kind, role or year.
 */
import type { Reader } from './driver.js';
import { taskAnchor, type TaskQuery } from './task.repository.js';

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

/** What tasks may be grouped by (see cypher/api/count-tasks.cypher). */
export type TaskGroupKey = 'PROVINCE' | 'DOMAIN' | 'AGENCY' | 'AGENCY_KIND' | 'ROLE' | 'YEAR';

/** One group's distinct tasks; keys not grouped by are null. */
export interface TaskGroupRow {
  province: string | null;
  domain: string | null;
  agencyId: string | null;
  agencyKind: string | null;
  role: 'LEAD' | 'COORDINATOR' | null;
  year: number | null;
  tasks: number;
}

/** The ranked groups (at most `limit`), how many groups there are, and the tasks matching. */
export interface TaskCounts {
  total: number;
  groups: TaskGroupRow[];
  groupCount: number;
}

/**
 * Distinct tasks matching `query` per group of `groupBy`, most first; `role` keeps only that
 * side's assignments in AGENCY and ROLE groups.
 */
export async function countTasks(
  db: Reader,
  query: TaskQuery,
  groupBy: readonly TaskGroupKey[],
  role: 'LEAD' | 'COORDINATOR' | null,
  limit: number,
): Promise<TaskCounts> {
  const [row] = await db.read('api/count-tasks', {
    r: { ...query, anchor: taskAnchor(query) },
    groupBy: [...groupBy],
    role,
    limit,
  });
  return (row as unknown as TaskCounts | undefined) ?? { total: 0, groups: [], groupCount: 0 };
}
