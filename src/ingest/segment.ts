/**
 * Stage 2: lines → paragraphs → blocks → parts of the plan.
 *
 * PDF extraction leaves paragraphs broken over several lines (hard-wrapped pages, page breaks in
 * mid-sentence, "88-" / "CTr/TU"), so lines are first joined back into paragraphs; tab-separated
 * lines (table rows) are kept as they are. Each paragraph is then classified:
 *
 *   Block   : Roman | Numbered | Lettered | Bullet | Text
 *   Roman   : "I." | "II." ... Title          (a part of the plan)
 *   Numbered: "1." | "1.1." | "3.1.1." ... Title  (an item; depth = number of components, any depth)
 *   Lettered: "a)" Title
 *   Bullet  : ("-" | "+" | "•") Text
 */
import { fold, isUpperCaseLine, squash } from './text.js';
import type { Line } from './normalize.js';

/** A paragraph rebuilt from one or more lines. */
export interface Paragraph {
  text: string;
  lineStart: number;
  lineEnd: number;
}

export type BlockKind = 'roman' | 'numbered' | 'lettered' | 'bullet' | 'text';

/** A classified paragraph. `code` is the number as printed, without its final dot ("1.1"). */
export interface Block extends Paragraph {
  kind: BlockKind;
  code: string | null;
  /** The text after the number or bullet mark. */
  body: string;
}

/** What a Roman-numbered part of a plan is for. */
export type PartRole = 'purpose' | 'objectives' | 'tasks' | 'funding' | 'implementation' | 'other';

/** A Roman-numbered part ("II. NHIỆM VỤ, GIẢI PHÁP") and the blocks under it. */
export interface Part {
  code: string;
  title: string;
  role: PartRole;
  heading: Block;
  blocks: Block[];
}

/** The document cut into its pieces. */
export interface Segments {
  /** Paragraphs before the first Roman part: header, title, preamble. */
  front: Block[];
  parts: Part[];
  /** From "Nơi nhận" to the appendix: recipients and signature. */
  closing: Block[];
  /** Lines from the "PHỤ LỤC" heading on (tables keep their tabs). */
  appendix: Line[];
  /**
   * The tables printed before the appendix, each a run of its rows (and the blank lines and
   * breaks between them): a task table may sit in the body, or after the signature under a title
   * of its own with no "PHỤ LỤC" heading ("PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC …",
   * KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx:62; a decision's plan printed as a table
   * under its title, tvpl-ae8d299abf846604.md:42).
   */
  tables: Line[][];
  /** All blocks in order (front, parts, closing). */
  blocks: Block[];
}

// Words after which a line cannot end a sentence, so the next line continues it even when it
// starts with a capital ("... của Ban" / "Thường vụ Tỉnh ủy", 000:185; "Quý" / "IV năm 2025",
// lai-chau-7360-kh-ubnd-2025.txt:82).
const DANGLING = new Set(
  'và của với các những về cho trong theo tại số ngày ban sở bộ phòng là được để từ đến thuộc trên ở bằng như hoặc cùng nhằm quý'.split(
    ' ',
  ),
);

const ROMAN = /^([IVX]{1,4})\s*[.:-]?\s+(.*)$/;
// A lettered part's heading: a capital that is no Roman numeral, its dot, a title in capitals.
const LETTER_PART = /^([A-HJ-UWYZĐ])\.\s+(.*)$/u;
// Any depth: "1.2.3.4.5." is an item five levels down, never "1.2.3.4" with "5." in its text.
// "12.173 tỷ đồng)" is a number with its thousands dot, no item 12 (tvpl-448306af3d3a91f7.md:330).
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)(?:\.(?!\d)\s*|\s+(?=\p{Lu}))(.*)$/u;
const NUMBERED_DOTTED = /^(\d{1,2}(?:\.\d{1,2})+)\s+(.*)$/;
const LETTERED = /^([a-zđ])\)\s*(.*)$/;
const BULLET = /^[-+•–*]\s*(.*)$/;

