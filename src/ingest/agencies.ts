/**
 * Agency resolution: one node per real agency however the text spells it. A mention is
 * compared by its key (abbreviations expanded, diacritics and case folded, common misspellings
 * mended, "và" and the province's name dropped) with the dictionary's names and aliases, scoped to a province; what
 * the dictionary lacks is created under the name the text prints. Every spelling seen is kept.
 */
import type { AgencyDictionary, AgencyEntry, Dictionaries, ProvinceEntry } from './dictionary.js';
import type { AgencyRecord } from './types.js';
import { MAX_NAME_LOOKUPS } from './limits.js';
import { KindReader } from './kinds.js';
import { IngestError } from './normalize.js';
import { capitalize, foldWords, slugify, squash } from './text.js';
import {
  asCityName,
  BARE_KINDS,
  COLLECTIVE,
  DEPARTMENT_UNIT_WORDS,
  MINISTRY_UNIT_WORDS,
  NAME_MISSPELLINGS,
  NATIONAL_WORDS,
  startsWithWord,
  TASK_TEXT_WORDS,
} from '../vocabulary/index.js';

// The misspellings of names, as whole folded words.
const MISSPELLED = new RegExp(`(?<![a-z0-9])(?:${Object.keys(NAME_MISSPELLINGS).join('|')})(?![a-z0-9])`, 'g');

/** Where a mention is read: the document's province and, for a Sở's plan, that Sở. */
export interface AgencyContext {
  province: string | null;
  /** The Sở whose plan this is; its "Văn phòng Sở" and "Phòng ..." are its units. */
  department: AgencyRecord | null;
}

const UNIT_START = startsWithWord(DEPARTMENT_UNIT_WORDS);
const MINISTRY_UNIT_START = startsWithWord(MINISTRY_UNIT_WORDS);
const NATIONAL_START = startsWithWord(NATIONAL_WORDS);

/** An agency before its kinds are read (register reads them). */
type AgencyDraft = Omit<AgencyRecord, 'kind' | 'coversKinds'>;

interface IndexedEntry {
  entry: AgencyEntry;
  group: keyof AgencyDictionary;
}

/** Resolves mentions to agencies and collects the agencies one extraction uses. */
export class AgencyDirectory {
  private readonly byId = new Map<string, AgencyRecord>();
  private readonly provinceKeys: { key: string; name: string }[];
  /**
   * provinceKeys by their last word: a name can only end with a key ending in its own last word,
   * so trailingProvince (asked of every prefix matchPrefix tries) checks a few keys, not all.
   */
  private readonly provinceKeysByLastWord = new Map<string, { key: string; name: string }[]>();
  /** Each province's name and aliases as keys, longest first (a name's province suffix is dropped). */
  private readonly suffixKeys = new Map<string, string[]>();
  private readonly cities = new Set<string>();
  /** The province each former one became part of. */
  private readonly mergedInto = new Map<string, string>();
  private readonly nationalIndex = new Map<string, IndexedEntry>();
  /** The provincial dictionary's spellings that name no province ("Sở Y tế", "Các sở, ban, ngành"). */
  private readonly genericIndex = new Map<string, IndexedEntry>();
  private readonly provincialIndexes: Map<string, Map<string, IndexedEntry>>;
  private readonly abbreviationPattern: RegExp;
  // matchPrefix tries every prefix of a list as a name, so the same strings come back again and
  // again (a plan names its agencies many times): their keys are computed once per extraction.
  // Keys and provincial indexes depend on the dictionaries alone, so every extraction with the
  // same dictionaries (a corpus of hundreds of plans) shares them.
  private readonly keys: Map<string | null, Map<string, string>>;
  /**
   * matchPrefix's answers by the province, strictness and genericity asked for, then by text: the
   * splitter asks of every rest of every list, and a corpus's plans print the same lists (35,954
   * questions, 3,393 different, in 40 national plans). Like keys, they depend on the dictionaries alone.
   */
  private readonly prefixes: Map<string, Map<string, number | null>>;
  /** Names looked up so far, against MAX_NAME_LOOKUPS. */
  private lookups = 0;
  private readonly kinds = new KindReader(this);

