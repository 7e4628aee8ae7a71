/**
 * Reads of tasks: batched, filtered keyset pages and counts (one query per anchor serves the
 * top-level `tasks` and every nested connection of a request), and the batch function behind
 * Task's relation fields.
 */
import type { Reader } from './driver.js';
import { zipRecord, type NodeRecord } from './node.repository.js';

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

/** A page request: the filters, the keyset position, how many rows to read and what of them. */
export interface TaskPageRequest {
  query: TaskQuery;
  /** The (documentId, ordinal) of the last task already seen, or null for the first page. */
  after: [string, number] | null;
  limit: number;
  /**
   * The task properties to read (`id`, `documentId` and `ordinal`, which keys and cursors need,
   * are always read); absent: every property. Decoding only these is most of what a page costs.
   */
  fields?: readonly string[];
  /** Properties of each task's document to read with the page, set as the task's `document`; absent: none. */
  documentFields?: readonly string[];
  /** Whether to count the tasks matching over all pages (absent: yes); 0 when not counted. */
  withTotal?: boolean;
  /** Relations of each task to read with the page (as listTaskRelations reads them); absent: none. */
  relations?: readonly TaskRelation[];
  /**
   * The properties to read of the nodes of each relation in `relations` (their `id` always, and
   * a task's keys); a relation absent here: whole nodes.
   */
  relationFields?: Partial<Record<TaskRelation, readonly string[]>>;
}

/**
 * A page of tasks and how many match its filters over all pages (0 when not asked); with
 * `relations`, the relations asked for of each task, aligned with `tasks`.
 */
export interface TaskPage {
  tasks: NodeRecord[];
  total: number;
  relations: TaskRelations[] | null;
  /**
   * With an `agency` filter: the agency, or null when there is none (so an agency and a page of
   * its tasks are one round trip); absent for other filters.
   */
  agency?: NodeRecord | null;
}

/** Always read: the id, and the sort key that cursors and the task's document field need. */
export const KEY_FIELDS: readonly string[] = ['id', 'documentId', 'ordinal'];

/**
 * The filter a page's candidates are read from (through an index or a traversal), the most
 * selective given, the first of: document, agency (or kinds), implements, province, domain;
 * null when none is given. Each has its own list-tasks query.
 */
export type TaskAnchor = 'document' | 'agency' | 'implements' | 'province' | 'domain';

export function taskAnchor(query: TaskQuery): TaskAnchor | null {
  if (query.document !== null) return 'document';
  if (query.agency !== null || query.agencyKinds !== null) return 'agency';
  if (query.implements !== null) return 'implements';
  if (query.province !== null) return 'province';
  if (query.domain !== null) return 'domain';
  return null;
}

/**
 * The flags of the `// @if` blocks of api/fragments/task-filter-scope, task-filter and
 * tasks-of-agencies that a batch of filters (all read from one anchor) needs: a filter none of
 * them has is left out of the statement (src/graph/cypher.ts).
 */
export function taskFilterFlags(queries: readonly TaskQuery[]): string[] {
  const flags = new Set<string>();
  for (const query of queries) {
    const byAgency = query.agency !== null || query.agencyKinds !== null;
    const anchor = taskAnchor(query);
    // A filter needs no check where its candidates are read from it.
    if (query.document !== null && anchor !== 'document') flags.add('document-check');
    if (query.implements !== null && anchor !== 'implements') flags.add('implements-check');
    if (query.province !== null && anchor !== 'province') flags.add('province-check');
    if (query.domain !== null && anchor !== 'domain') flags.add('domain-check');
    if (byAgency && anchor !== 'agency') flags.add('agency-check');
    if (query.implements !== null) flags.add('implements');
    if (query.agency !== null) flags.add('agency');
    if (query.agencyKinds !== null) flags.add('kinds');
    if (query.agencyKinds !== null && query.includeCollectives) flags.add('collectives');
    if (byAgency && query.includeUnits) flags.add('units');
    if (byAgency && query.role !== 'COORDINATOR') flags.add('led');
    if (byAgency && query.role !== 'LEAD') flags.add('coordinated');
    if (query.province !== null) flags.add('province');
    if (query.province !== null && query.includeFormer) flags.add('former');
    if (query.year !== null) flags.add('year');
    if (query.words.length > 0) flags.add('words');
  }
  return [...flags];
}

