/**
 * The layouts a plan assigns its tasks in, as one table of readers tried in order:
 *
 *   Layout : TABLE            an assignment table in the appendix (table.ts)
 *          | BULLETS          "Đơn vị chủ trì: …" bullets under the tasks part (bullets.ts)
 *          | AGENCY_SECTIONS  one section per agency in "TỔ CHỨC THỰC HIỆN" (agency-sections.ts)
 *          | PROSE            numbered items of the tasks part (prose.ts)
 *
 * Each reader says whether the text is laid out its way (`detect`) and reads its tasks (`read`);
 * the first that detects its layout and reads tasks wins, so a text whose appendix table is no
 * task table (sites, report templates) is read by the next layout. Every reader reports its
 * warnings the same way, in its LayoutResult.
 */
import type { Layout } from '../../vocabulary/index.js';
import type { Part, Segments } from '../segment.js';
import { hasAgencySections, readAgencySections } from './agency-sections.js';
import { hasAssignmentBullets, readBullets } from './bullets.js';
import type { LayoutResult } from './draft.js';
import { readProse } from './prose.js';
import { cellsOf, readHeaderRow, readTable } from './table.js';

export type { LayoutResult, LayoutWarning, TaskDraft } from './draft.js';

/** One layout: how to tell a text uses it, and how to read its tasks. */
export interface LayoutReader {
  layout: Layout;
  /** Whether the text looks laid out this way; reading may still find no task. */
  detect(segments: Segments): boolean;
  read(segments: Segments): LayoutResult;
}

const tasksParts = (segments: Segments): Part[] => segments.parts.filter((part) => part.role === 'tasks');
const implementationParts = (segments: Segments): Part[] =>
  segments.parts.filter((part) => part.role === 'implementation');

/** The readers, in the order they are tried. */
export const LAYOUT_READERS: readonly LayoutReader[] = [
  {
    layout: 'TABLE',
    detect: (segments) => segments.appendix.some((line) => readHeaderRow(line) !== null),
    read: (segments) => readTable(segments.appendix),
  },
  {
    layout: 'BULLETS',
    detect: (segments) => hasAssignmentBullets(tasksParts(segments)),
    read: (segments) => readBullets(tasksParts(segments)),
  },
  {
    layout: 'AGENCY_SECTIONS',
    detect: (segments) => hasAgencySections(implementationParts(segments)),
    read: (segments) => readAgencySections(implementationParts(segments)),
  },
  {
    layout: 'PROSE',
    detect: () => true,
    read: (segments) => readProse(tasksParts(segments)),
  },
];

/** The layout of a text and what it reads: the first reader that detects its layout and finds tasks. */
export function readLayout(segments: Segments): { layout: Layout; result: LayoutResult } {
  let last: { layout: Layout; result: LayoutResult } | null = null;
  for (const reader of LAYOUT_READERS) {
    if (!reader.detect(segments)) continue;
    last = { layout: reader.layout, result: reader.read(segments) };
    if (last.result.tasks.length > 0) return last;
  }
  // PROSE always detects, so `last` is its (empty) reading.
  return last!;
}

/**
 * Why no layout found a task, with the line to look at: a table with only its header row, no
 * part of tasks, a part of tasks without numbered items.
 */
export function whyNoTasks(segments: Segments): { line: number; reason: string } {
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
