/**
 * What an export is asked for: a format, a CSV table, and filters named as the HTTP route's
 * query parameters (`province`, `includeFormer`, `domain`, `implements`, `document`), which the
 * CLI takes as options. Checked here for their form, and against the graph by `resolveFilter`.
 */
import { DOMAIN_CODES } from '../vocabulary/index.js';
import { slugify } from '../text/index.js';
import { findFilterValues, type ExportFilter } from '../graph/export.repository.js';
import type { Reader } from '../graph/driver.js';

/** The formats, as the CLI's --format and the route's /export/<format> name them. */
export const EXPORT_FORMATS = ['graphml', 'gexf', 'csv', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The tables of the CSV format (/export/csv/<table>; one file each with --out <dir>). */
export const CSV_TABLES = ['documents', 'tasks', 'assignments', 'agencies', 'lineage', 'panel'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** The filters, in the order they are described in an export's header. */
export const FILTER_NAMES = ['document', 'implements', 'province', 'includeFormer', 'domain'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** The filters as given: each value a string (`includeFormer`: "", "true" or "false"). */
export type RawFilter = Partial<Record<FilterName, string>>;

/** One export: a format, for CSV a table, and the filters as given. */
export interface ExportRequest {
  format: ExportFormat;
  table: CsvTable | null;
  filter: RawFilter;
}

/**
 * A mistake in what was asked: an unknown format, table or filter, or a filter value that names
 * nothing. `argument` is the filter's name (or `format`, `table`); the CLI exits 2 with it, the
 * route answers 400 (404 for a format or table, which are part of its path).
 */
export class ExportArgumentError extends Error {
  override name = 'ExportArgumentError';
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

/** Longest filter value accepted (ids and province names are far shorter). */
const MAX_VALUE_LENGTH = 300;

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function isCsvTable(value: string): value is CsvTable {
  return (CSV_TABLES as readonly string[]).includes(value);
}

/**
 * Checks a format, table and filter entries (name, value pairs in the order given) for their
 * form; throws ExportArgumentError naming the first wrong one.
 */
export function parseExportRequest(
  format: string,
  table: string | null,
  entries: Iterable<[string, string]>,
): ExportRequest {
  if (!isExportFormat(format)) {
    throw new ExportArgumentError(
      'format',
      `Unknown export format "${format}"; the formats are ${EXPORT_FORMATS.join(', ')}.`,
    );
  }
  if (format === 'csv' && table !== null && !isCsvTable(table)) {
    throw new ExportArgumentError('table', `Unknown CSV table "${table}"; the tables are ${CSV_TABLES.join(', ')}.`);
  }
  if (format !== 'csv' && table !== null) {
    throw new ExportArgumentError(
      'table',
      `Only the csv format has tables; ${format} is one file (got table "${table}").`,
    );
  }
  const filter: RawFilter = {};
  for (const [name, value] of entries) {
    if (!(FILTER_NAMES as readonly string[]).includes(name)) {
      throw new ExportArgumentError(name, `Unknown filter "${name}"; the filters are ${FILTER_NAMES.join(', ')}.`);
    }
    const key = name as FilterName;
    if (filter[key] !== undefined) throw new ExportArgumentError(name, `Filter "${name}" is given twice.`);
    if (value.length > MAX_VALUE_LENGTH) {
      throw new ExportArgumentError(name, `Filter "${name}" is longer than ${MAX_VALUE_LENGTH} characters.`);
    }
    if (key !== 'includeFormer' && value.trim() === '') {
      throw new ExportArgumentError(name, `Filter "${name}" has no value.`);
    }
    filter[key] = value.normalize('NFC').trim();
  }
  return { format, table: table as CsvTable | null, filter };
}

/** A resolved filter, with what its header says of it. */
export interface ResolvedFilter {
  filter: ExportFilter;
  /** `province=Bắc Ninh, includeFormer, domain=HEALTH`, or `none`. */
  description: string;
}

/**
 * Checks the filter's values against the graph (one round trip): the documents and the province
 * must exist, the domain be one of the five. Throws ExportArgumentError naming the filter.
 */
export async function resolveFilter(db: Reader, raw: RawFilter): Promise<ResolvedFilter> {
  const includeFormer = parseBoolean('includeFormer', raw.includeFormer);
  if (includeFormer && raw.province === undefined) {
    throw new ExportArgumentError(
      'includeFormer',
      'Filter "includeFormer" applies to a province; give "province" too.',
    );
  }
  let domain: string | null = null;
  if (raw.domain !== undefined) {
    domain = raw.domain.toUpperCase();
    if (!(DOMAIN_CODES as readonly string[]).includes(domain)) {
      throw new ExportArgumentError(
        'domain',
        `Filter "domain": "${raw.domain}" is not a domain; give one of ${DOMAIN_CODES.join(', ')}.`,
      );
    }
  }
  const filter: ExportFilter = {
    document: raw.document ?? null,
    implements: raw.implements ?? null,
    province: raw.province === undefined ? null : slugify(raw.province),
    includeFormer,
    domain,
  };
  const found = await findFilterValues(db, filter);
  for (const name of ['document', 'implements'] as const) {
    if (filter[name] !== null && !found[name]) {
      throw new ExportArgumentError(
        name,
        `Filter "${name}": no document has the id "${filter[name]}" (ids look like "doc/vn/tw/nq/2023/36").`,
      );
    }
  }
  if (filter.province !== null && found.province === null) {
    throw new ExportArgumentError(
      'province',
      `Filter "province": no province is named "${raw.province}" (give a name such as "Bắc Ninh" or "Thành phố Hồ Chí Minh").`,
    );
  }
  const parts = [
    filter.document === null ? null : `document=${filter.document}`,
    filter.implements === null ? null : `implements=${filter.implements}`,
    found.province === null ? null : `province=${found.province}`,
    includeFormer ? 'includeFormer' : null,
    domain === null ? null : `domain=${domain}`,
  ].filter((part) => part !== null);
  return { filter, description: parts.length === 0 ? 'none' : parts.join(', ') };
}

function parseBoolean(name: string, value: string | undefined): boolean {
  if (value === undefined || value === 'false' || value === '0') return false;
  if (value === '' || value === 'true' || value === '1') return true;
  throw new ExportArgumentError(name, `Filter "${name}" is true or false, got "${value}".`);
}
