/**
 * Writes extractions to the graph: each document atomically (alone, or in a batch that lands
 * whole), with batched UNWIND/MERGE queries
 * from cypher/load/. A document is known by its id, never by its file's name: loading the same
 * extraction twice changes nothing; loading a corrected version (same id, from any file or
 * folder) replaces that document's own tasks, targets, citations and lineage statements and
 * leaves the rest of the graph alone, other documents read from files of the same name included.
 * A failure anywhere rolls the whole document back, so nothing is half-written; several documents
 * can share a transaction (loadDocuments), all landing or none. Removing a
 * document undoes its load with the same statements, in one transaction too. Both derive again
 * the DERIVES_FROM links of the document and of the plans under it (derive.ts), so derived links
 * always join the tasks as they are now.
 */
import type { DomainEntry, ProvinceRecord } from '../ingest/dictionary.js';
import type { GraphRecords } from '../ingest/emit.js';
import { descendantDocuments, rederive } from './derive.js';
import type { Database, Reader, Row, WriteTx } from './driver.js';

/** Counts of what one load wrote. */
export interface LoadReport {
  documentId: string;
  /** The file the version this load replaced was read from; null when the document is new. */
  replaced: string | null;
  tasks: number;
  assignments: number;
  agencies: number;
  citations: number;
  lineage: number;
  targets: number;
  /** Derived DERIVES_FROM links written: from its tasks, and from the tasks of the plans under it. */
  derived: number;
}

/** Creates or updates the Domain nodes from the dictionary. */
export async function loadDomains(db: Database, domains: DomainEntry[]): Promise<void> {
  await db.write('load/merge-domains', {
    domains: domains.map(({ code, name, nameEn }) => ({ code, name, nameEn })),
  });
}

/** Creates or updates the Province nodes and their MERGED_INTO edges from the dictionary. */
export async function loadProvinces(db: Database, provinces: ProvinceRecord[]): Promise<void> {
  await db.write('load/merge-provinces', { provinces });
}

/** Loads one document's records (see ingest/emit.ts) in one transaction. */
export async function loadDocument(db: Database, params: GraphRecords): Promise<LoadReport> {
  return (await loadDocuments(db, [params]))[0]!;
}

/**
 * Loads several documents' records in one transaction, in the order given (a later version of the
 * same document replaces the earlier one, as in separate loads): all of them land or none does,
 * and the graph is then the same as after loading them one by one. Fewer round trips and commits
 * than one transaction each, and derivation runs once, at the end, for every document any of them
 * touches. A caller that must keep the others when one fails loads them again one by one
 * (src/cli/ingest.ts).
 */
export async function loadDocuments(db: Database, batch: readonly GraphRecords[]): Promise<LoadReport[]> {
  if (batch.length === 0) return [];
  return db.writeTransaction(async (tx: WriteTx) => {
    const written: { replaced: string | null; touched: string[] }[] = [];
    // Each document's writes are sent without waiting for their answers (Bolt pipelines them, and
    // Neo4j runs them in order): the next document's reads wait for them, the end for the last.
    const writes: Promise<Settled>[] = [];
    for (const params of batch) {
      try {
        const { replaced, touched, pending } = await writeDocument(tx, params);
        written.push({ replaced, touched });
        writes.push(...pending);
      } catch (error) {
        // A read fails after an earlier write did (the transaction is lost): that one is the cause.
        await settled(writes);
        throw error;
      }
    }
    await settled(writes);
    // Its tasks were created anew, and the links to and from the old ones went with them: derive
    // them again for each document and every plan under it, before and after its load.
    const derived = await rederive(
      tx,
      written.flatMap(({ touched }) => touched),
    );
    return batch.map((params, i) => ({
      documentId: params.document.id,
      replaced: written[i]!.replaced,
      tasks: params.tasks.length,
      assignments: params.assignments.length,
      agencies: params.agencies.length,
      citations: params.citations.length,
      lineage: params.lineage.length,
      targets: params.targets.length,
      derived: [...new Set(written[i]!.touched)].reduce((sum, id) => sum + (derived.get(id) ?? 0), 0),
    }));
  }, 60_000 * batch.length);
}

/** A statement's outcome, held so that a failure is never an unhandled rejection while others are awaited. */
type Settled = { ok: true } | { ok: false; error: unknown };

function settle(promise: Promise<unknown>): Promise<Settled> {
  return promise.then(
    () => ({ ok: true }) as const,
    (error: unknown) => ({ ok: false, error }) as const,
  );
}

/** Throws the first failure, in the order the statements were sent (the later ones fail because of it). */
async function settled(pending: Promise<Settled>[]): Promise<void> {
  for (const outcome of await Promise.all(pending)) if (!outcome.ok) throw outcome.error;
}

/**
 * One document's statements in `tx`: its reads are awaited, its writes only sent (`pending`).
 * `touched`: the documents whose derived links its load changes (it, and the plans under it before
 * and after), once `after` has answered.
 */
