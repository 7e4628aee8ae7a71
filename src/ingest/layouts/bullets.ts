/**
 * Assignment labels: the bullets, lettered lines and paragraphs that say who does an item, with
 * whom, by when and to what result (the tasks part of 002 and 004, ha-noi-308-kh-ubnd-2025.txt,
 * quang-ninh-luong-minh-16-kh-mttq-btt-2025.txt):
 *
 *   Labels : Label (";" Label)*
 *   Label  : ( "Đơn vị chủ trì (tham mưu)" | "Cơ quan chủ trì" | "Cơ quan thực hiện" | "Đơn vị thực hiện" ) ":" List
 *          | ( "Đơn vị phối hợp" | "Cơ quan phối hợp" ) ":" List
 *          | ( "Thời gian (thực hiện | hoàn thành)" | "Tiến độ" | "Thời hạn" ) ":" Text
 *          | "(Dự kiến) kết quả / sản phẩm" ":" Text
 *          | "Nhiệm vụ" ":" Text                     (the item's description)
 *          | "Lãnh đạo phụ trách" ":" Persons         (who supervises: not a lead)
 *   Role   : Agency ":" "là đơn vị (đầu mối) chủ trì, phối hợp với" List ...
 *
 * A trailing "Đơn vị chủ trì: X; Đơn vị phối hợp: Y" line is several labels in one
 * (lao-cai-sct-duthao-kh-de-an-08-2026.txt:49).
 */
import type { Part } from '../segment.js';
import type { TaskDraft } from './draft.js';
import { actorOf, partnersOf, readRoles } from './roles.js';

/** What a label assigns. */
export type LabelField = 'lead' | 'coordinator' | 'time' | 'result' | 'description' | 'supervisor';

export interface Label {
  field: LabelField;
  /** The text after the colon (may be empty: "b) Cơ quan thực hiện:" heads the labels below it). */
  value: string;
}

const LABEL_NAMES: readonly [LabelField, RegExp][] = [
  ['lead', /^(?:Đơn vị|Cơ quan)\s+(?:đầu mối\s+)?(?:chủ trì|thực hiện)(?:\s+tham mưu)?$/iu],
  ['coordinator', /^(?:Đơn vị|Cơ quan)\s+phối hợp(?:\s+thực hiện)?$/iu],
  ['time', /^(?:Thời gian|Tiến độ|Thời hạn)(?:\s+(?:thực hiện|hoàn thành|triển khai))?$/iu],
  ['result', /^(?:Dự kiến\s+)?(?:kết quả|sản phẩm)(?:\s+[\p{L}]+){0,3}$/iu],
  ['description', /^(?:Nhiệm vụ|Nội dung)$/iu],
  ['supervisor', /^Lãnh đạo phụ trách$/iu],
];
const LABEL = /^([^:;]{2,40}?)\s*:\s*(.*)$/su;
// Where a second label starts in one line: "...; Đơn vị phối hợp: ...".
const NEXT_LABEL = /[;.]\s+(?=(?:Đơn vị|Cơ quan|Thời gian|Tiến độ|Thời hạn)\s[^:;]{0,30}:)/u;
const ROLE_BULLET = /^[^:]{3,150}:\s*là\s+(?:cơ quan|đơn vị)/iu;
// A heading that only numbers its item: "Hoạt động 1", "Nhiệm vụ 2".
const PLACEHOLDER = /^(?:Hoạt động|Nhiệm vụ|Nội dung)\s+\d{1,2}$/u;
// Where a "Cơ quan thực hiện: Sở X tiến hành rà soát ..." list ends: the verb of the work.
const LIST_END =
  /(?<![Cc]ác|những|và|,)\s+tổ chức(?![\p{L}\p{N}])|\s+(?:tiến hành|tham mưu|triển khai|thực hiện|xây dựng|rà soát|hướng dẫn|theo dõi|chỉ đạo|chủ trì|có trách nhiệm|căn cứ)(?![\p{L}\p{N}])/u;

/** The labels a line states, or [] when it states none. */
export function readLabels(text: string): Label[] {
  const labels: Label[] = [];
  for (const piece of text.split(NEXT_LABEL)) {
    const match = LABEL.exec(piece.trim());
    if (match === null) return labels.length === 0 ? [] : labels;
    const field = LABEL_NAMES.find(([, name]) => name.test(match[1]!.trim()))?.[0];
    if (field === undefined) return labels.length === 0 ? [] : labels;
    labels.push({ field, value: match[2]!.trim() });
  }
  return labels;
}

/** Whether a line is one of the labels (or a role bullet) that assign a task. */
export function isAssignment(text: string): boolean {
  return readLabels(text).some((label) => label.field === 'lead') || ROLE_BULLET.test(text);
}

/** Whether the tasks parts assign work with labels. */
export function hasAssignmentBullets(parts: Part[]): boolean {
  return parts.some((part) => part.blocks.some((block) => block.kind !== 'numbered' && isAssignment(block.body)));
}

/** Gives a draft what its labels say; returns false when the line states no label. */
export function applyLabels(text: string, draft: TaskDraft): boolean {
  const labels = readLabels(text);
  if (labels.length === 0) {
    if (!ROLE_BULLET.test(text)) return false;
    // "Trung tâm …: là đơn vị đầu mối chủ trì, phối hợp với …" (002).
    const roles = readRoles(text);
    if (roles.subject !== null && roles.subjectRole === 'lead') draft.leads.push(roles.subject);
    else if (roles.subject !== null) draft.coordinators.push(roles.subject);
    if (roles.partners !== null) draft.coordinators.push(roles.partners);
    draft.text = `${draft.text} ${text.slice(text.indexOf(':') + 1).trim()}`;
    return true;
  }
  for (const { field, value } of labels) {
    const flat = value.replace(/[.;]+$/, '').trim();
    if (flat === '') continue;
    if (field === 'lead') {
      // "Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành …" (tvpl-31fb08f34535fce3.md:299).
      draft.leads.push(listOnly(flat));
      const [first, ...others] = flat.split(/;\s*/u);
      const partners = partnersOf(first!);
      if (partners !== null) draft.coordinators.push(partners);
      // "Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp và các sở, ban, ngành …, Ủy ban nhân dân xã,
      // phường, đặc khu chủ động tổ chức triển khai …" (tvpl-2f6f80b9918e52de.md:85): each clause
      // after a ";" that opens with who acts names more agencies doing the work, in their role.
      for (const clause of others) {
        const roles = readRoles(clause);
        const actor = roles.subject ?? actorOf(clause);
        if (actor === null) continue;
        if (roles.subject !== null && roles.subjectRole === 'coordinator') draft.coordinators.push(actor);
        else draft.leads.push(actor);
        if (roles.partners !== null) draft.coordinators.push(roles.partners);
      }
    } else if (field === 'coordinator') draft.coordinators.push(listOnly(flat));
    else if (field === 'time') draft.timeframe = flat;
    else if (field === 'result') draft.expectedResult = value.trim();
    else if (field === 'description') {
      draft.text = `${draft.text} ${value}`;
      // "a) Hoạt động 1" / "- Nội dung: Triển khai Tháng hành động …": the heading only numbers the item.
      if (PLACEHOLDER.test(draft.title ?? '')) draft.title = value.trim();
    }
  }
  return true;
}

/** The agencies of a label's list, without the sentence some print after them. */
function listOnly(value: string): string {
  const end = LIST_END.exec(value);
  return end === null || end.index < 3 ? value : value.slice(0, end.index).replace(/[\s,;]+$/, '');
}
