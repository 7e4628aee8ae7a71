/**
 * Citations and lineage. A citation is
 *
 *   Citation : KindWord ("số")? Number Sep Code Sep Issuer Tail
 *   Tail     : ("ngày" Date)? ("của" Agency)? ("về" Subject)?
 *   e.g.       Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển ...
 *
 * Party symbols put a hyphen before the kind ("114-KH/TU"), state ones a slash ("16/KH-UBND");
 * printed variants ("36 - NQ/TW", "36-NQ-TW") are normalised. A symbol names a document only
 * with its issuer and year, and provincial symbols only within their province, so a document's
 * id is doc/<scope>/<issuer code>/<kind code>/<year>/<number>.
 *
 * Lineage is read from the words between consecutive references: "A (của X) triển khai
 * (thực hiện) B" or "A về thực hiện B" states A implements B; "A và B" makes B a sibling of A
 * (implemented by what implements A). A reference without a number ("Chương trình hành động
 * của Tỉnh ủy") stands for the one cited document of that kind and issuer, when there is one.
 */
import type { AgencyContext, AgencyDirectory } from './agencies.js';
import type { Block } from './segment.js';
import type { AgencyRecord, DocumentKind, Source } from './types.js';
import {
  ISSUER_CODE_AGENCIES,
  KIND_CODES,
  KIND_ID_CODE,
  KIND_WORDS,
  NATIONAL_ISSUER_CODES,
  PARTY_ISSUER_CODES,
} from '../vocabulary/index.js';
import { fold, slugify, squash } from './text.js';

const KIND_ALTERNATION = KIND_WORDS.map(([word]) => word).join('|');

/** A parsed symbol. */
export interface Symbol {
  symbol: string;
  number: string;
  kindCode: string | null;
  issuerCode: string;
  national: boolean;
}

/** Normalises a printed symbol's parts ("36", "-", "NQ", "-", "TW") to "36-NQ/TW". */
export function parseSymbol(number: string, first: string, second: string): Symbol {
  const a = first.toUpperCase() === 'CTR' ? 'CTr' : first;
  const kindCode = KIND_CODES[a.toUpperCase()] !== undefined ? a : null;
  // "3781/UBND-KGVX": an official letter's symbol is issuer-unit, without a kind code.
  const issuerCode = kindCode === null ? a : second;
  const party = PARTY_ISSUER_CODES.test(second.toUpperCase());
  const symbol = party ? `${number}-${a}/${second}` : `${number}/${a}-${second}`;
  return { symbol, number, kindCode, issuerCode, national: NATIONAL_ISSUER_CODES.test(issuerCode.toUpperCase()) };
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
  issuerCode: string;
  firstMention: Source;
}

/** A reference found in a paragraph: a citation, or a placeholder standing for one. */
interface Reference {
  start: number;
  /** End of the symbol, date and issuer ("của X"): where the connecting words start. */
  tailEnd: number;
  id: string | null;
  placeholder: { kind: DocumentKind; issuer: AgencyRecord } | null;
}

/** Everything read about citations and lineage in one document. */
export interface CitationResult {
  cited: CitedDocument[];
  /** The document's own IMPLEMENTS targets (ids), in order of mention. */
  implementsIds: string[];
  /** Edges between cited documents stated by the text. */
  edges: { from: string; to: string; source: Source }[];
}

const CITATION = new RegExp(
  `(${KIND_ALTERNATION})\\s+(?:số\\s*:?\\s*)?(\\d{1,5})\\s*([-/])\\s*([A-ZĐ][A-Za-zĐđ]{0,7})\\s*[-/]\\s*([A-ZĐ][A-Za-zĐđ&]{0,9}(?:-[A-ZĐ][A-Za-zĐđ&]{0,9})?)(?![\\p{L}\\d])`,
  'giu',
);
const PLACEHOLDER = new RegExp(`(${KIND_ALTERNATION})\\s+của\\s+`, 'giu');
const DATE_NUMERIC = /^\s*,?\s*ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/u;
const DATE_WORDS = /^\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const OF = /^\s*,?\s*của\s+/u;
const CONNECT_IMPLEMENTS =
  /^[\s,]*(?:về\s+)?(?:việc\s+)?(?:ban hành\s[^.;()]{0,80}?\s)?(?:tăng cường\s+|tiếp tục\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai)\s*$/iu;
