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