/** Whether a line starts a new block (and so never continues the previous paragraph). */
function startsBlock(text: string): boolean {
  return (
    (ROMAN.test(text) && isRomanHeading(text)) ||
    NUMBERED.test(text) ||
    NUMBERED_DOTTED.test(text) ||
    LETTERED.test(text) ||
    /^[-+•–]\s/.test(text) ||
    /^(Nơi nhận|PHỤ LỤC|Phụ lục|TM\.|KT\.|TL\.|Q\.|TUQ\.)/.test(text) ||
    isUpperCaseLine(text)
  );
}

function isRomanHeading(text: string): boolean {
  const match = ROMAN.exec(text);
  if (match === null) return false;
  // "I. MỤC ĐÍCH" (caps) or "III Phát triển ..." in a table; a Roman numeral followed by a
  // capitalised word. Excludes "V" as an ordinary word only in theory: plans do not start lines so.
  return /^\p{Lu}/u.test(match[2]!);
}

/** Joins lines back into paragraphs (see the module comment); tab lines are left out. */
export function paragraphs(lines: Line[]): Paragraph[] {
  const prose = lines.filter((line) => line.text.trim() !== '' && !isRow(line));
  const lengths = prose.map((line) => line.text.trim().length).sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const longest = lengths[lengths.length - 1] ?? 0;
  // Hard-wrapped text (every line cut near a page width, 003) vs one line per paragraph (000):
  // in wrapped text no line runs far past the width most lines stop at, or most lines stop near
  // it (a web copy wrapped at ~75 characters that also holds a few long lines,
  // tvpl-646f0a00d4174382.md:555).
  const wrapWidth = p90 > 0 && p90 < 110 && (longest <= p90 * 1.3 || mostStopNear(lengths, p90)) ? p90 : null;
  const blankSeparated = separatesWithBlankLines(lines);
  const out: Paragraph[] = [];
  let previousNumber = -1;
  let lastLine = '';
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '' || isRow(line) || line.cells !== undefined) {
      // A table row, or the break after a layout cell (cells.ts), ends the paragraph.
      if (isRow(line) || line.cells !== undefined) previousNumber = -1;
      continue;
    }
    const last = out[out.length - 1];
    const adjacent = blankSeparated && line.number === previousNumber + 1;
    if (
      last !== undefined &&
      previousNumber !== -1 &&
      (continuesMark(last.text, text) ||
        continues(last.text, lastLine, text, wrapWidth) ||
        (adjacent && continuesAdjacent(lastLine, text)))
    ) {
      last.text = last.text.endsWith('-') && !last.text.endsWith(' -') ? `${last.text}${text}` : `${last.text} ${text}`;
      last.lineEnd = line.number;
    } else {
      out.push({ text, lineStart: line.number, lineEnd: line.number });
    }
    lastLine = text;
    previousNumber = line.number;
  }
  return out;
}

// A number, numeral or dash alone on its line ("**1.**" / "Sở Công Thương:", "**IV.**" / "PHÂN CÔNG
// NHIỆM VỤ" in web copies, tvpl-62f25a030c183151.md:209-213; "-" / "Nghiêm túc thực hiện …",
// tvpl-987cadc82373c854.md:88): its text is on the next line.
const BARE_MARK = /^(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\)|[-+•–])$/u;

function continuesMark(previous: string, next: string): boolean {
  return BARE_MARK.test(previous) && !BARE_MARK.test(next) && !/^[-+•–]\s/.test(next);
}

/**
 * Whether the text separates its paragraphs with blank lines while wrapping them over adjacent
 * lines (web copies: "- Phối hợp Bộ Chỉ huy" / "Quân sự tỉnh, Công an tỉnh ...",
 * tvpl-62f25a030c183151.md:226). Not texts with a blank line after every line (PDF text) nor
 * texts with none (one paragraph per line, from Word).
 */
