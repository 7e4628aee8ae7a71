/**
 * The words of agencies: what opens an agency's name, what marks a unit of a Sở or of a
 * ministry, and what makes a mention a group of bodies (a collective) rather than one agency.
 * The dictionaries of named agencies are data, in seed/agencies.json.
 */

/**
 * Words that open an agency's name, each with whether it also opens a list's next item after
 * " - ", " và " or "/". Those that do not: other spellings and parts of names ("Uỷ ban", "Liên
 * hiệp", "Đoàn"), groups ("Các"), roles and bodies whose names hold "và" or " - " themselves
 * ("Chủ tịch nước và Thủ tướng", "Ngân hàng … - Chi nhánh").
 */
const AGENCY_WORD_TABLE: readonly (readonly [word: string, opensListItem: boolean])[] = [
  ['Sở', true],
  ['Phòng', true],
  ['Văn phòng', true],
  ['Trung tâm', true],
  ['Chi cục', true],
  ['Cục', true],
  ['Tổng cục', true],
  ['Vụ', true],
  ['Bộ', true],
  ['Ban', true],
  ['Báo', true],
  ['Đài', true],
  ['Công an', true],
  ['UBND', true],
  ['Ủy ban', true],
  ['Uỷ ban', false],
  ['Hội', true],
  ['Hiệp hội', true],
  ['Liên minh', true],
  ['Liên hiệp', false],
  ['Đoàn', false],
  ['Tỉnh đoàn', false],
  ['Viện', true],
  ['Trường', true],
  ['Học viện', true],
  ['Đại học', true],
  ['Điện lực', true],
  ['Trại', false],
  ['Thanh tra', false],
  ['Tỉnh ủy', false],
  ['Tỉnh uỷ', false],
  ['Thành ủy', false],
  ['Thành uỷ', false],
  ['Thành đoàn', false],
  ['Kho bạc', false],
  ['Ngân hàng', false],
  ['Công ty', false],
  ['Chính phủ', false],
  ['Thủ tướng', false],
  ['Quốc hội', false],
  ['Các', false],
  ['các', false],
  ['Chủ tịch', false],
  ['Lãnh đạo', false],
  ['Bệnh viện', false],
  ['Mặt trận', false],
  ['Bảo hiểm xã hội', false],
  ['Tòa án', false],
  ['Viện Kiểm sát', false],
  ['Tổng công ty', false],
  ['Tập đoàn', false],
];

/** Words that open an agency's name; they split lists and tell a name from a description. */
export const AGENCY_WORDS: readonly string[] = AGENCY_WORD_TABLE.map(([word]) => word);

/**
 * Words that start the next item of a list after " - ", " và " or "/": the agency words marked
 * so above, and the lower-case words of groups ("và đơn vị liên quan", "và chính quyền địa
 * phương").
 */
export const LIST_ITEM_WORDS = [
  ...AGENCY_WORD_TABLE.filter(([, opensListItem]) => opensListItem).map(([word]) => word),
  'phòng',
  'đơn vị',
  'cơ quan',
  'tổ chức',
  'chính quyền',
] as const;

/**
 * Misspellings typed so often in names that a name is compared as if spelt right (folded words,
 * matching only; names are stored as printed): "Phó chỉ tịch" for "Phó Chủ tịch", "avf" (a
 * slip of the Telex "vaf") for "và".
 */
export const NAME_MISSPELLINGS: Readonly<Record<string, string>> = {
  'chi tich': 'chu tich',
  avf: 'va',
};

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
export const GROUP_KIND_WORDS = ['tỉnh', 'huyện', 'sở', 'bộ', 'ngành', 'địa phương', 'xã', 'phường', 'đơn vị'] as const;

/**
 * Words that name a kind of body, not one body: "Viện, Trường", "Sở, ban, ngành có liên quan",
 * "UBND xã, phường, đặc khu". A mention made only of them (and the qualifiers below) is a group.
 */
