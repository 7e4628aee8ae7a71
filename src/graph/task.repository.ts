/**
 * Reads of tasks: batched, filtered keyset pages and counts (one query serves the top-level
 * `tasks` and every nested connection of a request), and the batch function behind Task's
 * relation fields.
 */
import type { Reader } from './driver.js';
import type { NodeRecord } from './node.repository.js';

/** Filters of a task list; null means "any". */
export interface TaskQuery {
  document: string | null;
  /** Id of a document the task's document implements, transitively. */
  implements: string | null;
  agency: string | null;
  /** Tasks of the agencies of any of these kinds (Agency.kind), instead of one agency; null: any. */
  agencyKinds: string[] | null;
  /** With `agencyKinds`: also the collectives covering one of them (Agency.coversKinds). */
  includeCollectives: boolean;
  /** With `agency` or `agencyKinds`: only this side of the assignment. */
  role: 'LEAD' | 'COORDINATOR' | null;
  /** With `agency` or `agencyKinds`: also the tasks of their units (PART_OF, transitively). */
  includeUnits: boolean;
  domain: string | null;
  /** Province id (the slug of its name, `hung-yen`). */
  province: string | null;
  /** With province: also the provinces merged into it (MERGED_INTO). */
  includeFormer: boolean;
  /** Tasks whose [startYear, endYear] contains it (a missing endYear: open-ended). */
  year: number | null;
  /** Folded words that must all occur in the task's searchText. */
  words: string[];
}

/** A page request: the filters, the keyset position and how many rows to read. */
export interface TaskPageRequest {
  query: TaskQuery;
  /** The (documentId, ordinal) of the last task already seen, or null for the first page. */
  after: [string, number] | null;
  limit: number;
}

/** A page of tasks and how many match its filters over all pages. */
export interface TaskPage {
  tasks: NodeRecord[];
  total: number;
}

/** One page per request, aligned with `requests`, each with its total, in one round trip. */
export async function listTaskPages(db: Reader, requests: readonly TaskPageRequest[]): Promise<TaskPage[]> {
  const rows = await db.read('api/list-tasks', {
    requests: requests.map((request, key) => ({ key, ...request.query, after: request.after, limit: request.limit })),
  });
  const byKey = new Map(rows.map((row) => [row.key as number, { tasks: row.tasks, total: row.total } as TaskPage]));
  return requests.map((_, key) => byKey.get(key) ?? { tasks: [], total: 0 });
}

/** The nodes next to one task. */
export interface TaskRelations {
  parent: NodeRecord | null;
  subtasks: NodeRecord[];
  leads: NodeRecord[];
  coordinators: NodeRecord[];
  domains: NodeRecord[];
}

const NO_RELATIONS: TaskRelations = { parent: null, subtasks: [], leads: [], coordinators: [], domains: [] };

export async function listTaskRelations(db: Reader, ids: readonly string[]): Promise<TaskRelations[]> {
  const rows = await db.read('api/list-task-relations', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id as string, row as unknown as TaskRelations]));
  return ids.map((id) => byId.get(id) ?? NO_RELATIONS);
}
