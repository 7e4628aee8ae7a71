/**
 * The identity of a document from its front matter and closing:
 *
 *   Front     : Letterhead* Symbol? PlaceDate? KIND-HEADING Title Enactor? Preamble
 *   Symbol    : ("Số" | "số") ":"? Number? ("/" Year)? Sep Kind Sep Issuer  ("16/KH-UBND", "30-CTr/TU", "56/2025/TT-BCT")
 *             | ("Số" | "số") ":"? Number? "/" Issuer "-" Unit               (an official letter: "813/HC-CNHC")
 *   PlaceDate : Place "," "ngày" D? "tháng" M? "năm" Y
 *   Title     : Line+           (a title in capitals may be wrapped over several lines, even mid-word)
 *   Enactor   : a line in capitals naming who enacts ("CHÍNH PHỦ", "BỘ TRƯỞNG BỘ …")
 *   Closing   : "Nơi nhận:" Recipients (TM.|KT.)? Role+ Signer?
 *
 * A copy may join the pieces of the header into one block when it runs a layout table's cells
 * together ("UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG Số: /KH-SCT", lao-cai-sct-duthao-kh-de-an-08-2026.txt:2;
 * "số: … /HC-CNHC Hà Nội, ngày … tháng 4 năm 2026" read by OCR): the pieces are found in the
 * blocks above the kind heading wherever they sit. Blank numbers ("Số: /KH-KHCN") give a null
 * symbol; a date with a blank or illegible day or month keeps the precision printed ("2024-03",
 * "2022").
 */
import type { Line } from './normalize.js';
import type { Block } from './segment.js';
import type { DocumentKind } from './types.js';
import { fold, foldWords, isUpperCaseLine, squash } from './text.js';
import { HEADING_ONLY_KIND_WORDS, KIND_CODES, KIND_WORDS } from '../vocabulary/index.js';

export interface Header {
  kind: DocumentKind | null;
  kindHeading: Block | null;
  /** "16/KH-UBND", or null when the number is blank or there is no "Số:" line. */
  symbol: string | null;
  number: string | null;
  /** The symbol's kind code ("KH"); null for an official letter, whose symbol has none. */
  kindCode: string | null;
  issuerCode: string | null;
  /** Whether a "Số:" line was read (with or without a number). */
  hasSymbolLine: boolean;
  place: string | null;
  issuedOn: string | null;
  year: number | null;
  title: string | null;
  /** The title as one block (its lines joined), or null. */
  titleBlock: Block | null;
  /** The front's blocks the title was read from (a wrapped title in capitals spans several). */
  titlePieces: Block[];
  /** The issuer's letterhead lines in capitals above the number ("UBND TỈNH BẮC GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"). */
  letterhead: string[];
  /** The line in capitals under a decision's or resolution's title naming who enacts it ("CHÍNH PHỦ"). */
  enactor: string | null;
  /** The issuing body a web copy's metadata panel names ("Nơi ban hành"). */
  panelIssuer: string | null;
  signer: string | null;
  signerRole: string | null;
  signatureBlock: Block | null;
}

// "KẾ HOẠCH", "NGHỊ QUYẾT", "THÔNG TƯ" ...: a circular or a law is no plan, but it is a document.
const KIND_HEADINGS: [RegExp, DocumentKind][] = [...KIND_WORDS, ...HEADING_ONLY_KIND_WORDS].map(([word, kind]) => [
  new RegExp(`^${foldWords(word)}\\b`),
  kind,
]);

// Offices print a fraction slash or a division slash now and then ("1105⁄KH-ĐKT", KH-1105's PDF).
const SLASH = '[/⁄∕]';
// "Số: 16/KH-UBND" (state: number/KIND-ISSUER), "Số 30-CTr/TU" (Party: number-KIND/ISSUER),
// "Số: 56/2025/TT-BCT" (a year after the number), "Số: 252/KH-BCĐQG1237" (a body's number after
// its code), "số: Êđỗ /HC-CNHC" (a number OCR could not read). "SỐ" in capitals is a letterhead's
// word ("THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT" names the inspection team, KH-1105), not the symbol line.
const SYMBOL = new RegExp(
  `(?:^|\\s)[Ss]ố\\s*:?\\s*(?:(\\d+)|[^\\s\\d/⁄∕:]{1,6}(?=\\s*${SLASH}))?\\s*(?:${SLASH}\\s*(\\d{4})\\s*(?=${SLASH}))?([-/⁄∕]?)\\s*([A-Za-zĐđ]+)\\s*[-/⁄∕]\\s*([A-Za-zĐđ&]+\\d*(?:-[A-Za-zĐđ&]+\\d*)*)`,
  'u',
);
// A blank or illegible day or month ("ngày    tháng 4", "ngày ..... tháng", OCR's "ngày °Ê} tháng").
const DATE_PART = '(?:(\\d{1,2})|[.…]{2,}|[^\\s\\d]{1,4})?';
const DATE = `ngày\\s*${DATE_PART}\\s*tháng\\s*${DATE_PART}\\s*năm\\s*(\\d{4})`;
const PLACE_DATE = new RegExp(`([^,;:|]{2,60}),\\s*${DATE}`, 'u');
const PLACE_DATE_AT_START = new RegExp(`^([^,;:|]{2,40}),\\s*${DATE}`, 'u');
// The national motto and the Party's name head every document; they name no issuer.
const MOTTO = /cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc|dang cong san viet nam/g;
const MOTTO_LINE = /^(cong hoa xa hoi|doc lap|dang cong san viet nam|dang bo\b|\*+$|-+$)/;
const RULE = /(?:^|\s)(?:-{2,}|\*{2,}|_{2,})(?=\s|$)/g;
const ROLE_LINE =
  /^(TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.|Q\.)|^(PHÓ\s+)?(GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|TRƯỞNG BAN|BỘ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG)(?![\p{L}\p{N}])/u;
