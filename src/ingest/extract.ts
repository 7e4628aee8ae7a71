/**
 * The ingestion pipeline for one file, composed of its stages:
 *
 *   decode → lines → cells → segment → header + citations + layout (tasks) + targets → resolve → emit
 *
 * Pure: bytes and dictionaries in, a DocumentExtraction out. Nothing here touches a database.
 */
import { toCells } from './cells.js';
import { AgencyDirectory, suspiciousName, type AgencyContext } from './agencies.js';
import { splitAssignees } from './assignees.js';
import { readCitations, documentId, KIND_ID_CODE } from './citations.js';
import type { Dictionaries } from './dictionary.js';
import { domainsIn } from './domains.js';
import { fillFromSitePanel, readHeader } from './header.js';
import { readAgencySections, hasAgencySections } from './layouts/agency-sections.js';
import { hasAssignmentBullets, readBullets } from './layouts/bullets.js';
import type { LayoutResult, TaskDraft } from './layouts/draft.js';
import { readProse } from './layouts/prose.js';
import { cellsOf, readHeaderRow, readTable } from './layouts/table.js';
import { checkFileSize, checkTextLength } from './limits.js';
import { decode, IngestError, toLines, type Line } from './normalize.js';
import { classify, segment, type Block, type Segments } from './segment.js';
import { findTargets } from './targets.js';
import { firstSentence, fold, shortHash, slugify, squash } from './text.js';
import { parseTimeframe } from './timeframe.js';
import type {
  AgencyRecord,
  AgencyRef,
  DocumentExtraction,
  DocumentRecord,
  ImplementsEdge,
  Layout,
  Source,
  TargetRecord,
  TaskRecord,
  Warning,
} from './types.js';

/** The code an issuer gets in document ids when no symbol prints one. */
const ISSUER_ID_CODES: Record<string, string> = {
  ubnd: 'ubnd',
  'so-khoa-hoc-cong-nghe': 'khcn',
  'tinh-uy': 'tu',
  'ban-thuong-vu-tinh-uy': 'tu',
  'chinh-phu': 'cp',
  'bo-chinh-tri': 'tw',
  'ban-chap-hanh-trung-uong': 'tw',
  'thu-tuong-chinh-phu': 'ttg',
};

const SYMBOL_ISSUERS: Record<string, string> = {
  UBND: 'ubnd',
  KHCN: 'so-khoa-hoc-cong-nghe',
  SKHCN: 'so-khoa-hoc-cong-nghe',
  TU: 'tinh-uy',
  SYT: 'so-y-te',
};

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
  const tasksParts = segments.parts.filter((part) => part.role === 'tasks');
  const implementationParts = segments.parts.filter((part) => part.role === 'implementation');
  let layout: Layout;
  let read: LayoutResult = readTable(segments.appendix);
  if (read.tasks.length > 0) layout = 'TABLE';
  else if (hasAssignmentBullets(tasksParts)) {
    layout = 'BULLETS';
    read = readBullets(tasksParts);
  } else if (hasAgencySections(implementationParts)) {
    layout = 'AGENCY_SECTIONS';
    read = readAgencySections(implementationParts);
  } else {
    layout = 'PROSE';
    read = readProse(tasksParts);
  }
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

function ref(agency: AgencyRecord): AgencyRef {
  return { id: agency.id, name: agency.name };
}

