/**
 * Splits an assignee list as printed into agency mentions:
 *
 *   List    : Item (Sep Item)*
 *   Sep     : ";" | "," | "/" (before an agency name) | " - " | " và " (before an agency name or
 *             "các") | a new line's "- " | " (" (a gloss follows, which is left out)
 *   Item    : KnownName | Name
 *
 * Known names are matched first, longest first, so names with commas or dashes survive
 * ("Các phòng, đơn vị trực thuộc Sở", "Sở Lao động - Thương binh và Xã hội"). Two shorthand
 * forms are expanded: "Các Sở: A; B; C" lists Sở A, Sở B, Sở C (so do "Các Cục: …", "Các Vụ:
 * …"), and "UBND huyện Tân Yên, Yên Thế" repeats the kind before each further name. Items that
 * only continue the one before are joined to it again:
 *
 * - a list of kinds is one group: "Viện, Trường", "Sở, ban, ngành có liên quan", "UBND xã,
 *   phường, đặc khu", "Các sở, ngành, đơn vị liên quan";
 * - the fields of one name: "Vụ Khoa học công nghệ, Đào tạo và Môi trường", "Trung tâm Xúc tiến
 *   đầu tư, thương mại và du lịch" (unless the kind before the next field makes a known name:
 *   "Sở Y tế, Tài chính" is Sở Y tế and Sở Tài chính);
 * - a role's description: "Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực …";
 * - a role's portfolio: "Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần
 *   chúng" is one mention, its fields no bodies (until a known name: "…, Sở Nội vụ").
 *
 * A list ends at "...", at ": " (what follows is a description) and at the end of a sentence.
 */
import { cleanName, suspiciousName, type AgencyContext, type AgencyDirectory } from './agencies.js';
import {
  AGENCY_START,
  AGENCY_WORDS,
  BARE_KINDS,
  BODY_KIND_WORDS,
  COLLECTIVE,
  LIST_ITEM_WORDS,
  startsWithWord,
  TASK_TEXT_WORDS,
} from '../vocabulary/index.js';

const TASK_TEXT = startsWithWord(TASK_TEXT_WORDS);
const LIST_PREFIX = /^Các\s+(Sở|Phòng|Bộ|Trung tâm|Chi cục|Cục|Vụ|đơn vị|[Tt]rường)\s*:\s*/u;
// The kind words a shorthand list repeats: "UBND huyện", "Sở", "Phòng".
const KIND_PREFIX =
  /^((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|thị xã|thành phố|xã)|Sở|Phòng|Trung tâm|Chi cục|Trường|Vụ|Cục|Tổng cục|Viện|Học viện|Bộ|Ban)\s+/u;
// Kinds whose further names are places ("UBND huyện Tân Yên, Yên Thế"), not fields of one name.
const PLACE_KIND = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s/u;
// A lower-case item that opens with a kind or an agency's word names bodies ("đơn vị liên
// quan", "các sở"); one that does not describes the item before it ("phụ trách lĩnh vực …").
const KIND_START = new RegExp(startsWithWord([...BODY_KIND_WORDS, ...AGENCY_WORDS]).source, 'iu');
// "Sở Văn hóa và Thể thao tỉnh, thành phố trực thuộc Trung ương" (448306:389): the second half
// of "tỉnh, thành phố" says which bodies, it names none.
const CITY_HALF = /^thành phố(?:\s+trực thuộc\s+[Tt]rung ương)?$/u;

// A role and its portfolio: "Phó chủ tịch phụ trách lĩnh vực …" (the fields follow).
const PORTFOLIO = /^(\S.*?\sphụ trách\s+(?:các\s+)?(?:lĩnh vực|mảng|công tác)\s+)(\S.*)$/u;

