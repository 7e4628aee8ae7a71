/**
 * What a layout reader returns: tasks with their assignees still as printed mentions.
 * extract.ts resolves the mentions to agencies and turns drafts into TaskRecords.
 */

/** A task as a layout reads it. */
export interface TaskDraft {
  /** Code as printed, joined with "." ("1.2", "II.2", "IV.6", "1.a"); null when unnumbered. */
  code: string | null;
  /**
   * The Roman numeral of the part whose items the code numbers ("II" for item "1.2" of part II),
   * when the code does not say it; absent when it does (a section "IV.2", an appendix row).
   */
  part?: string;
  /** The item's heading, whole, when the layout prints one apart from the text. */
  title?: string;
  text: string;
  timeframe: string | null;
  expectedResult: string | null;
  leads: string[];
  coordinators: string[];
  /**
   * The coordinators were printed in a cell of their own (a table's "phối hợp" column), apart
   * from the lead's: an agency in both cells is printed in both roles. Elsewhere a lead read again
   * among the coordinators is the sentence that names it ("Sở X chủ trì, phối hợp với …") read twice.
   */
  rolesApart?: boolean;
  /**
   * The period its heading names for the items under it ("… giai đoạn 2026 - 2030"): theirs when
   * they state no time of their own.
   */
  periodOfItems?: string;
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
