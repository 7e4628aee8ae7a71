/**
 * The assignment appendix table (PHỤ LỤC "Phân công nhiệm vụ" / "Danh mục nhiệm vụ"):
 *
 *   Appendix : (Table | other lines)*   (each table opens with its own header)
 *   Table    : Header Row+              (the header may repeat after each page break)
 *   Header   : cells naming TT|Stt, the task, "chủ trì", "phối hợp", the timeframe, the result
 *   Row      : Code "\t" Task "\t" Lead "\t" Coordinators ("\t" Timeframe ("\t" Result)?)?
 *   Cont     : "\t" cells            (no number, in a numbered table, after a page break or in lower case)
 *   SubRow   : fewer cells than the header (a web copy's row under cells merged down from the row above)
 *
 * Columns are found by their header words, in any order. A Roman code ("II") or a numbered row
 * with nothing assigned whose next row is its child ("1" before "1.1") is a group: a parent
 * task. Numbers under a Roman group are joined to it ("II.2"). An empty lead cell stays empty;
 * a row with no number is a task without a code. A sub-row's cells are put in the columns their
 * contents fit, side by side, and the cells it lacks are those of the row above, merged down.
 */
import type { Line } from '../normalize.js';
import { fold, squash } from '../text.js';
import type { LayoutResult, TaskDraft } from './draft.js';
import { AGENCY_START } from '../../vocabulary/index.js';

type Column = 'code' | 'task' | 'detail' | 'group' | 'lead' | 'coordinators' | 'timeframe' | 'result';