function separatesWithBlankLines(lines: Line[]): boolean {
  let adjacent = 0;
  let separated = 0;
  let cut = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.text.trim() === '' || isRow(lines[i]!)) continue;
    if (lines[i - 1]!.text.trim() === '') separated += 1;
    else if (!isRow(lines[i - 1]!)) {
      adjacent += 1;
      if (!/[.;:!?*|)"”]$/u.test(lines[i - 1]!.text.trim())) cut += 1;
    }
  }
  const total = adjacent + separated;
  // Wrapped: most lines followed by another end mid-sentence; a Word text's lines end their
  // paragraphs (KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx:30 / "Trên đây là Kế hoạch …").
  return total > 0 && separated >= total * 0.15 && adjacent >= total * 0.2 && cut >= adjacent * 0.6;
}

/** In a text of blank-separated paragraphs, whether an adjacent line goes on with the line before. */
function continuesAdjacent(lastLine: string, next: string): boolean {
  if (startsBlock(next) || isUpperCaseLine(lastLine) || !/\p{Ll}/u.test(lastLine)) return false;
  return !/^(Nơi nhận|Nơi gửi|Căn cứ|Điều \d|Số\b)/u.test(next);
}

/** Whether most lines of 40 characters or more stop within a tenth of `width` below it. */
function mostStopNear(lengths: number[], width: number): boolean {
  const long = lengths.filter((length) => length >= 40);
  const near = long.filter((length) => length >= width * 0.9 && length <= width * 1.02);
  return long.length >= 20 && near.length >= long.length * 0.5;
}

/** Whether a line is a table row (tab-separated, or a row of the cell model). */
export function isRow(line: Line): boolean {
  return line.text.includes('\t') || (line.cells !== undefined && line.cells.length > 0);
}

