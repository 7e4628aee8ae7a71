/**
 * Derived task-to-task links in the graph: reads what src/derive/ compares, writes what it
 * derives. Run inside the transaction of a load (of one document or several, once at its end) or
 * of a removal (load.ts), so the links of a document, of the plans under it and of those above it
 * never disagree, once committed, with the tasks they join.
 */
import { deriveLinks, type DerivableTask, type ParentDocument } from '../derive/index.js';
import type { WriteTx } from './driver.js';

/** The ingested documents implementing `id`, transitively. */
export async function descendantDocuments(tx: WriteTx, id: string): Promise<string[]> {
  const [row] = await tx.run('derive/find-descendant-documents', { id });
  return (row?.ids as string[] | undefined) ?? [];
}

/**
 * Derives again the DERIVES_FROM links that leave the tasks of these documents: drops them, then
 * links each task to the parent task(s) it carries out among the documents above it. Returns how
 * many links it wrote from each document's tasks (documents with none are absent).
 */
export async function rederive(tx: WriteTx, ids: readonly string[]): Promise<Map<string, number>> {
  const unique = [...new Set(ids)];
  const written = new Map<string, number>();
  if (unique.length === 0) return written;
  // Sent together (Bolt runs them in this order): the inputs are tasks, which the deletion leaves.
  const [, rows] = await Promise.all([
    tx.run('derive/delete-derived-links', { ids: unique }),
    tx.run('derive/list-derivation-inputs', { ids: unique }),
  ]);
  const links = rows.flatMap((row) => {
    const found = deriveLinks(row.tasks as DerivableTask[], row.parents as ParentDocument[]);
    if (found.length > 0) written.set(row.id as string, found.length);
    return found.map((link) => ({ ...link }));
  });
  if (links.length > 0) await tx.run('derive/create-derived-links', { links });
  return written;
}
