/**
 * The per-request DataLoaders: every relation field resolves through one of these, so a
 * request costs a number of database round trips bounded by its depth, not by its width.
 * Create a new set per request (createContext does): they cache for the request's lifetime.
 */
import DataLoader from 'dataloader';
import { MAX_SIMILAR } from './limits.js';
import type { Reader } from '../graph/driver.js';
import { findNodes, type NodeRecord } from '../graph/node.repository.js';
import {
  listDocumentLineage,
  listDocumentRelations,
  listDocumentTargets,
  type DocumentLineage,
  type DocumentRelations,
} from '../graph/document.repository.js';
import {
  findTasks,
  listTaskPages,
  listTaskRelations,
  type TaskPage,
  type TaskPageRequest,
  type TaskLookup,
  type TaskRelation,
  type TaskRelations,
} from '../graph/task.repository.js';
import { listAgencyRelations, type AgencyRelations } from '../graph/agency.repository.js';
import { listProvinceRelations, type ProvinceRelations } from '../graph/province.repository.js';
import {
  listDocumentUptake,
  listSimilarTasks,
  type DocumentUptakeRecord,
  type SimilarTaskRecord,
} from '../graph/uptake.repository.js';

/** The loaders of one request. */
export interface Loaders {
  /** Any node by id (null when there is none). */
  nodes: DataLoader<string, NodeRecord | null>;
  /** Tasks by id, with the fields a request selects (and their lineage when selected). */
  tasks: DataLoader<TaskLookup, NodeRecord | null, string>;
  documentRelations: DataLoader<string, DocumentRelations>;
  documentLineage: DataLoader<string, DocumentLineage>;
  documentTargets: DataLoader<string, NodeRecord[]>;
  /**
   * A task's relations (whole nodes), keyed by task and relation: a batch reads only the relations
   * its fields ask for. Tasks read in a page carry theirs instead (task.connection.ts).
   */
  taskRelations: DataLoader<{ id: string; relation: TaskRelation }, TaskRelations, string>;
  agencyRelations: DataLoader<string, AgencyRelations>;
  provinceRelations: DataLoader<string, ProvinceRelations>;
  /** Each document's tasks with the tasks deriving from them (Document.uptake). */
  documentUptake: DataLoader<string, DocumentUptakeRecord>;
  /** The tasks of other provinces most like a task, best first (Task.similar slices them). */
  similarTasks: DataLoader<NodeRecord, SimilarTaskRecord[], string>;
  /** Pages of tasks with their totals: the top-level `tasks` and every nested task connection of a request. */
  taskPages: DataLoader<TaskPageRequest, TaskPage, string>;
}

export function createLoaders(db: Reader): Loaders {
  return {
    nodes: new DataLoader((ids) => findNodes(db, ids)),
    tasks: new DataLoader((lookups) => findTasks(db, lookups), { cacheKeyFn: (key) => JSON.stringify(key) }),
    documentRelations: new DataLoader((ids) => listDocumentRelations(db, ids)),
    documentLineage: new DataLoader((ids) => listDocumentLineage(db, ids)),
    documentTargets: new DataLoader((ids) => listDocumentTargets(db, ids)),
    taskRelations: new DataLoader(
      (keys) =>
        listTaskRelations(
          db,
          keys.map((key) => key.id),
          keys.map((key) => key.relation),
        ),
      { cacheKeyFn: (key) => `${key.relation} ${key.id}` },
    ),
    agencyRelations: new DataLoader((ids) => listAgencyRelations(db, ids)),
    provinceRelations: new DataLoader((ids) => listProvinceRelations(db, ids)),
    documentUptake: new DataLoader((ids) => listDocumentUptake(db, ids)),
    // Ranked once per task and request, as many as any field may ask for.
    similarTasks: new DataLoader((tasks) => listSimilarTasks(db, tasks, MAX_SIMILAR), {
      cacheKeyFn: (task) => task.id,
    }),
    taskPages: new DataLoader((requests) => listTaskPages(db, requests), { cacheKeyFn: (key) => JSON.stringify(key) }),
  };
}
