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
import { fillFromAttachment, fillFromSitePanel, readHeader } from './header.js';
import { readLayout, whyNoTasks } from './layouts/index.js';
import { checkFileSize, checkTextLength } from './limits.js';
import { decode, IngestError, toLines } from './normalize.js';
import { fromHeadingLine, fromLetterhead, mostNamedProvince, readIssuer, ref, toTaskRecords } from './resolve.js';
import { classify, segment, type Block } from './segment.js';
import { sourceOf } from './source.js';
import { findTargets } from './targets.js';
import { fold, shortHash, slugify, squash } from './text.js';
import type { DocumentExtraction, DocumentRecord, ImplementsEdge, Source, TargetRecord, Warning } from './types.js';
import {
  ISSUER_CODE_AGENCIES,
  ISSUER_ID_CODES,
  issuerCodeKey,
  KIND_ID_CODE,
  NATIONAL_ISSUER_CODES,
} from '../vocabulary/index.js';

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
  fillFromAttachment(header, segments.blocks);
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

  // The issuer: the letterhead; else the symbol, the preamble or the signature; else the line
  // naming who enacts a decision ("CHÍNH PHỦ"), a web copy's panel, a national body's symbol code.
  const codeKey = header.issuerCode === null ? null : issuerCodeKey(header.issuerCode);
  const nationalCode = codeKey !== null && NATIONAL_ISSUER_CODES.test(codeKey);
  const codeAgency = nationalCode ? ISSUER_CODE_AGENCIES[codeKey!] : undefined;
  const issuer =
    fromLetterhead(header.letterhead, directory, province) ??
    readIssuer(segments.front, segments.blocks, header.issuerCode, header.signerRole, directory, province) ??
    (header.enactor === null ? null : fromHeadingLine(header.enactor, directory, province)) ??
    (header.panelIssuer === null ? null : fromHeadingLine(header.panelIssuer, directory, province)) ??
    (codeAgency === undefined ? null : directory.byKey(codeAgency, null));
  // A national body's document is national wherever it was signed ("Hà Nội, ngày …" is where the
  // Government sits, not the province the document belongs to); so is one whose symbol names a
  // national body ("252/KH-BCĐQG1237", "03/NQ-CP").
  if ((issuer !== null && issuer.province === null) || nationalCode) province = null;
  if (issuer === null) warn(1, 'no issuer: neither the symbol, the preamble nor the signature names one');
  const context: AgencyContext = {
    province,
    // Units named in a Sở's or a ministry's plan are that body's units.
    department: issuer !== null && /\/so-[^/]+$|^agency\/vn\/bo-[^/]+$/.test(issuer.id) ? issuer : null,
  };

  const kind = header.kind ?? 'PLAN';
  const title = header.title ?? squash(segments.front[0]?.text ?? text.slice(0, 2000));
  const issuerKey = issuer?.id.split('/').pop() ?? 'unknown';
  const idOf = (year: number | null) =>
    documentId(
      province === null ? 'vn' : slugify(province),
      header.issuerCode ?? ISSUER_ID_CODES[issuerKey] ?? issuerKey,
      header.kindCode ?? KIND_ID_CODE[kind],
      year,
      header.number ?? unnumberedId(title, header.issuedOn),
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
  // A title wrapped over several lines is read as the one block it is.
  const asTitle = (blocks: Block[]) =>
    blocks.flatMap((block) =>
      !header.titlePieces.includes(block)
        ? [block]
        : block === header.titlePieces[0] && header.titleBlock !== null
          ? [header.titleBlock]
          : [],
    );
  const front = asTitle(segments.front.filter((block) => block !== header.kindHeading));
  const citations = readCitations([...asTitle(segments.blocks), ...appendixBlocks], front, file, directory, context);
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

/**
 * The number part of the id of a document printed without a number ("Số: /KH-SCT"): `x-` and a
 * hash of what the text prints that tells it from another unnumbered document of the same issuer,
 * kind and year (which the id's path already holds): its title, and the month and day of its date
 * when printed. Four drafts of one department with one title, dated "ngày … tháng 4" and "tháng
 * 7" (../shared/corpus/files/KH-2242…, KH-3957…), are four documents; a renamed copy of a file is
 * the same document.
 */
function unnumberedId(title: string, issuedOn: string | null): string {
  const monthAndDay = issuedOn === null ? '' : issuedOn.slice(5);
  return `x-${shortHash(monthAndDay === '' ? fold(title) : `${fold(title)} ${monthAndDay}`)}`;
}
