/**
 * The assignment appendix table (PHỤ LỤC "Phân công nhiệm vụ" / "Danh mục nhiệm vụ"):
 *
 *   Table  : Header Row+            (the header may repeat after each page break)
 *   Header : cells naming TT|Stt, the task, "chủ trì", "phối hợp", the timeframe, the result
 *   Row    : Code "\t" Task "\t" Lead "\t" Coordinators ("\t" Timeframe ("\t" Result)?)?
 *   Cont   : "\t" cells            (first cell empty: the row goes on after a page break)
 *
 * Columns are found by their header words, in any order. A Roman code ("II") or a numbered row
 * with nothing assigned whose next row is its child ("1" before "1.1") is a group: a parent
 * task. Numbers under a Roman group are joined to it ("II.2"). An empty lead cell stays empty.
 */
import type { Line } from '../normalize.js';
import { fold, squash } from '../text.js';
import type { LayoutResult, TaskDraft } from './draft.js';

type Column = 'code' | 'task' | 'lead' | 'coordinators' | 'timeframe' | 'result';

/** A row code as printed: "1", "1.2.", "II", "A.". */
const CODE = /^([IVX]{1,5}|[A-ZĐ]|\d{1,3}(?:\.\d{1,3})*)\.?$/u;

const HEADER_WORDS: [Column, RegExp][] = [
  ['code', /^(tt|stt|so tt|so thu tu)$/],
  ['lead', /chu tri|dau moi/],
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
  // "Đơn vị thực hiện" beside "Đơn vị phối hợp" is the lead (dong-nai-179-kh-ubnd-2025.txt:1600);
  // alone it is who runs an administrative procedure (tvpl-da8411114c03e36b.md:85), not a lead.
  if (!columns.includes('lead') && columns.includes('coordinators')) {
    const doer = cells.findIndex((cell, index) => columns[index] === null && /(don vi|co quan) thuc hien/.test(cell));
    if (doer !== -1) columns[doer] = 'lead';
  }
  return columns.includes('code') && columns.includes('lead') && columns.includes('task') ? columns : null;
}

interface Row {
  cells: Partial<Record<Column, string>>;
  lineStart: number;
  lineEnd: number;
}

