/**
 * Resolves a task connection (top-level or nested) through the request's task loader, so every
 * connection of a request is read in one round trip, totalCount included.
 */
import type { NodeRecord } from '../graph/node.repository.js';
import type { TaskQuery } from '../graph/task.repository.js';
import type { Context } from './context.js';
import { checkFirst, decodeCursor, toConnection, type ConnectionResult } from './connection.js';

export async function taskConnection(
  ctx: Context,
  query: TaskQuery,
  first: number,
  after: string | null | undefined,
): Promise<ConnectionResult<NodeRecord>> {
  checkFirst(first);
  const key = after ? (decodeCursor(after, ['string', 'int']) as [string, number]) : null;
  const page = await ctx.loaders.taskPages.load({ query, after: key, limit: first + 1 });
  return toConnection(
    page.tasks,
    first,
    after,
    (task) => [task.documentId, task.ordinal],
    async () => page.total,
  );
}