export const BODY_KIND_WORDS = [
  'sở',
  'ban',
  'ngành',
  'bộ',
  'viện',
  'trường',
  'học viện',
  'đại học',
  'cao đẳng',
  'trung cấp',
  'trung tâm',
  'cơ quan thông tấn',
  'cơ quan báo chí',
  'cơ quan',
  'báo chí',
  'đơn vị',
  'địa phương',
  'doanh nghiệp',
  'tập đoàn',
  'tổ chức',
  'cá nhân',
  'đoàn thể',
  'hội',
  'hiệp hội',
  'cục',
  'vụ',
  'phòng',
  'chi cục',
  'cơ sở',
  'hợp tác xã',
  'công ty',
  'báo',
  'đài',
  'UBND',
  'ủy ban nhân dân',
  'uỷ ban nhân dân',
  'tỉnh',
  'thành phố',
  'huyện',
  'thị xã',
  'thị trấn',
  'quận',
  'xã',
  'phường',
  'đặc khu',
  'thôn',
  'bản',
] as const;

/** What may follow a list of kinds and keep it a group: "có liên quan", "trên địa bàn tỉnh", "các cấp". */
const KIND_QUALIFIER =
  'khác|còn\\s+lại|(?:có\\s+)?liên\\s+quan|chức\\s+năng|các\\s+cấp|cấp\\s+(?:tỉnh|huyện|xã|cơ\\s+sở)|(?:trên\\s+địa\\s+bàn|trực\\s+thuộc|thuộc)(?:\\s+\\S+){0,4}|tỉnh|thành\\s+phố';

/**
 * A mention made only of kind words, as printed or after "các": "Viện", "Trường", "đặc khu",
 * "UBND xã", "ngành có liên quan", "Cao đẳng trên địa bàn tỉnh". It names no one body.
 */
export const BARE_KINDS = new RegExp(
  `^(?:các\\s+)?(?:${BODY_KIND_WORDS.join('|')})(?:(?:\\s*,\\s*|\\s+)(?:các\\s+)?(?:${BODY_KIND_WORDS.join('|')}))*(?:\\s+(?:${KIND_QUALIFIER}))?$`,
  'iu',
);

/**
 * A province-level body's name as a centrally-run city (thành phố trực thuộc trung ương) writes
 * it: "thành phố" where a province writes "tỉnh", "Thành ủy" for "Tỉnh ủy", "Thành đoàn" for
 * "Tỉnh đoàn". `{province}` stays for the caller to fill; "tỉnh {province}" becomes
 * "thành phố {province}", or the city's name alone when it already starts so ("Ủy ban nhân
 * dân Thành phố Hồ Chí Minh", "Ủy ban nhân dân thành phố Cần Thơ").
 */
export function asCityName(name: string, city: string): string {
  const place = /^thành phố\s/iu.test(city) ? '{province}' : 'thành phố {province}';
  return name
    .replace(/(?<!\p{L})tỉnh \{province\}/gu, place)
    .replace(/(?<!\p{L})Tỉnh (ủy|uỷ)(?!\p{L})/gu, 'Thành $1')
    .replace(/(?<!\p{L})Tỉnh đoàn(?!\p{L})/gu, 'Thành đoàn')
    .replace(/(?<!\p{L})tỉnh(?!\p{L})/gu, 'thành phố')
    .replace(/(?<!\p{L})Tỉnh(?!\p{L})/gu, 'Thành phố');
}

/**
 * Words that open a task's text and never an agency's name: a mention that starts so is the
 * work, read in the wrong cell ("Xây dựng và vận hành Hệ thống kiểm kê …", 2530/QĐ-TTg's
 * Phụ lục II), or a column's heading ("Nội dung").
 */
export const TASK_TEXT_WORDS = [
  'Xây dựng',
  'Nghiên cứu',
  'Đầu tư',
  'Ban hành',
  'Triển khai',
  'Thiết lập',
  'Tăng cường',
  'Đẩy mạnh',
  'Nâng cao',
  'Nâng cấp',
  'Hoàn thiện',
  'Quan trắc',
  'Ứng dụng',
  'Rà soát',
  'Thí điểm',
  'Lắp đặt',
  'Quy định',
  'Thực hiện',
  'Tổ chức thực hiện',
  'Dự án',
  'Chương trình',
  'Lộ trình',
  'Yêu cầu',
  'Trình',
  'Tại',
  'Nội dung',
  'Sản phẩm',
  'Đề xuất',
  'Xác định',
  'Tích hợp',
  'Vận hành',
  'Thúc đẩy',
  'Hỗ trợ',
  'Kiểm soát',
  'Đánh giá',
  'Tuyên truyền',
  'Thẩm định',
  'Lập',
] as const;

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