  /** `file` names the text in the error thrown when it names more agencies than any plan. */
  constructor(
    private readonly dictionaries: Dictionaries,
    private readonly file = 'text',
  ) {
    let shared = SHARED.get(dictionaries);
    if (shared === undefined) {
      shared = { keys: new Map(), provincialIndexes: new Map(), prefixes: new Map() };
      SHARED.set(dictionaries, shared);
    }
    this.keys = shared.keys;
    this.prefixes = shared.prefixes;
    this.provincialIndexes = shared.provincialIndexes;
    this.provinceKeys = dictionaries.provinces
      .flatMap((province: ProvinceEntry) =>
        [province.name, ...(province.aliases ?? [])].map((alias) => ({ key: foldWords(alias), name: province.name })),
      )
      .sort((a, b) => b.key.length - a.key.length);
    for (const entry of this.provinceKeys) {
      const last = lastWord(entry.key);
      const same = this.provinceKeysByLastWord.get(last);
      if (same === undefined) this.provinceKeysByLastWord.set(last, [entry]);
      else same.push(entry);
    }
    for (const province of dictionaries.provinces) {
      if (province.city === true) this.cities.add(province.name);
      if (province.mergedInto !== undefined) this.mergedInto.set(province.name, province.mergedInto);
      const keys = [province.name, ...(province.aliases ?? [])].map((alias) => foldWords(alias));
      this.suffixKeys.set(
        province.name,
        [...new Set(keys)].sort((a, b) => b.length - a.length),
      );
    }
    const abbreviations = Object.keys(dictionaries.abbreviations).sort((a, b) => b.length - a.length);
    this.abbreviationPattern = new RegExp(
      `(?<![\\p{L}\\d&])(${abbreviations.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\d&])`,
      'gu',
    );
    for (const entry of dictionaries.agencies.national) {
      for (const spelling of [entry.name, ...entry.aliases]) {
        this.nationalIndex.set(this.key(spelling), { entry, group: 'national' });
      }
    }
    for (const group of ['provincial', 'collectives'] as const) {
      for (const entry of dictionaries.agencies[group]) {
        for (const spelling of [entry.name, ...entry.aliases]) {
          if (spelling.includes('{province}')) continue;
          const key = this.key(spelling);
          if (!this.nationalIndex.has(key) && !this.genericIndex.has(key)) this.genericIndex.set(key, { entry, group });
        }
      }
    }
  }

  /** Whether a province is a centrally-run city, whose bodies say "thành phố" for "tỉnh". */
  isCity(province: string | null): boolean {
    return province !== null && this.cities.has(province);
  }

  /** The comparison key of a name (see the module comment). */
  key(name: string, province: string | null = null): string {
    // By province, then by name: no joined string to build and hash on every look-up.
    return remembered(this.keys, province, name, 200_000, () => this.computeKey(name, province));
  }

  private computeKey(name: string, province: string | null): string {
    const expanded = name
      .normalize('NFC')
      .replace(this.abbreviationPattern, (abbr) => this.dictionaries.abbreviations[abbr] ?? abbr);
    let key = foldWords(expanded)
      .replace(MISSPELLED, (word) => NAME_MISSPELLINGS[word] ?? word)
      .split(' ')
      .filter((word) => word !== 'va')
      .join(' ');
    // "Đài Phát thanh và Truyền hình tỉnh", "Cục Thống kê tỉnh Hưng Yên", "Công an TP. Hồ Chí
    // Minh": the province is implied, under any of its names.
    if (province !== null) {
      for (const provinceKey of this.suffixKeys.get(province) ?? [foldWords(province)]) {
        if (endsWithPlace(key, provinceKey)) {
          key = key.slice(0, -provinceKey.length - 1);
          break;
        }
      }
    }
    return key.replace(/ tinh$/, '');
  }

  /** The canonical name of a province named (possibly without diacritics) in `text`, or null. */
  findProvince(text: string): string | null {
    const folded = ` ${foldWords(text)} `;
    for (const { key, name } of this.provinceKeys) if (folded.includes(` ${key} `)) return name;
    return null;
  }

