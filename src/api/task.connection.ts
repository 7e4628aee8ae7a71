/**
 * Resolves a task connection (top-level or nested) through the request's task loader, so every
 * connection of a request is read in one round trip, totalCount included. The page reads only
 * the task properties the request selects, the selected fields of each task's document with it
 * (so `document` costs no further round trip), the relations selected on its tasks (`leads`,
 * `domains` …, with the fields selected on them, held by each task for its relation fields: no
 * further round trip either), and counts
 * only when `totalCount` is selected.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import {
  TASK_RELATIONS,
  type TaskPageRequest,
  type TaskQuery,
  type TaskRelation,
  type TaskRelations,
} from '../graph/task.repository.js';
import type { Context } from './context.js';
import { checkFirst, decodeCursor, toConnection, type ConnectionResult } from './connection.js';
import { isSelected, propertiesSelected, selectionAt, type Selection } from './projection.js';

/**
 * The page request of a task connection, as its resolver makes it from its arguments and what
 * is selected below it; a bad `first` or `after` throws the argument's error.
 */
export function taskPageRequest(
  query: TaskQuery,
  first: number,
  after: string | null | undefined,
  selection: Selection,
): TaskPageRequest {
  checkFirst(first);
  const key = after ? (decodeCursor(after, ['string', 'int']) as [string, number]) : null;
  const nodes = selectionAt(selection, ['edges', 'node']);
  const documents = selectionAt(selection, ['edges', 'node', 'document']);
  const relations = TASK_RELATIONS.filter((relation) => isSelected(selection, nodes, relation));
  return {
    query,
    after: key,
    limit: first + 1,
    fields: propertiesSelected(selection, nodes),
    ...(documents.length > 0 ? { documentFields: propertiesSelected(selection, documents) } : {}),
    withTotal: isSelected(selection, selection.fieldNodes, 'totalCount'),
    relations,
    relationFields: Object.fromEntries(
      relations.map((relation) => [
        relation,
        propertiesSelected(selection, selectionAt(selection, ['edges', 'node', relation])),
      ]),
    ),
  };
}

/** The key under which a task read in a page holds the relations read with it. */
export const READ_WITH_PAGE = Symbol('relations read with the page');

/** A task of a page, holding the relations read with it (which, and their nodes). */
export type PageTask = NodeRecord & {
  [READ_WITH_PAGE]?: { relations: TaskRelations; read: readonly TaskRelation[] };
};

export async function taskConnection(
  ctx: Context,
  query: TaskQuery,
  first: number,
  after: string | null | undefined,
  info: GraphQLResolveInfo,
): Promise<ConnectionResult<NodeRecord>> {
  const request = taskPageRequest(query, first, after, info);
  const page = await ctx.loaders.taskPages.load(request);
  // Each task carries the relations read with it, with the fields this page selects of them: its
  // relation fields answer from them at once (a task read elsewhere, with other fields selected,
  // is another record).
  page.relations?.forEach((relations, i) => {
    (page.tasks[i] as PageTask)[READ_WITH_PAGE] = { relations, read: request.relations! };
  });
  return toConnection(
    page.tasks,
    first,
    after,
    (task) => [task.documentId, task.ordinal],
    async () => page.total,
  );
}