function mostNamedProvince(text: string, directory: AgencyDirectory): string | null {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/(?:tỉnh|Tỉnh|TỈNH)\s+((?:\p{Lu}[\p{Ll}\p{Lu}]*\s*){1,3})/gu)) {
    const province = directory.findProvince(match[1]!);
    if (province !== null) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  for (const match of text.matchAll(/((?:\p{Lu}\p{Ll}+\s){1,2}\p{Lu}\p{Ll}+)/gu)) {
    const province = directory.findProvince(match[1]!);
    if (province !== null) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

/**
 * The issuer its letterhead names: the last line ("UBND TỈNH BẮC GIANG" / "SỞ KHOA HỌC VÀ CÔNG
 * NGHỆ" → the Sở), or the last two read as one ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN").
 */
function fromLetterhead(
  letterhead: string[],
  directory: AgencyDirectory,
  province: string | null,
): AgencyRecord | null {
  const last = letterhead.at(-1);
  if (last === undefined) return null;
  const candidates = letterhead.length >= 2 ? [`${letterhead.at(-2)!} ${last}`, last] : [last];
  for (const candidate of candidates) {
    const found = directory.fromHeading(candidate, province);
    if (found !== null) return found;
  }
  return null;
}

function readIssuer(
  front: Block[],
  blocks: Block[],
  issuerCode: string | null,
  signerRole: string | null,
  directory: AgencyDirectory,
  province: string | null,
): AgencyRecord | null {
  const context: AgencyContext = { province, department: null };
  const fromCode = issuerCode === null ? undefined : SYMBOL_ISSUERS[issuerCode.toUpperCase()];
  if (fromCode !== undefined) return directory.byKey(fromCode, province);
  // "…); Sở Khoa học và Công nghệ xây dựng Kế hoạch", "Ủy ban nhân dân tỉnh ban hành Kế hoạch".
  for (const block of front) {
    const match =
      /(Sở [^,;()]{3,60}?|Ủy ban nhân dân tỉnh|UBND tỉnh|Ban Thường vụ Tỉnh ủy)\s*(?:\([^)]*\)\s*)?(?:xây dựng|ban hành)\s+(?:Kế hoạch|Chương trình)/u.exec(
        block.text,
      );
    if (match !== null) return directory.resolve(match[1]!, context);
  }
  // "Trên đây là Kế hoạch của Sở KH&CN tăng cường triển khai ..." (004:173).
  for (const block of blocks) {
    const match =
      /Trên đây là (?:Kế hoạch|Chương trình)[^.]{0,20}? của (Sở [^,.;]{2,60}?|UBND tỉnh|Ủy ban nhân dân tỉnh)\s+(?:tăng cường|triển khai|thực hiện|về|nhằm)/u.exec(
        block.text,
      );
    if (match !== null) return directory.resolve(match[1]!, context);
  }
  if (signerRole !== null && /ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN/u.test(signerRole))
    return directory.byKey('ubnd', province);
  return null;
}

function toTaskRecords(
  drafts: TaskDraft[],
  path: string,
  file: string,
  lines: Line[],
  directory: AgencyDirectory,
  context: AgencyContext,
  dictionaries: Dictionaries,
  warn: (line: number, message: string) => void,
): TaskRecord[] {
  const seen = new Map<string, number>();
  const ids = drafts.map((draft, index) => {
    const base = draft.code ?? `n${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return `task/${path}/${count === 1 ? base : `${base}~${count}`}`;
  });
  const resolveAll = (lists: string[], line: number): AgencyRef[] => {
    const refs: AgencyRef[] = [];
    for (const list of lists) {
      for (const mention of splitAssignees(list, directory, context)) {
        // An empty lead is better than one made of stray text or code: warn and leave it out.
        const suspicion = suspiciousName(mention);
        if (suspicion !== null) {
          warn(line, `"${clip(mention)}" is not read as an agency: ${suspicion}`);
          continue;
        }
        const agency = directory.resolve(mention, context);
        if (!refs.some((existing) => existing.id === agency.id)) refs.push(ref(agency));
      }
    }
    return refs;
  };
  return drafts.map((draft, index) => {
    checkTextLength(draft.text.length, `the text of task ${draft.code ?? index + 1}`, file, draft.lineStart);
    const leads = resolveAll(draft.leads, draft.lineStart);
    const coordinators = resolveAll(draft.coordinators, draft.lineStart).filter(
      (agency) => !leads.some((lead) => lead.id === agency.id),
    );
    if (draft.missingLead !== null) warn(draft.lineStart, draft.missingLead);
    const timeframe = parseTimeframe(draft.timeframe);
    const own = domainsIn(`${draft.text} ${draft.expectedResult ?? ''}`, dictionaries.domains);
    const section = domainsIn(draft.sectionText, dictionaries.domains);
    const text = squash(draft.text);
    return {
      id: ids[index]!,
      code: draft.code,
      title:
        (draft.title === undefined ? '' : firstSentence(squash(draft.title))) ||
        firstSentence(text) ||
        (draft.code ?? ''),
      text,
      timeframe: draft.timeframe,
      ...timeframe,
      expectedResult: draft.expectedResult,
      parent: draft.parent === null ? null : ids[draft.parent]!,
      leads,
      coordinators,
      domains: [...new Set([...section, ...own])],
      sectionDomains: section,
      source: sourceOf(file, lines, draft.lineStart, draft.lineEnd),
    };
  });
}

/**
 * Why no layout found a task, with the line to look at: a table with only its header row, no
 * part of tasks, a part of tasks without numbered items.
 */
function whyNoTasks(segments: Segments): { line: number; reason: string } {
  const header = segments.appendix.findIndex((line) => readHeaderRow(line) !== null);
  if (header !== -1) {
    const rows = segments.appendix.slice(header + 1).filter((line) => cellsOf(line) !== null);
    const at = segments.appendix[header]!.number;
    return rows.length === 0
      ? { line: at, reason: `the table at line ${at} has only its header row` }
      : { line: at, reason: `no row of the table at line ${at} has a code (STT) in its first column` };
  }
  const tasksPart = segments.parts.find((candidate) => candidate.role === 'tasks');
  if (tasksPart !== undefined) {
    // Prose reads every numbered item of a part of tasks, so this part has none.
    const at = tasksPart.heading.lineStart;
    return { line: at, reason: `the part "${clip(tasksPart.title)}" at line ${at} has no numbered items` };
  }
  const implementation = segments.parts.find((candidate) => candidate.role === 'implementation');
  if (implementation !== undefined) {
    const at = implementation.heading.lineStart;
    return {
      line: at,
      reason: `the text has no part of tasks ("NHIỆM VỤ", "GIẢI PHÁP"), and the part "${clip(implementation.title)}" at line ${at} is not one section per agency`,
    };
  }
  return {
    line: 1,
    reason: 'the text has no part of tasks ("NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN") and no assignment table',
  };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Provenance of a line range: the file, the lines and their text (trimmed to 400 characters). */
function sourceOf(file: string, lines: Line[], lineStart: number, lineEnd: number, excerpt?: string): Source {
  const text =
    excerpt ??
    squash(
      lines
        .slice(lineStart - 1, lineEnd)
        .map((line) => line.text.replace(/\t+/g, ' | '))
        .join(' '),
    );
  return { file, lineStart, lineEnd, excerpt: text.length > 400 ? `${text.slice(0, 399)}…` : text };
}
