/**
 * Quantified targets in the objectives part ("MỤC TIÊU"): each clause with a percentage or a
 * counted quantity ("hỗ trợ 10-15 dự án", "đóng góp khoảng 7% vào GRDP"), with the year of the
 * heading it sits under ("a) Đến năm 2030", "Tầm nhìn đến năm 2045").
 *
 *   Quantity : Number ("-" Number)? ("%" | Unit)
 *   Counted  : Quantifier Number Unit      (a bare number needs a quantifier before it)
 */
import type { Block } from './segment.js';
import { fold, squash } from './text.js';

export interface TargetDraft {
  text: string;
  metric: string | null;
  value: number;
  valueMax: number | null;
  unit: string;
  year: number | null;
  block: Block;
}

const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const PERCENT_ALL = new RegExp(`${NUMBER}(?:\\s*[-–]\\s*${NUMBER})?\\s*%`, 'gu');
const COUNTED_ALL = new RegExp(
  `(?:hỗ trợ|ít nhất|khoảng|tối thiểu|đạt|thành lập|xây dựng|phấn đấu|có|trên|hơn|thêm)\\s+${NUMBER}(?:\\s*[-–]\\s*${NUMBER})?\\s+(dự án|doanh nghiệp|sản phẩm|mô hình|nhiệm vụ|đề tài|tổ chức|phòng thí nghiệm|cơ sở|hợp tác xã|chuyên gia|người|lớp|cuộc|giống|quy trình|công nghệ)`,
  'giu',
);

/** Targets in the blocks of an objectives part. */
export function findTargets(blocks: Block[]): TargetDraft[] {
  const drafts: TargetDraft[] = [];
  let year: number | null = null;
  for (const block of blocks) {
    const heading = /(?:đến năm|năm)\s+(20\d\d)/u.exec(block.body);
    if (block.kind !== 'text' && block.kind !== 'bullet' && heading !== null) {
      year = Number(heading[1]);
      if (block.body.length < 80) continue;
    }
    for (const clause of block.body.split(/;\s+|\.\s+(?=\p{Lu})/u)) {
      // A clause may hold several quantities ("tăng 50% ..., thay thế ít nhất 50% ..."): each
      // is a target, worded by the comma-separated piece it sits in.
      const quantities = [...clause.matchAll(PERCENT_ALL), ...clause.matchAll(COUNTED_ALL)].sort(
        (a, b) => a.index! - b.index!,
      );
      for (const match of quantities) {
        const value = toNumber(match[1]!);
        if (value >= 1900 && value <= 2100) continue; // a year, not a quantity
        const isPercent = match[0].trim().endsWith('%');
        const piece =
          isPercent && quantities.length > 1
            ? pieceAround(clause, match.index!, match[0].length)
            : squash(clause.split(' (')[0]!);
        drafts.push({
          text: piece,
          metric: metricOf(piece, match[0]),
          value,
          valueMax: match[2] !== undefined ? toNumber(match[2]) : null,
          unit: isPercent ? '%' : match[3]!.toLowerCase(),
          year: inlineYear(clause) ?? year,
          block,
        });
      }
    }
  }
  return drafts;
}

/** The comma-separated piece of a clause around a quantity, trimmed. */
function pieceAround(clause: string, start: number, length: number): string {
  const before = clause.lastIndexOf(', ', start);
  const after = clause.indexOf(', ', start + length);
  const piece = clause.slice(before === -1 ? 0 : before + 2, after === -1 ? clause.length : after);
  return squash(piece).replace(/[.;]$/, '');
}

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

function inlineYear(clause: string): number | null {
  const match = /(?:đến|vào)\s+năm\s+(20\d\d)/iu.exec(clause);
  return match === null ? null : Number(match[1]);
}

/** What is measured: the clause without the quantity, trimmed to its words. */
function metricOf(text: string, quantity: string): string | null {
  const metric = squash(text.replace(quantity, ' '))
    .replace(/\s+(khoảng|ít nhất|tối thiểu|từ)(?=\s|$)/gu, '')
    .replace(/^[,;:\s]+|[,;:.\s]+$/g, '');
  if (fold(metric).length < 3) return null;
  return metric.length > 160 ? `${metric.slice(0, metric.lastIndexOf(' ', 159))}…` : metric;
}
