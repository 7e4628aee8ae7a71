/**
 * Numbered items with assignment bullets (the tasks part of 002 and 004):
 *
 *   Item    : Code "." Title Bullet*           (an item with child items is a parent task)
 *   Bullet  : "-" ( "Đơn vị chủ trì (tham mưu):" List
 *                 | "Đơn vị phối hợp:" List
 *                 | "Thời gian (thực hiện):" Text
 *                 | "(Dự kiến) kết quả / sản phẩm:" Text
 *                 | Agency ":" "là đơn vị (đầu mối) chủ trì, phối hợp với" List ...
 *                 | Other )                     (other bullets are part of the task's text)
 */
import type { Block, Part } from '../segment.js';
import { pushItem, type LayoutResult, type TaskDraft } from './draft.js';
import { readRoles } from './roles.js';

const LEAD_LABEL = /^(?:Đơn vị|Cơ quan)\s+(?:đầu mối\s+)?chủ trì(?:\s+tham mưu)?\s*:\s*(.*)$/iu;
const COORDINATOR_LABEL = /^(?:Đơn vị|Cơ quan)\s+phối hợp\s*:\s*(.*)$/iu;
const TIME_LABEL = /^(?:Thời gian(?:\s+thực hiện)?|Tiến độ(?:\s+thực hiện)?|Thời hạn)\s*:\s*(.*)$/iu;
const RESULT_LABEL = /^(?:Dự kiến\s+)?(?:kết quả|sản phẩm)[^:]{0,30}:\s*(.*)$/iu;
const ROLE_BULLET = /^[^:]{3,150}:\s*là\s+(?:cơ quan|đơn vị)/iu;

/** Whether the tasks parts assign work with bullets. */
export function hasAssignmentBullets(parts: Part[]): boolean {
  return parts.some((part) =>
    part.blocks.some(
      (block) => block.kind === 'bullet' && (LEAD_LABEL.test(block.body) || ROLE_BULLET.test(block.body)),
    ),
  );
}

export function readBullets(parts: Part[]): LayoutResult {
  const tasks: TaskDraft[] = [];
  const warnings: LayoutResult['warnings'] = [];
  for (const part of parts) {
    const indexByCode = new Map<string, number>();
    let current: TaskDraft | null = null;
    for (const block of part.blocks) {
      if (block.kind === 'numbered') {
        current = pushItem(tasks, indexByCode, part, block);
        continue;
      }
      if (current === null) continue;
      current.lineEnd = block.lineEnd;
      if (block.kind !== 'bullet') {
        current.text = `${current.text} ${block.body}`;
        continue;
      }
      readBullet(block, current);
    }
  }
  const parents = new Set(tasks.map((task) => task.parent).filter((parent) => parent !== null));
  tasks.forEach((task, index) => {
    if (!parents.has(index) && task.leads.length === 0) {
      task.missingLead = `task ${task.code} names no lead (no "Đơn vị chủ trì" bullet)`;
    }
  });
  return { tasks, warnings };
}

function readBullet(block: Block, task: TaskDraft): void {
  const body = block.body;
  let match: RegExpExecArray | null;
  if ((match = LEAD_LABEL.exec(body)) !== null) task.leads.push(match[1]!);
  else if ((match = COORDINATOR_LABEL.exec(body)) !== null) task.coordinators.push(match[1]!);
  else if ((match = TIME_LABEL.exec(body)) !== null) task.timeframe = match[1]!.replace(/\.$/, '');
  else if ((match = RESULT_LABEL.exec(body)) !== null) task.expectedResult = match[1]!;
  else if (ROLE_BULLET.test(body)) {
    const roles = readRoles(body);
    if (roles.subject !== null && roles.subjectRole === 'lead') task.leads.push(roles.subject);
    else if (roles.subject !== null) task.coordinators.push(roles.subject);
    if (roles.partners !== null) task.coordinators.push(roles.partners);
    task.text = `${task.text} ${body.slice(body.indexOf(':') + 1).trim()}`;
  } else {
    task.text = `${task.text} ${body}`;
  }
}
