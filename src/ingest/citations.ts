/**
 * Citations and lineage. A citation is
 *
 *   Citation : KindWord ("số")? Number ("/" Year)? Sep Code Sep Issuer Tail
 *   Tail     : ("ngày" Date)? ("của" Agency)? ("về" Subject)?
 *   e.g.       Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển ...
 *              Nghị định số 278/2025/NĐ-CP ngày 22/10/2025 của Chính phủ ...
 *
 * Party symbols put a hyphen before the kind ("114-KH/TU"), state ones a slash ("16/KH-UBND");
 * printed variants ("36 - NQ/TW", "36-NQ-TW", "1237/QĐ-TTG" in a title in capitals) are
 * normalised. A symbol names a document only with its issuer and year, and provincial symbols
 * only within their province, so a document's id is doc/<scope>/<issuer code>/<kind code>/<year>/<number>.
 *
 * The document's own lineage is what its title and preamble say it carries out: a paragraph or
 * title that opens with "Thực hiện …", "Triển khai …", "Kế hoạch (triển khai) thực hiện …",
 * "Ban hành (kèm theo Quyết định này) Kế hoạch thực hiện …" implements the documents it lists
 * (items of the list are separated by ";"). "Căn cứ …" opens legal bases, and "Theo đề nghị của …
 * tại Tờ trình số …" a proposal: those are citations, never lineage.
 *
 * Lineage between cited documents is read from the words between consecutive references: "A
 * (của X) triển khai (thực hiện) B" or "A về thực hiện B" states A implements B; "A và B" makes
 * B a sibling of A (implemented by what implements A). A reference without a number ("Chương
 * trình hành động của Tỉnh ủy") stands for the one cited document of that kind and issuer, and one
 * with a number but no symbol ("Đề án số 08") for the one cited document of that kind and number.
 */
import type { AgencyContext, AgencyDirectory } from './agencies.js';
import type { Block } from './segment.js';
import type { AgencyRecord, DocumentKind, Source } from './types.js';
import {
  ISSUER_CODE_AGENCIES,
  issuerCodeKey,
  KIND_CODES,
  KIND_ID_CODE,
  KIND_WORDS,
  NATIONAL_ISSUER_CODES,
  PARTY_ISSUER_CODES,
  SYMBOL_CODE_SPELLINGS,
} from '../vocabulary/index.js';
import { fold, foldWords, slugify, squash } from './text.js';

const KIND_ALTERNATION = KIND_WORDS.map(([word]) => word).join('|');

/** A parsed symbol. */
export interface Symbol {
  symbol: string;
  number: string;
  kindCode: string | null;
  issuerCode: string;
  national: boolean;
}

/**
 * Normalises a printed symbol's parts ("36", "-", "NQ", "-", "TW") to "36-NQ/TW", with the year
 * some symbols print after the number ("278/2025/NĐ-CP") and the usual spelling of codes printed
 * in capitals ("1237/QĐ-TTG" → "1237/QĐ-TTg").
 */
export function parseSymbol(number: string, first: string, second: string, year: string | null = null): Symbol {
  const spell = (code: string) => SYMBOL_CODE_SPELLINGS[code.toUpperCase()] ?? code;
  const a = spell(first);
  const b = second.split('-').map(spell).join('-');
  const kindCode = KIND_CODES[a.toUpperCase()] !== undefined ? a : null;
  // "3781/UBND-KGVX": an official letter's symbol is issuer-unit, without a kind code.
  const issuerCode = kindCode === null ? a : b;
  const party = PARTY_ISSUER_CODES.test(issuerCodeKey(b));
  const symbol = party ? `${number}-${a}/${b}` : `${number}${year === null ? '' : `/${year}`}/${a}-${b}`;
  return { symbol, number, kindCode, issuerCode, national: NATIONAL_ISSUER_CODES.test(issuerCodeKey(issuerCode)) };
}

