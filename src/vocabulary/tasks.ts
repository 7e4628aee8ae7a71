/**
 * The words of tasks: the sides of an assignment, recurrences, and the five domains of
 * 36-NQ/TW (their keywords are data, in seed/domains.json).
 */

/** LEAD: chủ trì (leads the task); COORDINATOR: phối hợp (supports it). */
export const ASSIGNMENT_ROLES = ['LEAD', 'COORDINATOR'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** ANNUAL: hàng năm; ONGOING: thường xuyên. */
export const RECURRENCES = ['ANNUAL', 'ONGOING'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const DOMAIN_CODES = ['AGRICULTURE', 'HEALTH', 'ENVIRONMENT', 'INDUSTRY', 'SECURITY'] as const;
export type DomainCode = (typeof DOMAIN_CODES)[number];

/**
 * Abbreviations of duties' words that plans print in place of the words (Bắc Giang's 2024 plan
 * writes "CNSH" where the others write "công nghệ sinh học"), expanded before tasks' texts are
 * compared (src/derive/similarity.ts); what is stored and shown keeps them as printed.
 */
export const DUTY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  CNSH: 'công nghệ sinh học',
  'KH&CN': 'khoa học và công nghệ',
  KHCN: 'khoa học và công nghệ',
  CNC: 'công nghệ cao',
  ĐMST: 'đổi mới sáng tạo',
  NSNN: 'ngân sách nhà nước',
  CĐS: 'chuyển đổi số',
};

/** Derived task-to-task links: `reference` when a task names the parent task it carries out, else `similarity`. */
export const DERIVATION_METHODS = ['REFERENCE', 'SIMILARITY'] as const;
export type DerivationMethod = (typeof DERIVATION_METHODS)[number];
