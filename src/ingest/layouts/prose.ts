/**
 * The paragraphs of an item of prose: who they say does it, and when (a plan without an appendix
 * table or assignment labels, 000 and 004):
 *
 *   Paragraph : RoleSentence | Text
 *
 * e.g. "Văn phòng Sở chủ trì tham mưu công tác tuyên truyền ...",
 *      "Trung tâm Ứng dụng ... là đơn vị đầu mối chủ trì, phối hợp với Sở Thông tin và Truyền thông, ..."
 * The paragraphs are the item's text; each that names who leads or coordinates adds to the
 * item's leads or coordinators, and the time it states. An item whose paragraphs name nobody keeps
 * an empty lead (and is reported), never a guessed one.
 */
import type { TaskDraft } from './draft.js';
import { readRoles } from './roles.js';

// What a paragraph says of when: "trong giai đoạn 2024-2026", "từ năm 2025", "hằng năm".
const TIMEFRAME_IN_TEXT =
  /(?:giai đoạn|từ năm|trong năm|năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?|\b(?:hằng|hàng) năm\b|thường xuyên/iu;

/**
 * Adds a paragraph to an item: its text, the roles it states, and the time the sentence that says
 * who does the item states ("Văn phòng Sở chủ trì tham mưu … trên Cổng thông tin điện tử của Sở,
 * hằng năm.").
 */
export function readParagraph(text: string, draft: TaskDraft): void {
  draft.text = `${draft.text} ${text}`;
  const roles = readRoles(text);
  // Only the sentence that says who does the item says when; elsewhere a year is named in passing.
  if (roles.subject !== null) draft.timeframe ??= TIMEFRAME_IN_TEXT.exec(text)?.[0] ?? null;
  if (roles.subject === null) {
    // "- Phối hợp với Sở Tài nguyên và Môi trường rà soát …" (lao-cai-sct-duthao-kh-de-an-08-2026.txt:44):
    // the item's own actor works with those partners, who coordinate the item.
    if (roles.subjectRole !== null && roles.partners !== null) draft.coordinators.push(roles.partners);
    return;
  }
  if (roles.subjectRole === 'lead') draft.leads.push(roles.subject);
  else draft.coordinators.push(roles.subject);
  if (roles.partners !== null) draft.coordinators.push(roles.partners);
}