// Where a list's next item starts after " - ", " và " or "/": an agency word or a group's.
const ITEM_WORD = LIST_ITEM_WORDS.join('|');
const SEPARATOR = new RegExp(
  `;|,|\\s\\(|\\s[-–]\\s+(?=(?:các\\s+)?(?:${ITEM_WORD}|Các))|\\s+và\\s+(?=(?:các\\s+)?(?:${ITEM_WORD})|các\\s)|\\/\\s*(?=${ITEM_WORD}|Các|Tỉnh|Thành)`,
  'u',
);

// A branch after a body's name: " - Chi nhánh Khu vực II".
const BRANCH = /^\s*[-–]\s*Chi nhánh(?:\s+[^,;()]*?)?(?=\s*[,;(]|$)/u;

// What follows "liên quan" and describes what the group does, not a further item.
const RELATED_TAIL = new RegExp(
  `(\\s(?:có\\s+)?liên quan)\\s+(?!đến|tới|của|thuộc|trên|tại|và\\s+(?:các\\s+)?(?:${ITEM_WORD}))\\p{Ll}.*$`,
  'u',
);
// The head of a group of bodies, whose kinds may follow after commas: "Thủ trưởng các cơ quan,
// đơn vị …", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ".
const HEAD_OF_KINDS =
  /^(?:Bộ trưởng,\s*)?(?:Thủ trưởng|Trưởng|Giám đốc|Chủ tịch|Lãnh đạo|Người đứng đầu)\s+(?:các\s+)?\p{Ll}/u;

/** The mentions in a list, as printed (cleaned of bullets and separators). */
export function splitAssignees(text: string, directory: AgencyDirectory, context: AgencyContext): string[] {
  let rest = text
    .replace(/\s+/g, ' ')
    .replace(/(\.\.\.|…).*$/, '')
    .trim();
  // A list that opens as a task's text does ("Nghiên cứu xây dựng lộ trình …", 2530/QĐ-TTg
  // Phụ lục II) is text read in the wrong cell: one mention, which resolution refuses.
  if (TASK_TEXT.test(rest.replace(/^[-–+•\s]+/u, ''))) return [cleanName(rest)];
  let prefix: string | null = null;
  const listPrefix = LIST_PREFIX.exec(rest);
  if (listPrefix !== null) {
    // "Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh" (dong-nai-179:2617) lists
    // kinds of schools, not schools: one group, as printed.
    const kinds = rest.slice(listPrefix[0].length).replace(/[.;,\s]+$/, '');
    if (kinds.split(/\s*[,;]\s*/).every((kind) => BARE_KINDS.test(kind))) return [cleanName(rest)];
    prefix = listPrefix[1] === 'đơn vị' ? null : `${listPrefix[1]!.replace(/^t/, 'T')} `;
    rest = rest.slice(listPrefix[0].length);
  }
  // What follows ": " or the end of a sentence describes the work, not who does it; so does
  // "theo chức năng …", "trong việc …" ("các đơn vị điện lực trên địa bàn tỉnh trong việc", 987:227),
  // and the examples after "đặc biệt là" ("các địa phương lân cận, đặc biệt là thành phố Hà Nội …", 646f0a00:590).
  rest = rest
    .replace(/:\s.*$/, '')
    .replace(
      /,?\s+(?:theo\s+(?:chức năng|thẩm quyền|lĩnh vực|nhiệm vụ)|trong\s+(?:việc|phạm vi)|để|nhằm|đặc biệt là|nhất là)(?=[\s,.;]|$).*$/u,
      '',
    )
    // "Các đơn vị liên quan tiếp tục quan tâm đầu tư" (69db23c7:437): what the group does.
    // "Các bộ, ngành liên quan và chính quyền địa phương" (646f0a00:487): another item follows.
    .replace(RELATED_TAIL, '$1')
    // "Sở Y tế chủ trì, phối hợp với Sở …" (437c3beb:419): the assignment words end the name.
    .replace(/\s+chủ trì,?\s+phối hợp.*$|,?\s+phối hợp với\s.*$/u, '')
    .replace(/\.\s+\p{Lu}.*$/u, '')
    .replace(/[.;,\s]+$/, '');
  const portfolio = PORTFOLIO.exec(rest);
  if (portfolio !== null && !rest.includes(';')) {
    // The fields after "phụ trách lĩnh vực" are the role's, up to a known name.
    const fields = portfolio[2]!.split(/(,\s*|\s+và\s+)/u);
    let end = 0;
    while (end + 2 < fields.length && directory.matchPrefix(fields[end + 2]!, context, true, true) === null) end += 2;
    const mention = `${portfolio[1]}${fields.slice(0, end + 1).join('')}`;
    const after = fields.slice(end + 2).join('');
    return [cleanName(mention), ...(after === '' ? [] : splitAssignees(after, directory, context))];
  }
  const items: string[] = [];
  const knownItems = new Set<number>();
  // Items that open the list or a part of it after ";".
  const opening = new Set<number>();
  let lastKind: string | null = prefix;
  // How the last item was separated from this one: only a comma joins a continuation.
  let separator = '';
  while (rest.length > 0) {
    separator = /^[\s,;/–-]*(?:và|với)?/u.exec(rest)![0];
    rest = rest.replace(/^(?:[\s,;/]+|[-–]\s+|và\s+|với\s+)+/u, '');
    if (rest.length === 0) break;
    if (rest.startsWith('(') && items.length > 0 && !/[,;]/.test(separator)) {
      // "Sở Nội vụ (Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ …)" (31fb08f3:393), "Sở Y tế
      // (Chi Cục Dân số - Xã hội)": a gloss on the name before it, not another assignee.
      const close = rest.indexOf(')');
      rest = close === -1 ? '' : rest.slice(close + 1);
      continue;
    }
    const withPrefix = prefix !== null && !AGENCY_START.test(rest) ? `${prefix}${rest}` : rest;
    const added = withPrefix.length - rest.length;
    let known = directory.matchPrefix(withPrefix, context, true, true);
    const loose = directory.matchPrefix(withPrefix, context, false, true);
    const after = loose === null ? '' : withPrefix.slice(loose.length);
    if (
      loose !== null &&
      loose.length > (known?.length ?? 0) &&
      /^ \p{Lu}/u.test(after) &&
      directory.matchPrefix(after.slice(1), context, true, true) !== null
    ) {
      // "Sở Tài chính Các sở, ngành" (2820:789), "Bộ Thông tin và Truyền thông Bộ Khoa học và
      // Công nghệ" (03-nq-cp:401): two known names with the separator lost between them.
      known = loose;
    } else if (known === null) {
      {
        // "Các phòng, đơn vị trực thuộc Sở Y tế - ..." (000:238): the separator before "Sở Y
        // tế" was lost at a page break and the two names share the word "Sở". Read the word
        // twice when the words after a known name make a known name only together with its last word.
        const lastWord = loose === null ? undefined : /(\p{Lu}\p{Ll}*)$/u.exec(withPrefix.slice(0, loose.length))?.[1];
        if (loose !== null && lastWord !== undefined && /^ \p{Lu}/u.test(after)) {
          const shared = `${lastWord}${after}`;
          if (directory.matchPrefix(shared, context, true, true) !== null) {
            rest = `${lastWord}${rest.slice(loose.length - added)}`;
            items.push(cleanName(withPrefix.slice(0, loose.length)));
            knownItems.add(items.length - 1);
            continue;
          }
        }
      }
    }
    let item: string;
    const branch = known === null ? null : BRANCH.exec(withPrefix.slice(known.length));
    if (known !== null && branch !== null) {
      // "Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II" (dong-nai-179-kh-ubnd-2025.txt:1447):
      // a branch of the known body, one agency.
      const end = known.length + branch[0].length;
      item = withPrefix.slice(0, end);
      rest = rest.slice(end - added);
      known = null;
    } else if (known !== null) {
      item = withPrefix.slice(0, known.length);
      rest = rest.slice(known.length - added);
    } else {
      const end = embeddedNameEnd(rest, nextSeparator(rest), directory, context);
      item = rest.slice(0, end);
      rest = rest.slice(end);
      if (added > 0) item = `${prefix}${item}`;
    }
    item = item.trim().replace(/^[-–+•]\s*/, '');
    const lowerCase = /^\p{Ll}/u.test(item);
    const previous = items[items.length - 1];
    const previousKnown = knownItems.has(items.length - 1);
    const comma = separator.includes(',') && !/và|với/u.test(separator);
    const join = (joined: string) => {
      items[items.length - 1] = joined;
      knownItems.delete(items.length - 1);
    };
    const and = /và/u.test(separator) && !/[,;]/.test(separator);
    if (
      previous !== undefined &&
      and &&
      lowerCase &&
      !/^các\s/iu.test(item) &&
      BARE_KINDS.test(item) &&
      !/liên quan/u.test(item) &&
      isGroup(previous) &&
      previous.includes(',')
    ) {
      // "Các Bộ, ngành, địa phương và đơn vị" (bcdqg1237-252:290): one more kind of a group that
      // lists kinds. Not a group of its own ("Các tổ chức chính trị - xã hội và cơ quan tổ chức có
      // liên quan", bcdqg1237-252:83; "Các sở, ngành, địa phương và đơn vị có liên quan", Lạng Sơn
      // 2023:551, are two).
      join(`${previous} và ${item}`);
      continue;
    }
    if (previous !== undefined && and && /^các\s+(?:tổ chức\s+)?thành viên$/iu.test(item)) {
      // "Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên" (646f0a00:1830): a body with its
      // members, which are no bodies of their own without it.
      join(`${previous} và ${item}`);
      continue;
    }
    if (previous !== undefined && comma && /^các cấp$/iu.test(item) && isGroup(previous)) {
      // "các ngành, các cấp" (a83fffe0:250): the levels of the group before, not a group of their own.
      join(`${previous}, ${item}`);
      continue;
    }
    if (previous !== undefined && comma && lowerCase && /^lực lượng\s/iu.test(previous) && !/^các\s/iu.test(item)) {
      // "lực lượng quân đội, công an" (a49ef8a0:318): the forces of one group, not the province's police.
      join(`${previous}, ${item}`);
      continue;
    }
    if (
      previous !== undefined &&
      comma &&
      lowerCase &&
      HEAD_OF_KINDS.test(previous) &&
      !/^các\s/iu.test(item) &&
      KIND_START.test(item)
    ) {
      // "Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ" (987cadc8:78), "Trưởng các phòng, đơn
      // vị trực thuộc Sở": the heads of one group, whose kinds the commas list.
      join(`${previous}, ${item}`);
      continue;
    }
    if (previous !== undefined && comma && known === null && lowerCase && !/^các\s/iu.test(item)) {
      const group = isGroup(previous);
      if (!group && CITY_HALF.test(item) && / tỉnh$/u.test(previous)) continue;
      // "các trung tâm, viện nghiên cứu, trường đại học", "Sở, ban, ngành có liên quan", "Các
      // sở, ngành, đơn vị liên quan": one group of kinds (after a known group, only more kinds:
      // "Các tổ chức chính trị, xã hội, tổ chức KH-CN" are two); "…, phụ trách lĩnh vực Giám
      // sát": a description of the item before.
      // Any lower-case words continue a group that opens the list (or a part) or lists kinds
      // already; only more bare kinds continue another one ("Bộ Tài chính, bộ, ngành liên quan").
      const open = !previousKnown && continues(previous, opening.has(items.length - 1));
      if ((group && (open || BARE_KINDS.test(item))) || !KIND_START.test(item)) {
        join(`${previous}, ${item}`);
        continue;
      }
    }
    if (
      previous !== undefined &&
      comma &&
      known === null &&
      !previousKnown &&
      !lowerCase &&
      BARE_KINDS.test(item) &&
      !PLACE_KIND.test(item) &&
      isGroup(previous)
    ) {
      // "Viện, Trường" (dong-thap-552:682), "Các trường Đại học, Viện, …" (001): kinds.
      join(`${previous}, ${item}`);
      continue;
    }
    if (previous !== undefined && comma && known === null && COLLECTIVE.test(previous) && directory.isProvince(item)) {
      // "Các địa phương Bắc Ninh, Bình Dương, An Giang" (03-nq-cp): the places of one group.
      join(`${previous}, ${item}`);
      continue;
    }
    const kind = KIND_PREFIX.exec(item);
    if (kind !== null) {
      lastKind = `${kind[1]} `;
    } else if (
      lastKind !== null &&
      previous !== undefined &&
      !lowerCase &&
      !AGENCY_START.test(item) &&
      suspiciousName(item) === null
    ) {
      const repeated = `${lastKind}${cleanName(item)}`;
      const repeatedKnown = directory.matchPrefix(repeated, context, true, true)?.length === repeated.length;
      if (comma && !previousKnown && !repeatedKnown && !PLACE_KIND.test(lastKind) && prefix === null) {
        // "Vụ Khoa học công nghệ, Đào tạo và Môi trường" (987cadc8): one name's fields.
        join(`${previous}, ${item}`);
        continue;
      }
      // "UBND huyện Tân Yên, Yên Thế, Lục Ngạn" (002:94), "Sở Y tế, Tài chính".
      item = repeated;
      if (repeatedKnown) known = { length: repeated.length };
    } else {
      lastKind = prefix;
    }
    item = cleanName(item);
    if (item.length === 0) continue;
    if (known !== null) knownItems.add(items.length);
    if (items.length === 0 || separator.includes(';')) opening.add(items.length);
    items.push(item);
  }
  return items.filter((item) => /\p{L}{2}/u.test(item));
}

/**
 * Whether lower-case kinds after `previous` (`opens`: it opens the list or a part) add to its group:
 * after "Các …" always; after bare kinds when they open the list or a part of it after ";"
 * ("doanh nghiệp, viện nghiên cứu, trường đại học", dong-thap-552:490; "…; tổ chức, cá nhân liên
 * quan", 004:107) or name communes ("UBND xã, phường, đặc khu"), not in
 * the middle of a list of bodies ("…, tổ chức KH-CN, doanh nghiệp, cơ sở giáo dục đào tạo", 001:212).
 */
function continues(previous: string, opens: boolean): boolean {
  return COLLECTIVE.test(previous) || opens || PLACE_KIND.test(previous) || previous.includes(',');
}

/** Whether a mention names a group of bodies rather than one: "Các sở, …", "Viện", "UBND xã". */
function isGroup(mention: string): boolean {
  return COLLECTIVE.test(mention) || BARE_KINDS.test(mention.split(/\s*,\s*/)[0]!) || /^\p{Ll}/u.test(mention);
}

// Where a known name may start inside an item: "… trực thuộc Bộ Văn hóa, Thể thao và Du lịch".
const INNER_NAME_START = /\s(?:thuộc|của)\s+(?=\p{Lu})/gu;

/**
 * Where an item that is no known name ends, given the next separator at `end`: past a known name
 * the item names as its parent after "thuộc" or "của", when the separator falls inside it ("Các
 * cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch", 448306af:376, is one group, not "Các cơ
 * quan trực thuộc Bộ Văn hóa" and "Thể thao và Du lịch").
 */
function embeddedNameEnd(text: string, end: number, directory: AgencyDirectory, context: AgencyContext): number {
  for (const match of text.slice(0, end).matchAll(INNER_NAME_START)) {
    const start = match.index + match[0].length;
    const known = directory.matchPrefix(text.slice(start), context, true, true);
    if (known !== null && start + known.length > end) {
      const after = start + known.length;
      return after + nextSeparator(text.slice(after));
    }
  }
  return end;
}

/** Index of the next list separator in `text` (or its length). */
function nextSeparator(text: string): number {
  const match = SEPARATOR.exec(text);
  return match === null ? text.length : match.index;
}
