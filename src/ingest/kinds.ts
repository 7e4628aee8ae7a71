/**
 * Agency kinds: the sort of body an agency is, read from its name with the vocabulary's
 * KIND_NAMES and UBND_LEVEL_WORDS (src/vocabulary/agency-kinds.ts), and for a collective the
 * kinds its name says it covers. A name the vocabulary does not know gets no kind: a kind is
 * never guessed from a word or two ("Trung tâm …", "Ban Chỉ đạo các tỉnh").
 */
import { foldWords } from './text.js';
import {
  AGENCY_KINDS,
  asCityName,
  COLLECTIVE_LEAD_WORDS,
  COLLECTIVE_LEVEL_WORDS,
  KIND_NAMES,
  UBND_LEVEL_WORDS,
  type AgencyKind,
} from '../vocabulary/index.js';

/** What reading a kind needs of the agency directory: its comparison keys and its cities. */
export interface KindKeys {
  /** The comparison key of a name read in a province (see AgencyDirectory.key). */
  key(name: string, province: string | null): string;
  isCity(province: string | null): boolean;
}

/** An agency's kind and, for a collective, the kinds it covers. */
export interface AgencyKinds {
  kind: AgencyKind | null;
  coversKinds: AgencyKind[];
}

/** Ministries' kinds: only a national body is one, and a national body is no province's kind. */
const isNational = (kind: AgencyKind): boolean => kind.startsWith('BO_');

const LEAD = new RegExp(`^(?:${COLLECTIVE_LEAD_WORDS.join('|')})\\s+`, 'iu');
const UBND_LEVELS = UBND_LEVEL_WORDS.map(([word, kind]) => [foldWords(word), kind] as const);
const UBND_NAME = new RegExp(`^uy ban nhan dan (?:(${COLLECTIVE_LEVEL_WORDS.map(foldWords).join('|')}) )?(.*)$`);
// "Sở Y tế các tỉnh": the kind's name, then "các" and the places.
const BEFORE_PLACES = /^(.+?)\s+các\s/iu;

/** Reads kinds for one extraction's directory; the keys of each province's names are built once. */
export class KindReader {
  private readonly indexes = new Map<string, Map<string, AgencyKind>>();

  constructor(private readonly keys: KindKeys) {}

  /** The kinds of an agency as the directory records it (its canonical name, province, whether a group). */
  read(name: string, province: string | null, isCollective: boolean): AgencyKinds {
    if (isCollective) return { kind: null, coversKinds: this.covers(name, province) };
    return { kind: this.kindOf(name, province, province === null), coversKinds: [] };
  }

  /**
   * The kind one body's name names, or null. `national`: a ministry's kind is looked for, else
   * a province's body's.
   */
  private kindOf(name: string, province: string | null, national: boolean): AgencyKind | null {
    const named = this.index(province).get(this.keys.key(name, province));
    if (named !== undefined) return isNational(named) === national ? named : null;
    if (national) return null;
    // "UBND huyện Lục Ngạn", "UBND thành phố Bắc Giang": a committee below the province, by its
    // level and a place's name after it.
    const level = this.level(name);
    return level !== null && level.rest.length > 0 && !level.plural ? level.kind : null;
  }

  /**
   * The kinds a collective's name says it covers: a province's kind of body named in a text of
   * no province ("Sở Văn hóa và Thể thao" in a ministry's plan: every province's), a level of
   * People's Committees ("UBND các huyện, thị xã, thành phố", "UBND cấp xã"), or a kind named
   * before "các" ("Sở Y tế các tỉnh"). None when it names no kind ("Các sở, ban, ngành").
   */
  private covers(name: string, province: string | null): AgencyKind[] {
    const bodies = name.replace(LEAD, '');
    const whole = this.index(province).get(this.keys.key(bodies, province));
    if (whole !== undefined) return [whole];
    const level = this.level(bodies);
    if (level !== null) return [level.kind];
    const head = BEFORE_PLACES.exec(bodies)?.[1];
    if (head === undefined) return [];
    const kind = this.index(province).get(this.keys.key(head, province));
    return kind === undefined ? [] : [kind];
  }

  /**
   * The level a People's Committee's name gives after "Ủy ban nhân dân" ("các" or "cấp" may
   * come between: `plural`), with what follows it.
   */
  private level(name: string): { kind: AgencyKind; rest: string; plural: boolean } | null {
    const folded = this.keys.key(name, null);
    const match = UBND_NAME.exec(folded);
    if (match === null) return null;
    for (const [word, kind] of UBND_LEVELS) {
      if (match[2] === word || match[2]!.startsWith(`${word} `)) {
        return { kind, rest: match[2]!.slice(word.length).trim(), plural: match[1] !== undefined };
      }
    }
    return null;
  }

  /** The keys of every kind's names as read in a province (a city's names too, see asCityName). */
  private index(province: string | null): Map<string, AgencyKind> {
    const scope = province ?? '';
    let index = this.indexes.get(scope);
    if (index === undefined) {
      index = new Map();
      for (const kind of AGENCY_KINDS) {
        for (const name of KIND_NAMES[kind]) {
          const spellings = [province === null ? name : `${name} ${province}`];
          if (province !== null && this.keys.isCity(province)) {
            spellings.push(asCityName(`${name} {province}`, province).replace(/\{province\}/g, province));
          }
          for (const spelling of spellings) {
            const key = this.keys.key(spelling, province);
            if (!index.has(key)) index.set(key, kind);
          }
        }
      }
      this.indexes.set(scope, index);
    }
    return index;
  }
}
