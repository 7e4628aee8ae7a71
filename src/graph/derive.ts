/**
 * Derived task-to-task links in the graph: reads what src/derive/ compares, writes what it
 * derives. Run inside a document's load or removal transaction (load.ts), so the links of a
 * document, of the plans under it and of those above it never disagree with the tasks they join.
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
 * many links it wrote.
 */
export async function rederive(tx: WriteTx, ids: readonly string[]): Promise<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return 0;
  await tx.run('derive/delete-derived-links', { ids: unique });
  const rows = await tx.run('derive/list-derivation-inputs', { ids: unique });
  const links = rows.flatMap((row) =>
    deriveLinks(row.tasks as DerivableTask[], row.parents as ParentDocument[]).map((link) => ({ ...link })),
  );
  if (links.length > 0) await tx.run('derive/create-derived-links', { links });
  return links.length;
}
