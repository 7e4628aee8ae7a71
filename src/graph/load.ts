/**
 * Writes extractions to the graph: one transaction per document, batched UNWIND/MERGE queries
 * from cypher/load/. A document is known by its id, never by its file's name: loading the same
 * extraction twice changes nothing; loading a corrected version (same id, from any file or
 * folder) replaces that document's own tasks, targets, citations and lineage statements and
 * leaves the rest of the graph alone, other documents read from files of the same name included.
 * A failure anywhere rolls the whole document back, so nothing is half-written.
 */
import type { DomainEntry, ProvinceRecord } from '../ingest/dictionary.js';
import type { GraphRecords } from '../ingest/emit.js';
import type { Database, WriteTx } from './driver.js';

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
  let replaced: string | null = null;
  await db.writeTransaction(async (tx: WriteTx) => {
    const [earlier] = await tx.run('load/find-ingested-documents', { ids: [params.document.id] });
    replaced = earlier === undefined ? null : ((earlier.sourceFile as string | null) ?? '');
    await tx.run('load/merge-agencies', { agencies: params.agencies });
    await tx.run('load/merge-agency-parents', { links: params.agencyParents });
    await tx.run('load/clear-document', { id: params.document.id });
    await tx.run('load/merge-cited-documents', { documents: params.citedDocuments });
    await tx.run('load/merge-document', { document: params.document });
    await tx.run('load/create-tasks', { documentId: params.document.id, tasks: params.tasks });
    await tx.run('load/create-task-links', {
      parents: params.taskParents,
      assignments: params.assignments,
      domains: params.taskDomains,
    });
    await tx.run('load/create-targets', { documentId: params.document.id, targets: params.targets });
    await tx.run('load/merge-citations', { documentId: params.document.id, citations: params.citations });
    await tx.run('load/merge-lineage', { documentId: params.document.id, edges: params.lineage });
    await tx.run('load/delete-orphans');
  }, 60_000);
  return {
    documentId: params.document.id,
    replaced,
    tasks: params.tasks.length,
    assignments: params.assignments.length,
    agencies: params.agencies.length,
    citations: params.citations.length,
    lineage: params.lineage.length,
    targets: params.targets.length,
  };
}

/** Which of these documents (ids) the graph holds as ingested. */
export async function ingestedDocuments(db: Database, ids: string[]): Promise<Set<string>> {
  const rows = await db.read('load/find-ingested-documents', { ids });
  return new Set(rows.map((row) => row.id as string));
}
