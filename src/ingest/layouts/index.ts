/**
 * The layouts a plan assigns its tasks in, as one table of readers:
 *
 *   Layout : TABLE            an assignment table, in the appendix or wherever its header row is (table.ts)
 *          | BULLETS          the items of the tasks part, assigned by "Đơn vị chủ trì: …" labels (bullets.ts)
 *          | PROSE            the items of the tasks part, their leads named in the paragraphs (prose.ts)
 *          | AGENCY_SECTIONS  "TỔ CHỨC THỰC HIỆN": a section per agency, items naming who acts (agency-sections.ts)
 *
 * Each reader reads one piece of the text: the appendix, the parts of tasks, or "TỔ CHỨC THỰC
 * HIỆN". A careful reader lists every item of the assignment part (test/ingest/corpus/README.md),
 * so the readers of different pieces combine: a plan with numbered items, agency sections and an
 * appendix table gives the tasks of all three. Readers of the same piece are alternatives tried in
 * order: the first that detects its layout and reads tasks gives that piece's tasks (a text whose
 * appendix table is no task table, sites or report templates, gives none from it).
 *
 * Codes keep the ids tasks had when one layout took the whole text: an appendix table's rows, or
 * else the items of the first part of tasks, keep their codes as printed ("1.2"); the items of
 * any other part of tasks take their part's numeral ("II.1.2", as "TỔ CHỨC THỰC HIỆN" always has:
 * "IV.2"), so they do not collide with an appendix row "1.2". The document's layout is the one
 * that gives the most tasks, the first of them on a tie.
 */
import type { Layout } from '../../vocabulary/index.js';
import type { Line } from '../normalize.js';
import type { Part, Segments } from '../segment.js';
import { hasAssignmentBullets } from './bullets.js';
import type { LayoutResult, TaskDraft } from './draft.js';
import { sectionHeading } from './agency-sections.js';
import { qualify, readItems } from './items.js';
import { cellsOf, readHeaderRow, readTable } from './table.js';

export type { LayoutResult, LayoutWarning, TaskDraft } from './draft.js';

/** The piece of a text a reader reads. */
export type Piece = 'appendix' | 'tasks' | 'implementation';

/** One layout: which piece it reads, how to tell the piece uses it, and how to read its tasks. */
export interface LayoutReader {
  layout: Layout;
  piece: Piece;
  /** Whether the piece looks laid out this way; reading may still find no task. */
  detect(segments: Segments): boolean;
  read(segments: Segments): LayoutResult;
}

/**
 * The parts that list what is to be done: those whose heading says so ("NHIỆM VỤ", "GIẢI PHÁP",
 * "NỘI DUNG"), and a part printed between two of them ("IV. PHÁT TRIỂN KINH TẾ SỐ … NGÀNH, LĨNH
 * VỰC" between "III. NHIỆM VỤ TRỌNG TÂM" and "V. GIẢI PHÁP", dong-nai-179-kh-ubnd-2025.txt:629).
 */
export function tasksParts(segments: Segments): Part[] {
  const { parts } = segments;
  return parts.filter(
    (part, index) =>
      part.role === 'tasks' ||
      (part.role === 'other' &&
        parts.slice(0, index).some((before) => before.role === 'tasks') &&
        parts.slice(index + 1).some((after) => after.role === 'tasks')),
  );
}

/**
 * "TỔ CHỨC THỰC HIỆN"; in a letter that has no part of tasks nor of implementation but numbers
 * agencies' sections in its body ("Bộ … yêu cầu:" / "1. Thủ trưởng các cơ quan, đơn vị được giao
 * nhiệm vụ" / "- Chịu trách nhiệm …", tvpl-987cadc82373c854.md:77), its body from the first.
 */
function implementationParts(segments: Segments): Part[] {
  const parts = segments.parts.filter((part) => part.role === 'implementation');
  if (parts.length > 0 || segments.parts.some((part) => part.role === 'tasks')) return parts;
  const numbered = segments.front.filter((block) => block.kind === 'numbered');
  if (numbered.filter((block) => sectionHeading(block.body) !== null).length < 2) return parts;
  const heading = numbered[0]!;
  const blocks = segments.front.slice(segments.front.indexOf(heading));
  return [{ code: '', title: '', role: 'implementation', heading, blocks }];
}

/**
 * The table lines a task table may be among: each table printed before the appendix, then the
 * appendix. A task table is known by its header row (Nội dung | Chủ trì | Phối hợp | Thời gian),
 * not by a "PHỤ LỤC" heading above it; tables that are no task tables have no such header.
 */