// Only "và" joins siblings: a comma or semicolon lists documents without stating lineage.
const CONNECT_SIBLING = /^\s*,?\s*và\s*$/u;
const OPENING =
  /^(?:kế hoạch\s+|chương trình\s+)?(?:tăng cường\s+|tiếp tục\s+)?(?:thực hiện|triển khai|căn cứ)(?:\s+thực hiện)?\s*$/iu;

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
    for (const match of text.matchAll(CITATION)) {
      const [whole, kindWord, number, , first, second] = match;
      const symbol = parseSymbol(number!, first!, second!);
      let tailEnd = match.index! + whole.length;
      let issuedOn: string | null = null;
      let year: number | null = null;
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
          const mention = text.slice(tailEnd + of[0].length, tailEnd + of[0].length + known.length);
          issuer = directory.resolve(mention, context);
          tailEnd += of[0].length + known.length;
        }
      }
      const province = symbol.national ? null : (issuer?.province ?? context.province);
      if (issuer === null) {
        const key = ISSUER_CODE_AGENCIES[symbol.issuerCode.toUpperCase()];
        issuer = key === undefined ? null : directory.byKey(key, province);
      }
      const scope = province === null ? 'vn' : slugify(province);
      const kind = symbol.kindCode !== null ? KIND_CODES[symbol.kindCode.toUpperCase()]! : kindOfWord(kindWord!);
      const symbolKey = `${scope} ${symbol.symbol}`;
      if (year !== null && !yearBySymbol.has(symbolKey)) yearBySymbol.set(symbolKey, year);
      const mention: CitedDocument = {
        id: '',
        symbol: symbol.symbol,
        kind,
        kindWord: normaliseKindWord(kindWord!),
        issuedOn,
        year,
        province,
        issuer,
        subject: subjectAfter(text.slice(tailEnd)),
        issuerCode: symbol.issuerCode,
        firstMention: sourceOf(file, block, match.index!, tailEnd),
      };
      pendingYears.push({ mention, key: symbolKey });
      references.push({ start: match.index!, tailEnd, id: symbolKey, placeholder: null });
    }
    for (const match of text.matchAll(PLACEHOLDER)) {
      const afterOf = match.index! + match[0].length;
      const known = directory.matchPrefix(text.slice(afterOf), context);
      if (known === null || references.some((ref) => ref.start <= match.index! && match.index! < ref.tailEnd)) continue;
      const issuer = directory.resolve(text.slice(afterOf, afterOf + known.length), context);
      references.push({
        start: match.index!,
        tailEnd: afterOf + known.length,
        id: null,
        placeholder: { kind: kindOfWord(match[1]!), issuer },
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
    }
  }

  const resolveRef = (ref: Reference): string | null => {
    if (ref.id !== null) return idBySymbolKey.get(ref.id) ?? null;
    const { kind, issuer } = ref.placeholder!;
    const matches = [...cited.values()].filter(
      (doc) => doc.kind === kind && (doc.issuer?.id === issuer.id || issuerFamily(doc.issuer) === issuerFamily(issuer)),
    );
    return matches.length === 1 ? matches[0]!.id : null;
  };

  const SELF = '<this document>'; // a sentinel no document id can equal
  const edges: CitationResult['edges'] = [];
  const implementsIds: string[] = [];
  for (const block of blocks) {
    const references = perBlock.get(block)!;
    const text = block.text;
    const isFront = front.includes(block);
    // implementer[i]: what implements reference i (SELF for the document itself), if stated.
    let previous: { id: string; tailEnd: number; implementer: string | null } | null = null;
    const implementerOf = new Map<string, string | null>();
    for (const ref of references) {
      const id = resolveRef(ref);
      if (id === null) continue; // an unresolvable placeholder: the words run on across it
      const between = text.slice(previous === null ? 0 : previous.tailEnd, ref.start);
      let implementer: string | null = null;
      if (previous === null) {
        if (isFront && OPENING.test(between.trim())) implementer = SELF;
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
  }
  return { cited: [...cited.values()], implementsIds, edges };
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
  const match = /^\d+[-/]([A-Za-zĐđ]+)[-/]/.exec(symbol);
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

function sourceOf(file: string, block: Block, start: number, end: number): Source {
  const excerptStart = Math.max(0, start - 40);
  const excerpt = squash(block.text.slice(excerptStart, Math.min(block.text.length, end + 160)));
  return { file, lineStart: block.lineStart, lineEnd: block.lineEnd, excerpt };
}