// A line in capitals under a title that names who enacts, not more of the title ("THỦ TƯỚNG
// CHÍNH PHỦ" right under the title's last line, tvpl-646f0a00d4174382.md:96).
const ENACTOR =
  /^(THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ TỊCH|CHÍNH PHỦ|ỦY BAN|UỶ BAN|HỘI ĐỒNG|BAN THƯỜNG VỤ|BAN THƯỜNG TRỰC|BAN CHẤP HÀNH|BAN CHỈ ĐẠO|BỘ\s)(?![\p{L}\p{N}])/u;
// Words a title line cannot end on: the title goes on in the next line whatever it starts with.
const DANGLING = /\s(CỦA|VÀ|VỀ|SỐ|NGÀY|TẠI|CHO|TRONG|THEO|VỚI|CÁC|NHỮNG|ĐẾN|TỪ|NĂM|THÁNG|ĐỐI VỚI|GIAI ĐOẠN|-)$/u;

export function readHeader(front: Block[], closing: Block[]): Header {
  const header: Header = {
    kind: null,
    kindHeading: null,
    symbol: null,
    number: null,
    kindCode: null,
    issuerCode: null,
    hasSymbolLine: false,
    place: null,
    issuedOn: null,
    year: null,
    title: null,
    titleBlock: null,
    titlePieces: [],
    letterhead: [],
    enactor: null,
    panelIssuer: null,
    signer: null,
    signerRole: null,
    signatureBlock: null,
  };
  let previous: Block | null = null;
  for (const [index, block] of front.entries()) {
    if (header.kindHeading !== null) break;
    if (isUpperCaseLine(block.text)) {
      const kind = KIND_HEADINGS.find(([pattern]) => pattern.test(fold(block.text.trim())));
      if (kind !== undefined) {
        header.kind = kind[1];
        header.kindHeading = block;
        readTitle(front, index + 1, header);
        break;
      }
    }
    readHeaderPieces(block, previous, header);
    // An official letter has no kind heading: its subject line is its title ("V/v trao đổi về …").
    if (header.title === null && /^V\/v\s/u.test(block.text.trim())) {
      header.title = squash(block.text);
      header.titleBlock = block;
      header.titlePieces = [block];
    }
    previous = block;
  }
  // A copy without a header line above its title may print the date under it (rare): only a
  // block that starts with the place is read then, never a sentence of the preamble.
  if (header.issuedOn === null) {
    for (const block of front) {
      const date = PLACE_DATE_AT_START.exec(block.text);
      if (date !== null) {
        applyDate(header, date[1]!, date.slice(2, 5));
        break;
      }
    }
  }
  readSignature(closing, header);
  return header;
}

