/**
 * One section per agency under "TỔ CHỨC THỰC HIỆN" (003):
 *
 *   Section : Code "." AgencyList Duty+
 *   Duty    : Paragraph    ("Chủ trì, phối hợp với ..." → the section's agencies lead;
 *                           "Phối hợp ..." → they coordinate and the lead stays empty;
 *                           any other duty → the section's agencies carry it out, as leads)
 *
 * Each duty is a task coded <part>.<section> ("IV.2"), the code the text prints for it.
 */
import { AGENCY_START } from '../../vocabulary/index.js';
import type { Part } from '../segment.js';
import type { LayoutResult, TaskDraft } from './draft.js';
import { partnersOf } from './roles.js';

const SECTION_HEADING = /^(?:Đề nghị\s+)?(.{3,200})$/u;

/** The agency named by a numbered heading of the implementation part, or null. */
function sectionAgencies(body: string): string | null {
  const match = SECTION_HEADING.exec(body.replace(/[.:]$/, ''));
  if (match === null || !AGENCY_START.test(match[1]!)) return null;
  // A heading that is a sentence ("Các phòng ... tổ chức triển khai các nhiệm vụ ...") is a duty, not a name.
  if (match[1]!.split(' ').length > 24) return null;
  return match[1]!;
}

/** Whether the implementation part is organised by agency. */
export function hasAgencySections(parts: Part[]): boolean {
  return parts.some(
    (part) =>
      part.blocks.filter((block) => block.kind === 'numbered' && sectionAgencies(block.body) !== null).length >= 3,
  );
}

export function readAgencySections(parts: Part[]): LayoutResult {
  const tasks: TaskDraft[] = [];
  for (const part of parts) {
    let agencies: string | null = null;
    let code: string | null = null;
    let heading = '';
    for (const block of part.blocks) {
      if (block.kind === 'numbered') {
        agencies = sectionAgencies(block.body);
        code = `${part.code}.${block.code}`;
        heading = block.body;
        continue;
      }
      if (agencies === null || code === null) continue;
      if (/^\(.*\)\.?$/.test(block.body)) continue; // "(Có Danh mục ... gửi kèm theo)."
      if (/\.\/\.$/.test(block.body)) break; // "... nghiêm túc triển khai thực hiện Kế hoạch này./." closes the plan
      const folded = block.body.toLowerCase();
      const coordinates = folded.startsWith('phối hợp');
      const partners = partnersOf(block.body);
      tasks.push({
        code,
        text: block.body,
        timeframe: null,
        expectedResult: null,
        leads: coordinates ? [] : [agencies],
        coordinators: [...(coordinates ? [agencies] : []), ...(partners !== null ? [partners] : [])],
        parent: null,
        sectionText: heading,
        lineStart: block.lineStart,
        lineEnd: block.lineEnd,
        missingLead: coordinates
          ? `a duty of "${agencies}" is to coordinate ("Phối hợp ..."); the text names no lead`
          : null,
      });
    }
  }
  return { tasks, warnings: [] };
}
