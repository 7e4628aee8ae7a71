/**
 * Leads named inside prose paragraphs (the body of a plan without an appendix table):
 *
 *   Section : Code "." Heading Paragraph*
 *   Task    : RoleSentence Paragraph*     (a paragraph naming who leads or coordinates starts a
 *                                          task; the paragraphs after it, until the next such
 *                                          paragraph or heading, are its content)
 *
 * e.g. "Văn phòng Sở chủ trì tham mưu công tác tuyên truyền ...",
 *      "Trung tâm Ứng dụng ... là đầu mối tham mưu phối hợp với Sở Thông tin và Truyền thông, ..."
 * Several tasks under one heading share its code.
 */
import type { Part } from '../segment.js';
import type { LayoutResult, TaskDraft } from './draft.js';
import { readRoles } from './roles.js';

export function readProse(parts: Part[]): LayoutResult {
  const tasks: TaskDraft[] = [];
  for (const part of parts) {
    const headings: { code: string; text: string }[] = [];
    let current: TaskDraft | null = null;
    for (const block of part.blocks) {
      if (block.kind === 'numbered' || block.kind === 'lettered') {
        const code = block.code!;
        const depth = block.kind === 'lettered' ? headings.length : code.split('.').length - 1;
        headings.length = Math.min(headings.length, depth);
        headings.push({ code, text: block.body });
        current = null;
        continue;
      }
      const roles = readRoles(block.body);
      if (roles.subject !== null && roles.subjectRole !== null) {
        const heading = headings[headings.length - 1];
        current = {
          code: heading?.code ?? null,
          text: block.body,
          timeframe: null,
          expectedResult: null,
          leads: roles.subjectRole === 'lead' ? [roles.subject] : [],
          coordinators: [
            ...(roles.subjectRole === 'coordinator' ? [roles.subject] : []),
            ...(roles.partners ? [roles.partners] : []),
          ],
          parent: null,
          sectionText: `${part.title} ${headings.map((h) => h.text).join(' ')}`,
          lineStart: block.lineStart,
          lineEnd: block.lineEnd,
          missingLead:
            roles.subjectRole === 'lead'
              ? null
              : `the task at this paragraph names only coordinators ("phối hợp"), no lead`,
        };
        tasks.push(current);
      } else if (current !== null) {
        current.text = `${current.text} ${block.body}`;
        current.lineEnd = block.lineEnd;
      }
    }
  }
  return { tasks, warnings: [] };
}