/** Letterhead, symbol and place-date in one block above the kind heading, wherever they sit in it. */
function readHeaderPieces(block: Block, previous: Block | null, header: Header): void {
  // Blank out the motto and rules, keeping positions.
  let text = block.text;
  const folded = fold(text);
  for (const match of folded.matchAll(MOTTO)) {
    text = text.slice(0, match.index) + ' '.repeat(match[0].length) + text.slice(match.index + match[0].length);
  }
  text = text.replace(RULE, (rule) => ' '.repeat(rule.length));

  // A piece of the header follows only the letterhead's capitals, never a sentence: "Thủ tướng
  // Chính phủ đã ban hành Chỉ thị số 33/CT-TTg" (tvpl-987cadc82373c854.md:58) is no symbol line.
  const afterLetterhead = (at: number, source = text) => {
    const before = squash(source.slice(0, at));
    return before === '' || isUpperCaseLine(before);
  };
  let letterheadEnd = text.length;
  let symbol = header.hasSymbolLine ? null : SYMBOL.exec(text);
  if (symbol !== null && !afterLetterhead(symbol.index)) symbol = null;
  if (symbol !== null) letterheadEnd = Math.min(letterheadEnd, symbol.index);
  const rest =
    symbol === null
      ? text
      : text.slice(0, symbol.index) + ' '.repeat(symbol[0].length) + text.slice(symbol.index + symbol[0].length);
  let date = header.issuedOn === null ? PLACE_DATE.exec(rest) : null;
  let place: string | null = null;
  if (date !== null && !afterLetterhead(date.index, rest)) date = null;
  if (date !== null) {
    // "SỐ 1050/QĐ-SCT Lào Cai, ngày …": the words in capitals before the place are the letterhead's.
    const words = squash(date[1]!).split(' ');
    const first = words.findIndex((word) => /\p{Ll}/u.test(word));
    const placeWords = first <= 0 ? words : words.slice(first);
    place = placeWords.join(' ');
    const placeStart = date.index + date[0].indexOf(placeWords[0]!);
    letterheadEnd = Math.min(letterheadEnd, first <= 0 ? date.index : placeStart);
    // "Thành phố Hồ" / "Chí Minh, ngày 18 tháng 11 năm 2025" (tvpl-31fb08f34535fce3.md:16): a
    // place wrapped onto the line above.
    if (
      squash(text.slice(0, date.index)) === '' &&
      previous !== null &&
      previous.lineEnd + 1 === block.lineStart &&
      /^\p{Lu}[\p{L}\s.]{1,30}$/u.test(previous.text.trim()) &&
      !isUpperCaseLine(previous.text)
    ) {
      place = `${squash(previous.text)} ${place}`;
    }
  }
  const head = squash(text.slice(0, letterheadEnd));
  if (
    head !== '' &&
    !header.hasSymbolLine &&
    header.place === null &&
    isUpperCaseLine(head) &&
    !MOTTO_LINE.test(fold(head))
  ) {
    header.letterhead.push(head);
  }
  if (symbol !== null) applySymbol(header, symbol);
  if (date !== null) applyDate(header, place!, date.slice(2, 5));
}

function applyDate(header: Header, place: string, [day, month, year]: (string | undefined)[]): void {
  header.place = squash(place);
  header.year = Number(year);
  header.issuedOn = [year, month?.padStart(2, '0'), month ? day?.padStart(2, '0') : undefined]
    .filter((part) => part !== undefined)
    .join('-');
}

/**
 * The title: the block under the kind heading, and the lines in capitals it wraps onto ("PHÁT" /
 * "TRIỂN KINH TẾ SỐ …", dong-nai-179-kh-ubnd-2025.txt:21), up to the enactor's line or the preamble.
 */
function readTitle(front: Block[], start: number, header: Header): void {
  const first = front[start];
  if (first === undefined) return;
  const pieces = [first];
  if (isUpperCaseLine(first.text)) {
    const letterhead = new Set(header.letterhead.map((line) => foldWords(line)));
    for (let index = start + 1; index < front.length; index += 1) {
      const next = front[index]!;
      const last = pieces.at(-1)!;
      const text = squash(next.text);
      if (!isUpperCaseLine(text) || /:$/.test(text)) break;
      const dangling = DANGLING.test(` ${squash(last.text)}`);
      const adjacent = next.lineStart === last.lineEnd + 1;
      if (!dangling && (!adjacent || ENACTOR.test(text) || letterhead.has(foldWords(text)))) break;
      pieces.push(next);
    }
  }
  const after = front[start + pieces.length];
  if (after !== undefined && isUpperCaseLine(after.text) && !/:$/.test(after.text.trim()) && header.kind !== 'PLAN')
    header.enactor = squash(after.text);
  const text = pieces.map((piece) => squash(piece.text)).join(' ');
  // A copy wraps a title between words ("PHÁT" / "TRIỂN KINH TẾ SỐ"): its lines join with a space.
  header.title = text;
  header.titlePieces = pieces;
  header.titleBlock =
    pieces.length === 1
      ? first
      : { ...first, text, body: text, lineStart: first.lineStart, lineEnd: pieces.at(-1)!.lineEnd };
}

/**
 * Kind, issuer, number and symbol from a `Số: …` match. The kind code comes first ("KH" in
 * 16/KH-UBND, "CTr" in 30-CTr/TU); a symbol with no kind code is an official letter's
 * ("813/HC-CNHC": issuer, then the drafting unit).
 */