/** The id of a document: doc/<scope>/<issuer code>/<kind code>/<year or _>/<number>. */
export function documentId(
  scope: string,
  issuerCode: string,
  kindCode: string,
  year: number | null,
  number: string,
): string {
  return `doc/${scope}/${slugify(issuerCode)}/${slugify(kindCode)}/${year ?? '_'}/${number}`;
}

/** What the text says of one cited document. */
export interface CitedDocument {
  id: string;
  symbol: string;
  kind: DocumentKind;
  kindWord: string;
  issuedOn: string | null;
  year: number | null;
  province: string | null;
  issuer: AgencyRecord | null;
  subject: string | null;
  /** What it approves when the citation says so ("… phê duyệt Đề án “…”"), folded: it stands for that. */
  approves: string | null;
  issuerCode: string;
  firstMention: Source;
}

/** A reference found in a paragraph: a citation, or a placeholder standing for one. */
interface Reference {
  start: number;
  /** End of the symbol, date and issuer ("của X"): where the connecting words start. */
  tailEnd: number;
  id: string | null;
  placeholder: Placeholder | null;
}

/** A reference without a symbol: by kind and issuer ("Chương trình hành động của Tỉnh ủy") or by kind and number ("Đề án số 08"). */
type Placeholder = { kind: DocumentKind; issuer: AgencyRecord } | { kindWord: string; number: string };

/** Everything read about citations and lineage in one document. */
export interface CitationResult {
  cited: CitedDocument[];
  /** The document's own IMPLEMENTS targets (ids), in order of mention. */
  implementsIds: string[];
  /** Edges between cited documents stated by the text. */
  edges: { from: string; to: string; source: Source }[];
}

const CITATION = new RegExp(
  `(${KIND_ALTERNATION})\\s+(?:số\\s*:?\\s*)?(\\d{1,5})(?:\\s*/\\s*(\\d{4})(?=\\s*/))?\\s*([-/])\\s*([A-ZĐ][A-Za-zĐđ]{0,7})\\s*[-/]\\s*([A-ZĐ][A-Za-zĐđ&]{0,9}\\d{0,4}(?:-[A-ZĐ][A-Za-zĐđ&]{0,9}\\d{0,4})?)(?![\\p{L}\\d])`,
  'giu',
);
// "Đề án số 08" printed without its symbol (lao-cai-sct-duthao-kh-de-an-08-2026.txt:5).
const NUMBER_ONLY = new RegExp(`(${KIND_ALTERNATION})\\s+số\\s+(\\d{1,5})(?![\\d/\\p{L}]|\\s*[-/]\\s*\\p{L})`, 'giu');
const PLACEHOLDER = new RegExp(`(${KIND_ALTERNATION})\\s+của\\s+`, 'giu');
// Titles in capitals print "NGÀY 27 THÁNG 7 NĂM 2013 CỦA THỦ TƯỚNG CHÍNH PHỦ".
const DATE_NUMERIC = /^\s*,?\s*ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/iu;
const DATE_WORDS = /^\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
const OF = /^\s*,?\s*của\s+/iu;
const CONNECT_IMPLEMENTS =
  /^[\s,]*(?:về\s+)?(?:việc\s+)?(?:ban hành\s[^.;()]{0,80}?\s)?(?:tăng cường\s+|tiếp tục\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai)\s*$/iu;
// "A và B", "A về <subject> và B", "A … và hướng dẫn của Bộ Nội vụ tại B" (tvpl-31fb08f34535fce3.md:56):
// B is A's sibling. A comma or semicolon alone lists documents without stating lineage.
const CONNECT_SIBLING =
  /^\s*,?\s*(?:của\s[^;]{0,120}?\s)?(?:về\s[^;]{0,300}?\s)?và\s+(?:(?:hướng dẫn|ý kiến chỉ đạo|chỉ đạo|kết luận)\s+của\s+[^;,()]{2,80}?\s+tại\s+)?$/iu;
