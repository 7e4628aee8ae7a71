/**
 * What a layout reader returns: tasks with their assignees still as printed mentions.
 * extract.ts resolves the mentions to agencies and turns drafts into TaskRecords.
 */
import type { Block, Part } from '../segment.js';
import { firstSentence } from '../text.js';

/** A task as a layout reads it. */
export interface TaskDraft {
  /** Code as printed, joined with "." ("1.2", "II.2", "IV.6"); null when unnumbered. */
  code: string | null;
  /**
   * The task's title as the layout reads it, used whole (squashed): a table row's task cell, a
   * numbered item's first sentence. Without it the title is the text's first sentence.
   */
  title?: string;
  text: string;
  timeframe: string | null;
  expectedResult: string | null;
  leads: string[];
  coordinators: string[];
  /** Index of the parent draft in the same list. */
  parent: number | null;
  /** Headings of the sections the task sits in (for its domains). */
  sectionText: string;
  lineStart: number;
  lineEnd: number;
  /** Why a lead is missing, when it is (reported as a warning). */
  missingLead: string | null;
}

/** A warning raised while reading a layout. */
export interface LayoutWarning {
  line: number;
  message: string;
}

export interface LayoutResult {
  tasks: TaskDraft[];
  warnings: LayoutWarning[];
}

/**
 * Adds the task a numbered item ("1.2. Heading") starts: its parent is the item numbered one
 * level up ("1"), its section the part's heading and the parents' text. Returns the new draft.
 */
export function pushItem(tasks: TaskDraft[], indexByCode: Map<string, number>, part: Part, block: Block): TaskDraft {
  const code = block.code!;
  const parentCode = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;
  const parent = parentCode === null ? null : (indexByCode.get(parentCode) ?? null);
  const draft: TaskDraft = {
    code,
    title: firstSentence(block.body),
    text: block.body,
    timeframe: null,
    expectedResult: null,
    leads: [],
    coordinators: [],
    parent,
    sectionText: parent === null ? part.title : `${tasks[parent]!.sectionText} ${tasks[parent]!.text}`,
    lineStart: block.lineStart,
    lineEnd: block.lineEnd,
    missingLead: null,
  };
  indexByCode.set(code, tasks.length);
  tasks.push(draft);
  return draft;
}