  /** Whether `text` is a province's name (or alias) and nothing more: "Bình Dương". */
  isProvince(text: string): boolean {
    const folded = foldWords(text);
    return this.provinceKeys.some(({ key }) => key === folded);
  }

  /** The province that ends a name ("Báo Bắc Giang", "UBND tỉnh Hưng Yên"), or null. */
  private trailingProvince(name: string): string | null {
    const folded = foldWords(name);
    for (const { key, name: province } of this.provinceKeysByLastWord.get(lastWord(folded)) ?? []) {
      if (endsWithPlace(folded, key)) return province;
    }
    return null;
  }

  /**
   * The province a name is read in: the one it ends with, else the text's. A text of Thừa Thiên
   * Huế (a province until 2025) that names "UBND thành phố Huế" names its provincial city, a
   * district-level body, not the centrally-run city Huế became.
   */
  private scopeOf(name: string, province: string | null): string | null {
    const named = this.trailingProvince(name);
    if (named === null) return province;
    // Only a city named for a city of the province it replaced: not Hồ Chí Minh in Bình Dương's texts.
    const renamed =
      province !== null && this.mergedInto.get(province) === named && foldWords(province).endsWith(foldWords(named));
    if (renamed && this.isCity(named)) return province;
    return named;
  }

  private provincialIndex(province: string): Map<string, IndexedEntry> {
    let index = this.provincialIndexes.get(province);
    if (index === undefined) {
      index = new Map();
      for (const group of ['provincial', 'units', 'collectives'] as const) {
        for (const entry of this.dictionaries.agencies[group]) {
          for (const spelling of [entry.name, ...entry.aliases]) {
            index.set(this.key(spelling.replace(/\{province\}/g, province), province), { entry, group });
          }
        }
      }
      // A city's "Ủy ban nhân dân thành phố", "Thành ủy", "Công an Thành phố" are its
      // province-level bodies, under the same keys as a province's.
      if (this.isCity(province)) {
        for (const group of ['provincial', 'units', 'collectives'] as const) {
          for (const entry of this.dictionaries.agencies[group]) {
            const spellings = [entry.name, ...entry.aliases].map((spelling) => asCityName(spelling, province));
            if (entry.cityNames?.[province] !== undefined) spellings.push(entry.cityNames[province]);
            for (const spelling of spellings) {
              const key = this.key(spelling.replace(/\{province\}/g, province), province);
              if (!index.has(key)) index.set(key, { entry, group });
            }
          }
        }
      }
      this.provincialIndexes.set(province, index);
    }
    return index;
  }

  /**
   * Looks a mention up without creating anything. `generic`: with no province, a province's kind
   * of body ("Sở Y tế" in a ministry's plan: every province's) is found too.
   */
  private lookup(mention: string, province: string | null, generic = false): IndexedEntry | null {
    const national = this.nationalIndex.get(this.key(mention));
    if (national !== undefined) return national;
    if (province === null) return generic ? (this.genericIndex.get(this.key(mention)) ?? null) : null;
    return this.provincialIndex(province).get(this.key(mention, province)) ?? null;
  }

  /** A dictionary entry's name in a province (or a centrally-run city). */
  private canonicalName(entry: AgencyEntry, province: string): string {
    const name = this.isCity(province) ? (entry.cityNames?.[province] ?? asCityName(entry.name, province)) : entry.name;
    return name.replace(/\{province\}/g, province);
  }

  /**
   * The longest known agency name at the start of `text` (followed by a separator or the end),
   * with the number of characters it spans. `strict`: the name must end where a list item does.
   * Lets lists be split where names contain commas or dashes ("Các phòng, đơn vị trực thuộc
   * Sở", "Sở Lao động - Thương binh và Xã hội"). `generic`: in a text of no province, a
   * province's kind of body counts as known ("Sở Văn hóa, Thể thao và Du lịch" in a ministry's
   * plan); assignee lists want this, a citation's issuer does not (whose "UBND tỉnh" is unsaid).
   */
  matchPrefix(text: string, context: AgencyContext, strict = false, generic = false): { length: number } | null {
    this.count();
    const scope = `${context.province ?? ''}\u0000${strict ? 's' : ''}${generic ? 'g' : ''}`;
    const length = remembered(this.prefixes, scope, text, 100_000, () =>
      this.longestPrefix(text, context.province, strict, generic),
    );
    return length === null ? null : { length };
  }

