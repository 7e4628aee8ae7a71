/**
 * Roles stated in a sentence: who leads ("chủ trì", "đầu mối") and who coordinates
 * ("phối hợp với ...").
 *
 *   RoleSentence : Subject ":"? ("là" ("cơ quan"|"đơn vị"))? Role Rest
 *   Subject      : ("Giao" | "Đề nghị")? AgencyList
 *   Role         : "(là) (đơn vị) đầu mối" | "chủ trì" | "phối hợp" | "tham mưu"
 *   Rest         : ("," | "phối hợp với" Coordinators Verb ...)
 *   Inline       : "(" "Giao" Agency "chủ trì" ("," "phối hợp với" Coordinators)? ... ")"
 *
 * Only explicit wording counts: a subject followed by "chủ trì", "đầu mối" or a plain
 * "tham mưu" leads; a subject followed by "phối hợp" coordinates and leaves the lead empty.
 * `actorOf` reads the subject of a sentence that opens with who acts ("Sở Khoa học và Công nghệ
 * theo dõi, đôn đốc ...", "Giao phòng Quản lý Công nghiệp triển khai ...").
 */
import { ACTOR_WORDS, AGENCY_START, NOT_AGENCY_START, startsWithWord } from '../../vocabulary/index.js';

export interface Roles {
  /** The subject as printed (a list of agencies), or null when the sentence names none. */
  subject: string | null;
  subjectRole: 'lead' | 'coordinator' | null;
  /** The list after "phối hợp với" (as printed), or null. */
  partners: string | null;
}

const ROLE_WORDS =
  /(?:^|[\s,:])(?:là\s+(?:(?:cơ quan|đơn vị)\s+)?)?(đầu mối|chủ trì|phối hợp|tham mưu)(?![\p{L}\p{N}])/iu;
// The words that end a list of agencies: the verb of the work or of duty that follows the names
// ("Các cơ sở sản xuất tuân thủ …", "Chính quyền địa phương, phát huy …", "Các Sở, ngành kịp thời
// …"). One list for the subject of a sentence and for the list after "phối hợp với", so that a
// verb known to end a name in one place ends it in the other too.
const END_WORDS = [
  'tham mưu',
  'triển khai',
  'thực hiện',
  'căn cứ',
  'xây dựng',
  'tranh thủ',
  'tăng cường',
  'tư vấn',
  'hướng dẫn',
  'đẩy mạnh',
  'theo dõi',
  'chỉ đạo',
  'cung cấp',
  'đề xuất',
  'rà soát',
  'hỗ trợ',
  'phổ biến',
  'giới thiệu',
  'đôn đốc',
  'kiểm tra',
  'thống nhất',
  'trình',
  'báo cáo',
  'bố trí',
  'thúc đẩy',
  'bảo đảm',
  'đảm bảo',
  'giám sát',
  'thẩm định',
  'khẩn trương',
  'giúp',
  'chuẩn bị',
  'tổng hợp',
  'tiếp nhận',
  'giải quyết',
  'để',
  'nhằm',
  'trong việc',
  'về việc',
  'trong quá trình',
  'trong quản lý',
  'cập nhật',
  'huy động',
  'phát động',
  'kiểm soát',
  'ưu tiên',
  'chuẩn hóa',
  'theo chức năng',
  'vận động',
  'tuyên truyền',
  'chủ trì',
  'phối hợp',
  'đầu mối',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'là cơ quan',
  'là đơn vị',
  'được giao',
  'được phân công',
  'chủ động',
  'tiếp tục',
  'quán triệt',
  'nghiêm túc',
  'phát huy',
  'tích cực',
  'lãnh đạo',
  'tiến hành',
  'làm tốt',
  'quan tâm',
  'thường xuyên',
  'tập trung',
  'tiên phong',
  'tuân thủ',
  'kịp thời',
];
// "tổ chức" after "các", "và" or a comma is the noun ("các cơ quan, tổ chức có liên quan"); "dựng"
// alone ends a name ("UBND các xã, phường dựng nhà bạt"), the end of "xây dựng" / "Sở Xây dựng" not;
// "nghiên cứu" is the work, but not in "viện nghiên cứu" (dong-thap-552-kh-ubnd-2025.txt:490).
const NAME_END = `(?<![Cc]ác|những|và|,)\\s+tổ chức(?![\\p{L}\\p{N}])|(?<![Xx]ây)\\s+dựng(?![\\p{L}\\p{N}])|(?<![Vv]iện),?\\s+nghiên cứu(?![\\p{L}\\p{N}])|,?\\s+(?:${END_WORDS.join('|')})(?![\\p{L}\\p{N}])`;
// Where the list after "phối hợp với" ends. "mở" and "phát triển" end it only there: a subject
// holding them ("Các cơ sở đào tạo đại học … mở thêm …") is a clause, not a name.
const WORK_VERBS = new RegExp(`${NAME_END}|,?\\s+(?:mở|phát triển)(?![\\p{L}\\p{N}])`, 'u');
// Where the subject of a sentence that opens with who acts ends: a verb of the work or of duty.
const ACTOR_END = new RegExp(`${NAME_END}|\\s*:`, 'u');
const ACTOR_START = startsWithWord(ACTOR_WORDS);
// The longest list of actors a sentence opens with ("Thủ trưởng các sở, ban, ngành trực thuộc UBND
// tỉnh; Chủ tịch UBND các huyện, thành phố", son-la-254-qd-ubnd-2023.txt:59).
const MAX_ACTOR_WORDS = 40;
// "Giao X chủ trì", "Đề nghị X phối hợp", "Khuyến khích X …": the agency follows the verb of the assignment.
const ASSIGNING = /^(?:Giao|Đề nghị|Yêu cầu|Khuyến khích)\s+/u;

