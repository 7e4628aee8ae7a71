/**
 * The identity of a document from its front matter and closing:
 *
 *   Front   : ("Số:" Number? "/" Kind "-" Issuer)? (Place "," "ngày" D? "tháng" M? "năm" Y)?
 *             KIND-HEADING Title Preamble
 *   Closing : "Nơi nhận:" Recipients (TM.|KT.)? Role+ Signer?
 *
 * Blank numbers ("Số: /KH-KHCN") give a null symbol; a date with blank day or month keeps the
 * precision printed ("2024-03", "2022").
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
  kindCode: string | null;
  issuerCode: string | null;
  place: string | null;
  issuedOn: string | null;
  year: number | null;
  title: string | null;
  titleBlock: Block | null;
  /** The issuer's letterhead lines in capitals above the number ("UBND TỈNH BẮC GIANG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"). */
  letterhead: string[];
  signer: string | null;
  signerRole: string | null;
  signatureBlock: Block | null;
}

// "KẾ HOẠCH", "NGHỊ QUYẾT", "THÔNG TƯ" ...: a circular or a law is no plan, but it is a document.
const KIND_HEADINGS: [RegExp, DocumentKind][] = [...KIND_WORDS, ...HEADING_ONLY_KIND_WORDS].map(([word, kind]) => [
  new RegExp(`^${foldWords(word)}\\b`),
  kind,
]);

// "Số: 16/KH-UBND" (state: number/KIND-ISSUER), "Số 30-CTr/TU" (Party: number-KIND/ISSUER).
const SYMBOL_LINE = /^Số\s*:?\s*(\d*)\s*([-/]?)\s*([A-Za-zĐđ]+)\s*[-/]\s*([A-Za-zĐđ&-]+)/u;
const PLACE_DATE =
  /^([^,]{2,40}),\s*ngày\s*(\d{1,2})?\s*(?:\.{2,}\s*)?tháng\s*(\d{1,2})?\s*(?:\.{2,}\s*)?năm\s*(\d{4})/u;
// The national motto and the Party's name head every document; they name no issuer.
const MOTTO = /^(cong hoa xa hoi|doc lap|dang cong san viet nam|dang bo\b|\*+$|-+$)/;
const ROLE_LINE =
  /^(TM\.|T\/M|KT\.|K\/T|TL\.|T\/L|TUQ\.|Q\.)|^(PHÓ\s+)?(GIÁM ĐỐC|CHỦ TỊCH|BÍ THƯ|TRƯỞNG BAN|BỘ TRƯỞNG|THỦ TƯỚNG|CHÁNH VĂN PHÒNG)(?![\p{L}\p{N}])/u;

export function readHeader(front: Block[], closing: Block[]): Header {
  const header: Header = {
    kind: null,
    kindHeading: null,
    symbol: null,
    number: null,
    kindCode: null,
    issuerCode: null,
    place: null,
    issuedOn: null,
    year: null,
    title: null,
    titleBlock: null,
    letterhead: [],
    signer: null,
    signerRole: null,
    signatureBlock: null,
  };
  for (const [index, block] of front.entries()) {
    if (
      header.kindCode === null &&
      header.kindHeading === null &&
      header.place === null &&
      isUpperCaseLine(block.text) &&
      !MOTTO.test(fold(block.text.trim()))
    ) {
      header.letterhead.push(squash(block.text));
    }
    const symbol = SYMBOL_LINE.exec(block.text);
    if (symbol !== null && header.kindCode === null) {
      applySymbol(header, symbol);
      continue;
    }
    const date = PLACE_DATE.exec(block.text);
    if (date !== null && header.issuedOn === null) {
      const [, place, day, month, year] = date;
      header.place = squash(place!);
      header.year = Number(year);
      header.issuedOn = [year, month?.padStart(2, '0'), month ? day?.padStart(2, '0') : undefined]
        .filter((part) => part !== undefined)
        .join('-');
      continue;
    }
    if (header.kindHeading === null && isUpperCaseLine(block.text)) {
      const folded = fold(block.text.trim());
      const kind = KIND_HEADINGS.find(([pattern]) => pattern.test(folded));
      if (kind !== undefined) {
        header.kind = kind[1];
        header.kindHeading = block;
        const next = front[index + 1];
        if (next !== undefined) {
          header.title = squash(next.text);
          header.titleBlock = next;
        }
      }
    }
  }
  readSignature(closing, header);
  return header;
}

/** The role lines and the signer's name at the end of the closing part. */
/** Kind, issuer, number and symbol from a `Số: …` match (either order of kind and issuer codes). */
function applySymbol(header: Header, symbol: RegExpExecArray): void {
  const [, number, separator, first, second] = symbol;
  const kindFirst = KIND_CODES[first!.toUpperCase()] !== undefined;
  header.kindCode = kindFirst ? first! : second!;
  header.issuerCode = kindFirst ? second! : first!;
  if (number) {
    header.number = number;
    header.symbol = separator === '-' ? `${number}-${first}/${second}` : `${number}/${first}-${second}`;
  }
}

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
 * A web copy's metadata panel ("Số hiệu:", "Loại văn bản:", "Ngày ban hành:" cells,
 * tvpl-987cadc82373c854.md:23) fills what the document's own header does not print: the header
 * always wins.
 */
export function fillFromSitePanel(header: Header, lines: Line[]): void {
  const panel = new Map<string, string>();
  for (const line of lines.slice(0, 200)) {
    const cells = line.cells ?? [];
    cells.forEach((cell, index) => {
      const label = /(so hieu|loai van ban|ngay ban hanh):$/.exec(fold(squash(cell)));
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
  if (header.kindCode === null && number !== undefined) {
    const symbol = SYMBOL_LINE.exec(`Số: ${number}`);
    if (symbol !== null) applySymbol(header, symbol);
  }
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(panel.get('ngay ban hanh') ?? '');
  if (header.issuedOn === null && date !== null) {
    header.year = Number(date[3]);
    header.issuedOn = `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`;
  }
}
