/**
 * Stage 5 (emit): an extraction → the records the graph stores, as plain query parameters:
 * properties flattened, provenance spread into sourceFile / lineStart / lineEnd / excerpt,
 * search text folded. An assignment's provenance is its task's (the lines that name the agency
 * are the task's), so it is kept once, on the task: on a national corpus the copies on every
 * LED_BY and COORDINATED_BY were half the bytes a load sent and 40% of Neo4j's CPU.
 * Pure; src/graph/load.ts writes them.
 */
import type { DocumentExtraction, Source } from './types.js';
import { foldWords, slugify } from './text.js';

/** The records of one document, ready for cypher/load/. */
export type GraphRecords = ReturnType<typeof emit>;

function provenance(source: Source | null): Record<string, unknown> {
  return source === null
    ? { sourceFile: null, lineStart: null, lineEnd: null, excerpt: null }
    : { sourceFile: source.file, lineStart: source.lineStart, lineEnd: source.lineEnd, excerpt: source.excerpt };
}

/** The records of one extraction. */
export function emit(extraction: DocumentExtraction) {
  const doc = extraction.document;
  const provinceFolded = (province: string | null) => (province === null ? null : foldWords(province));
  const agencies = extraction.agencies.map((agency) => ({
    id: agency.id,
    name: agency.name,
    province: agency.province,
    provinceId: agency.province === null ? null : slugify(agency.province),
    provinceFolded: provinceFolded(agency.province),
    isCollective: agency.isCollective,
    kind: agency.kind,
    coversKinds: agency.coversKinds,
    aliases: agency.aliases,
    folded: foldWords(agency.name),
    foldedAliases: agency.aliases.map((alias) => foldWords(alias)),
  }));
  const documentSearch = (symbol: string | null, title: string, province: string | null) =>
    foldWords([symbol ?? '', title, province ?? ''].join(' '));
  const citedDocuments = extraction.citedDocuments.map((cited) => ({
    id: cited.id,
    symbol: cited.symbol,
    kind: cited.kind,
    title: cited.title,
    issuedOn: cited.issuedOn,
    year: cited.year,
    province: cited.province,
    provinceId: cited.province === null ? null : slugify(cited.province),
    issuerId: cited.issuer?.id ?? null,
    searchText: documentSearch(cited.symbol, cited.title, cited.province),
    ...provenance(cited.source),
  }));
  const document = {
    id: doc.id,
    issuerId: doc.issuer?.id ?? null,
    province: doc.province,
    provinceId: doc.province === null ? null : slugify(doc.province),
    props: {
      symbol: doc.symbol,
      kind: doc.kind,
      title: doc.title,
      issuedOn: doc.issuedOn,
      year: doc.year,
      province: doc.province,
      signer: doc.signer,
      signerRole: doc.signerRole,
      layout: doc.layout,
      searchText: documentSearch(doc.symbol, doc.title, doc.province),
      ...provenance(doc.source),
    },
  };
  const tasks = doc.tasks.map((task, ordinal) => ({
    props: {
      id: task.id,
      code: task.code,
      title: task.title,
      text: task.text,
      timeframe: task.timeframe,
      startYear: task.startYear,
      endYear: task.endYear,
      recurrence: task.recurrence,
      expectedResult: task.expectedResult,
      ordinal,
      documentId: doc.id,
      province: doc.province,
      documentYear: doc.year,
      searchText: foldWords([task.code ?? '', task.text, task.expectedResult ?? ''].join(' ')),
      ...provenance(task.source),
    },
  }));
  const assignments = doc.tasks.flatMap((task) => [
    ...task.leads.map((agency, ordinal) => ({
      task: task.id,
      agency: agency.id,
      role: 'LEAD',
      ordinal,
    })),
    ...task.coordinators.map((agency, ordinal) => ({
      task: task.id,
      agency: agency.id,
      role: 'COORDINATOR',
      ordinal,
    })),
  ]);
  return {
    file: doc.source?.file ?? null,
    agencies,
    agencyParents: extraction.agencies
      .filter((agency) => agency.parent !== null)
      .map((agency) => ({ id: agency.id, parent: agency.parent })),
    citedDocuments,
    document,
    tasks,
    taskParents: doc.tasks.filter((task) => task.parent !== null).map((task) => ({ id: task.id, parent: task.parent })),
    assignments,
    taskDomains: doc.tasks.flatMap((task) =>
      task.domains.map((code) => ({
        task: task.id,
        code,
        via: task.sectionDomains.includes(code) ? 'section' : 'text',
      })),
    ),
    targets: doc.targets.map((target) => ({
      props: {
        id: target.id,
        text: target.text,
        metric: target.metric,
        value: target.value,
        valueMax: target.valueMax,
        unit: target.unit,
        year: target.year,
        documentId: doc.id,
        ...provenance(target.source),
      },
    })),
    citations: extraction.citations.map((citation) => ({ to: citation.to, ...provenance(citation.source) })),
    lineage: extraction.lineage.map((edge) => ({ from: edge.from, to: edge.to, ...provenance(edge.source) })),
  };
}
