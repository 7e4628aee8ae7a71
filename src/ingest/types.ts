/**
 * The extraction: what the ingestion reads out of plan documents, before any database.
 * Field names follow the GraphQL API, so `ingest --dry-run --json` shows what the API answers.
 */

/** Where a fact comes from: file, inclusive 1-based line range, and the text there. */
export interface Source {
  file: string;
  lineStart: number;
  lineEnd: number;
  excerpt: string;
}

export type { AgencyKind, DocumentKind, DomainCode, Layout, Recurrence } from '../vocabulary/index.js';
import type { AgencyKind, DocumentKind, DomainCode, Layout, Recurrence } from '../vocabulary/index.js';

/** An agency, province-scoped (province null for national bodies). */
export interface AgencyRecord {
  id: string;
  name: string;
  aliases: string[];
  province: string | null;
  isCollective: boolean;
  /** Id of the agency it is part of (a Sở's unit → the Sở). */
  parent: string | null;
  /** The sort of body it is, the same in every province (SO_Y_TE); null for a unit, a collective or a body no kind names. */
  kind: AgencyKind | null;
  /** For a collective, the kinds its name says it covers ("UBND các huyện, thành phố" → UBND_HUYEN). */
  coversKinds: AgencyKind[];
}

/** A reference to an agency from a task or document. */
export interface AgencyRef {
  id: string;
  name: string;
}

/** A reference to a document, with the symbol for readability. */
export interface DocumentRef {
  id: string;
  symbol: string | null;
}

/** A document: ingested (inCorpus) or known only from citations. */
export interface DocumentRecord {
  id: string;
  symbol: string | null;
  kind: DocumentKind;
  title: string;
  issuedOn: string | null;
  year: number | null;
  province: string | null;
  issuer: AgencyRef | null;
  signer: string | null;
  signerRole: string | null;
  inCorpus: boolean;
  layout: Layout | null;
  source: Source | null;
}

/** A task of a plan. */
export interface TaskRecord {
  id: string;
  code: string | null;
  title: string;
  text: string;
  timeframe: string | null;
  startYear: number | null;
  endYear: number | null;
  recurrence: Recurrence | null;
  expectedResult: string | null;
  parent: string | null;
  leads: AgencyRef[];
  coordinators: AgencyRef[];
  domains: DomainCode[];
  /** Which domains came from the heading of the section the task sits in (the rest from its words). */
  sectionDomains: DomainCode[];
  source: Source;
}

/** A quantified objective. */
export interface TargetRecord {
  id: string;
  text: string;
  metric: string | null;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  year: number | null;
  source: Source;
}

/** A lineage edge stated by a text: `from` implements `to`. */
export interface ImplementsEdge {
  from: string;
  to: string;
  source: Source;
}

/** A citation of `to` by the ingested document. */
export interface CitationEdge {
  to: string;
  source: Source;
}

/** Something the parser could not read, with its place. */
export interface Warning {
  file: string;
  line: number;
  message: string;
}

/** Everything read from one file. */
export interface DocumentExtraction {
  document: DocumentRecord & {
    implements: DocumentRef[];
    cites: DocumentRef[];
    tasks: TaskRecord[];
    targets: TargetRecord[];
  };
  /** Documents the text cites (known only from citations unless ingested too). */
  citedDocuments: DocumentRecord[];
  /** Every IMPLEMENTS edge the text states, the document's own and those between cited documents. */
  lineage: ImplementsEdge[];
  citations: CitationEdge[];
  agencies: AgencyRecord[];
  warnings: Warning[];
}
