/**
 * The words of agencies: what opens an agency's name, what marks a unit of a Sở or of a
 * ministry, and what makes a mention a group of bodies (a collective) rather than one agency.
 * The dictionaries of named agencies are data, in seed/agencies.json.
 */

/** Words that open an agency's name; they split lists and tell a name from a description. */
export const AGENCY_WORDS = [
  'Sở',
  'Phòng',
  'Văn phòng',
  'Trung tâm',
  'Chi cục',
  'Cục',
  'Tổng cục',
  'Vụ',
  'Bộ',
  'Ban',
  'Báo',
  'Đài',
  'Công an',
  'UBND',
  'Ủy ban',
  'Uỷ ban',
  'Hội',
  'Hiệp hội',
  'Liên minh',
  'Liên hiệp',
  'Đoàn',
  'Tỉnh đoàn',
  'Viện',
  'Trường',
  'Học viện',
  'Đại học',
  'Điện lực',
  'Trại',
  'Thanh tra',
  'Tỉnh ủy',
  'Tỉnh uỷ',
  'Kho bạc',
  'Ngân hàng',
  'Công ty',
  'Chính phủ',
  'Thủ tướng',
  'Quốc hội',
  'Các',
  'các',
  'Chủ tịch',
  'Lãnh đạo',
] as const;

/** Words that start the next item of a list after " - " or " và ": agency words, and the lower-case words of groups. */
export const LIST_ITEM_WORDS = [
  'Sở',
  'Phòng',
  'Văn phòng',
  'Trung tâm',
  'Chi cục',
  'Cục',
  'Tổng cục',
  'Vụ',
  'Bộ',
  'Ban',
  'Báo',
  'Đài',
  'Công an',
  'UBND',
  'Ủy ban',
  'Hội',
  'Hiệp hội',
  'Liên minh',
  'Viện',
  'Trường',
  'Học viện',
  'Đại học',
  'Điện lực',
  'phòng',
  'đơn vị',
  'cơ quan',
  'tổ chức',
] as const;

/** Words that open a unit's name inside a Sở ("Văn phòng Sở", "Phòng Quản lý Khoa học", "Chi cục TĐC"). */
export const DEPARTMENT_UNIT_WORDS = ['Văn phòng Sở', 'Phòng', 'Trung tâm', 'Chi cục', 'Thanh tra Sở', 'Trại'] as const;

/** Words that open a unit's name inside a ministry ("Vụ Pháp chế", "Cục Thống kê"). */
export const MINISTRY_UNIT_WORDS = [
  'Vụ',
  'Cục',
  'Tổng cục',
  'Văn phòng Bộ',
  'Thanh tra Bộ',
  'Viện',
  'Trung tâm',
] as const;

/** Words that open a national body's name when no province follows. */
export const NATIONAL_WORDS = ['Bộ', 'Cục', 'Tổng cục', 'Vụ', 'Học viện'] as const;

/** The kinds of bodies a group names after "các": "Sở Y tế các tỉnh", "UBND các xã". */
export const GROUP_KIND_WORDS = ['tỉnh', 'huyện', 'sở', 'bộ', 'ngành', 'địa phương', 'xã', 'đơn vị'] as const;

/** `^(word|word …)` not followed by a letter or digit. */
export function startsWithWord(words: readonly string[]): RegExp {
  return new RegExp(`^(${words.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

export const AGENCY_START = startsWithWord(AGENCY_WORDS);

/** A group of bodies: "Các sở, …", "Sở Khoa học và Công nghệ các tỉnh, thành phố …". */
export const COLLECTIVE = new RegExp(`^Các\\s|\\scác\\s+(?:${GROUP_KIND_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Words that open who a section of duties or a sentence assigns besides agencies' names: persons
 * and roles ("Cán bộ phụ trách lĩnh vực …", "Các Phó chủ tịch …", "Thủ trưởng các sở …").
 */
export const ACTOR_WORDS = [
  'Thủ trưởng',
  'Giám đốc',
  'Phó Giám đốc',
  'Phó giám đốc',
  'Phó Chủ tịch',
  'Phó chủ tịch',
  'Trưởng',
  'Cán bộ',
  'Chuyên viên',
  'Đồng chí',
  'Mặt trận',
  'Liên đoàn',
  'Doanh nghiệp',
  'Các doanh nghiệp',
  'Chủ đầu tư',
  'Thuế tỉnh',
  'Tiểu ban',
  'Cổng',
] as const;

/** Openings that read like an agency's word but are not ("Ban hành …", "Hội nghị …", "Các nội dung …"). */
export const NOT_AGENCY_START =
  /^(?:Các ngành,? lĩnh vực|Thanh tra,|Ban hành|Ban chỉ đạo các|Hội nghị|Hội thảo|Hội thi|Hội chợ|Trường hợp|Bộ máy|Bộ tiêu chí|Bộ chỉ số|Bộ công cụ|Đoàn kiểm tra|Phòng,? chống|Phòng ngừa|Phòng tránh|Trung tâm dữ liệu|Các (?![Ss]ở|[Bb]an|[Nn]gành|[Bb]ộ|[Cc]hủ đầu tư|[Nn]hà mạng|[Cc]ơ quan|[Đđ]ơn vị|[Pp]hòng|[Đđ]ịa phương|[Tt]ổ chức|[Dd]oanh nghiệp|[Hh]ội|[Đđ]oàn thể|UBND|[ỦủUu]ỷ? ?ban|[Tt]rường|[Cc]ơ sở|[Pp]hó|[Đđ]ồng chí|[Tt]rung tâm|[Cc]hi cục|[Vv]ụ|[Cc]ục|[Vv]iện|[Ll]ực lượng|[Hh]uyện|[Xx]ã|[Pp]hường|[Tt]ỉnh|[Tt]hành phố))/u;
