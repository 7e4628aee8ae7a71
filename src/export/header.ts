/**
 * The header every export carries: the corpus version it was taken from, its filters, how to
 * cite it and what its provenance fields mean. One line of text, written as an XML comment, a
 * first `#` line of CSV, or top-level fields of JSON-LD.
 */
import { createHash } from 'node:crypto';
import type { CorpusCounts } from '../graph/export.repository.js';

/** What the header of one export says. */
export interface ExportHeader {
  /** `sha256:` and the first 12 hex digits of the hash of every document id, sorted. */
  version: string;
  /** `18 documents (5 ingested), 114 tasks`. */
  counts: string;
  /** The filters, `province=Bắc Ninh, includeFormer`, or `none`. */
  filters: string;
  /** How to cite the export. */
  citation: string;
  /** The whole header, one line. */
  text: string;
}

/**
 * The corpus version is a hash of the ids of every document in the graph (ingested or cited),
 * whatever the filter: two exports with the same version were taken from the same documents.
 * The counts beside it tell a corrected re-ingest (same ids, other tasks) apart.
 */
export function exportHeader(
  corpus: CorpusCounts,
  what: { title: string; filters: string; provenance: string },
): ExportHeader {
  const ids = [...corpus.documentIds].sort();
  const version = `sha256:${createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 12)}`;
  const counts = `${ids.length} documents (${corpus.ingested} ingested), ${corpus.tasks} tasks`;
  const filtered = what.filters === 'none' ? '' : `, filtered by ${what.filters}`;
  const citation = `Policy graph of Vietnamese policy documents, corpus version ${version}, ${what.title}${filtered}.`;
  const text =
    `Policy graph, ${what.title}. Corpus version ${version}: ${counts}. Filters: ${what.filters}. ` +
    `Cite as: ${citation} Provenance: ${what.provenance}`;
  return { version, counts, filters: what.filters, citation, text };
}

/** The provenance note of exports whose records carry sourceFile, lineStart and lineEnd. */
export const LINE_PROVENANCE =
  'sourceFile, lineStart and lineEnd give the file each record was read from and its lines there (1-based, inclusive).';
