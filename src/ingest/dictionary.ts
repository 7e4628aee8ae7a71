/**
 * The hand-kept dictionaries in seed/: agencies, abbreviations, domains, provinces, and the
 * catalogue of facts a text lacks. Read from files here; everything downstream is pure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slugify } from './text.js';
import type { DomainCode } from './types.js';

export interface AgencyEntry {
  key: string;
  name: string;
  aliases: string[];
  /** Key of the parent agency; for units, null means "the Sở that issued the plan". */
  parent?: string | null;
  scope?: 'province' | 'department';
  /**
   * The name in a centrally-run city whose name for the body is not the province's with
   * "thành phố" for "tỉnh" (see asCityName): "Bộ Tư lệnh Thủ đô Hà Nội", by the city's name.
   */
  cityNames?: Record<string, string>;
}

export interface AgencyDictionary {
  national: AgencyEntry[];
  provincial: AgencyEntry[];
  units: AgencyEntry[];
  collectives: AgencyEntry[];
}

export interface DomainEntry {
  code: DomainCode;
  name: string;
  nameEn: string;
  keywords: string[];
  exclude: string[];
}

export interface ProvinceEntry {
  name: string;
  aliases?: string[];
  /** One of the 34 provinces since the 2025 merger. */
  current?: boolean;
  /**
   * A centrally-run city (thành phố trực thuộc trung ương): its province-level bodies are named
   * "Ủy ban nhân dân thành phố", "Thành ủy", "Công an thành phố" where a province's say "tỉnh".
   */
  city?: boolean;
  /** The province a former one became part of, and when (`on`, an ISO date). */
  mergedInto?: string;
  on?: string;
}

/** A province as the graph stores it (see cypher/load/merge-provinces.cypher). */
export interface ProvinceRecord {
  id: string;
  name: string;
  current: boolean;
  mergedIntoId: string | null;
  on: string | null;
}

/** The Province nodes and MERGED_INTO edges of the province dictionary. */
export function provinceRecords(provinces: ProvinceEntry[]): ProvinceRecord[] {
  return provinces.map((province) => ({
    id: slugify(province.name),
    name: province.name,
    current: province.current === true,
    mergedIntoId: province.mergedInto === undefined ? null : slugify(province.mergedInto),
    on: province.on ?? null,
  }));
}

/**
 * Facts about a document that its text does not print (only what the text lacks), keyed by the
 * id its text gives with the year unknown (`doc/lang-son/ubnd/kh/_/x-2b823b8a`). No province:
 * the id it is keyed by already holds the one the text gives.
 */
export interface CatalogueEntry {
  issuedOn?: string;
  /** For the reader: the file the entry was written for. Entries are never looked up by it. */
  file?: string;
  note?: string;
}

export interface Dictionaries {
  agencies: AgencyDictionary;
  abbreviations: Record<string, string>;
  domains: DomainEntry[];
  provinces: ProvinceEntry[];
  catalogue: Record<string, CatalogueEntry>;
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new Error(`Cannot read the dictionary ${file}: ${(error as Error).message}`);
  }
}

/** Loads the dictionaries from a seed folder (seed/ by default). */
export function loadDictionaries(seedDir: string): Dictionaries {
  const abbreviations = readJson<Record<string, string>>(path.join(seedDir, 'abbreviations.json'));
  delete abbreviations._comment;
  const catalogueFile = path.join(seedDir, 'catalogue.json');
  const catalogue = fs.existsSync(catalogueFile)
    ? readJson<{ documents: Record<string, CatalogueEntry> }>(catalogueFile).documents
    : {};
  // An entry keyed the old way, by file name, would never match: say so rather than drop the date.
  for (const key of Object.keys(catalogue)) {
    if (!/^doc\/[^/]+\/[^/]+\/[^/]+\/_\/[^/]+$/.test(key)) {
      throw new Error(
        `Cannot read the dictionary ${catalogueFile}: the key "${key}" is not a document id with the year unknown, such as "doc/lang-son/ubnd/kh/_/x-2b823b8a".`,
      );
    }
  }
  return {
    agencies: readJson<AgencyDictionary>(path.join(seedDir, 'agencies.json')),
    abbreviations,
    domains: readJson<{ domains: DomainEntry[] }>(path.join(seedDir, 'domains.json')).domains,
    provinces: readJson<{ provinces: ProvinceEntry[] }>(path.join(seedDir, 'provinces.json')).provinces,
    catalogue,
  };
}
