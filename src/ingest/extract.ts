/**
 * The ingestion pipeline for one file, composed of its stages:
 *
 *   decode → lines → cells → segment → header + citations + layout (tasks) + targets → resolve → emit
 *
 * decode and lines: normalize.ts (formats/ first for Word, web pages and PDF); cells: cells.ts;
 * segment: segment.ts; header.ts, citations.ts, layouts/ (one table of readers), targets.ts;
 * resolve: resolve.ts (mentions → agencies); emit: emit.ts (for the graph). Pure: bytes and
 * dictionaries in, a DocumentExtraction out. Nothing here touches a database.
 */
import { AgencyDirectory, type AgencyContext } from './agencies.js';
import { toCells } from './cells.js';
import { documentId, readCitations } from './citations.js';
import type { Dictionaries } from './dictionary.js';
import { fillFromSitePanel, readHeader } from './header.js';
import { readLayout, whyNoTasks } from './layouts/index.js';
import { checkFileSize, checkTextLength } from './limits.js';
import { decode, IngestError, toLines } from './normalize.js';
import { fromLetterhead, mostNamedProvince, readIssuer, ref, toTaskRecords } from './resolve.js';
import { classify, segment } from './segment.js';
import { sourceOf } from './source.js';
import { findTargets } from './targets.js';
import { fold, shortHash, slugify, squash } from './text.js';
import type { DocumentExtraction, DocumentRecord, ImplementsEdge, Source, TargetRecord, Warning } from './types.js';
import { ISSUER_ID_CODES, KIND_ID_CODE } from '../vocabulary/index.js';

/**
 * Reads one file. `file` is the name shown in provenance and messages. Throws IngestError (with
 * the file, and the line when there is one) for a text it cannot read, and for one over the
 * size bounds of limits.ts.
 */