/**
 * The words before the first document a title or preamble names, when they say the document
 * carries it out: "Thực hiện", "Triển khai thực hiện", "Tăng cường triển khai", "Kế hoạch thực
 * hiện", "Ban hành Chương trình hành động của Chính phủ thực hiện", "Điều 1. Ban hành kèm theo
 * Quyết định này Kế hoạch triển khai", "Về việc ban hành kế hoạch thực hiện".
 */
const OPENING = new RegExp(
  [
    '^(?:Điều 1\\.?\\s*)?(?:về việc\\s+)?',
    '(?:(?:ban hành|phê duyệt)\\s+(?:kèm theo\\s+(?:quyết định|nghị quyết)\\s+này\\s+)?)?',
    '(?:(?:kế hoạch|chương trình|đề án)(?:\\s+hành động)?(?:\\s+của\\s+[^,;()“"]{2,60}?)?\\s+)?',
    '(?:tăng cường\\s+|tiếp tục\\s+|đẩy mạnh\\s+)?(?:triển khai\\s+)?(?:thực hiện|triển khai)(?:\\s+thực hiện)?(?:\\s+có hiệu quả)?',
    '\\s*[“"]?\\s*$',
  ].join(''),
  'iu',
);
// Legal bases ("Căn cứ …") and proposals ("Theo đề nghị của … tại Tờ trình số …", "Xét đề nghị
// của …") name documents the text does not carry out.
const NOT_LINEAGE = /^(?:căn cứ|theo đề nghị|xét đề nghị|theo|xét)\b/iu;

/** How the words before a reference (from a paragraph's start or a ";") relate it to the document. */
type LeadIn = 'implements' | 'cites' | 'list' | 'other';

function leadIn(words: string): LeadIn {
  const text = squash(words.replace(/[*_]/g, ' ')).replace(/^[-+•–.,;:\s]+/, '');
  if (text === '' || /^và$/iu.test(text)) return 'list';
  if (NOT_LINEAGE.test(text)) return 'cites';
  if (OPENING.test(text)) return 'implements';
  return 'other';
}

// "… và các Quyết định của Bộ trưởng … phê duyệt điều chỉnh Quy hoạch … (Số 1226/QĐ-BVHTTDL ngày
// 29/4/2025 và số 2657/QĐ-BVHTTDL ngày 29/7/2025)" (tvpl-448306af3d3a91f7.md:58): symbols listed
// without their kind word, whose kind code says what they are.
const KINDLESS = new RegExp(
  `(?:\\(\\s*[Ss]ố|(?<=\\s)số)\\s+(\\d{1,5})(?:\\s*/\\s*(\\d{4})(?=\\s*/))?\\s*([-/])\\s*([A-ZĐ][A-Za-zĐđ]{0,7})\\s*[-/]\\s*([A-ZĐ][A-Za-zĐđ&]{0,9}\\d{0,4}(?:-[A-ZĐ][A-Za-zĐđ&]{0,9}\\d{0,4})?)(?![\\p{L}\\d])`,
  'gu',
);
const PLURAL = new RegExp(`các\\s+(${KIND_ALTERNATION})(?![\\p{L}])`, 'giu');

/** One citation as printed: its place, kind word and the parts of its symbol. */
interface CitationMatch {
  index: number;
  whole: string;
  kindWord: string;
  number: string;
  printedYear: string | null;
  first: string;
  second: string;
  /** What a plural lead-in says they approve ("các Quyết định … phê duyệt …" before the list). */
  approves: string | null;
}