/** Whether a text opens with an agency's or an actor's name ("Sở Y tế", "Các sở, ngành", "Cán bộ phụ trách ..."). */
export function opensWithAgency(text: string): boolean {
  const named = capitalize(text.replace(ASSIGNING, ''));
  return (AGENCY_START.test(named) || ACTOR_START.test(named)) && !NOT_AGENCY_START.test(named);
}

/** Reads the roles a sentence states. */
export function readRoles(sentence: string): Roles {
  const text = sentence.trim();
  const role = ROLE_WORDS.exec(text);
  let subject: string | null = null;
  let subjectRole: Roles['subjectRole'] = null;
  if (role !== null) {
    let before = text
      .slice(0, role.index)
      .replace(/[\s:,]+$/, '')
      .replace(ASSIGNING, '');
    // "Các phòng, đơn vị trực thuộc Sở thường xuyên rà soát, tham mưu …": the subject ends at its verb.
    const verb = ACTOR_END.exec(before);
    if (verb !== null && verb.index >= 3) before = before.slice(0, verb.index).replace(/[\s:,]+$/, '');
    const word = role[1]!.toLowerCase();
    if (
      before.length >= 3 &&
      before.length <= 250 &&
      opensWithAgency(before) &&
      !/(?<![\p{L}])(với|cho|của)\s*$/u.test(before)
    ) {
      subject = capitalize(before);
      // "Ủy ban nhân dân xã, phường phối hợp với các Ngân hàng thương mại thực hiện …"
      // (tvpl-3a2db039af8c2d05.md:195): who works with others does the work, unless the sentence
      // names another lead.
      const withOthers = word === 'phối hợp' && /^\s*(?:với|cùng)\s/u.test(text.slice(role.index + role[0].length));
      subjectRole = word === 'phối hợp' && !(withOthers && !/chủ trì/iu.test(text)) ? 'coordinator' : 'lead';
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

/**
 * Who a sentence that opens with its actor says acts: "Sở Khoa học và Công nghệ theo dõi, đôn
 * đốc ..." → "Sở Khoa học và Công nghệ"; "Căn cứ ..., các sở, ngành và UBND các xã ... được phân
 * công ..." (lai-chau-7360-kh-ubnd-2025.txt:256) → "các sở, ngành và UBND các xã, phường". Null
 * when the sentence does not open with an agency or the subject runs on without a verb.
 */
export function actorOf(sentence: string): string | null {
  let text = sentence.trim();
  // A leading "Căn cứ ..., " / "Trên cơ sở ..., " clause: the subject follows its comma.
  const clause = /^(?:Căn cứ|Trên cơ sở|Theo)\s[^,;:]{3,200},\s*/u.exec(text);
  if (clause !== null) text = text.slice(clause[0].length);
  text = text.replace(ASSIGNING, '');
  if (!opensWithAgency(text)) return null;
  const end = ACTOR_END.exec(text);
  if (end === null || end.index < 3 || end.index > 200) return null;
  const actor = text.slice(0, end.index).replace(/[\s,;]+$/, '');
  // A name, not a clause: "Các cơ sở đào tạo đại học ở các lĩnh vực ngành, nghề mở thêm …" runs on.
  if (actor.split(/\s+/).length > MAX_ACTOR_WORDS) return null;
  return capitalize(actor);
}

/**
 * Whether a sentence asks others rather than assigning work: "Yêu cầu các sở, ngành …", "Bộ Văn
 * hóa, Thể thao và Du lịch yêu cầu Thủ trưởng các cơ quan … tập trung …" (tvpl-987cadc82373c854.md:118).
 */
export function isRequest(sentence: string): boolean {
  const text = sentence.trim();
  if (/^Yêu cầu/u.test(text)) return true;
  if (!opensWithAgency(text)) return false;
  const verb = /\s(?:yêu cầu|đề nghị)\s/u.exec(text);
  const end = ACTOR_END.exec(text);
  return verb !== null && (end === null || end.index >= verb.index);
}

/**
 * An assignment printed in parentheses at the end of an item: "Xây dựng ... Quy chế (Giao Công
 * an tỉnh chủ trì, phối hợp với Văn phòng UBND tỉnh; Sở Tư pháp ... tham mưu)."
 * (son-la-254-qd-ubnd-2023.txt:57). Returns the lead, the coordinators and the text without it.
 */
export function inlineAssignment(text: string): { lead: string; partners: string | null; rest: string } | null {
  const match = /\s*\((?:Giao|giao)\s+([^()]{3,400})\)\s*[.;]?\s*$/u.exec(text);
  if (match === null) return null;
  const inside = match[1]!;
  const role = /\s(?:chủ trì|tham mưu|thực hiện|là cơ quan|là đơn vị|đầu mối)(?![\p{L}\p{N}])/iu.exec(inside);
  const lead = (role === null ? inside : inside.slice(0, role.index)).replace(/[\s,;]+$/, '');
  if (lead.length < 3 || !opensWithAgency(lead)) return null;
  return { lead, partners: partnersOf(inside), rest: text.slice(0, match.index).trim() };
}

// A lower-case group that opens the list after "phối hợp với": "cơ quan, tổ chức liên quan".
const PARTNER_GROUP =
  /^(?:cơ quan|đơn vị|tổ chức|chính quyền|địa phương|lực lượng|doanh nghiệp|ngành)(?![\p{L}\p{N}])/u;

/** The list after "phối hợp với" / "Phối hợp" up to the verb of the work. */
export function partnersOf(text: string): string | null {
  const match = /phối hợp(?:\s+(?:chặt chẽ|thường xuyên|tích cực))?(?:\s+với)?\s+/iu.exec(text);
  if (match === null) return null;
  let rest = text.slice(match.index + match[0].length);
  // After "với" the list may open with any agency's or actor's word ("phối hợp với Thuế tỉnh",
  // lao-cai-duthao-kh-ubnd-chi-thi-11-ct-tu-2026.txt:70) or a lower-case group ("với cơ quan Thuế",
  // "với chính quyền địa phương"); without it with a body's word or "chính quyền" ("Phối hợp
  // chính quyền địa phương, Mặt trận cơ sở …", tvpl-62f25a030c183151.md:390), the one group's noun
  // that is never the work or a part of it ("phối hợp tổ chức …" organises, "phối hợp cơ quan báo
  // chí và hệ thống truyền thông thông tin …" runs into its verb).
  const withWord = /\svới\s+$/u.test(match[0]);
  if (
    !/^(?:các\s|Sở|Phòng|Văn phòng|Trung tâm|Chi cục|Cục|Tổng cục|Vụ|Bộ|Ban|Báo|Đài|Công an|UBND|Ủy ban|Hội|Hiệp hội|Liên minh|Viện|Trường|Học viện|Đại học)/iu.test(
      rest,
    ) &&
    !(withWord && opensWithAgency(rest)) &&
    !(PARTNER_GROUP.test(rest) && (withWord || /^chính quyền\s/u.test(rest)))
  ) {
    return null;
  }
  const end = WORK_VERBS.exec(rest);
  if (end !== null) rest = rest.slice(0, end.index);
  // A ";" goes on with the list when an agency follows ("Văn phòng UBND tỉnh; Sở Tư pháp và …",
  // son-la-254-qd-ubnd-2023.txt:57); else it, like a ".", ends the clause.
  const stop = /\.|;(?!\s*(?:Sở|Ban|Văn phòng|Công an|Bộ|UBND|Ủy ban|Trung tâm|Chi cục|Phòng|Đài|Báo|Hội|các)\s)/u.exec(
    rest,
  );
  if (stop !== null) rest = rest.slice(0, stop.index);
  // A gloss closed, then lower-case words: the sentence goes on with the work ("Sở Nội vụ và các cơ
  // sở đào tạo trên địa bàn (Trường Cao đẳng nghề, …) trong đào tạo …", lao-cai-sct-duthao-kh-de-an-08-2026.txt:82).
  const gloss = /\)\s+(?!và\s)(?=\p{Ll})/u.exec(rest);
  if (gloss !== null) rest = rest.slice(0, gloss.index + 1);
  return rest.trim() === '' ? null : rest.trim();
}

function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