export function extract(bytes: Uint8Array, file: string, dictionaries: Dictionaries): DocumentExtraction {
  checkFileSize(bytes.length, file);
  const { text } = decode(bytes, file);
  const lines = toLines(text);
  for (const line of lines) checkTextLength(line.text.length, 'the line', file, line.number);
  // Provenance quotes the original lines; the stages after this one read the cell model.
  const cellLines = toCells(lines);
  const segments = segment(cellLines);
  for (const block of segments.blocks) checkTextLength(block.text.length, 'the paragraph', file, block.lineStart);
  const header = readHeader(segments.front, segments.closing);
  fillFromSitePanel(header, cellLines);
  const warnings: Warning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });

  const hasTasksPart = segments.parts.some((part) => part.role === 'tasks' || part.role === 'implementation');
  if (header.kind === null && !hasTasksPart) {
    throw new IngestError(
      `${file}: not a policy document: no heading such as "KẾ HOẠCH" or "NGHỊ QUYẾT" and no part of tasks ("NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN").`,
      file,
      1,
    );
  }
  if (header.kind === null) warn(1, 'no document heading ("KẾ HOẠCH", "NGHỊ QUYẾT" ...); read as a plan');
  if (segments.closing.length === 0) {
    warn(lines.length, 'no closing part ("Nơi nhận", signature): the text may be truncated');
  }

  const directory = new AgencyDirectory(dictionaries, file);

  // Province: the place line; else the province the text names most.
  const allText = cellLines.map((line) => line.text).join('\n');
  let province =
    (header.place !== null ? directory.findProvince(header.place) : null) ??
    mostNamedProvince(allText, directory) ??
    null;
  if (province === null) warn(1, 'no province: neither the header nor the text names one');

  const issuer =
    fromLetterhead(header.letterhead, directory, province) ??
    readIssuer(segments.front, segments.blocks, header.issuerCode, header.signerRole, directory, province);
  // A ministry's plan signed "Hà Nội, ngày ..." is national: the place is where it was signed.
  if (issuer !== null && issuer.province === null && province !== null && header.place !== null) {
    if (directory.findProvince(header.place) === province) province = null;
  }
  if (issuer === null) warn(1, 'no issuer: neither the symbol, the preamble nor the signature names one');
  const context: AgencyContext = {
    province,
    // Units named in a Sở's or a ministry's plan are that body's units.
    department: issuer !== null && /\/so-[^/]+$|^agency\/vn\/bo-[^/]+$/.test(issuer.id) ? issuer : null,
  };

  const kind = header.kind ?? 'PLAN';
  const title = header.title ?? squash(segments.front[0]?.text ?? file);
  const issuerKey = issuer?.id.split('/').pop() ?? 'unknown';
  const idOf = (year: number | null) =>
    documentId(
      province === null ? 'vn' : slugify(province),
      header.issuerCode ?? ISSUER_ID_CODES[issuerKey] ?? issuerKey,
      header.kindCode ?? KIND_ID_CODE[kind],
      year,
      header.number ?? `x-${shortHash(fold(title))}`,
    );
  // The catalogue knows a document by the id its text gives with the year unknown, whatever
  // the file is called: a renamed copy gets the same date, another text under the name does not.
  const catalogue = dictionaries.catalogue[idOf(null)] ?? {};
  const issuedOn = header.issuedOn ?? catalogue.issuedOn ?? null;
  const year = issuedOn === null ? null : Number(issuedOn.slice(0, 4));
  if (header.issuedOn === null && catalogue.issuedOn === undefined) warn(1, 'no date: the header prints none');
  const id = idOf(year);
  const path = id.replace(/^doc\//, '');

  const titleStart = header.kindHeading ?? header.titleBlock ?? segments.front[0];
  const titleEnd = header.titleBlock ?? titleStart;
  const source: Source | null =
    titleStart === undefined || titleEnd === undefined
      ? null
      : sourceOf(file, lines, titleStart.lineStart, titleEnd.lineEnd);

  // Citations, in the body and in the appendix's table rows.
  const appendixBlocks = segments.appendix
    .filter((line) => line.text.trim() !== '')
    .map((line) =>
      classify({
        text: line.text.replace(/\t+/g, ' | '),
        lineStart: line.number,
        lineEnd: line.lineEnd ?? line.number,
      }),
    );
  const front = segments.front.filter((block) => block !== header.kindHeading);
  const citations = readCitations([...segments.blocks, ...appendixBlocks], front, file, directory, context);
  const citedDocuments: DocumentRecord[] = citations.cited
    .filter((doc) => doc.id !== id)
    .map((doc) => ({
      id: doc.id,
      symbol: doc.symbol,
      kind: doc.kind,
      title: `${doc.kindWord} số ${doc.symbol}${doc.subject ? ` ${doc.subject}` : ''}`,
      issuedOn: doc.issuedOn ?? (doc.year === null ? null : String(doc.year)),
      year: doc.year,
      province: doc.province,
      issuer: doc.issuer === null ? null : ref(doc.issuer),
      signer: null,
      signerRole: null,
      inCorpus: false,
      layout: null,
      source: doc.firstMention,
    }));
  const symbolOf = new Map(citedDocuments.map((doc) => [doc.id, doc.symbol]));
  const implementsIds = citations.implementsIds.filter((target) => target !== id);
  const frontSource =
    front.length > 0
      ? sourceOf(file, lines, front[0]!.lineStart, front[Math.min(front.length, 2) - 1]!.lineEnd)
      : source;
  const lineage: ImplementsEdge[] = [
    ...implementsIds.map((to) => ({ from: id, to, source: frontSource! })),
    ...citations.edges.filter((edge) => edge.from !== id && edge.to !== id),
  ];
  if (implementsIds.length === 0)
    warn(titleEnd?.lineStart ?? 1, 'the title and preamble state no document this one implements');

  // Tasks, by the layout the plan uses.
  const { layout, result: read } = readLayout(segments);
  for (const warning of read.warnings) warn(warning.line, warning.message);
  if (read.tasks.length === 0) {
    const why = whyNoTasks(segments);
    warn(why.line, `no task found: ${why.reason}`);
  }
  const tasks = toTaskRecords(read.tasks, path, file, lines, directory, context, dictionaries, warn);

  const targets: TargetRecord[] = findTargets(
    segments.parts.filter((part) => part.role === 'objectives').flatMap((part) => part.blocks),
  ).map((draft, index) => ({
    id: `target/${path}#target-${index + 1}`,
    text: draft.text,
    metric: draft.metric,
    value: draft.value,
    valueMax: draft.valueMax,
    unit: draft.unit,
    year: draft.year,
    source: sourceOf(file, lines, draft.block.lineStart, draft.block.lineEnd, draft.text),
  }));

  return {
    document: {
      id,
      symbol: header.symbol,
      kind,
      title,
      issuedOn,
      year,
      province,
      issuer: issuer === null ? null : ref(issuer),
      signer: header.signer,
      signerRole: header.signerRole,
      inCorpus: true,
      layout,
      source,
      implements: implementsIds.map((target) => ({ id: target, symbol: symbolOf.get(target) ?? null })),
      cites: citedDocuments
        .filter((doc) => !implementsIds.includes(doc.id))
        .map((doc) => ({ id: doc.id, symbol: doc.symbol })),
      tasks,
      targets,
    },
    citedDocuments,
    lineage,
    citations: citations.cited.filter((doc) => doc.id !== id).map((doc) => ({ to: doc.id, source: doc.firstMention })),
    agencies: directory.all(),
    warnings,
  };
}
