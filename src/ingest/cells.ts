/**
 * Stage 1b: NFC lines → the line-and-cell model the later stages read, whatever way the source
 * wrote its tables and emphasis. Every line and cell keeps the number of the ORIGINAL file line
 * it came from, so provenance stays true.
 *
 *   Text      : (Table | Rule | Line)*
 *   Table     : PipeRow+ | JoinedRow+ | TabRow | CellBlock
 *   PipeRow   : "|" Cell ("|" Cell)* "|"            (Markdown; "|---|---|" separator rows dropped)
 *   JoinedRow : Cell " | " Cell (" | " Cell)*       (Word exports and src/ingest/formats/)
 *   TabRow    : Cell "\t" Cell ...                  (PDF extraction; kept as it is)
 *   CellBlock : "|" NL (CellLine* "|" NL)+          (web copies: one cell per line, a row opens
 *                                                    with a lone "|", each cell ends with one)
 *   Rule      : "-------" | "***"                    (a break, never text)
 *
 * A table of three or more columns becomes one Line per row: its cells in `cells`, its text the
 * cells joined by tabs (what the table layout reads), `number`..`lineEnd` the lines it spans. A
 * table of one or two columns is page layout, not data (the letterhead beside the national motto,
 * "Nơi nhận" beside the signature): its cells become ordinary lines, each cell closed by a break
 * (a Line with `cells: []`) so a paragraph never runs from one cell into the next.
 *
 * In Markdown copies (lone "|" lines, pipe rows or "#" headings) `*italic*` marks, heading marks
 * and the copying site's boilerplate are dropped; `**bold**` marks are already gone (normalize).
 */
import type { Line } from './normalize.js';
import { isUpperCaseLine } from './text.js';

/** A row's first cell when it opens a row of a task table: "1", "1.2", "II", "A", "a)". */
const CODE_CELL = /^(?:[IVXLC]{1,5}|\d{1,3}(?:\.\d{1,3})*|[A-ZĐ]|[a-zđ])[.)]?$/u;
const RULE = /^\s*(?:-{3,}|_{3,}|={3,}|\*{3,}|(?:\*\s*){2,})\s*$/;
// A separator row has a pipe: a bare "-------" is a rule.
const MD_SEPARATOR = /^(?=.*\|)\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const MD_ROW = /^\s*\|.*\S.*\|\s*$/;
// A heading that starts a new part of the text, right after a table's last "|" (the signature
// table, then "PHỤ LỤC I" with no blank line between, tvpl-646f0a00d4174382.md:688).
const PART_HEADING = /^(PHỤ LỤC|KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|NGHỊ QUYẾT)(?![\p{L}])/u;
// Cells of the corpus's tables span a few lines each; a run this long is text after a table.
const MAX_CELL_LINES = 30;
// Lines a web copy adds around the document (thuvienphapluat.vn's notices and buttons).
const BOILERPLATE = [
  /THƯ VIỆN PHÁP LUẬT/u,
  /^Click vào phần bôi vàng/u,
  /^CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN$/u,
  /^Các nội dung của VB này được VB khác thay đổi/u,
  /^các màu sắc:$/u,
  /^: Sửa đổi, thay thế,$/u,
  /^hủy bỏ$/u,
  /^X$/,
];

