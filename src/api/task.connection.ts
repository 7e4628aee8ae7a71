/**
 * Resolves a task connection (top-level or nested) through the request's task loader, so every
 * connection of a request is read in one round trip, totalCount included. The page reads only
 * the task properties the request selects, the selected fields of each task's document with it
 * (so `document` costs no further round trip), the relations selected on its tasks (`leads`,
 * `domains` …, primed into the relations loader: no further round trip either), and counts
 * only when `totalCount` is selected.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import { TASK_RELATIONS, type TaskQuery } from '../graph/task.repository.js';
import type { Context } from './context.js';
import { checkFirst, decodeCursor, toConnection, type ConnectionResult } from './connection.js';
import { isSelected, propertiesSelected, selectionAt } from './projection.js';

export async function taskConnection(
  ctx: Context,
  query: TaskQuery,
  first: number,
  after: string | null | undefined,
  info: GraphQLResolveInfo,
): Promise<ConnectionResult<NodeRecord>> {
  checkFirst(first);
  const key = after ? (decodeCursor(after, ['string', 'int']) as [string, number]) : null;
  const nodes = selectionAt(info, ['edges', 'node']);
  const documents = selectionAt(info, ['edges', 'node', 'document']);
  const selected = TASK_RELATIONS.filter((relation) => isSelected(info, nodes, relation));
  const page = await ctx.loaders.taskPages.load({
    query,
    after: key,
    limit: first + 1,
    fields: propertiesSelected(info, nodes),
    ...(documents.length > 0 ? { documentFields: propertiesSelected(info, documents) } : {}),
    withTotal: isSelected(info, info.fieldNodes, 'totalCount'),
    relations: selected,
  });
  // The relations read with the page are what the relation fields' loader would read next.
  page.relations?.forEach((relations, i) => {
    for (const relation of selected) ctx.loaders.taskRelations.prime({ id: page.tasks[i]!.id, relation }, relations);
  });
  return toConnection(
    page.tasks,
    first,
    after,
    (task) => [task.documentId, task.ordinal],
    async () => page.total,
  );
}
