/**
 * Roles stated in a sentence: who leads ("chủ trì", "đầu mối") and who coordinates
 * ("phối hợp với ...").
 *
 *   RoleSentence : Subject ":"? ("là" ("cơ quan"|"đơn vị"))? Role Rest
 *   Role         : "(là) (đơn vị) đầu mối" | "chủ trì" | "phối hợp" | "tham mưu"
 *   Rest         : ("," | "phối hợp với" Coordinators Verb ...)
 *
 * Only explicit wording counts: a subject followed by "chủ trì", "đầu mối" or a plain
 * "tham mưu" leads; a subject followed by "phối hợp" coordinates and leaves the lead empty.
 */
import { AGENCY_START } from '../../vocabulary/index.js';

export interface Roles {
  /** The subject as printed (a list of agencies), or null when the sentence names none. */
  subject: string | null;
  subjectRole: 'lead' | 'coordinator' | null;
  /** The list after "phối hợp với" (as printed), or null. */
  partners: string | null;
}

const ROLE_WORDS = /(?:^|[\s,:])(?:là\s+(?:cơ quan|đơn vị)\s+)?(đầu mối|chủ trì|phối hợp|tham mưu)(?![\p{L}\p{N}])/iu;
// Where the list after "phối hợp với" ends: the verb of the work.
const WORK_VERBS =
  /,?\s+(?:tham mưu|tổ chức|triển khai|thực hiện|căn cứ|xây dựng|nghiên cứu|tranh thủ|tăng cường|tư vấn|hướng dẫn|đẩy mạnh|theo dõi|chỉ đạo|cung cấp|đề xuất|rà soát|hỗ trợ|phổ biến|giới thiệu|đôn đốc|kiểm tra|thống nhất|trình|báo cáo|bố trí|thúc đẩy)(?![\p{L}\p{N}])/iu;

/** Reads the roles a sentence states. */
export function readRoles(sentence: string): Roles {
  const text = sentence.trim();
  const role = ROLE_WORDS.exec(text);
  let subject: string | null = null;
  let subjectRole: Roles['subjectRole'] = null;
  if (role !== null) {
    const before = text.slice(0, role.index).replace(/[\s:,]+$/, '');
    const word = role[1]!.toLowerCase();
    if (
      before.length >= 3 &&
      before.length <= 250 &&
      AGENCY_START.test(before) &&
      !/(?<![\p{L}])(với|cho|của)\s*$/u.test(before)
    ) {
      subject = before;
      subjectRole = word === 'phối hợp' ? 'coordinator' : 'lead';
    } else if (before === '' && (word === 'chủ trì' || word === 'đầu mối')) {
      subjectRole = 'lead'; // "Chủ trì, phối hợp với ...": the subject is given by the context
    } else if (before === '' && word === 'phối hợp') {
      subjectRole = 'coordinator';
    }
    // "X: Tập trung ... Chủ trì tham mưu ..." (000:161): the role comes later in the paragraph.
    if (subject === null && role.index > 0) {
      const colon = /^(.{3,200}?):\s/u.exec(text);
      if (colon !== null && AGENCY_START.test(colon[1]!) && (word === 'chủ trì' || word === 'đầu mối')) {
        subject = colon[1]!;
        subjectRole = 'lead';
      }
    }
  }
  return { subject, subjectRole, partners: partnersOf(text) };
}

/** The list after "phối hợp với" / "Phối hợp" up to the verb of the work. */
export function partnersOf(text: string): string | null {
  const match = /phối hợp(?:\s+với)?\s+/iu.exec(text);
  if (match === null) return null;
  let rest = text.slice(match.index + match[0].length);
  if (
    !/^(?:các\s|Sở|Phòng|Văn phòng|Trung tâm|Chi cục|Cục|Tổng cục|Vụ|Bộ|Ban|Báo|Đài|Công an|UBND|Ủy ban|Hội|Hiệp hội|Liên minh|Viện|Trường|Học viện|Đại học)/iu.test(
      rest,
    )
  ) {
    return null;
  }
  const end = WORK_VERBS.exec(rest);
  if (end !== null) rest = rest.slice(0, end.index);
  rest = rest.replace(/[.;].*$/u, '');
  return rest.trim() === '' ? null : rest.trim();
}
