/**
 * How the explorer writes dates, documents and time frames; pure functions of the API's values.
 */
import type { Lang, Translate } from './i18n.js';

/** A date as printed by the API (`2024-02-26`, `2024-03`, `2024`), in the reader's convention. */
export function formatDate(issuedOn: string | null | undefined, lang: Lang): string {
  if (issuedOn === null || issuedOn === undefined || issuedOn === '') return '';
  if (lang === 'en') return issuedOn;
  return issuedOn.split('-').reverse().join('/');
}

/** What the explorer needs of a document to name it. */
export interface DocumentName {
  symbol?: string | null;
  kind?: string | null;
  title?: string | null;
  province?: string | null;
  issuedOn?: string | null;
}

/**
 * A document's short name: its symbol (`36-NQ/TW`), or for one printed without a number its kind,
 * province and year (`Kế hoạch · Tây Ninh · 2024`).
 */
export function documentShortName(doc: DocumentName, t: Translate): string {
  if (doc.symbol) return doc.symbol;
  const kind = doc.kind ? t(`kind.${doc.kind}` as Parameters<Translate>[0]) : t('kind.OTHER');
  return [kind, doc.province ?? t('doc.national'), doc.issuedOn?.slice(0, 4)].filter(Boolean).join(' · ');
}

/** What the explorer needs of a task's time. */
export interface TaskTime {
  timeframe?: string | null;
  startYear?: number | null;
  endYear?: number | null;
}

/** A task's time as printed, else its years. */
export function formatTime(task: TaskTime): string {
  if (task.timeframe) return task.timeframe;
  if (task.startYear && task.endYear)
    return task.startYear === task.endYear ? `${task.startYear}` : `${task.startYear}–${task.endYear}`;
  return task.startYear ? `${task.startYear}–` : task.endYear ? `–${task.endYear}` : '';
}

/** The number, grouped in the reader's convention. */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
}