  private longestPrefix(
    text: string,
    contextProvince: string | null,
    strict: boolean,
    generic: boolean,
  ): number | null {
    const boundaries: number[] = [];
    for (let i = 1; i <= Math.min(text.length, 120); i += 1) {
      if (i === text.length || /[\s,;.:)(/]/.test(text[i]!)) boundaries.push(i);
    }
    for (let b = boundaries.length - 1; b >= 0; b -= 1) {
      // The prefix less its trailing separators; by hand, as /[\s,;.]+$/ would try every position.
      let end = boundaries[b]!;
      while (end > 0 && SEPARATOR.test(text[end - 1]!)) end -= 1;
      const candidate = text.slice(0, end);
      // The key ignores punctuation, so "Sở Y tế; '}" would pass for "Sở Y tế": no name holds code.
      if (CODE_LIKE.test(candidate)) continue;
      // The key ignores "và", so "Chính phủ và" would pass for "Chính phủ": a name never ends so.
      if (/\s(và|với|của|các|thuộc|tại|về)$/iu.test(candidate)) continue;
      // In a list, a name ends where an item does ("UBND" is no name in "UBND thành phố Bắc Giang").
      // "/" only before another name ("Sở A/Sở B"), not in "UBND các tỉnh/thành phố".
      if (strict && !/^\s*(?:$|[,;:.()]|\/\s*\p{Lu}|[-–]\s|và\s)/u.test(text.slice(boundaries[b]!))) continue;
      const province = this.scopeOf(candidate, contextProvince);
      if (candidate.length >= 4 && this.lookup(candidate, province, generic) !== null) return boundaries[b]!;
    }
    return null;
  }

  /**
   * Resolves a mention (as printed) to an agency, creating it when the dictionary lacks it.
   * `generic`: an assignee of a text of no province that names a province's kind of body ("Sở
   * Văn hóa và Thể thao" in a ministry's plan) is the group of every province's such body.
   */
  resolve(mention: string, context: AgencyContext, generic = false): AgencyRecord {
    this.count();
    const name = cleanName(mention);
    const province = this.scopeOf(name, context.province);
    const found = this.lookup(name, province, generic);
    if (found !== null && province === null && found.group !== 'national') {
      // "Sở Văn hóa và Thể thao" in a ministry's plan: the department of every province.
      return this.register(
        {
          id: `agency/vn/${found.entry.key}`,
          name: found.entry.name.includes('{province}') ? name : found.entry.name,
          aliases: [name],
          province: null,
          isCollective: true,
          parent: null,
        },
        name,
      );
    }
    if (found !== null) return this.fromEntry(found, name, province, context);
    // A generic kind printed in lower case in a list ("doanh nghiệp", "viện nghiên cứu") is a
    // group of bodies, not one agency.
    // "Viện, Trường", "Doanh nghiệp", "Đơn vị có liên quan" name kinds of bodies: groups too.
    const isCollective =
      COLLECTIVE.test(name) || /^\p{Ll}/u.test(mention.trim()) || BARE_KINDS.test(name.split(/\s*,\s*/)[0]!);
    // In a ministry's plan its Vụ, Cục and Văn phòng Bộ are its units, as a Sở's Phòng are the Sở's.
    const ministry = context.department !== null && context.department.province === null;
    const isUnit =
      !isCollective && context.department !== null && (ministry ? MINISTRY_UNIT_START : UNIT_START).test(name);
    const isNational = ministry || (!isUnit && NATIONAL_START.test(name) && !/tỉnh|huyện/.test(name));
    const key = slugify(this.key(name, province));
    if (isNational || province === null) {
      return this.register({
        // "Vụ Pháp chế" of one ministry is not that of another: a unit's id is under its ministry's.
        id: isUnit ? `${context.department!.id}/${key}` : `agency/vn/${key}`,
        name,
        aliases: [name],
        province: null,
        isCollective,
        parent: isUnit ? context.department!.id : null,
      });
    }
    const parent = isUnit ? context.department : null;
    const id = parent !== null ? `${parent.id}/${key}` : `agency/${slugify(province)}/${key}`;
    return this.register({ id, name, aliases: [name], province, isCollective, parent: parent?.id ?? null });
  }

