/**
 * Splits an assignee list as printed into agency mentions:
 *
 *   List    : Item (Sep Item)*
 *   Sep     : ";" | "," | " - " | " và " (before an agency name) | a new line's "- "
 *   Item    : KnownName | Name
 *
 * Known names are matched first, longest first, so names with commas or dashes survive
 * ("Các phòng, đơn vị trực thuộc Sở", "Sở Lao động - Thương binh và Xã hội"). Two shorthand
 * forms are expanded: "Các Sở: A; B; C" lists Sở A, Sở B, Sở C, and "UBND huyện Tân Yên, Yên
 * Thế" repeats the kind before each further name. A list ends at "...", at ": " (what follows
 * is a description) and at the end of a sentence.
 */
import { cleanName, suspiciousName, type AgencyContext, type AgencyDirectory } from './agencies.js';
import { AGENCY_START, COLLECTIVE, LIST_ITEM_WORDS } from '../vocabulary/index.js';

const LIST_PREFIX = /^Các\s+(Sở|Phòng|Bộ|Trung tâm|Chi cục|đơn vị)\s*:\s*/u;
// The kind words a shorthand list repeats: "UBND huyện", "Sở", "Phòng".
const KIND_PREFIX =
  /^((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:huyện|thị xã|thành phố|xã)|Sở|Phòng|Trung tâm|Chi cục|Trường)\s+/u;

// Where a list's next item starts after " - " or " và ": an agency word or a group's.
const ITEM_WORD = LIST_ITEM_WORDS.join('|');
const SEPARATOR = new RegExp(
  `;|,|\\s[-–]\\s+(?=(?:các\\s+)?(?:${ITEM_WORD}|Các))|\\s+và\\s+(?=(?:các\\s+)?(?:${ITEM_WORD}))`,
  'u',
);

/** The mentions in a list, as printed (cleaned of bullets and separators). */
export function splitAssignees(text: string, directory: AgencyDirectory, context: AgencyContext): string[] {
  let rest = text
    .replace(/\s+/g, ' ')
    .replace(/(\.\.\.|…).*$/, '')
    .trim();
  let prefix: string | null = null;
  const listPrefix = LIST_PREFIX.exec(rest);
  if (listPrefix !== null) {
    prefix = listPrefix[1] === 'đơn vị' ? null : `${listPrefix[1]} `;
    rest = rest.slice(listPrefix[0].length);
  }
  // What follows ": " or the end of a sentence describes the work, not who does it.
  rest = rest
    .replace(/:\s.*$/, '')
    .replace(/\.\s+\p{Lu}.*$/u, '')
    .replace(/[.;,\s]+$/, '');
  const items: string[] = [];
  const knownItems = new Set<number>();
  let lastKind: string | null = prefix;
  while (rest.length > 0) {
    rest = rest.replace(/^(?:[\s,;]+|[-–]\s+|và\s+|với\s+)+/u, '');
    if (rest.length === 0) break;
    const withPrefix = prefix !== null && !AGENCY_START.test(rest) ? `${prefix}${rest}` : rest;
    const added = withPrefix.length - rest.length;
    let known = directory.matchPrefix(withPrefix, context, true, true);
    if (known === null) {
      // "Các phòng, đơn vị trực thuộc Sở Y tế - ..." (000:238): the separator before "Sở Y tế"
      // was lost at a page break and the two names share the word "Sở". Read the word twice
      // when the words after a known name make a known name only together with its last word.
      const loose = directory.matchPrefix(withPrefix, context, false, true);
      const lastWord = loose === null ? undefined : /(\p{Lu}\p{Ll}*)$/u.exec(withPrefix.slice(0, loose.length))?.[1];
      if (loose !== null && lastWord !== undefined && /^ \p{Lu}/u.test(withPrefix.slice(loose.length))) {
        const shared = `${lastWord}${withPrefix.slice(loose.length)}`;
        if (directory.matchPrefix(shared, context, true, true) !== null) {
          known = loose;
          rest = `${lastWord}${rest.slice(loose.length - added)}`;
          items.push(cleanName(withPrefix.slice(0, loose.length)));
          knownItems.add(items.length - 1);
          continue;
        }
      }
    }
    let item: string;
    if (known !== null) {
      item = withPrefix.slice(0, known.length);
      rest = rest.slice(known.length - added);
    } else {
      const end = nextSeparator(rest);
      item = rest.slice(0, end);
      rest = rest.slice(end);
      if (added > 0) item = `${prefix}${item}`;
    }
    item = item.trim().replace(/^[-–+•]\s*/, '');
    const lowerCase = /^\p{Ll}/u.test(item);
    const kind = KIND_PREFIX.exec(item);
    if (kind !== null) {
      lastKind = `${kind[1]} `;
    } else if (lastKind !== null && !lowerCase && !AGENCY_START.test(item) && suspiciousName(item) === null) {
      // "UBND huyện Tân Yên, Yên Thế, Lục Ngạn" (002:94).
      item = `${lastKind}${item}`;
    } else {
      lastKind = prefix;
    }
    item = cleanName(item);
    if (item.length === 0) continue;
    const previous = items[items.length - 1];
    if (
      lowerCase &&
      known === null &&
      !/^các\s/iu.test(item) &&
      previous !== undefined &&
      COLLECTIVE.test(previous) &&
      !knownItems.has(items.length - 1)
    ) {
      // "các trung tâm, viện nghiên cứu, trường đại học": one group of kinds.
      items[items.length - 1] = `${previous}, ${item.charAt(0).toLowerCase()}${item.slice(1)}`;
      continue;
    }
    if (known !== null) knownItems.add(items.length);
    items.push(item);
  }
  return items.filter((item) => /\p{L}{2}/u.test(item));
}

/** Index of the next list separator in `text` (or its length). */
function nextSeparator(text: string): number {
  const match = SEPARATOR.exec(text);
  return match === null ? text.length : match.index;
}