/** The query reading pages from each anchor. */
const LIST_TASKS: Record<TaskAnchor | 'none', string> = {
  document: 'api/list-tasks-of-document',
  agency: 'api/list-tasks-of-agencies',
  implements: 'api/list-tasks-implementing',
  province: 'api/list-tasks-of-province',
  domain: 'api/list-tasks-of-domain',
  none: 'api/list-tasks',
};

/**
 * One page per request, aligned with `requests`, each with its total: one round trip per anchor
 * among them (almost always one), run at once. A batch reads the union of its requests' fields,
 * so a page may hold more than it asked for.
 */
export async function listTaskPages(db: Reader, requests: readonly TaskPageRequest[]): Promise<TaskPage[]> {
  const byAnchor = new Map<TaskAnchor | 'none', number[]>();
  requests.forEach((request, key) => {
    const anchor = taskAnchor(request.query) ?? 'none';
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), key]);
  });
  const pages = new Map<number, TaskPage>();
  await Promise.all(
    [...byAnchor].map(async ([anchor, keys]) => {
      const read = await readTaskPages(
        db,
        anchor,
        keys.map((key) => requests[key]!),
      );
      read.forEach((page, i) => pages.set(keys[i]!, page));
    }),
  );
  return requests.map((_, key) => pages.get(key)!);
}

async function readTaskPages(
  db: Reader,
  anchor: TaskAnchor | 'none',
  requests: readonly TaskPageRequest[],
): Promise<TaskPage[]> {
  const fields = requests.every((request) => request.fields !== undefined)
    ? union([KEY_FIELDS, ...requests.map((request) => request.fields!)])
    : null;
  const asking = requests.filter((request) => request.documentFields !== undefined);
  const documentFields = asking.length === 0 ? null : union([['id'], ...asking.map((r) => r.documentFields!)]);
  const relations = union(requests.map((request) => request.relations ?? []));
  const relationFields = Object.fromEntries(
    (relations as TaskRelation[]).map((relation) => {
      const asking = requests.filter((request) => request.relations?.includes(relation));
      const whole = asking.some((request) => request.relationFields?.[relation] === undefined);
      const keys = relation === 'parent' || relation === 'subtasks' ? KEY_FIELDS : ['id'];
      return [relation, whole ? null : union([keys, ...asking.map((request) => request.relationFields![relation]!)])];
    }),
  ) as Partial<Record<TaskRelation, string[] | null>>;
  const flags = [
    ...taskFilterFlags(requests.map((request) => request.query)),
    ...relations,
    ...(requests.some((request) => request.after !== null) ? ['after'] : []),
    ...(requests.some((request) => request.withTotal ?? true) ? ['total'] : []),
    ...(documentFields !== null ? ['document-fields'] : []),
  ];
  const rows = await db.read(
    LIST_TASKS[anchor],
    {
      // A filter left out reads as null in Cypher (a map's missing key), and costs no bytes to send.
      requests: requests.map((request, key) =>
        withoutNulls({
          key,
          anchor: anchor === 'none' ? null : anchor,
          ...request.query,
          after: request.after,
          limit: request.limit,
          withTotal: request.withTotal ?? true,
        }),
      ),
      limit: Math.max(0, ...requests.map((request) => request.limit)),
      fields,
      documentFields,
      relations,
      relationFields,
    },
    { flags },
  );
  // The query reads up to the batch's largest limit for every request: each page is cut to its own.
  const byKey = new Map(
    rows.map((row): [number, TaskPage] => {
      const tasks = (row.tasks as TaskRow[]).slice(0, requests[row.key as number]!.limit);
      return [
        row.key as number,
        {
          tasks: tasks.map((task) => taskRecord(task, fields, documentFields)),
          total: row.total as number,
          relations:
            relations.length === 0
              ? null
              : tasks.map((task) => (task.relations ? relationRecords(task.relations, relationFields) : NO_RELATIONS)),
          ...(anchor === 'agency' ? { agency: (row.agency as NodeRecord | null) ?? null } : {}),
        },
      ];
    }),
  );
  return requests.map((_, key) => byKey.get(key) ?? { tasks: [], total: 0, relations: null });
}