function applySymbol(header: Header, symbol: RegExpExecArray): void {
  const [, number, year, separator, first, second] = symbol;
  header.hasSymbolLine = true;
  const kindFirst = KIND_CODES[first!.toUpperCase()] !== undefined;
  header.kindCode = kindFirst ? first! : null;
  header.issuerCode = kindFirst ? second! : first!;
  if (!kindFirst && header.kind === null) header.kind = 'OFFICIAL_LETTER';
  if (number) {
    header.number = number;
    header.symbol =
      separator === '-' ? `${number}-${first}/${second}` : `${number}${year ? `/${year}` : ''}/${first}-${second}`;
  }
}

/** The role lines and the signer's name at the end of the closing part. */
function readSignature(closing: Block[], header: Header): void {
  const roleIndex = closing.findIndex((block) => ROLE_LINE.test(block.text.trim()));
  if (roleIndex === -1) return;
  const roles: string[] = [];
  let index = roleIndex;
  while (index < closing.length && isUpperCaseLine(closing[index]!.text)) {
    roles.push(squash(closing[index]!.text));
    index += 1;
  }
  header.signerRole = roles.join(' / ') || null;
  header.signatureBlock = closing[roleIndex]!;
  const name = closing.slice(index).find((block) => /^(\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*$/u.test(block.text.trim()));
  if (name !== undefined) header.signer = squash(name.text);
}

/**
 * A web copy's metadata panel ("Số hiệu:", "Loại văn bản:", "Ngày ban hành:", "Nơi ban hành:"
 * cells, tvpl-987cadc82373c854.md:23) fills what the document's own header does not print: the
 * header always wins.
 */
export function fillFromSitePanel(header: Header, lines: Line[]): void {
  const panel = new Map<string, string>();
  for (const line of lines.slice(0, 200)) {
    const cells = line.cells ?? [];
    cells.forEach((cell, index) => {
      const label = /(so hieu|loai van ban|ngay ban hanh|noi ban hanh):$/.exec(fold(squash(cell)));
      const value = cells[index + 1];
      if (label !== null && value !== undefined && squash(value) !== '' && !panel.has(label[1]!))
        panel.set(label[1]!, squash(value));
    });
  }
  const kindWord = panel.get('loai van ban');
  if (header.kind === null && kindWord !== undefined) {
    const kind = [...KIND_HEADINGS, [/^cong van\b/, 'OFFICIAL_LETTER'] as const].find(([pattern]) =>
      pattern.test(fold(kindWord)),
    );
    if (kind !== undefined) header.kind = kind[1];
  }
  const number = panel.get('so hieu');
  if (!header.hasSymbolLine && number !== undefined) {
    const symbol = SYMBOL.exec(`Số: ${number}`);
    if (symbol !== null) applySymbol(header, symbol);
  }
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(panel.get('ngay ban hanh') ?? '');
  if (header.issuedOn === null && date !== null) {
    header.year = Number(date[3]);
    header.issuedOn = `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`;
  }
  header.panelIssuer = panel.get('noi ban hanh') ?? null;
}

/**
 * A decision or resolution copied without its header is still named by the plan it issues:
 * "(Ban hành kèm theo Nghị quyết số 1339/NQ-UBTVQH15 ngày 28 tháng 12 năm 2024 của …)"
 * (tvpl-ae8d299abf846604.md:46) gives its symbol and date, when the kind word is its own. Only
 * when no "Số:" line was printed: a draft's blank "Số: /KH-UBND" stays blank.
 */
export function fillFromAttachment(header: Header, blocks: Block[]): void {
  if (header.hasSymbolLine || header.kind === null) return;
  const words = KIND_WORDS.filter(([, kind]) => kind === header.kind).map(([word]) => word);
  if (words.length === 0) return;
  const pattern = new RegExp(
    `^\\(?\\s*(?:Ban hành\\s+)?kèm theo\\s+(?:${words.join('|')})\\s+số\\s+(\\d+[-/][^\\s,;)]+)(?:\\s+ngày\\s+(\\d{1,2})\\s*(?:tháng\\s*|[/.-])(\\d{1,2})\\s*(?:năm\\s*|[/.-])(\\d{4}))?`,
    'iu',
  );
  for (const block of blocks) {
    const match = pattern.exec(block.text.trim());
    if (match === null) continue;
    const symbol = SYMBOL.exec(`Số: ${match[1]}`);
    if (symbol === null || KIND_CODES[symbol[4]!.toUpperCase()] === undefined) continue;
    applySymbol(header, symbol);
    if (header.issuedOn === null && match[4] !== undefined) {
      header.year = Number(match[4]);
      header.issuedOn = `${match[4]}-${match[3]!.padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
    }
    return;
  }
}
