/**
 * A task's own word on the parent task it carries out: "nhiệm vụ 3.2 của Kế hoạch số 16/KH-UBND",
 * "(mục 4, Nghị quyết 36-NQ/TW)". Pure: no database, no GraphQL.
 */
import { fold, foldWords } from '../text/index.js';

/** One reference a task's text makes to a numbered task of another document. */
export interface TaskReference {
  /** The task's number as printed: `3.2`, `II.1`, `2.a`. */
  code: string;
  /** The document's symbol as printed: `16/KH-UBND`. */
  symbol: string;
  /** The words that make the reference, as printed. */
  excerpt: string;
}

/*
 * Reference : Unit Number ("," Part)? Link? Kind Symbol
 * Unit      : "nhiệm vụ" | "mục" | "tiểu mục" | "điểm" | "khoản" | "tiết"   (optionally "số")
 * Part      : "mục" | "phần" followed by a Roman numeral
 * Link      : "của" | "tại" | "theo" | "thuộc"
 * Kind      : "Kế hoạch" | "Nghị quyết" | "Chương trình" | "Quyết định" | "Chỉ thị" | "Đề án" (optionally "số")
 * Matched on the folded text (same length and positions as the printed one), so the excerpt is cut
 * from the printed text.
 */
const REFERENCE =
  /\b(?:nhiem vu|tieu muc|muc|diem|khoan|tiet)\s+(?:so\s+)?([0-9ivxl]+(?:\.[0-9a-z]+)*)(?:\s*,\s*(?:muc|phan)\s+[ivxl]+)?\s*,?\s*(?:(?:cua|tai|theo|thuoc)\s+)?(?:ke hoach|nghi quyet|chuong trinh|quyet dinh|chi thi|de an)\s+(?:so\s+)?(\d+[-/][0-9a-z&/-]*[a-z])/dg;

/** The references a task's text makes to numbered tasks of other documents, in text order. */
export function taskReferences(text: string): TaskReference[] {
  const printed = text.normalize('NFC');
  const folded = fold(printed);
  const out: TaskReference[] = [];
  for (const match of folded.matchAll(REFERENCE)) {
    const [codeAt, codeEnd] = match.indices![1]!;
    const [symbolAt, symbolEnd] = match.indices![2]!;
    out.push({
      code: printed.slice(codeAt, codeEnd).replace(/\.$/, ''),
      symbol: printed.slice(symbolAt, symbolEnd),
      excerpt: printed.slice(match.index, match.index + match[0].length),
    });
  }
  return out;
}

/** A symbol as references compare it: folded, without separators ("36-NQ-TW" is "36-NQ/TW"). */
export function symbolKey(symbol: string): string {
  return foldWords(symbol).replace(/ /g, '');
}

/** A task code as references compare it: folded, lower-case ("III.1" is "iii.1"). */
export function codeKey(code: string): string {
  return fold(code).replace(/\.$/, '');
}