async function writeDocument(
  tx: WriteTx,
  params: GraphRecords,
): Promise<{ replaced: string | null; touched: string[]; pending: Promise<Settled>[] }> {
  const id = params.document.id;
  const [[earlier], before, under] = await Promise.all([
    tx.run('load/find-ingested-documents', { ids: [id] }),
    references(tx, id),
    // The plans under it before the load: its new version may no longer be above them.
    descendantDocuments(tx, id),
  ]);
  const replaced = earlier === undefined ? null : ((earlier.sourceFile as string | null) ?? '');
  const touched = [id, ...under];
  const pending = [
    tx.run('load/merge-agencies', { agencies: params.agencies }),
    tx.run('load/merge-agency-parents', { links: params.agencyParents }),
    tx.run('load/clear-document', { id, documentIds: before.documentIds }),
    tx.run('load/merge-cited-documents', { documents: params.citedDocuments }),
    tx.run('load/merge-document', { document: params.document }),
    tx.run('load/create-tasks', { documentId: id, tasks: params.tasks }),
    tx.run('load/create-task-links', {
      parents: params.taskParents,
      assignments: params.assignments,
      domains: params.taskDomains,
    }),
    tx.run('load/create-targets', { documentId: id, targets: params.targets }),
    tx.run('load/merge-citations', { documentId: id, citations: params.citations }),
    tx.run('load/merge-lineage', { documentId: id, edges: params.lineage }),
    tx.run('load/delete-orphans', {
      documentIds: before.documentIds,
      agencyIds: [...new Set([...before.agencyIds, ...params.agencies.map((agency) => agency.id as string)])],
    }),
    // The plans under it after the load.
    descendantDocuments(tx, id).then((after) => void touched.push(...after)),
  ].map(settle);
  return { replaced, touched, pending };
}

/** Which of these documents (ids) the graph holds as ingested. */
export async function ingestedDocuments(db: Database, ids: string[]): Promise<Set<string>> {
  const rows = await db.read('load/find-ingested-documents', { ids });
  return new Set(rows.map((row) => row.id as string));
}

/** An ingested document, as `ingest --list` shows it. */
export interface IngestedDocument {
  id: string;
  /** As printed; null when the number is blank. */
  symbol: string | null;
  kind: string;
  province: string | null;
  /** `2024-02-26`, `2024-03` or `2024`: the precision printed (or the catalogue's). */
  issuedOn: string | null;
  tasks: number;
  /** The file it was read from. */
  sourceFile: string | null;
}

/** The ingested documents in id order; with `ids`, only those of them the graph holds. */
export async function listIngestedDocuments(db: Reader, ids: string[] | null = null): Promise<IngestedDocument[]> {
  return (await db.read('load/list-ingested-documents', { ids })).map(ingestedDocument);
}

/** What removing one document did. */
export interface RemovalReport {
  /** The document as it was before the removal. */
  document: IngestedDocument;
  /**
   * How many documents still cite or implement it, so that it stays as a cited-only node
   * (inCorpus false) and their lineage is intact; 0 when it was deleted.
   */
  citedBy: number;
}

/**
 * Removes an ingested document with everything it alone holds, in one transaction: its tasks
 * and their assignments, its targets, citations and word on lineage (edges others state stay),
 * the cited-only documents and agencies nothing else refers to. A document others cite or
 * implement stays as a cited-only node. Null, and nothing written, when `id` names no ingested
 * document.
 */
export async function removeDocument(db: Database, id: string): Promise<RemovalReport | null> {
  return db.writeTransaction(async (tx: WriteTx) => {
    const [row] = await tx.run('load/list-ingested-documents', { ids: [id] });
    if (row === undefined) return null;
    const before = await references(tx, id);
    const under = await descendantDocuments(tx, id);
    await tx.run('load/clear-document', { id, documentIds: before.documentIds });
    const [kept] = await tx.run('load/demote-document', {
      id,
      issuerIds: row.issuerIds,
      provinceIds: row.provinceIds,
    });
    // The removed document itself goes too, unless others cite it (demote-document kept it).
    await tx.run('load/delete-orphans', { ...before, documentIds: [id, ...before.documentIds] });
    // Its tasks went with their links; the plans under it lose the links it gave them (through it).
    await rederive(tx, under);
    return { document: ingestedDocument(row), citedBy: (kept?.referrers as number | undefined) ?? 0 };
  }, 60_000);
}

/** What a document's current version refers to (find-document-references.cypher). */
async function references(tx: WriteTx, id: string): Promise<{ agencyIds: string[]; documentIds: string[] }> {
  const [row] = await tx.run('load/find-document-references', { id });
  return { agencyIds: row!.agencyIds as string[], documentIds: row!.documentIds as string[] };
}

function ingestedDocument(row: Row): IngestedDocument {
  return {
    id: row.id as string,
    symbol: row.symbol as string | null,
    kind: row.kind as string,
    province: row.province as string | null,
    issuedOn: row.issuedOn as string | null,
    tasks: row.tasks as number,
    sourceFile: row.sourceFile as string | null,
  };
}