function continues(previous: string, lastLine: string, next: string, wrapWidth: number | null): boolean {
  if (startsBlock(next)) return false;
  // "… về dân số và phát triển;" / "xây dựng quy chế …" (tvpl-a83fffe08d7aeed7.md:254): a list in
  // one sentence goes on into a line in lower case.
  if (/;$/.test(previous) && /^\p{Ll}/u.test(next)) return true;
  if (/[.!?;:]["”)*]*$/.test(previous)) return false;
  // A heading in capitals ("CHƯƠNG TRÌNH HÀNH ĐỘNG") is a line of its own even when the title
  // under it starts in lower case ("thực hiện Nghị quyết số 36-NQ/TW ..."), and a title in
  // capitals ending on "… VÀ NHỮNG NĂM TIẾP THEO" never runs into the preamble's "Căn cứ …"
  // (bcdqg1237-252-kh-bcdqg1237-2013.txt:8).
  if (isUpperCaseLine(lastLine) && !/^\S+\s*$/.test(lastLine) && /\p{Ll}/u.test(next)) return false;
  if (/^[\p{Ll}(]/u.test(next)) return true;
  if (/\S-$/.test(previous)) return true; // "88-" / "CTr/TU"
  const lastWord = fold(previous.split(' ').pop() ?? '');
  if (DANGLING.has(lastWord) || DANGLING.has(previous.split(' ').pop()!.toLowerCase())) return true;
  // A heading wraps only into lower-case words ("... và phát" / "triển công nghệ"); a capital
  // after it starts its first paragraph ("15. Liên minh Hợp tác xã tỉnh, ..." / "Nâng cao ...").
  // A bullet or lettered line cut at the full width goes on ("- Rà soát … cấp tỉnh giai đoạn" /
  // "2026 - 2030 theo quy định.", tvpl-646f0a00d4174382.md:561).
  const full = wrapWidth !== null && lastLine.length >= wrapWidth * 0.9;
  // An item's first line, printed shorter than the others, cut inside a name ("l) Đài Truyền hình
  // Việt Nam, Đài Tiếng nói Việt" / "Nam, Thông tấn xã …", tvpl-646f0a00d4174382.md:547): the
  // name's capitalised words go on.
  const inName =
    wrapWidth !== null &&
    lastLine.length >= wrapWidth * 0.55 &&
    /\s\p{Lu}\p{Ll}+$/u.test(lastLine) &&
    /^\p{Lu}\p{Ll}+[\s,]/u.test(next);
  if (startsBlock(previous) && !((full || inName) && /^(?:[-+•–]\s|[a-zđ]\))/u.test(previous))) return false;
  if (inName && startsBlock(previous)) return true;
  return wrapWidth !== null && lastLine.length >= wrapWidth * 0.7 && !isUpperCaseLine(lastLine);
}

/** Classifies a paragraph. */
export function classify(paragraph: Paragraph): Block {
  const { text } = paragraph;
  let match: RegExpExecArray | null;
  if (isRomanHeading(text) && (match = ROMAN.exec(text)) !== null) {
    return { ...paragraph, kind: 'roman', code: match[1]!, body: squash(match[2]!) };
  }
  if ((match = NUMBERED_DOTTED.exec(text) ?? NUMBERED.exec(text)) !== null) {
    return { ...paragraph, kind: 'numbered', code: match[1]!, body: squash(match[2]!) };
  }
  if ((match = LETTERED.exec(text)) !== null) {
    return { ...paragraph, kind: 'lettered', code: match[1]!, body: squash(match[2]!) };
  }
  if ((match = BULLET.exec(text)) !== null) {
    return { ...paragraph, kind: 'bullet', code: null, body: squash(match[1]!) };
  }
  return { ...paragraph, kind: 'text', code: null, body: squash(text) };
}

/** The role of a part, from its heading. */
export function partRole(title: string): PartRole {
  const folded = fold(title);
  if (folded.includes('to chuc thuc hien')) return 'implementation';
  if (folded.includes('kinh phi')) return 'funding';
  if (folded.includes('muc dich') || folded.includes('yeu cau')) return 'purpose';
  if (/nhiem vu|giai phap|noi dung|nhiem vu chu yeu/.test(folded)) return 'tasks';
  if (folded.includes('muc tieu')) return 'objectives';
  return 'other';
}

/**
 * Whether a Roman-looking line is the next line of the title in capitals right above it: "XIV
 * CỦA ĐẢNG; TĂNG TỐC, …" under "… ĐẠI HỘI LẦN THỨ" (tvpl-556b2fb4a0149576.md:25) is no part XIV.
 */
function continuesTitle(front: Block[], block: Block): boolean {
  const previous = front.at(-1);
  return (
    previous !== undefined &&
    block.code !== 'I' &&
    previous.lineEnd + 1 === block.lineStart &&
    isUpperCaseLine(previous.text) &&
    !/^(PHẦN|CHƯƠNG)\b/u.test(previous.text)
  );
}

/** Cuts the lines into front matter, Roman parts, closing and appendix. */
export function segment(lines: Line[]): Segments {
  const appendixIndex = lines.findIndex((line) => /^\s*(PHỤ LỤC|Phụ lục)(?![\p{L}])/u.test(line.text));
  const bodyLines = appendixIndex === -1 ? lines : lines.slice(0, appendixIndex);
  const appendix = appendixIndex === -1 ? [] : lines.slice(appendixIndex);
  const blocks = paragraphs(bodyLines).map(classify);
  const front: Block[] = [];
  const parts: Part[] = [];
  const closing: Block[] = [];
  // A plan in lettered parts ("A. MỤC ĐÍCH, YÊU CẦU", "B. NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP …", "D.
  // TỔ CHỨC THỰC HIỆN", bcdqg1237-252-kh-bcdqg1237-2013.txt:18-316) numbers its groups of tasks
  // I, II … inside them: those Roman headings are blocks of the lettered part.
  const letterOf = (block: Block) => {
    const match = block.kind === 'text' ? LETTER_PART.exec(block.text) : null;
    return match !== null && isUpperCaseLine(match[2]!) ? match : null;
  };
  const letters = new Set(blocks.map((block) => letterOf(block)?.[1]).filter((code) => code !== undefined));
  const lettered = letters.has('A') && letters.has('B');
  const numberedParts = lettered ? new Set<Block>() : numberedPartHeadings(blocks);
  let inClosing = false;
  for (const block of blocks) {
    const letter = lettered && !inClosing ? letterOf(block) : null;
    if (letter !== null) {
      const title = squash(letter[2]!);
      parts.push({ code: letter[1]!, title, role: partRole(title), heading: block, blocks: [] });
      continue;
    }
    if (numberedParts.has(block)) {
      const title = block.body.replace(/\s*:$/u, '');
      parts.push({ code: block.code!, title, role: partRole(title), heading: block, blocks: [] });
      continue;
    }
    if (!inClosing && /^(Nơi nhận|Nơi gửi)/.test(block.text)) inClosing = true;
    // A part's numeral is followed by its dot ("II. NHIỆM VỤ"); a title wrapped before a numeral
    // ("… ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ" / "XIV CỦA ĐẢNG; …", tvpl-556b2fb4a0149576.md:25)
    // opens no part.
    // A decision's closing followed by the plan it issues (son-la-254-qd-ubnd-2023.txt:37):
    // the plan's "I. MỤC ĐÍCH" opens parts again.
    if (inClosing && block.kind === 'roman' && block.code === 'I' && isUpperCaseLine(block.body)) inClosing = false;
    if (inClosing) {
      closing.push(block);
    } else if (
      block.kind === 'roman' &&
      isUpperCaseLine(block.body) &&
      /^[IVX]{1,4}\s*[.:-]/.test(block.text) &&
      !(lettered && parts.length > 0) &&
      !(parts.length === 0 && continuesTitle(front, block))
    ) {
      parts.push({ code: block.code!, title: block.body, role: partRole(block.body), heading: block, blocks: [] });
    } else if (parts.length === 0) {
      front.push(block);
    } else {
      parts[parts.length - 1]!.blocks.push(block);
    }
  }
  return { front, parts, closing, appendix, tables: tableRuns(bodyLines), blocks };
}

/**
 * The headings of a text that numbers its parts "1.", "2." … instead of "I.", "II." ("1. Mục
 * tiêu" / "2. Yêu cầu" / "3. Đối tượng, nội dung kiểm tra:" / "4. Phân công nhiệm vụ",
 * KH-1105-DKT-ke-hoach-kiem-tra.pdf): none when it has a Roman part. They are its items of one
 * number that are headings — a few words, no sentence — numbered 1, 2, 3 … in order, among them
 * a part of purpose or objectives and one of tasks or of implementation; a text whose items of
 * one number are its points (a letter's "1. Về …", a circular's clauses) has no such pair.
 */
function numberedPartHeadings(blocks: Block[]): Set<Block> {
  const none = new Set<Block>();
  const firstRoman = blocks.findIndex(
    (block) => block.kind === 'roman' && isUpperCaseLine(block.body) && /^[IVX]{1,4}\s*[.:-]/.test(block.text),
  );
  if (firstRoman !== -1) return none;
  const headings: Block[] = [];
  for (const block of blocks) {
    if (block.kind !== 'numbered' || !/^\d{1,2}$/.test(block.code!) || !isHeadingText(block.body)) continue;
    if (Number(block.code) !== headings.length + 1) continue;
    headings.push(block);
  }
  const roles = new Set(headings.map((block) => partRole(block.body)));
  const opens = roles.has('purpose') || roles.has('objectives');
  const assigns = roles.has('tasks') || roles.has('implementation');
  return opens && assigns && headings.length >= 3 ? new Set(headings) : none;
}

/** Whether a numbered line's text is a heading: a few words in no sentence ("Phân công nhiệm vụ"). */
function isHeadingText(body: string): boolean {
  const text = body.replace(/\s*\([^)]*\)\s*/gu, ' ').trim();
  return /^\p{Lu}/u.test(text) && text.split(/\s+/).length <= 12 && !/[.;,]$/u.test(text);
}

/** The runs of table rows among `lines`: rows, with the blank lines and breaks inside a run. */
function tableRuns(lines: Line[]): Line[][] {
  const runs: Line[][] = [];
  let run: Line[] | null = null;
  let gap: Line[] = [];
  for (const line of lines) {
    if (isRow(line)) {
      if (run === null) runs.push((run = []));
      run.push(...gap, line);
      gap = [];
    } else if (run !== null && (line.text.trim() === '' || line.cells !== undefined)) {
      gap.push(line);
    } else {
      run = null;
      gap = [];
    }
  }
  return runs;
}