/** A row code as printed: "1", "1.2.", "II", "A.". */
const CODE = /^([IVX]{1,5}|[A-ZĐ]|\d{1,3}(?:\.\d{1,3})*)\.?$/u;
/** A code and a title in one cell: "III Phát triển …", "I. Văn bản thuộc thẩm quyền …". */
const INLINE_CODE = /^([IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)\.?\s+(\p{Lu}.*)$/u;
/** A group's code: a Roman numeral or a capital letter. */
const GROUP_CODE = /^([IVX]+|[A-ZĐ])\.?$/u;

const CODE_HEADER = /^(tt|stt|so tt|so thu tu)$/;
const HEADER_WORDS: [Column, RegExp][] = [
  ['code', CODE_HEADER],
  // "Thuộc nhóm nhiệm vụ, hành động" beside "Nội dung nhiệm vụ" (tvpl-646f0a00d4174382.md:703):
  // the group of part II a row belongs to, not the row's task.
  ['group', /^thuoc nhom|^nhom nhiem vu/],
  // "Cơ quan soạn thảo" of a table of laws to draft (tvpl-ae8d299abf846604.md:42): who does the work.
  ['lead', /chu tri|dau moi|soan thao/],
  ['coordinators', /phoi hop/],
  ['timeframe', /thoi gian|tien do|thoi han/],
  ['result', /ket qua|san pham/],
  ['task', /nhiem vu|noi dung|hoat dong|ten/],
];

/** The cells of a table row of the cell model (cells.ts), or null when the line is not a row. */
export function cellsOf(line: Line): string[] | null {
  if (line.cells !== undefined) return line.cells.length > 0 ? line.cells : null;
  return line.text.includes('\t') ? line.text.split('\t') : null;
}

/** The column of each header cell, or null when the line is not a task table's header. */
export function readHeaderRow(line: Line): (Column | null)[] | null {
  const cells = cellsOf(line)?.map((cell) => fold(squash(cell)));
  if (cells === undefined) return null;
  // "Vai trò (Chủ trì/ Phối hợp)" is a report template's role column, not a lead
  // (lao-cai-sct-duthao-kh-de-an-08-2026.txt:170): a column naming both roles names no lead.
  const columns = cells.map((cell) =>
    /chu tri/.test(cell) && /phoi hop/.test(cell)
      ? null
      : (HEADER_WORDS.find(([, pattern]) => pattern.test(cell))?.[0] ?? null),
  );
  // A second column of the task's words ("Tên dự án, nhiệm vụ" | "Nội dung chính",
  // tvpl-646f0a00d4174382.md:1872) is the task's content; the first names it.
  const task = columns.indexOf('task');
  columns.forEach((column, index) => {
    if (column === 'task' && index !== task) columns[index] = 'detail';
  });
  // "Đơn vị thực hiện" beside "Đơn vị phối hợp" is the lead (dong-nai-179-kh-ubnd-2025.txt:1600),
  // and "Người thực hiện" beside "Nhiệm vụ thực hiện" (the "Phân công nhiệm vụ" of the Sở Công
  // Thương Lào Cai plans, KH-2242…docx:66); alone beside a procedure's name it is who runs an
  // administrative procedure (tvpl-da8411114c03e36b.md:85), not a lead.
  if (!columns.includes('lead') && (columns.includes('coordinators') || /nhiem vu/.test(cells[task] ?? ''))) {
    const doer = cells.findIndex(
      (cell, index) => columns[index] === null && /(don vi|co quan|nguoi|can bo) thuc hien/.test(cell),
    );
    if (doer !== -1) columns[doer] = 'lead';
  }
  return columns.includes('code') && columns.includes('lead') && columns.includes('task') ? columns : null;
}

interface Row {
  cells: Partial<Record<Column, string>>;
  /** The line each cell starts on. */
  lines: Partial<Record<Column, number>>;
  /** Which of the line's cells each column's is (none for a cell merged down from the row above). */
  positions: Partial<Record<Column, number>>;
  lineStart: number;
  lineEnd: number;
  /** A row under cells merged down from the row above: what it lacks is that row's. */
  spanned: boolean;
}

interface Table {
  columns: (Column | null)[];
  /** The header's cells, folded: a row of only these is the header again. */
  headerCells: Set<string>;
  rows: Row[];
}

/** Reads the tables' tasks from the appendix lines (empty result when there is no table). */
export function readTable(lines: Line[]): LayoutResult {
  const warnings: LayoutResult['warnings'] = [];
  const tasks: TaskDraft[] = [];
  let table: Table | null = null;
  let outside = false;
  // A page break (a blank line, the header printed again) since the last row.
  let broken = false;
  const close = () => {
    if (table !== null) toDrafts(table.rows, tasks, warnings);
    table = null;
  };
  for (const line of lines) {
    const header = readHeaderRow(line);
    const rowCells = cellsOf(line);
    const folded = rowCells?.map((cell) => fold(squash(cell))).filter((cell) => cell !== '') ?? [];
    if (table !== null && rowCells !== null && isHeaderAgain(folded, table.headerCells, header !== null)) {
      broken = true; // the header repeated after a page break, whole or in part (dong-nai-179…:2375)
      continue;
    }
    if (header !== null) {
      close();
      table = { columns: header, headerCells: new Set(folded), rows: [] };
      outside = false;
      broken = false;
      continue;
    }
    if (table === null) continue;
    const current: Table = table;
    if (line.text.trim() === '' || line.cells?.length === 0) {
      broken = true;
      continue;
    }
    if (rowCells === null) {
      // One warning per run of such lines: a web copy goes on after its table with the site's
      // notes (tvpl-987cadc82373c854.md:435), a paragraph is one stray text, not a hundred.
      if (!outside) {
        warnings.push({
          line: line.number,
          message: `text outside the table's columns ignored: "${squash(line.text).slice(0, 60)}"`,
        });
      }
      outside = true;
      continue;
    }
    // Another table's header ("STT | Chỉ tiêu | Đơn vị tính …"): this table has ended.
    if (CODE_HEADER.test(folded[0] ?? '') && !CODE.test(squash(rowCells[0] ?? ''))) {
      close();
      continue;
    }
    // After text outside the table only a numbered row goes on with it: the site's own tables
    // after a web copy (tvpl-646f0a00d4174382.md:2765, "Địa chỉ: | …") are no rows of it.
    if (outside && !CODE.test(squash(rowCells[0] ?? ''))) continue;
    outside = false;
    // The row numbering the columns under the header: "(1) | (2) | (3)" (lao-cai-duthao…:140).
    if (rowCells.every((cell) => /^\s*(\(\d{1,2}\))?\s*$/.test(cell))) continue;
    const row = readRow(line, rowCells, current, broken);
    broken = false;
    if (row !== null) current.rows.push(...pairedDuties(row, line));
  }
  close();
  return { tasks, warnings };
}

/** One row's cells in their columns, or null when it only goes on with the row above. */
function readRow(line: Line, rowCells: string[], table: Table, broken: boolean): Row | null {
  const { columns, rows } = table;
  const cells: Partial<Record<Column, string>> = {};
  const at: Partial<Record<Column, number>> = {};
  const positions: Partial<Record<Column, number>> = {};
  const short = rowCells.length < columns.length && line.cells !== undefined;
  // A short row with a number lacks the cells at its end; one without, those merged down into it:
  // its cells go where their contents fit. A full row whose number cell holds a text has lost
  // that cell (a copy that dropped the empty STT, tvpl-ae8d299abf846604.md:49): one to the right.
  const first = squash(rowCells[0] ?? '');
  const numbered = CODE.test(first) || INLINE_CODE.test(first);
  const filled = rowCells.length - [...rowCells].reverse().findIndex((cell) => squash(cell) !== '');
  const lacksNumber = !short && columns[0] === 'code' && first !== '' && !numbered && filled < columns.length;
  const place =
    short && !numbered ? align(rowCells, columns) : rowCells.map((_, index) => (lacksNumber ? index + 1 : index));
  place.forEach((index, position) => {
    const column = columns[index];
    const cell = squash(rowCells[position] ?? '');
    if (column && cell !== '') {
      cells[column] = cells[column] === undefined ? cell : `${cells[column]} ${cell}`;
      at[column] ??= cellLine(line, position);
      positions[column] ??= position;
    }
  });
  // A group row's title may sit in whichever cell the merge left it ("A." | "BỘ NÔNG NGHIỆP …";
  // "5.1" | "" | "Thương mại" | "" …, dong-nai-179-kh-ubnd-2025.txt:2730): a row with a code and
  // one other cell is titled by it.
  const others = rowCells.filter((cell, index) => columns[place[index]!] !== 'code' && squash(cell) !== '');
  if (cells.code !== undefined && cells.task === undefined && (GROUP_CODE.test(cells.code) || others.length === 1)) {
    const position = rowCells.findIndex((cell, index) => columns[place[index]!] !== 'code' && squash(cell) !== '');
    if (position !== -1) {
      cells.task = squash(rowCells[position]!);
      at.task = cellLine(line, position);
      positions.task = position;
      for (const column of ['lead', 'coordinators', 'timeframe', 'result', 'group'] as const)
        if (cells[column] === cells.task) delete cells[column];
    }
  }
  // "III Phát triển ..." (001:199): the code and the title share the first cell.
  const codeCell = cells.code;
  const inline = codeCell === undefined ? null : INLINE_CODE.exec(codeCell);
  if (inline !== null && cells.task === undefined) {
    cells.code = inline[1]!;
    cells.task = inline[2]!;
    at.task = at.code;
    positions.task = positions.code;
  }
  const previous = rows[rows.length - 1];
  const lineEnd = line.lineEnd ?? line.number;
  // A page break printed the end of the cell above again beside a group's heading: "năm tiếp theo"
  // under "2025 và những năm tiếp theo" (chinh-phu-03-nq-cp-2025.txt:472) is not the group's time.
  for (const [column, value] of Object.entries(cells) as [Column, string][]) {
    const above = previous?.cells[column];
    if (
      cells.code !== undefined &&
      GROUP_CODE.test(cells.code) &&
      above !== undefined &&
      above.length > value.length &&
      /^\p{Ll}/u.test(value) &&
      fold(above).endsWith(fold(value))
    )
      delete cells[column];
  }
  if (cells.code === undefined && previous !== undefined && short && !isHeading(previous)) {
    // Under cells merged down from the row above (tvpl-646f0a00d4174382.md:743,
    // ho-chi-minh-2820-qd-ubnd-2025.txt:576): the columns this row has no cell in are that row's.
    const own = new Set(place.map((index) => columns[index]));
    for (const column of columns) {
      if (column === null || own.has(column) || column === 'task' || column === 'detail') continue;
      if (previous.cells[column] !== undefined) {
        cells[column] = previous.cells[column];
        at[column] = previous.lines[column];
      }
    }
    return { cells, lines: at, positions, lineStart: line.number, lineEnd, spanned: true };
  }
  if (cells.code === undefined && previous !== undefined && !short && continues(cells, broken, rows)) {
    // A row continued after a page break: each cell goes on where it stopped ("Sở Công" / "Thương"),
    // unless the page printed the end of the cell again (chinh-phu-03-nq-cp-2025.txt:528).
    for (const [column, value] of Object.entries(cells) as [Column, string][]) {
      const before = previous.cells[column];
      if (before === undefined) previous.cells[column] = value;
      else if (!fold(before).endsWith(fold(value))) previous.cells[column] = `${before} ${value}`;
    }
    previous.lineEnd = lineEnd;
    return null;
  }
  return { cells, lines: at, positions, lineStart: line.number, lineEnd, spanned: false };
}

/**
 * A row whose task cell holds several duties, one paragraph each, beside a chủ trì and a phối hợp
 * cell with as many lines, each an agency: one row a duty, with the agencies of its line
 * (ho-chi-minh-2820-qd-ubnd-2025.txt:789, 'Bố trí nhân lực …' twice, the roles turned round).
 * Any other row is itself.
 */
function pairedDuties(row: Row, line: Line): Row[] {
  const parts = line.cellParts;
  const { task, lead, coordinators } = row.positions;
  if (parts === undefined || task === undefined || lead === undefined || coordinators === undefined) return [row];
  const leads = parts[lead]!.map((part) => part.text);
  const partners = parts[coordinators]!.map((part) => part.text);
  if (leads.length < 2 || partners.length !== leads.length) return [row];
  if (![...leads, ...partners].every((name) => kindOf(name) === 'agency')) return [row];
  // The task cell's paragraphs: a line that ends a sentence and a line that opens one.
  const duties: { number: number; text: string }[] = [];
  for (const part of parts[task]!) {
    const last = duties.at(-1);
    if (last !== undefined && !(/[.;]$/.test(last.text) && /^\p{Lu}/u.test(part.text))) last.text += ` ${part.text}`;
    else duties.push({ ...part });
  }
  if (duties.length !== leads.length) return [row];
  return duties.map((duty, index) => ({
    cells: { ...row.cells, task: squash(duty.text), lead: leads[index]!, coordinators: partners[index]! },
    lines: { ...row.lines, task: duty.number },
    positions: row.positions,
    lineStart: index === 0 ? row.lineStart : duty.number,
    lineEnd: index + 1 < duties.length ? duties[index + 1]!.number - 1 : row.lineEnd,
    spanned: index > 0,
  }));
}

/** The line a row's cell starts on (an empty cell: the row's first line). */
function cellLine(line: Line, position: number): number {
  return line.cellParts?.[position]?.[0]?.number ?? line.number;
}

/**
 * Whether a row with no number goes on with the row above: in a table of numbered rows, after a page
 * break, or when it starts in lower case ("và sử dụng bền vững …"); else it is a row of its own
 * in a table whose number column is empty (the Word auto-numbered "Phân công nhiệm vụ" tables,
 * KH-2242…docx:67).
 */
function continues(cells: Partial<Record<Column, string>>, broken: boolean, rows: Row[]): boolean {
  if (broken || rows.some((row) => row.cells.code !== undefined && !GROUP_CODE.test(row.cells.code))) return true;
  const first = cells.task ?? cells.lead ?? cells.coordinators ?? cells.timeframe ?? cells.result ?? '';
  return !/^[\p{Lu}\d(“"-]/u.test(first);
}

/**
 * Whether a row holds only header words: the header printed again, whole or in part (a task
 * table's header only when it is this table's).
 */
function isHeaderAgain(folded: string[], headerCells: Set<string>, isHeader: boolean): boolean {
  if (isHeader) return folded.every((cell) => headerCells.has(cell));
  const words = (cell: string) =>
    headerCells.has(cell) || (cell.length <= 40 && HEADER_WORDS.some(([, pattern]) => pattern.test(cell)));
  return folded.length > 0 && folded.every(words) && (folded.length >= 2 || headerCells.has(folded[0]!));
}

/** A group's heading row: a Roman or letter code with nothing assigned. */
function isHeading(row: Row): boolean {
  return (
    row.cells.code !== undefined &&
    GROUP_CODE.test(row.cells.code) &&
    row.cells.lead === undefined &&
    row.cells.coordinators === undefined
  );
}

type Kind = 'empty' | 'code' | 'time' | 'agency' | 'text';

const TIME_WORDS = /\b(19|20)\d{2}\b|\bquy [ivx1-4]\b|hang nam|thuong xuyen|lien tuc|dinh ky|\bthang \d/;
const COLLECTIVE_START =
  /^(-\s*)?[Cc]ác (sở|bộ|ban|ngành|cơ quan|đơn vị|địa phương|tỉnh|huyện|xã|phường|trường|viện|hội|doanh nghiệp|tổ chức)/u;

// Words of agencies that open other phrases too: "Báo cáo", "Ban hành", "Hội nghị" …
const NOT_AGENCY =
  /^(Báo cáo|Ban hành|Hội (nghị|thảo|thi|chợ|nhập)|Phòng (chống|ngừa)|Trường hợp|Đoàn kết)(?![\p{L}])/u;

function kindOf(cell: string): Kind {
  const text = squash(cell);
  if (text === '') return 'empty';
  if (CODE.test(text)) return 'code';
  if (text.length <= 200 && TIME_WORDS.test(fold(text))) return 'time';
  const name = text.replace(/^-\s*/, '');
  if (
    text.length <= 300 &&
    (COLLECTIVE_START.test(text) || (!/^[Cc]ác\s/u.test(name) && !NOT_AGENCY.test(name) && AGENCY_START.test(name)))
  )
    return 'agency';
  return 'text';
}

const NO = Infinity;
/** How well a kind of cell fits a column (0 best). */
const FIT: Record<Exclude<Kind, 'empty'>, Record<Column | 'none', number>> = {
  code: { code: 0, task: NO, detail: NO, group: NO, lead: NO, coordinators: NO, timeframe: NO, result: NO, none: NO },
  time: { code: NO, task: 2, detail: 1, group: 2, lead: 3, coordinators: 3, timeframe: 0, result: 1, none: 1 },
  agency: { code: NO, task: 2, detail: 2, group: 2, lead: 0, coordinators: 0, timeframe: 3, result: 2, none: 2 },
  text: { code: NO, task: 0, detail: 0, group: 1, lead: 2, coordinators: 2, timeframe: 2, result: 0, none: 0 },
};

/**
 * The columns of a short row's cells: in order, each where its content fits (a code in the code
 * column, a time in the timeframe, an agency in chủ trì or phối hợp), side by side where they can
 * be: a row under merged cells lacks the cells at its edges, not between its own.
 */
function align(cells: string[], columns: (Column | null)[]): number[] {
  const kinds = cells.map(kindOf);
  const width = columns.length;
  const fit = (position: number, index: number) => {
    const kind = kinds[position]!;
    return kind === 'empty' ? 0 : FIT[kind][columns[index] ?? 'none'];
  };
  // cost[p][j]: the best cost of the first p + 1 cells with cell p in column j.
  const cost = cells.map(() => new Array<number>(width).fill(NO));
  const from = cells.map(() => new Array<number>(width).fill(-1));
  for (let j = 0; j < width; j += 1) cost[0]![j] = fit(0, j);
  for (let p = 1; p < cells.length; p += 1) {
    for (let j = p; j < width; j += 1) {
      const own = fit(p, j);
      if (own === NO) continue;
      for (let k = p - 1; k < j; k += 1) {
        const total = cost[p - 1]![k]! + own + (j - k - 1);
        if (total < cost[p]![j]!) {
          cost[p]![j] = total;
          from[p]![j] = k;
        }
      }
    }
  }
  const last = cells.length - 1;
  let best = -1;
  for (let j = last; j < width; j += 1) if (best === -1 || cost[last]![j]! < cost[last]![best]!) best = j;
  if (best === -1 || cost[last]![best] === NO) return cells.map((_, index) => index);
  const place = new Array<number>(cells.length);
  for (let p = last, j = best; p >= 0; j = from[p]![j]!, p -= 1) place[p] = j;
  return place;
}

/** Turns one table's rows into drafts, appended to `tasks`. */
function toDrafts(rows: Row[], tasks: TaskDraft[], warnings: LayoutResult['warnings']): void {
  let roman: { code: string; index: number } | null = null;
  // Parts A, B, C above the Roman groups (dong-nai-179-kh-ubnd-2025.txt:1610): their numbers
  // repeat from part to part, so every code under a part carries its letter ("B.II.1", "B.1.1").
  let part: { code: string; index: number } | null = null;
  const indexByCode = new Map<string, number>();
  // The last row with a number or none, and what it became: sub-rows under it share its cells.
  let head: { code: string | null; parent: number | null; group: number | null } | null = null;
  rows.forEach((row, position) => {
    const lead = row.cells.lead ?? null;
    const push = (draft: Omit<TaskDraft, 'missingLead' | 'sectionText'> & { group: boolean }) => {
      const { group, ...rest } = draft;
      tasks.push({
        ...rest,
        sectionText: draft.parent !== null ? tasks[draft.parent]!.text : '',
        missingLead:
          group || draft.leads.length > 0
            ? null
            : `task ${draft.code ?? '(no number)'} has no lead: its "chủ trì" cell is empty`,
      });
      return tasks.length - 1;
    };
    const roles = lead === null ? null : rolesOf(lead);
    const assigned = {
      leads: roles === null || roles.lead === '' ? [] : [roles.lead],
      coordinators: [
        ...(row.cells.coordinators === undefined ? [] : [withoutScopes(row.cells.coordinators)]),
        ...(roles?.partners ?? []),
      ],
      rolesApart: row.cells.coordinators !== undefined,
    };
    const task = (code: string | null, parent: number | null, lineStart: number) =>
      push({
        code,
        // The title is the whole task cell: a row's task is its cell, not the cell's first sentence.
        ...(row.cells.task === undefined ? {} : { title: titleOf(row.cells.task) }),
        text: [row.cells.task, row.cells.detail].filter((part) => part !== undefined).join(' '),
        timeframe: row.cells.timeframe ?? null,
        expectedResult: row.cells.result ?? null,
        ...assigned,
        parent,
        lineStart,
        lineEnd: row.lineEnd,
        group: false,
      });
    const warnEmpty = (code: string | null) => {
      if (row.cells.task === undefined)
        warnings.push({
          line: row.lineStart,
          message: `task ${code ?? '(no number)'} has no text: its task cell is empty`,
        });
    };
    if (row.spanned && head !== null) {
      // A row under the merged cells of the row above: under its group when it became one
      // (tvpl-646f0a00d4174382.md:743), else a task beside it that shares its number
      // (ho-chi-minh-2820-qd-ubnd-2025.txt:576).
      if (head.group !== null) task(null, head.group, row.lineStart);
      else task(head.code, head.parent, row.lineStart);
      warnEmpty(head.group !== null ? null : head.code);
      return;
    }
    const printed = row.cells.code?.replace(/\.$/, '');
    const next = rows[position + 1];
    // A row whose "Thuộc nhóm nhiệm vụ" cell is merged over the rows under it is that group's
    // heading, and its own "Nội dung" cell the group's first task (tvpl-646f0a00d4174382.md:718).
    const groupsRows = row.cells.group !== undefined && next?.spanned === true && next.cells.group === row.cells.group;
    if (printed === undefined) {
      const parent = roman?.index ?? part?.index ?? null;
      task(null, parent, row.lines.task ?? row.lineStart);
      head = { code: null, parent, group: null };
      warnEmpty(null);
      return;
    }
    // "I." after "H." is a part's letter, not the Roman one (tvpl-646f0a00d4174382.md:1362).
    const isLetter =
      /^[A-ZĐ]$/u.test(printed) &&
      (!/^[IVX]+$/.test(printed) || (part !== null && roman === null && letterAfter(part.code, printed)));
    const isRoman = !isLetter && /^[IVX]+$/.test(printed);
    const isPart = isLetter;
    const nextCode = next?.spanned ? undefined : next?.cells.code?.replace(/\.$/, '');
    const hasAssignment = (lead ?? row.cells.coordinators ?? row.cells.timeframe ?? row.cells.result) !== undefined;
    const isGroup =
      isRoman || isPart || (!hasAssignment && nextCode !== undefined && nextCode.startsWith(`${printed}.`));
    const prefix = part === null || isPart ? '' : `${part.code}.`;
    let code = `${prefix}${printed}`;
    let parent: number | null = null;
    if (isPart) {
      roman = null;
    } else if (isRoman) {
      parent = part?.index ?? null;
    } else if (printed.includes('.')) {
      parent = indexByCode.get(`${prefix}${printed.slice(0, printed.lastIndexOf('.'))}`) ?? null;
      if (parent === null && part !== null) parent = roman?.index ?? part.index;
    } else if (roman !== null) {
      code = `${roman.code}.${printed}`;
      parent = roman.index;
    } else if (part !== null) {
      parent = part.index;
    }
    indexByCode.set(`${prefix}${printed}`, tasks.length);
    if (isGroup) {
      const title = row.cells.task ?? row.cells.group;
      // A part headed by an agency's name, its rows that agency's ("B." | "BỘ XÂY DỰNG", tvpl-646f…:1010).
      const leads = lead !== null ? [lead] : headingAgency(title, rows.slice(position + 1));
      const index = push({
        code,
        ...(title === undefined ? {} : { title: titleOf(title) }),
        text: title ?? '',
        timeframe: row.cells.timeframe ?? null,
        expectedResult: row.cells.result ?? null,
        leads,
        coordinators: assigned.coordinators,
        parent,
        lineStart: row.lineStart,
        lineEnd: row.lineEnd,
        group: true,
      });
      if (isPart) part = { code: printed, index };
      if (isRoman) roman = { code, index };
      head = { code, parent, group: null };
      return;
    }
    if (groupsRows) {
      const index = push({
        code,
        title: titleOf(row.cells.group!),
        text: row.cells.group!,
        timeframe: null,
        expectedResult: null,
        ...assigned,
        parent,
        lineStart: row.lineStart,
        lineEnd: row.lineEnd,
        group: true,
      });
      task(null, index, row.lines.task ?? row.lineStart);
      head = { code, parent, group: index };
      return;
    }
    task(code, parent, row.lineStart);
    head = { code, parent, group: null };
    warnEmpty(code);
  });
}

/** A cell as a title: whole, without the list mark it opens with, its footnote marks or the stop it ends with. */
function titleOf(cell: string): string {
  return withoutNotes(cell)
    .replace(/^[-+•–]\s*/u, '')
    .replace(/\s*[.;]$/u, '');
}

/** A cell without the footnote marks of a web copy ("Ủy ban Đối ngoại [3]", "… TRUNG ƯƠNG[2]"). */
function withoutNotes(cell: string): string {
  return cell.replace(/\s*\[\d{1,2}\]/g, '');
}

/**
 * The roles a chủ trì cell states besides its lead, in parentheses: "Ban Công tác đại biểu (Viện
 * Nghiên cứu lập pháp phối hợp chuẩn bị dự thảo)" names a coordinator; "(… là cơ quan thường trực
 * của Ban soạn thảo)" says how the lead works (tvpl-ae8d299abf846604.md:56), "(chủ trì phần chính
 * sách, công nghệ, điều phối)", "(mạng lưới quốc gia)" what part it leads (tvpl-646f…:1966, 2479):
 * they name no one and are no part of a name.
 */
function rolesOf(cell: string): { lead: string; partners: string[] } {
  const partners: string[] = [];
  const lead = withoutScopes(cell, (inner) => {
    const partner = /^(.+?)\s+phối hợp(?![\p{L}])/u.exec(inner);
    if (partner === null || kindOf(partner[1]!) !== 'agency') return false;
    partners.push(partner[1]!);
    return true;
  });
  return { lead, partners };
}

/**
 * A list of agencies without the notes in parentheses that say how or for what part they act
 * (lower case: "(chủ trì chương trình tại địa phương)", "(nếu có)"), nor those `take` takes.
 * A parenthesis that opens with a name ("(UBND)", "(Sở KH&CN)") stays.
 */
function withoutScopes(cell: string, take: (inner: string) => boolean = () => false): string {
  const text = withoutNotes(cell).replace(/\s*\(([^()]*)\)?/g, (whole, inner: string) =>
    take(inner) || /^\p{Ll}/u.test(inner.trim()) || /\slà\s+(cơ quan|đơn vị)\s/u.test(inner) ? '' : whole,
  );
  return squash(text);
}

/** Whether `letter` comes one or two letters after `part` ("H" → "I"; a text may skip a letter). */
function letterAfter(part: string, letter: string): boolean {
  const distance = letter.charCodeAt(0) - part.charCodeAt(0);
  return /^[A-Z]$/.test(part) && distance >= 1 && distance <= 2;
}

/** What opens an agency's name in a heading written in capitals ("BỘ Y TẾ", "UBND CÁC TỈNH …"). */
const HEADING_AGENCY =
  /^(BỘ|SỞ|UBND|ỦY BAN|UỶ BAN|NGÂN HÀNG|ĐÀI|CÔNG AN|VĂN PHÒNG|TỔNG CỤC|CỤC|VIỆN|THÔNG TẤN XÃ|BỘ CHỈ HUY)\s/u;

/**
 * The agency a group heading names, when the table is grouped by agency: the heading is an
 * agency's name in capitals ("BỘ Y TẾ"), or the very name the lead cells of its rows print, which
 * is then written as they spell it.
 */
function headingAgency(title: string | undefined, below: Row[]): string[] {
  if (title === undefined) return [];
  const firstLead = below.find((row) => row.cells.lead !== undefined)?.cells.lead;
  // Compared as words, "và" and commas alike ("UBND THÀNH PHỐ HÀ NỘI VÀ UBND …" / "UBND thành phố Hà Nội, UBND …").
  const words = (text: string) =>
    fold(text)
      .replace(/\[\d+\]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .replace(/\bva\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  if (firstLead !== undefined && words(firstLead) === words(title)) return [firstLead];
  const name = title.replace(/\s*\[\d+\]$/, ''); // a footnote mark: "… TRUNG ƯƠNG[2]"
  return name === name.toUpperCase() && HEADING_AGENCY.test(name) ? [name] : [];
}