/** Turns NFC lines into the line-and-cell model (see the module comment). */
export function toCells(lines: Line[]): Line[] {
  const markdown = isMarkdown(lines);
  const headings = new Set(lines.filter((line) => /^#{1,6}\s/.test(line.text)).map((line) => line.number));
  const clean = markdown ? lines.map((line) => ({ ...line, text: unmark(line.text) })) : lines;
  const out: Line[] = [];
  let index = 0;
  while (index < clean.length) {
    const line = clean[index]!;
    const text = line.text.trim();
    if (index === 0 && /^SOURCE:/.test(text)) {
      index += 1; // the corpus's note of where the copy comes from, not the document's text
      continue;
    }
    if (markdown && BOILERPLATE.some((pattern) => pattern.test(text))) {
      index += 1;
      continue;
    }
    if (text === '|') {
      const end = cellBlockEnd(clean, index, headings);
      if (end === index) {
        index += 1; // a lone "|" that opens no cell
        continue;
      }
      emitTable(cellBlockRows(clean.slice(index, end + 1)), out);
      index = end + 1;
      continue;
    }
    if (MD_ROW.test(line.text) && line.text.trim().length > 2 && !MD_SEPARATOR.test(line.text)) {
      const broken = brokenPipeRows(clean, index);
      if (broken !== null) {
        emitTable(broken.rows, out);
        index = broken.end;
        continue;
      }
      const rows: Cell[][] = [];
      while (index < clean.length && (MD_ROW.test(clean[index]!.text) || MD_SEPARATOR.test(clean[index]!.text))) {
        const row = clean[index]!;
        if (!MD_SEPARATOR.test(row.text)) rows.push(splitRow(row, /\|/, true));
        index += 1;
      }
      emitTable(rows, out);
      continue;
    }
    if (line.text.includes(' | ')) {
      const rows: Cell[][] = [];
      while (index < clean.length && clean[index]!.text.includes(' | ')) {
        rows.push(splitRow(clean[index]!, / \|(?: |$)/, false));
        index += 1;
      }
      emitTable(rows, out);
      continue;
    }
    if (RULE.test(line.text)) {
      out.push({ number: line.number, text: '', cells: [] });
      index += 1;
      continue;
    }
    // A bold part heading the copy wrapped: "**I. MỤC" / "ĐÍCH, YÊU CẦU**" then a blank line
    // (lai-chau-7360-kh-ubnd-2025.txt:34) is one heading, "I. MỤC ĐÍCH, YÊU CẦU".
    const next = clean[index + 1];
    const after = clean[index + 2];
    if (
      markdown &&
      next !== undefined &&
      /^[IVX]{1,4}\.\s+\S/.test(text) &&
      isUpperCaseLine(text) &&
      !/[.:;]$/.test(text) &&
      isUpperCaseLine(next.text) &&
      !/^([IVX]{1,4}|\d{1,2})[.)]/.test(next.text.trim()) &&
      (after === undefined || after.text.trim() === '')
    ) {
      out.push({ number: line.number, text: `${text} ${next.text.trim()}` });
      index += 2;
      continue;
    }
    out.push(line);
    index += 1;
  }
  return out;
}

/** A cell: its text and the original lines it spans. */
interface Cell {
  text: string;
  lines: Line[];
}

function isMarkdown(lines: Line[]): boolean {
  let signs = 0;
  for (const line of lines) {
    if (line.text.trim() === '|' || /^#{1,6}\s/.test(line.text) || MD_SEPARATOR.test(line.text)) signs += 1;
    if (signs >= 2) return true;
  }
  return false;
}

/** Drops Markdown's heading marks and lone "*" emphasis ("*Thanh Hóa, ngày", "2025*"). */
function unmark(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/(^|[\s("“])\*+(?=\S)/g, '$1')
    .replace(/(?<=\S)\*+(?=$|[\s,.;:)"”])/g, '')
    .replace(/ +$/, '');
}

function splitRow(line: Line, separator: RegExp, piped: boolean): Cell[] {
  // A Word row may open with an empty cell (" | (1) | (2)"): only a Markdown row's outer pipes go.
  const text = piped ? line.text.trim().replace(/^\|/, '').replace(/\|$/, '') : line.text;
  return text.split(separator).map((cell) => ({ text: cell.trim(), lines: [{ ...line, text: cell.trim() }] }));
}

/**
 * A pipe table whose rows the copy broke over several lines (tvpl-ae8d299abf846604.md:42-74):
 *
 *   Broken : Header (Piece+ | Pipes)+     read only when some line after the header is no pipe row
 *   Piece  : a line that opens with "|", or that closes with "|" inside a row
 *   Pipes  : "|" | "| ||" | "| |||||||"   (a line of pipes only: the end of a row, no cells)
 *
 * A row is its pieces joined, up to a line of pipes or until it has as many cells as the header
 * (a piece that closes with "|" before the next opens with one leaves an empty cell between).
 * Null when the table is a well-formed one (every line a pipe row) or is no table at all.
 */
function brokenPipeRows(lines: Line[], start: number): { rows: Cell[][]; end: number } | null {
  const header = splitRow(lines[start]!, /\|/, true);
  let end = start + 1;
  while (end < lines.length) {
    const text = lines[end]!.text.trim();
    if (text === '' || !(text.startsWith('|') || (text.endsWith('|') && end > start + 1))) break;
    end += 1;
  }
  const body = lines.slice(start + 1, end);
  if (header.length < 3 || body.every((line) => MD_ROW.test(line.text) || MD_SEPARATOR.test(line.text))) return null;
  const rows: Cell[][] = [header];
  let pieces: Line[] = [];
  const flush = () => {
    if (pieces.length > 0) rows.push(joinPieces(pieces));
    pieces = [];
  };
  for (const line of body) {
    const text = line.text.trim();
    if (/^\|[\s|]*$/.test(text)) {
      flush();
      continue;
    }
    pieces.push({ ...line, text });
    if (text.endsWith('|') && joinPieces(pieces).length >= header.length) flush();
  }
  flush();
  return { rows, end };
}

/** One row from the pieces of a broken pipe row, each cell at the line it starts on. */
function joinPieces(pieces: Line[]): Cell[] {
  const cells: Cell[] = [{ text: '', lines: [] }];
  pieces.forEach((piece, position) => {
    let text = piece.text;
    if (position === 0) text = text.replace(/^\|/, '');
    if (position === pieces.length - 1) text = text.replace(/\|$/, '');
    const parts = text.split('|');
    parts.forEach((part, index) => {
      if (index > 0) cells.push({ text: '', lines: [] });
      const cell = cells.at(-1)!;
      const words = part.trim();
      if (words === '') return;
      cell.text = cell.text === '' ? words : `${cell.text} ${words}`;
      cell.lines.push({ ...piece, text: words });
    });
  });
  return cells;
}

/**
 * The index of the "|" line that closes the cell block opened at `start`: the last "|" before a
 * blank line, a part's heading, a Markdown row, or a run of lines too long for a cell (some copies have
 * no blank line after a table, tvpl-646f0a00d4174382.md:98: the text just goes on).
 */
function cellBlockEnd(lines: Line[], start: number, headings: Set<number>): number {
  let end = start;
  let run = 0;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    const text = line.text.trim();
    if (text === '|') {
      end = index;
      run = 0;
      const next = lines[index + 1];
      // A blank line between two lone "|" is an empty cell: "** **" once its bold marks are gone
      // (dong-nai-179-kh-ubnd-2025.txt:2732).
      const emptyCell = next?.text.trim() === '' && lines[index + 2]?.text.trim() === '|';
      if (next === undefined || (next.text.trim() === '' && !emptyCell) || PART_HEADING.test(next.text.trim())) break;
      continue;
    }
    run += 1;
    if (run > MAX_CELL_LINES || headings.has(line.number) || MD_ROW.test(line.text) || MD_SEPARATOR.test(line.text)) {
      break;
    }
  }
  return end;
}

/**
 * The rows of a cell block. A lone "|" opens each row and closes each cell, so the gap between a
 * row's last cell and the next row is an empty segment, just like an empty cell:
 *
 *   Block : Chunk+            a chunk starts at a code ("1", "II") after an empty segment
 *   Chunk : Row ("" SubRow)*  its first row: the most cells, up to a coded row's width, that a gap
 *                             follows; then the rows under cells merged down from it, one per gap
 *
 * Rows under merged cells (the STT, chủ trì and phối hợp of a numbered row spanning several
 * "Nội dung" rows, tvpl-646f0a00d4174382.md:743) are short: they hold only their own cells, and
 * every empty segment between them is a gap, unless two short pieces only make up together the
 * width the other rows under merged cells have (an empty cell inside such a row).
 */
function cellBlockRows(block: Line[]): Cell[][] {
  const segments: Cell[] = [];
  let current: Line[] = [];
  for (const line of block.slice(1)) {
    if (line.text.trim() === '|') {
      const content = current.filter((part) => part.text.trim() !== '');
      segments.push({ text: content.map((part) => part.text.trim()).join(' '), lines: content });
      current = [];
    } else {
      current.push(line);
    }
  }
  const chunks: Cell[][] = [[]];
  segments.forEach((segment, position) => {
    const next = segments[position + 1];
    if (segment.text === '' && chunks.at(-1)!.length > 0 && (next === undefined || CODE_CELL.test(next.text))) {
      chunks.push([]);
    } else {
      chunks.at(-1)!.push(segment);
    }
  });
  // A row's width: the longest chunk with no empty segment (a whole row, the header or a coded row
  // with nothing merged under it); the usual length of the coded chunks when every one has a gap.
  const coded = chunks.filter((chunk) => chunk.length > 0 && CODE_CELL.test(chunk[0]!.text));
  const whole = [chunks[0]!, ...coded].filter((chunk) => chunk.every((cell) => cell.text !== ''));
  // No coded row at all (a letterhead, a signature block): every empty segment is a row gap.
  const width =
    coded.length === 0 ? 0 : whole.length > 0 ? Math.max(...whole.map((chunk) => chunk.length)) : usualLength(coded);
  const rows: Cell[][] = [];
  for (const chunk of chunks) {
    if (width === 0) {
      rows.push(...splitAtGaps(chunk));
      continue;
    }
    const end = firstRowLength(chunk, width);
    rows.push(chunk.slice(0, end));
    if (end < chunk.length) rows.push(...mergeShort(splitAtGaps(chunk.slice(end + 1))));
  }
  return rows.filter((row) => row.some((cell) => cell.text !== ''));
}

/**
 * How many cells of a chunk its first row holds: the most, up to `width`, that the chunk's end or
 * an empty segment (the row gap) follows; the whole chunk when no gap fits.
 */
function firstRowLength(chunk: Cell[], width: number): number {
  if (chunk.length <= width) return chunk.length;
  for (let end = Math.min(width, chunk.length - 1); end >= 1; end -= 1) {
    if (chunk[end]!.text === '') return end;
  }
  return chunk.length;
}

function splitAtGaps(cells: Cell[]): Cell[][] {
  const rows: Cell[][] = [[]];
  for (const cell of cells) {
    if (cell.text === '') rows.push([]);
    else rows.at(-1)!.push(cell);
  }
  return rows.filter((row) => row.length > 0);
}

/** The most common length of some rows (the longest of equally common ones), 0 for none. */
function usualLength(rows: Cell[][]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** Joins two short pieces back into one row (with the empty cell between them) when together they make the usual width. */
function mergeShort(pieces: Cell[][]): Cell[][] {
  const usual = usualLength(pieces);
  const out: Cell[][] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last !== undefined && last.length < usual && piece.length < usual && last.length + 1 + piece.length === usual) {
      out[out.length - 1] = [...last, { text: '', lines: [] }, ...piece];
    } else {
      out.push(piece);
    }
  }
  return out;
}

// A header written over two rows: the first names the number column; the second only the parts of
// a column above it ("Đơn vị thực hiện" over "Chủ trì" | "Phối hợp", "Thời gian" over "Bắt đầu" | "Kết thúc").
const NUMBER_HEADER = /^(S?TT|Stt|Số TT|Số thứ tự)$/iu;
const ROLE_PART = /^(chủ trì|phối hợp|(đơn vị|cơ quan) (chủ trì|phối hợp))$/iu;
const TIME_PART = /^(bắt đầu|kết thúc|hoàn thành|từ|đến|năm \d{4})$/iu;
const ROLE_PARENT = /(đơn vị|cơ quan|thực hiện|phân công)/iu;
const TIME_PARENT = /(thời gian|tiến độ|thời hạn)/iu;

/**
 * One header row of a header written over two: each part joined to the column above it. Rows of
 * equal length (pipe rows, Word rows) join cell by cell; a web copy's second row holds only the
 * parts, which go under the first cell they fit ("Đơn vị thực hiện Chủ trì", "Đơn vị thực hiện
 * Phối hợp"). Any other table is returned as it is.
 */
function joinSplitHeader(rows: Cell[][]): Cell[][] {
  const at = rows.findIndex((row) => NUMBER_HEADER.test(row[0]?.text ?? ''));
  const [first, second] = [rows[at], rows[at + 1]];
  if (first === undefined || second === undefined) return rows;
  const parts = second.filter((cell) => cell.text !== '');
  if (parts.length < 2 || !parts.every((cell) => ROLE_PART.test(cell.text) || TIME_PART.test(cell.text))) return rows;
  const join = (above: Cell, part: Cell): Cell => ({
    text: part.text === '' ? above.text : `${above.text} ${part.text}`,
    lines: [...above.lines, ...part.lines],
  });
  let header: Cell[];
  if (second.length === first.length) {
    header = first.map((cell, index) => join(cell, second[index]!));
  } else {
    const parentOf = (part: Cell) =>
      first.findIndex((cell) => (ROLE_PART.test(part.text) ? ROLE_PARENT : TIME_PARENT).test(cell.text));
    if (parts.some((part) => parentOf(part) <= 0)) return rows;
    header = first.flatMap((cell, index) => {
      const under = parts.filter((part) => parentOf(part) === index);
      return under.length === 0 ? [cell] : under.map((part) => join(cell, part));
    });
  }
  return [...rows.slice(0, at), header, ...rows.slice(at + 2)];
}

/** Writes a table: rows of cells when it has three columns or more, else its cells as lines. */
function emitTable(table: Cell[][], out: Line[]): void {
  const rows = joinSplitHeader(table);
  const columns = Math.max(0, ...rows.map((row) => row.filter((cell) => cell.text !== '').length));
  if (columns >= 3) {
    for (const row of rows) {
      const spanned = row.flatMap((cell) => cell.lines).map((line) => line.number);
      if (spanned.length === 0) continue;
      const texts = row.map((cell) => cell.text.replace(/\s+/g, ' ').trim());
      out.push({
        number: Math.min(...spanned),
        lineEnd: Math.max(...spanned),
        text: texts.join('\t'),
        cells: texts,
        cellParts: row.map((cell) => cell.lines.map((part) => ({ number: part.number, text: part.text.trim() }))),
      });
    }
    return;
  }
  for (const row of rows) {
    for (const cell of row) {
      if (cell.text === '') continue;
      for (const line of layoutLines(cell.lines)) out.push(line);
      out.push({ number: cell.lines.at(-1)!.number, text: '', cells: [] });
    }
  }
}

/**
 * A layout cell's lines, with its rules as breaks and its hard wraps mended: "Số:" / "7360/KH-UBND"
 * and a heading in capitals cut mid-name ("ỦY BAN NHÂN" / "DÂN") are one line each.
 */
function layoutLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  let joinable = false;
  for (const line of lines) {
    // A Markdown cell may carry its rule inline: "ỦY BAN NHÂN DÂN TỈNH SƠN LA -------".
    for (const [part, piece] of line.text.split(/\s*-{3,}\s*/).entries()) {
      const text = piece.trim();
      if (part > 0) joinable = false;
      if (text === '') continue;
      const last = out.at(-1);
      if (
        joinable &&
        last !== undefined &&
        (/(^|\s)Số:?$/u.test(last.text) ||
          (isUpperCaseLine(last.text) &&
            isUpperCaseLine(text) &&
            !/^(TM\.|KT\.|TL\.|TUQ\.|Q\.|PHÓ\s|CHỦ TỊCH|GIÁM ĐỐC|TỈNH\s|THÀNH PHỐ\s|SỞ\s|BỘ\s|ĐỘC LẬP)/u.test(text) &&
            !/[.:]$/.test(last.text)))
      ) {
        last.text = `${last.text} ${text}`;
      } else {
        out.push({ number: line.number, text });
      }
      joinable = true;
    }
  }
  return out;
}