/** A task as the list-tasks queries and find-tasks.cypher return it: the whole node, or the values of $fields. */
interface TaskRow {
  node: Record<string, unknown> | null;
  values: unknown[];
  document?: unknown[] | null;
  relations?: TaskRelations | null;
}

function taskRecord(row: TaskRow, fields: string[] | null, documentFields: string[] | null): NodeRecord {
  const task = (fields === null ? { ...row.node, label: 'Task' } : zipRecord(fields, row.values, 'Task')) as NodeRecord;
  if (documentFields !== null && row.document != null)
    task.document = zipRecord(documentFields, row.document, 'Document');
  return task;
}

/** A record of `label` from property names and the values read for them (a null value: absent). */

function withoutNulls(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, value]) => value !== null));
}

function union(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort();
}

/** The label of each relation's nodes. */
const RELATION_LABELS: Record<TaskRelation, NodeRecord['label']> = {
  parent: 'Task',
  subtasks: 'Task',
  leads: 'Agency',
  coordinators: 'Agency',
  domains: 'Domain',
};

/** A task's relations as records: those read as values (see relationFields) zipped with their names. */
function relationRecords(
  relations: TaskRelations,
  relationFields: Partial<Record<TaskRelation, string[] | null>>,
): TaskRelations {
  const record = (relation: TaskRelation, node: unknown): NodeRecord => {
    const fields = relationFields[relation];
    return fields && Array.isArray(node) ? zipRecord(fields, node, RELATION_LABELS[relation]) : (node as NodeRecord);
  };
  return {
    parent: relations.parent === null ? null : record('parent', relations.parent),
    subtasks: relations.subtasks.map((node) => record('subtasks', node)),
    leads: relations.leads.map((node) => record('leads', node)),
    coordinators: relations.coordinators.map((node) => record('coordinators', node)),
    domains: relations.domains.map((node) => record('domains', node)),
  };
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

/** The relations a task has (the fields of TaskRelations). */
export type TaskRelation = keyof TaskRelations;

export const TASK_RELATIONS: readonly TaskRelation[] = ['parent', 'subtasks', 'leads', 'coordinators', 'domains'];

/** The relations of each task, aligned with `ids`; those not in `relations` come back empty. */
export async function listTaskRelations(
  db: Reader,
  ids: readonly string[],
  relations: readonly TaskRelation[] = TASK_RELATIONS,
): Promise<TaskRelations[]> {
  const rows = await db.read(
    'api/list-task-relations',
    { ids: [...new Set(ids)], relations: [...new Set(relations)], relationFields: {} },
    { flags: relations },
  );
  const byId = new Map(rows.map((row) => [row.id as string, row as unknown as TaskRelations]));
  return ids.map((id) => byId.get(id) ?? NO_RELATIONS);
}

/** A lookup of one task: what of it to read, and the fields of its lineage's documents if wanted. */
export interface TaskLookup {
  id: string;
  /** As TaskPageRequest.fields: absent, every property. */
  fields?: readonly string[];
  /** Properties of the documents on its document's lineage paths, read with it as `lineagePaths`; absent: no lineage. */
  pathFields?: readonly string[];
}

/**
 * The tasks looked up, aligned with `lookups` (null where there is no task of that id), in one
 * round trip; a batch reads the union of its lookups' fields.
 */
export async function findTasks(db: Reader, lookups: readonly TaskLookup[]): Promise<(NodeRecord | null)[]> {
  const fields = lookups.every((lookup) => lookup.fields !== undefined)
    ? union([KEY_FIELDS, ...lookups.map((lookup) => lookup.fields!)])
    : null;
  const asking = lookups.filter((lookup) => lookup.pathFields !== undefined);
  const pathFields = asking.length === 0 ? null : union([['id'], ...asking.map((lookup) => lookup.pathFields!)]);
  const rows = await db.read('api/find-tasks', {
    ids: [...new Set(lookups.map((lookup) => lookup.id))],
    fields,
    pathFields,
  });
  const byId = new Map(
    rows.map((row) => {
      const task = taskRecord(row as unknown as TaskRow, fields, null);
      if (pathFields !== null) {
        task.lineagePaths = (row.lineagePaths as unknown[][][]).map((path) =>
          path.map((values) => zipRecord(pathFields, values, 'Document')),
        );
      }
      return [row.id as string, task];
    }),
  );
  return lookups.map((lookup) => byId.get(lookup.id) ?? null);
}