/** The citations of a paragraph: with their kind word, and listed after a plural one without it. */
function citationsIn(text: string): CitationMatch[] {
  const found: CitationMatch[] = [];
  for (const match of text.matchAll(CITATION)) {
    const [whole, kindWord, number, printedYear, , first, second] = match;
    found.push({
      index: match.index!,
      whole,
      kindWord: kindWord!,
      number: number!,
      printedYear: printedYear ?? null,
      first: first!,
      second: second!,
      approves: null,
    });
  }
  for (const match of text.matchAll(KINDLESS)) {
    const [whole, number, printedYear, , first, second] = match;
    const kind = KIND_CODES[first!.toUpperCase()];
    if (kind === undefined || found.some((m) => m.index <= match.index! && match.index! < m.index + m.whole.length))
      continue;
    // The list's lead-in: "các Quyết định … phê duyệt …" before the bracket that holds it. Only
    // a list a plural kind word announces: "tại Văn bản số 26/CV-DC" (a company's letter in a
    // "Xét đề nghị" paragraph, KH-2242…docx) is no citation of a document of the corpus's kinds.
    const bracket = text.lastIndexOf('(', match.index! + 1);
    if (bracket === -1 || text.slice(bracket, match.index!).includes(')')) continue;
    const before = text.slice(Math.max(0, bracket - 400), bracket);
    const plural = [...before.matchAll(PLURAL)].at(-1);
    if (plural === undefined) continue;
    const lead = before.slice(plural.index! + plural[0].length);
    const approval = lead.search(/\sphê duyệt\s/iu);
    const approves = approval === -1 ? null : approvedBy(lead.slice(approval));
    const start = match.index! + whole.indexOf(number!);
    const kindWord = plural[1]!;
    found.push({
      index: start,
      whole: text.slice(start, match.index! + whole.length),
      kindWord,
      number: number!,
      printedYear: printedYear ?? null,
      first: first!,
      second: second!,
      approves,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Reads citations and lineage from the blocks of a document. `front` are the title and preamble. */
export function readCitations(
  blocks: Block[],
  front: Block[],
  file: string,
  directory: AgencyDirectory,
  context: AgencyContext,
): CitationResult {
  const cited = new Map<string, CitedDocument>();
  const perBlock = new Map<Block, Reference[]>();
  const pendingYears: { mention: CitedDocument; key: string }[] = [];
  const yearBySymbol = new Map<string, number>();

  for (const block of blocks) {
    const references: Reference[] = [];
    const text = block.text;
    for (const match of citationsIn(text)) {
      const { index, whole, kindWord, number, printedYear, first, second } = match;
      const symbol = parseSymbol(number, first, second, printedYear);
      let tailEnd = index + whole.length;
      let issuedOn: string | null = null;
      let year: number | null = printedYear === null ? null : Number(printedYear);
      const date = DATE_NUMERIC.exec(text.slice(tailEnd)) ?? DATE_WORDS.exec(text.slice(tailEnd));
      if (date !== null) {
        year = Number(date[3]);
        issuedOn = `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`;
        tailEnd += date[0].length;
      }
      let issuer: AgencyRecord | null = null;
      const of = OF.exec(text.slice(tailEnd));
      if (of !== null) {
        const known = directory.matchPrefix(text.slice(tailEnd + of[0].length), context);
        if (known !== null) {
          // The name ends before the separator matchPrefix may take with it ("của Tỉnh ủy; Kế hoạch …").
          const mention = trimEnd(text.slice(tailEnd + of[0].length, tailEnd + of[0].length + known.length));
          issuer = directory.resolve(mention, context);
          tailEnd += of[0].length + mention.length;
        }
      }
      const province = symbol.national ? null : (issuer?.province ?? context.province);
      if (issuer === null) {
        const key = ISSUER_CODE_AGENCIES[issuerCodeKey(symbol.issuerCode)];
        issuer = key === undefined ? null : directory.byKey(key, province);
      }
      const scope = province === null ? 'vn' : slugify(province);
      const kind = symbol.kindCode !== null ? KIND_CODES[symbol.kindCode.toUpperCase()]! : kindOfWord(kindWord);
      // "1237/QĐ-TTG" in a title in capitals and "1237/QĐ-TTg" in the text are one symbol.
      const symbolKey = `${scope} ${symbol.symbol.toUpperCase()}`;
      if (year !== null && !yearBySymbol.has(symbolKey)) yearBySymbol.set(symbolKey, year);
      const mention: CitedDocument = {
        id: '',
        symbol: symbol.symbol,
        kind,
        kindWord: normaliseKindWord(kindWord),
        issuedOn,
        year,
        province,
        issuer,
        subject: subjectAfter(text.slice(tailEnd)),
        approves: match.approves ?? approvedBy(text.slice(tailEnd)),
        issuerCode: symbol.issuerCode,
        firstMention: sourceOf(file, block, index, tailEnd),
      };
      pendingYears.push({ mention, key: symbolKey });
      references.push({ start: index, tailEnd, id: symbolKey, placeholder: null });
    }
    const inReference = (at: number) => references.some((ref) => ref.start <= at && at < ref.tailEnd);
    for (const match of text.matchAll(PLACEHOLDER)) {
      const afterOf = match.index! + match[0].length;
      const known = directory.matchPrefix(text.slice(afterOf), context);
      if (known === null || inReference(match.index!)) continue;
      const mention = trimEnd(text.slice(afterOf, afterOf + known.length));
      const issuer = directory.resolve(mention, context);
      references.push({
        start: match.index!,
        tailEnd: afterOf + mention.length,
        id: null,
        placeholder: { kind: kindOfWord(match[1]!), issuer },
      });
    }
    for (const match of text.matchAll(NUMBER_ONLY)) {
      if (inReference(match.index!)) continue;
      references.push({
        start: match.index!,
        tailEnd: match.index! + match[0].length,
        id: null,
        placeholder: { kindWord: normaliseKindWord(match[1]!), number: match[2]! },
      });
    }
    references.sort((a, b) => a.start - b.start);
    perBlock.set(block, references);
  }

  // Second pass: a symbol printed once with its date and once without is one document.
  const idBySymbolKey = new Map<string, string>();
  for (const { mention, key } of pendingYears) {
    mention.year ??= yearBySymbol.get(key) ?? null;
    const number = mention.symbol.match(/^\d+/)![0];
    mention.id = documentId(
      mention.province === null ? 'vn' : slugify(mention.province),
      mention.issuerCode,
      kindCodeOf(mention.symbol, mention.kind),
      mention.year,
      number,
    );
    idBySymbolKey.set(key, mention.id);
    const existing = cited.get(mention.id);
    if (existing === undefined) cited.set(mention.id, mention);
    else {
      existing.issuedOn ??= mention.issuedOn;
      existing.issuer ??= mention.issuer;
      existing.subject ??= mention.subject;
      existing.approves ??= mention.approves;
    }
  }

  const resolveRef = (ref: Reference): string | null => {
    if (ref.id !== null) return idBySymbolKey.get(ref.id) ?? null;
    const placeholder = ref.placeholder!;
    const matches =
      'issuer' in placeholder
        ? [...cited.values()].filter(
            (doc) =>
              doc.kind === placeholder.kind &&
              (doc.issuer?.id === placeholder.issuer.id ||
                issuerFamily(doc.issuer) === issuerFamily(placeholder.issuer)),
          )
        : [...cited.values()].filter(
            (doc) =>
              doc.kindWord === placeholder.kindWord &&
              Number(doc.symbol.match(/^\d+/)![0]) === Number(placeholder.number),
          );
    return matches.length === 1 ? matches[0]!.id : null;
  };

  const SELF = '<this document>'; // a sentinel no document id can equal
  const edges: CitationResult['edges'] = [];
  const implementsIds: string[] = [];
  // A preamble's list may run on into the next paragraph ("Thực hiện Chỉ thị số 27/CT-TTg …;" /
  // "Công văn số 6676/BYT-CDS …", tvpl-a83fffe08d7aeed7.md:28): the opener of the paragraph before.
  let carried: string | null = null;
  for (const block of blocks) {
    const references = perBlock.get(block)!;
    const text = block.text;
    const isFront = front.includes(block);
    const opener = (words: string, previousOpener: string | null): string | null => {
      const kind = leadIn(words);
      if (kind === 'implements') return isFront ? SELF : null;
      if (kind === 'list') return previousOpener;
      return null;
    };
    // blockOpener: what implements the items of this paragraph's list (SELF when it opens with
    // "Thực hiện …"); implementerOf: what implements each reference, if stated.
    let blockOpener: string | null = null;
    let previous: { id: string; tailEnd: number; implementer: string | null } | null = null;
    const implementerOf = new Map<string, string | null>();
    for (const ref of references) {
      const id = resolveRef(ref);
      if (id === null) continue; // an unresolvable placeholder: the words run on across it
      const between = text.slice(previous === null ? 0 : previous.tailEnd, ref.start);
      let implementer: string | null = null;
      if (previous === null) {
        blockOpener = opener(between, isFront ? carried : null);
        implementer = blockOpener;
      } else if (between.includes(';')) {
        // A new item of the paragraph's list: its own lead-in words, or the list's opener.
        const item = between.slice(between.lastIndexOf(';') + 1);
        const kind = leadIn(item);
        if (kind !== 'list') blockOpener = opener(item, null);
        implementer = blockOpener;
      } else if (CONNECT_IMPLEMENTS.test(between)) {
        implementer = previous.id;
      } else if (CONNECT_SIBLING.test(between)) {
        implementer = previous.implementer;
      }
      // "... 25-CTr/TU ngày 10/8/2023 ... thực hiện Nghị quyết số 36-NQ/TW ... và Nghị quyết số
      // 189/NQ-CP ngày 16/11/2023": "và" may join 189 to 36 or to 25-CTr/TU. A document cannot
      // implement one issued after it, so the reading that says so gives way to the one above it.
      while (implementer !== null && implementer !== SELF && issuedBefore(cited.get(implementer), cited.get(id))) {
        implementer = implementerOf.get(implementer) ?? null;
      }
      implementerOf.set(id, implementer);
      if (implementer === SELF) {
        if (!implementsIds.includes(id)) implementsIds.push(id);
      } else if (implementer !== null && implementer !== id) {
        if (!edges.some((edge) => edge.from === implementer && edge.to === id)) {
          edges.push({ from: implementer, to: id, source: sourceOf(file, block, 0, text.length) });
        }
      }
      previous = { id, tailEnd: ref.tailEnd, implementer };
    }
    if (isFront) {
      for (const target of namedTargets(text, references, [...cited.values()])) {
        if (!implementsIds.includes(target)) implementsIds.push(target);
      }
      carried = references.length > 0 && /;\s*$/.test(text.trim()) ? blockOpener : null;
    }
  }
  return { cited: [...cited.values()], implementsIds, edges };
}

// "Kế hoạch triển khai thực hiện Đề án “Nâng cao nhận thức cộng đồng …”" (tvpl-437c3beb60ae2874.md:83):
// a plan may name what it carries out by its name, not by the symbol of the decision approving it.
const NAMED_TARGET =
  /(thực hiện|triển khai)(?:\s+có hiệu quả)?\s+((?:Đề án|Quy hoạch|Chiến lược|Chương trình|Kế hoạch)\s[^;]{10,400})/giu;
// "phê duyệt (điều chỉnh) X": a decision approving X, or an adjustment of X, stands for X.
const APPROVES = /^\s*,?\s*(?:về\s+)?(?:việc\s+)?phê duyệt\s+(?:điều chỉnh\s+)?([^;()]{10,400})/iu;

function approvedBy(text: string): string | null {
  const match = APPROVES.exec(text.slice(0, 420));
  return match === null ? null : foldWords(match[1]!);
}

/**
 * The cited documents a paragraph names by what they approve after an opening that says the
 * document carries it out: "… triển khai thực hiện Đề án “X” …" with "Quyết định số 553/QĐ-TTg …
 * về phê duyệt Đề án “X”" cited, when that one document approves X (the names compared folded,
 * one the start of the other).
 */
function namedTargets(text: string, references: Reference[], cited: CitedDocument[]): string[] {
  const targets: string[] = [];
  for (const match of text.matchAll(NAMED_TARGET)) {
    const verbEnd = match.index! + match[1]!.length;
    const itemStart = text.lastIndexOf(';', match.index!) + 1;
    if (leadIn(text.slice(itemStart, verbEnd)) !== 'implements') continue;
    const objectStart = verbEnd + match[0].length - match[1]!.length - match[2]!.length;
    // A name printed with its symbol ("Kế hoạch số 16/KH-UBND") is a reference, read as one.
    const next = references.find((ref) => ref.start >= objectStart);
    const objectEnd =
      next === undefined ? objectStart + match[2]!.length : Math.min(next.start, objectStart + match[2]!.length);
    if (next !== undefined && next.start - objectStart < 30) continue;
    const object = foldWords(text.slice(objectStart, objectEnd));
    const approving = cited.filter((doc) => {
      if (doc.approves === null) return false;
      const [short, long] = doc.approves.length < object.length ? [doc.approves, object] : [object, doc.approves];
      return short.length >= 30 && long.startsWith(short);
    });
    // The decision that approves X and those that approve its adjustments all stand for it.
    for (const doc of approving) if (!targets.includes(doc.id)) targets.push(doc.id);
  }
  return targets;
}

/** Whether `a` was issued strictly before `b`, compared at the precision both print. */
function issuedBefore(a: { issuedOn: string | null } | undefined, b: { issuedOn: string | null } | undefined): boolean {
  if (!a?.issuedOn || !b?.issuedOn) return false;
  const length = Math.min(a.issuedOn.length, b.issuedOn.length);
  return a.issuedOn.slice(0, length) < b.issuedOn.slice(0, length);
}

function issuerFamily(agency: AgencyRecord | null): string | null {
  if (agency === null) return null;
  // "của Tỉnh ủy" names the Party committee whose Standing Board issued "180-CTr/TU".
  return agency.id.replace(/\/ban-thuong-vu-tinh-uy$/, '/tinh-uy');
}

function kindOfWord(word: string): DocumentKind {
  const folded = fold(word);
  return KIND_WORDS.find(([candidate]) => fold(candidate) === folded)?.[1] ?? 'OTHER';
}

function normaliseKindWord(word: string): string {
  const folded = fold(word);
  return KIND_WORDS.find(([candidate]) => fold(candidate) === folded)?.[0] ?? word;
}

/** The kind code used in ids: the symbol's ("KH"), else the kind's. */
export function kindCodeOf(symbol: string, kind: DocumentKind): string {
  const match = /^\d+(?:\/\d{4})?[-/]([A-Za-zĐđ]+)[-/]/.exec(symbol);
  if (match !== null && KIND_CODES[match[1]!.toUpperCase()] !== undefined) return match[1]!;
  return KIND_ID_CODE[kind];
}

/** "về phát triển và ứng dụng ..." after a citation, up to the end of the clause. */
function subjectAfter(text: string): string | null {
  const match =
    /^\s*,?\s*(về\s+[^;(]{3,}?)(?=\s*(?:[;(]|\.\s|\.$|$|,?\s*(?:của\s|và\s+)?(?:Nghị quyết|Kế hoạch|Chương trình|Quyết định|Thông báo|Công văn|Chỉ thị)\s))/u.exec(
      text.slice(0, 400),
    );
  if (match === null) return null;
  const subject = squash(match[1]!).replace(/\s+(?:triển khai thực hiện|triển khai|thực hiện)$/iu, '');
  return subject === 'về' || subject.length < 8 ? null : subject.slice(0, 300);
}

function trimEnd(name: string): string {
  return name.replace(/[\s,;.:]+$/u, '');
}

function sourceOf(file: string, block: Block, start: number, end: number): Source {
  const excerptStart = Math.max(0, start - 40);
  const excerpt = squash(block.text.slice(excerptStart, Math.min(block.text.length, end + 160)));
  return { file, lineStart: block.lineStart, lineEnd: block.lineEnd, excerpt };
}
