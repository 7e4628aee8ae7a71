/**
 * Reads a timeframe as printed into years and a recurrence:
 *
 *   "Hàng năm" / "Hằng năm" / "tổ chức triển khai hằng năm"   → recurrence ANNUAL
 *   "Thường xuyên"                                           → recurrence ONGOING
 *   "2025-2030", "giai đoạn 2022-2025", "Dự kiến 2024-2026"  → start and end
 *   "2030", "năm 2023", "cuối năm 2030"                      → start = end
 *   "từ năm 2022", "Bắt đầu từ năm 2025", "Năm 2023 và các năm tiếp theo" → start only
 *   "đến năm 2030", "trước năm 2030"                         → end only
 */
import type { Recurrence } from './types.js';
import { fold } from './text.js';

export interface Timeframe {
  startYear: number | null;
  endYear: number | null;
  recurrence: Recurrence | null;
}

const YEAR = '(20\\d\\d|19\\d\\d)';

export function parseTimeframe(text: string | null): Timeframe {
  const result: Timeframe = { startYear: null, endYear: null, recurrence: null };
  if (text === null || text.trim() === '') return result;
  const folded = fold(text);
  if (/\bhang nam\b|cac nam tiep theo|moi nam|dinh ky/.test(folded)) result.recurrence = 'ANNUAL';
  else if (/thuong xuyen|lien tuc/.test(folded)) result.recurrence = 'ONGOING';
  let match: RegExpExecArray | null;
  if ((match = new RegExp(`${YEAR}\\s*[-–—]\\s*${YEAR}`).exec(folded)) !== null) {
    result.startYear = Number(match[1]);
    result.endYear = Number(match[2]);
  } else if ((match = new RegExp(`(?:tu|bat dau tu|ke tu)\\s+(?:nam\\s+)?${YEAR}`).exec(folded)) !== null) {
    result.startYear = Number(match[1]);
  } else if ((match = new RegExp(`(?:den|truoc)\\s+(?:nam\\s+)?${YEAR}`).exec(folded)) !== null) {
    result.endYear = Number(match[1]);
  } else if ((match = new RegExp(`(?:^|\\D)${YEAR}(?:\\D|$)`).exec(folded)) !== null) {
    result.startYear = Number(match[1]);
    // "Năm 2023 và các năm tiếp theo": from 2023 on, every year.
    if (!/cac nam tiep theo|tro di/.test(folded)) result.endYear = Number(match[1]);
  }
  return result;
}