  /**
   * The dictionary agency a letterhead names ("BỘ KHOA HỌC VÀ CÔNG NGHỆ", "ỦY BAN NHÂN DÂN TỈNH
   * NGHỆ AN"), or null. Capitals are typography, so the heading is not kept as an alias.
   */
  fromHeading(heading: string, province: string | null): AgencyRecord | null {
    const name = squash(heading);
    const scope = this.scopeOf(name, province);
    const found = this.lookup(name, scope);
    if (found === null) return null;
    return this.byKey(found.entry.key, found.group === 'national' ? null : scope);
  }

  /**
   * The agency of a dictionary key in a province (for issuers read from symbols: "UBND" → ubnd).
   * Null when the key names a provincial body and the province is unknown: "…/KH-UBND" in a text
   * that names no province cites some People's Committee, and guessing which would be wrong.
   */
  byKey(key: string, province: string | null, spelling?: string): AgencyRecord | null {
    const groups: (keyof AgencyDictionary)[] =
      province === null ? ['national'] : ['national', 'provincial', 'units', 'collectives'];
    for (const group of groups) {
      const entry = this.dictionaries.agencies[group].find((candidate) => candidate.key === key);
      if (entry !== undefined) {
        return this.fromEntry(
          { entry, group },
          spelling ?? (province === null ? entry.name : this.canonicalName(entry, province)),
          province,
          {
            province,
            department: null,
          },
        );
      }
    }
    return null;
  }

  /** Every agency resolved so far (parents included). */
  all(): AgencyRecord[] {
    return [...this.byId.values()];
  }

  private fromEntry(
    found: IndexedEntry,
    spelling: string,
    province: string | null,
    context: AgencyContext,
  ): AgencyRecord {
    const { entry, group } = found;
    if (group === 'national') {
      const parent = entry.parent ? this.byKey(entry.parent, null) : null;
      return this.register(
        {
          id: `agency/vn/${entry.key}`,
          name: entry.name,
          aliases: [spelling],
          province: null,
          isCollective: false,
          parent: parent?.id ?? null,
        },
        spelling,
      );
    }
    const provinceName = province!;
    const canonical = this.canonicalName(entry, provinceName);
    const isCollective = group === 'collectives';
    let parent: AgencyRecord | null = null;
    if (group === 'units' || (isCollective && entry.scope === 'department')) {
      parent = entry.parent ? this.byKey(entry.parent, provinceName) : context.department;
      // A unit named in a plan of another Sở than its dictionary parent belongs to that Sở only
      // when the dictionary says nothing; a dictionary parent always wins.
    } else if (entry.parent) {
      parent = this.byKey(entry.parent, provinceName);
    }
    const id =
      parent !== null && (group === 'units' || isCollective)
        ? `${parent.id}/${entry.key}`
        : `agency/${slugify(provinceName)}/${entry.key}`;
    return this.register(
      { id, name: canonical, aliases: [spelling], province: provinceName, isCollective, parent: parent?.id ?? null },
      spelling,
    );
  }

  /** Counts a look-up; a text past MAX_NAME_LOOKUPS is padding or generated, not a plan. */
  private count(): void {
    this.lookups += 1;
    if (this.lookups > MAX_NAME_LOOKUPS) {
      throw new IngestError(
        `${this.file}: more than ${MAX_NAME_LOOKUPS.toLocaleString('en')} agency names to read; a plan names a few hundred at most, so this is not read.`,
        this.file,
      );
    }
  }

  /** Records an agency once (its kinds read from its name), or adds a spelling to the one recorded. */
  private register(record: AgencyDraft, spelling: string = record.name): AgencyRecord {
    const existing = this.byId.get(record.id);
    if (existing !== undefined) {
      if (!existing.aliases.includes(spelling)) existing.aliases.push(spelling);
      return existing;
    }
    const stored: AgencyRecord = {
      ...record,
      aliases: [...new Set([spelling, ...record.aliases])],
      ...this.kinds.read(record.name, record.province, record.isCollective),
    };
    this.byId.set(record.id, stored);
    return stored;
  }
}

