/**
 * Reads of documents: filtered keyset pages, and the batch functions behind Document's
 * relation fields (one UNWIND query per batch, results aligned with the ids asked for).
 */
import type { Reader } from './driver.js';
import type { NodeRecord } from './node.repository.js';

/** Filters of a document list; null means "any". */
export interface DocumentQuery {
  symbol: string | null;
  /** Province id (the slug of its name, `tay-ninh`). */
  province: string | null;
  kind: string | null;
  inCorpus: boolean | null;
  implements: string | null;
}

/** Up to `limit` documents after the id `after`, in id order. */
export async function listDocuments(
  db: Reader,
  query: DocumentQuery,
  after: string | null,
  limit: number,
): Promise<NodeRecord[]> {
  const rows = await db.read('api/list-documents', { ...query, after, limit });
  return rows.map((row) => row.document as NodeRecord);
}

/** How many documents match (no node is loaded). */
export async function countDocuments(db: Reader, query: DocumentQuery): Promise<number> {
  const [row] = await db.read('api/count-documents', { ...query });
  return (row?.total as number | undefined) ?? 0;
}

/** The documents and issuer next to one document. */
export interface DocumentRelations {
  implements: NodeRecord[];
  implementedBy: NodeRecord[];
  cites: NodeRecord[];
  citedBy: NodeRecord[];
  issuer: NodeRecord | null;
}

const NO_RELATIONS: DocumentRelations = { implements: [], implementedBy: [], cites: [], citedBy: [], issuer: null };

export async function listDocumentRelations(db: Reader, ids: readonly string[]): Promise<DocumentRelations[]> {
  const rows = await db.read('api/list-document-relations', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id as string, row as unknown as DocumentRelations]));
  return ids.map((id) => byId.get(id) ?? NO_RELATIONS);
}

/** A document's place in the IMPLEMENTS DAG. */
export interface DocumentLineage {
  /** Every document it implements, transitively, nearest first (then by id). */
  ancestors: NodeRecord[];
  /** Every document implementing it, transitively, nearest first (then by id). */
  descendants: NodeRecord[];
  /** Each chain from the document up to a root, starting with the document itself. */
  lineagePaths: NodeRecord[][];
}

const NO_LINEAGE: DocumentLineage = { ancestors: [], descendants: [], lineagePaths: [] };

export async function listDocumentLineage(db: Reader, ids: readonly string[]): Promise<DocumentLineage[]> {
  const rows = await db.read('api/list-document-lineage', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id as string, row as unknown as DocumentLineage]));
  return ids.map((id) => byId.get(id) ?? NO_LINEAGE);
}

/** The targets each document sets, aligned with `ids`. */
export async function listDocumentTargets(db: Reader, ids: readonly string[]): Promise<NodeRecord[][]> {
  const rows = await db.read('api/list-document-targets', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id as string, row.targets as NodeRecord[]]));
  return ids.map((id) => byId.get(id) ?? []);
}
