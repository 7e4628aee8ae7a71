/**
 * Tasks as numbered items of prose, their leads named inside the paragraphs (a plan without an
 * appendix table or assignment bullets):
 *
 *   Item    : Code "." Heading Paragraph*
 *   Paragraph: RoleSentence | Text
 *
 * e.g. "Văn phòng Sở chủ trì tham mưu công tác tuyên truyền ...",
 *      "Trung tâm Ứng dụng ... là đơn vị đầu mối chủ trì, phối hợp với Sở Thông tin và Truyền thông, ..."
 * Every numbered item is a task; an item whose next item is its child ("1" before "1.1") is a
 * parent task. The first paragraph naming who leads or coordinates assigns the item; a further
 * such paragraph under the same item is a further task with the same code. An item whose
 * paragraphs name nobody is kept without a lead (and reported), never given a guessed one.
 */
import type { Part } from '../segment.js';
import { pushItem, type LayoutResult, type TaskDraft } from './draft.js';
import { readRoles } from './roles.js';

// What a paragraph says of when: "trong giai đoạn 2024-2026", "từ năm 2025", "hằng năm".
const TIMEFRAME_IN_TEXT =
  /(?:giai đoạn|từ năm|trong năm|năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?|\b(?:hằng|hàng) năm\b|thường xuyên/iu;

export function readProse(parts: Part[]): LayoutResult {
  const tasks: TaskDraft[] = [];
  for (const part of parts) {
    const indexByCode = new Map<string, number>();
    let item: TaskDraft | null = null; // the numbered item the paragraphs belong to
    let current: TaskDraft | null = null; // the task the next plain paragraph continues
    for (const block of part.blocks) {
      if (block.kind === 'numbered') {
        item = pushItem(tasks, indexByCode, part, block);
        current = item;
        continue;
      }
      if (item === null) continue;
      const roles = readRoles(block.body);
      if (roles.subject !== null && roles.subjectRole !== null) {
        const assigned = item.leads.length > 0 || item.coordinators.length > 0;
        const task: TaskDraft = assigned ? { ...item, text: block.body, leads: [], coordinators: [] } : item;
        if (assigned) {
          task.lineStart = block.lineStart;
          tasks.push(task);
        } else {
          task.text = `${task.text} ${block.body}`;
        }
        if (roles.subjectRole === 'lead') task.leads.push(roles.subject);
        else task.coordinators.push(roles.subject);
        if (roles.partners) task.coordinators.push(roles.partners);
        task.lineEnd = block.lineEnd;
        current = task;
      } else if (current !== null) {
        current.text = `${current.text} ${block.body}`;
        current.lineEnd = block.lineEnd;
      }
    }
  }
  const parents = new Set(tasks.map((task) => task.parent).filter((parent) => parent !== null));
  for (const [index, task] of tasks.entries()) {
    task.timeframe ??= TIMEFRAME_IN_TEXT.exec(task.text)?.[0] ?? null;
    if (parents.has(index) || task.leads.length > 0) continue;
    task.missingLead =
      task.coordinators.length > 0
        ? `task ${task.code} names only coordinators ("phối hợp"), no lead`
        : `task ${task.code} names no lead in its paragraphs`;
  }
  return { tasks, warnings: [] };
}