/** Reads the table's tasks from the appendix lines (empty result when there is no table). */
export function readTable(lines: Line[]): LayoutResult {
  const warnings: LayoutResult['warnings'] = [];
  const headerIndex = lines.findIndex((line) => readHeaderRow(line) !== null);
  if (headerIndex === -1) return { tasks: [], warnings };
  const columns = readHeaderRow(lines[headerIndex]!)!;
  const headerKey = fold(squash(lines[headerIndex]!.text));
  const rows: Row[] = [];
  let outside = false;
  for (const line of lines.slice(headerIndex + 1)) {
    const rowCells = cellsOf(line);
    if (line.text.trim() === '' || line.cells?.length === 0) continue;
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
    outside = false;
    if (fold(squash(line.text)) === headerKey) continue; // the header repeated after a page break
    // The row numbering the columns under the header: "(1) | (2) | (3)" (lao-cai-duthao…:140).
    if (rowCells.every((cell) => /^\s*(\(\d{1,2}\))?\s*$/.test(cell))) continue;
    const cells: Partial<Record<Column, string>> = {};
    // A web table's row under cells merged down from the row above (STT, chủ trì, phối hợp spanning
    // several rows, tvpl-646f0a00d4174382.md:743) has lost the cells that say where its own cells
    // belong: it is reported, not read into the wrong columns.
    const firstCell = squash(rowCells[0] ?? '');
    if (line.cells !== undefined && firstCell !== '' && !CODE.test(firstCell) && rows.length > 0) {
      warnings.push({
        line: line.number,
        message: `a table row under merged cells was not read: "${firstCell.slice(0, 60)}"`,
      });
      continue;
    }
    const aligned = rowCells;
    aligned.forEach((cell, index) => {
      const column = columns[index];
      if (column && squash(cell) !== '') cells[column] = squash(cell);
    });
    // A group row's title may sit in whichever cell the merge left it ("A." | "BỘ NÔNG NGHIỆP …").
    if (cells.code !== undefined && /^([IVX]+|[A-ZĐ])\.?$/u.test(cells.code) && cells.task === undefined) {
      const title = aligned.find((cell, index) => columns[index] !== 'code' && squash(cell) !== '');
      if (title !== undefined) {
        cells.task = squash(title);
        for (const column of ['lead', 'coordinators', 'timeframe', 'result'] as const)
          if (cells[column] === cells.task) delete cells[column];
      }
    }
    // "III Phát triển ..." (001:199): the code and the title share the first cell.
    const codeCell = cells.code;
    const inline =
      codeCell === undefined ? null : /^([IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)\.?\s+(\p{Lu}.*)$/u.exec(codeCell);
    if (inline !== null && cells.task === undefined) {
      cells.code = inline[1]!;
      cells.task = inline[2]!;
    }
    const previous = rows[rows.length - 1];
    if (cells.code === undefined && previous !== undefined) {
      // A row continued after a page break: each cell goes on where it stopped ("Sở Công" / "Thương").
      for (const [column, value] of Object.entries(cells) as [Column, string][]) {
        previous.cells[column] = previous.cells[column] === undefined ? value : `${previous.cells[column]} ${value}`;
      }
      previous.lineEnd = line.lineEnd ?? line.number;
      continue;
    }
    if (cells.code === undefined) {
      warnings.push({ line: line.number, message: 'a table row without a code before any numbered row was ignored' });
      continue;
    }
    rows.push({ cells, lineStart: line.number, lineEnd: line.lineEnd ?? line.number });
  }
  return { tasks: toDrafts(rows, warnings), warnings };
}

function toDrafts(rows: Row[], warnings: LayoutResult['warnings']): TaskDraft[] {
  const tasks: TaskDraft[] = [];
  let roman: { code: string; index: number } | null = null;
  // Parts A, B, C above the Roman groups (dong-nai-179-kh-ubnd-2025.txt:1610): their numbers
  // repeat from part to part, so every code under a part carries its letter ("B.II.1", "B.1.1").
  let part: { code: string; index: number } | null = null;
  const indexByCode = new Map<string, number>();
  rows.forEach((row, position) => {
    const printed = row.cells.code!.replace(/\.$/, '');
    const isRoman = /^[IVX]+$/.test(printed);
    const isPart = !isRoman && /^[A-ZĐ]$/u.test(printed);
    const assigned = row.cells.lead ?? row.cells.coordinators ?? row.cells.timeframe ?? row.cells.result;
    const next = rows[position + 1]?.cells.code?.replace(/\.$/, '');
    const isGroup =
      isRoman || isPart || (assigned === undefined && next !== undefined && next.startsWith(`${printed}.`));
    const prefix = part === null || isPart ? '' : `${part.code}.`;
    let code = `${prefix}${printed}`;
    let parent: number | null = null;
    if (isPart) {
      part = { code: printed, index: tasks.length };
      roman = null;
    } else if (isRoman) {
      roman = { code, index: tasks.length };
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
    const lead = row.cells.lead ?? null;
    tasks.push({
      code,
      text: row.cells.task ?? '',
      timeframe: row.cells.timeframe ?? null,
      expectedResult: row.cells.result ?? null,
      leads: lead === null ? [] : [lead],
      coordinators: row.cells.coordinators === undefined ? [] : [row.cells.coordinators],
      parent,
      sectionText: parent !== null ? tasks[parent]!.text : '',
      lineStart: row.lineStart,
      lineEnd: row.lineEnd,
      missingLead: isGroup || lead !== null ? null : `task ${code} has no lead: its "chủ trì" cell is empty`,
    });
    if (!isGroup && row.cells.task === undefined) {
      warnings.push({ line: row.lineStart, message: `task ${code} has no text: its task cell is empty` });
    }
  });
  return tasks;
}
