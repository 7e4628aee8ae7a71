/**
 * Sections of duties, one per agency (003, the "TỔ CHỨC THỰC HIỆN" of most plans, and the
 * "PHÂN CÔNG NHIỆM VỤ" parts of tvpl-62f25a030c183151.md and son-la-254-qd-ubnd-2023.txt):
 *
 *   Section : Code "." Heading Duty+          each "-" bullet or paragraph a task of the heading's agencies
 *           | Code "." Heading Lettered+      each lettered duty a task ("VI.1.a")
 *           | Code "." Heading ":" Duty        a heading with its duty on the same line: one task
 *   Heading : ("Đề nghị")? AgencyList ("(" … ")")? ":"?
 *           | ("Ông" | "Bà") "."? Name "-" Role ":"      a member of a team: "Ông Hoàng Văn Thuân - Trưởng đoàn:"
 *
 * The heading names who does every duty under it, so it is their lead; "Phối hợp với X …" in a
 * duty gives X as a coordinator (test/ingest/corpus/README.md, "Rules of reading"). A duty that
 * names its own lead ("Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ …" under "Sở
 * Khoa học và Công nghệ, Sở Nội vụ", ho-chi-minh-2820-qd-ubnd-2025.txt:361) has that lead.
 */
import { opensWithAgency, partnersOf, readRoles } from './roles.js';

/** A section's heading: the agencies it names, and the duty printed on its line when there is one. */
export interface SectionHeading {
  agencies: string;
  duty: string | null;
}

// A heading is a name, not a sentence: at most this many words before its colon, and no verb of
// the work ("tổ chức" is not one: "các tổ chức chính trị - xã hội" are bodies).
const MAX_HEADING_WORDS = 24;
const ROLE_OR_VERB =
  /(?<!đầu tư)\s(?:xây dựng)(?![\p{L}\p{N}])|\s(?:chủ trì|phối hợp|tham mưu|thực hiện|triển khai|có trách nhiệm|chịu trách nhiệm|căn cứ|theo dõi|hướng dẫn|là cơ quan|là đơn vị|chỉ đạo|tiếp tục|khẩn trương|chủ động)(?![\p{L}\p{N}])/u;

// A team's member and the duties given to them: "4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ
// trách chung; …" (KH-1105-DKT-ke-hoach-kiem-tra.pdf:87, the OCR's "Ông." kept). The person is
// the lead: a name of two to five capitalised words, then the role in the team.
const MEMBER = /^(?:Ông|Bà|Đồng chí|Đ\/c)\.?\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*[-–]\s*[^:]{2,60}:\s*(.*)$/su;

/**
 * The section a numbered heading opens, or null when the heading is not an agency's: "Sở Y tế",
 * "Sở Công Thương:", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh …:", "Văn phòng UBND tỉnh:
 * Phối hợp với Công an tỉnh …" (its duty on the line).
 */
export function sectionHeading(body: string): SectionHeading | null {
  const text = body.trim();
  const member = MEMBER.exec(text);
  if (member !== null) return { agencies: member[1]!, duty: member[2]!.trim() || null };
  if (!opensWithAgency(text)) return null;
  // "2. Bộ Quốc phòng Chủ trì, phối hợp với …" (bcdqg1237-252-kh-bcdqg1237-2013.txt:322): a web
  // copy's bold heading lost its colon; the capitalised role word starts the duty.
  const colon =
    /^([^:]{3,300}?):\s*(.*)$/su.exec(text) ??
    /^(.{3,120}?)\s+((?:Chủ trì|Phối hợp|Tham mưu|Là cơ quan|Là đơn vị|Chịu trách nhiệm)(?![\p{L}]).*)$/su.exec(text);
  const name = (colon === null ? text : colon[1]!).replace(/[.:]$/, '').trim();
  const duty = colon === null ? null : colon[2]!.trim() || null;
  if (name.split(/\s+/).length > MAX_HEADING_WORDS) return null;
  // "Sở Khoa học và Công nghệ chủ trì, phối hợp …" is a duty with its actor, not a heading.
  if (ROLE_OR_VERB.test(name.replace(/\([^)]*\)/g, ''))) return null;
  if (colon === null && /[.;]$/.test(text)) return null;
  // "Sở Tài chính (cơ quan chủ trì)" (ho-chi-minh-2820-qd-ubnd-2025.txt:325): the agency is the name.
  const agencies = name
    .replace(/^Đề nghị\s+/u, '')
    .replace(/\s*\([^)]*\)/g, '')
    .trim();
  return { agencies, duty };
}

/** The leads and coordinators of a duty under a section's heading. */
export function dutyRoles(agencies: string, duty: string): { leads: string[]; coordinators: string[] } {
  const roles = readRoles(duty);
  const partners = partnersOf(duty);
  const ownLead = roles.subject !== null && roles.subjectRole === 'lead' && agencies.includes(roles.subject);
  return {
    leads: [ownLead ? roles.subject! : agencies],
    coordinators: [
      ...(ownLead ? [agencies] : []),
      ...(roles.subject !== null && roles.subjectRole === 'coordinator' ? [roles.subject] : []),
      ...(partners !== null ? [partners] : []),
    ],
  };
}
