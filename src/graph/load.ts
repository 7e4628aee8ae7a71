/**
 * Writes extractions to the graph: one transaction per document, batched UNWIND/MERGE queries
 * from cypher/load/. Idempotent: loading the same extraction twice changes nothing; loading a
 * corrected version replaces that document's own tasks, targets, citations and lineage
 * statements and leaves the rest of the graph alone. A failure anywhere rolls the whole
 * document back, so nothing is half-written.
 */
import type { DomainEntry, ProvinceRecord } from '../ingest/dictionary.js';
import type { GraphRecords } from '../ingest/emit.js';
import type { Database, WriteTx } from './driver.js';

/** Counts of what one load wrote. */
export interface LoadReport {
  documentId: string;
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
  await db.writeTransaction(async (tx: WriteTx) => {
    await tx.run('load/merge-agencies', { agencies: params.agencies });
    await tx.run('load/merge-agency-parents', { links: params.agencyParents });
    await tx.run('load/clear-document', { id: params.document.id, file: params.file });
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
    tasks: params.tasks.length,
    assignments: params.assignments.length,
    agencies: params.agencies.length,
    citations: params.citations.length,
    lineage: params.lineage.length,
    targets: params.targets.length,
  };
}

/** The ingested documents (ids) that came from these file names. */
export async function ingestedFiles(db: Database, files: string[]): Promise<Set<string>> {
  const rows = await db.read('load/find-ingested-documents', { files });
  return new Set(rows.map((row) => row.sourceFile as string));
}