function tablePieces(segments: Segments): Line[][] {
  return [...segments.tables, segments.appendix];
}

/** Reads each piece's tables in turn, as one result (parents re-indexed into the whole list). */
function readTables(pieces: Line[][]): LayoutResult {
  const tasks: TaskDraft[] = [];
  const warnings: LayoutResult['warnings'] = [];
  for (const lines of pieces) {
    if (!lines.some((line) => readHeaderRow(line) !== null)) continue;
    const result = readTable(lines);
    const offset = tasks.length;
    tasks.push(
      ...result.tasks.map((draft) => ({ ...draft, parent: draft.parent === null ? null : draft.parent + offset })),
    );
    warnings.push(...result.warnings);
  }
  return { tasks, warnings };
}

/** The readers, in the order they are tried; their tasks come in this order (the table's first, as ids were given). */
export const LAYOUT_READERS: readonly LayoutReader[] = [
  {
    layout: 'TABLE',
    piece: 'appendix',
    detect: (segments) => tablePieces(segments).some((lines) => lines.some((line) => readHeaderRow(line) !== null)),
    read: (segments) => readTables(tablePieces(segments)),
  },
  {
    layout: 'BULLETS',
    piece: 'tasks',
    detect: (segments) => hasAssignmentBullets(tasksParts(segments)),
    read: (segments) => readItems(tasksParts(segments), 'tasks'),
  },
  {
    layout: 'PROSE',
    piece: 'tasks',
    detect: () => true,
    read: (segments) => readItems(tasksParts(segments), 'tasks'),
  },
  {
    layout: 'AGENCY_SECTIONS',
    piece: 'implementation',
    detect: (segments) => implementationParts(segments).length > 0,
    read: (segments) => readItems(implementationParts(segments), 'implementation'),
  },
];

/**
 * The layout of a text and what it reads: the tasks of every piece, from the first reader of
 * that piece that detects its layout and finds tasks; the layout is the one that gives the most.
 */
export function readLayout(segments: Segments): { layout: Layout; result: LayoutResult } {
  const read: { layout: Layout; result: LayoutResult }[] = [];
  const done = new Set<Piece>();
  for (const reader of LAYOUT_READERS) {
    if (done.has(reader.piece) || !reader.detect(segments)) continue;
    const result = reader.read(segments);
    if (result.tasks.length === 0) continue;
    done.add(reader.piece);
    read.push({ layout: reader.layout, result });
  }
  // PROSE always detects: a text none of whose pieces gives a task is read as prose.
  if (read.length === 0) return { layout: 'PROSE', result: { tasks: [], warnings: [] } };
  const tasks: TaskDraft[] = [];
  const warnings: LayoutResult['warnings'] = [];
  // The part whose items keep their printed codes: the first part of tasks, unless the appendix
  // gives tasks (its rows keep theirs). "TỔ CHỨC THỰC HIỆN" is always coded with its numeral.
  const plain = read.some(({ layout }) => layout === 'TABLE')
    ? undefined
    : read.flatMap(({ result }) => result.tasks).find((draft) => draft.part !== undefined)?.part;
  for (const { result } of read) {
    const offset = tasks.length;
    for (const draft of result.tasks) {
      const code =
        draft.part === undefined || draft.code === null || draft.part === plain
          ? draft.code
          : qualify(draft.part, draft.code);
      tasks.push({ ...draft, code, parent: draft.parent === null ? null : draft.parent + offset });
    }
    warnings.push(...result.warnings);
  }
  const most = read.reduce((best, next) => (next.result.tasks.length > best.result.tasks.length ? next : best));
  return { layout: most.layout, result: { tasks, warnings } };
}

/**
 * Why no layout found a task, with the line to look at: a table with only its header row, no
 * part of tasks, a part of tasks without numbered items.
 */
export function whyNoTasks(segments: Segments): { line: number; reason: string } {
  const table = tablePieces(segments).find((lines) => lines.some((line) => readHeaderRow(line) !== null));
  if (table !== undefined) {
    const header = table.findIndex((line) => readHeaderRow(line) !== null);
    const rows = table.slice(header + 1).filter((line) => cellsOf(line) !== null);
    const at = table[header]!.number;
    return rows.length === 0
      ? { line: at, reason: `the table at line ${at} has only its header row` }
      : { line: at, reason: `no row of the table at line ${at} has a code (STT) in its first column` };
  }
  const tasksPart = segments.parts.find((candidate) => candidate.role === 'tasks');
  if (tasksPart !== undefined) {
    // Every numbered item of a part of tasks is read, so this part has none.
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