/** What every AgencyDirectory over the same dictionaries computes alike (see `keys`). */
const SHARED = new WeakMap<
  Dictionaries,
  {
    keys: Map<string | null, Map<string, string>>;
    provincialIndexes: Map<string, Map<string, IndexedEntry>>;
    prefixes: Map<string, Map<string, number | null>>;
  }
>();

function lastWord(folded: string): string {
  return folded.slice(folded.lastIndexOf(' ') + 1);
}

/**
 * Whether folded words end with a province's key as a place: "Đoàn Thanh niên Cộng sản Hồ Chí
 * Minh" names a person, not the city (whose alias "Hồ Chí Minh" it ends with).
 */
function endsWithPlace(folded: string, provinceKey: string): boolean {
  return folded.endsWith(` ${provinceKey}`) && !folded.endsWith(`cong san ${provinceKey}`);
}

/** Trims list punctuation and bullets around a mention, and capitalises a collective. */
export function cleanName(mention: string): string {
  const name = squash(mention)
    .replace(/^[-+•–\s]+/, '')
    // "Sở Sở Công thương" (dong-nai-179:2219): a word typed twice.
    .replace(/^(\p{Lu}\p{Ll}*) \1(?= )/u, '$1')
    .replace(/^(và|với)\s+/i, '')
    .replace(/[\s,;.:|-]+$/, '')
    .replace(/^\((.*)\)$/, '$1');
  // "(Kèm theo Kế hoạch ... của UBND tỉnh Nghệ An)": a bracket the name did not open.
  const balanced = name.includes('(') ? name : name.replace(/\)+$/, '');
  const opened = balanced.includes(')') ? balanced : balanced.replace(/^\(+/, '');
  return /^\p{Ll}/u.test(opened) ? capitalize(opened) : opened;
}

/** Longer than any agency's name or list of kinds in the seeds and ../shared/corpus (89 characters). */
const MAX_NAME_CHARS = 160;
const TASK_TEXT = startsWithWord(TASK_TEXT_WORDS);
// What may follow a name in a list and is not part of it (see matchPrefix).
const SEPARATOR = /[\s,;.]/;
// Characters no agency's name prints; they come from code, markup or a broken extraction.
const CODE_LIKE = /[{}[\]<>`$=\\|^~#@*_"']|\/\/|--/u;

/**
 * Why a mention (as printed) cannot be an agency's name, or null when it can: code-like
 * punctuation (`'}) DETACH DELETE n //`), no letters, mostly not letters, too long, the words
 * of a task's text ("Xây dựng …") or only a word that opens a name ("các").
 */
export function suspiciousName(mention: string): string | null {
  const name = squash(mention);
  if (!/\p{L}/u.test(name)) return 'it has no letters';
  const task = TASK_TEXT.exec(name);
  if (task !== null) return `it opens with "${task[1]}", as a task's text does, not an agency's name`;
  // "phối hợp với các" cut short (3a2db039:374): a word that opens a name is none.
  if (/^(?:các|và|với|của|cùng)$/iu.test(name)) return `it is only the word "${name}"`;
  if (name.length > MAX_NAME_CHARS) return `it is ${name.length} characters long, longer than any agency's name`;
  const code = CODE_LIKE.exec(name);
  if (code !== null) return `it holds "${code[0]}", which no agency's name prints`;
  const letters = name.replace(/[^\p{L}]/gu, '').length;
  if (letters < name.replace(/\s/g, '').length * 0.6) return 'it is mostly not letters';
  return null;
}

/**
 * The value of `compute()` for `key` in the cache of `scope`, remembered: each scope's cache
 * holds at most `limit` values, and starts again empty when full, so memory stays bounded.
 */
function remembered<S, V>(caches: Map<S, Map<string, V>>, scope: S, key: string, limit: number, compute: () => V): V {
  let cache = caches.get(scope);
  if (cache === undefined) {
    cache = new Map();
    caches.set(scope, cache);
  }
  if (cache.has(key)) return cache.get(key)!;
  const value = compute();
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}
