/**
 * Task tables as CSV (RFC 4180): a header row, then one row per task, every field quoted, rows
 * ended by CRLF, with a byte-order mark so spreadsheet programs read the Vietnamese as UTF-8.
 * A field that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a
 * carriage return) gets a leading apostrophe, the usual guard against CSV injection.
 */

/** What a CSV row says of a task. */
export interface CsvTask {
  id: string;
  code: string | null;
  title: string;
  timeframe: string | null;
  startYear: number | null;
  endYear: number | null;
  province: string | null;
  leads: { name: string }[];
  coordinators: { name: string }[];
  domains: { code: string }[];
  document: { id: string; symbol: string | null; title: string };
}

/** The columns, in order: stable English names, so scripts read a file the same in either language. */
export const CSV_COLUMNS = [
  'code',
  'title',
  'leads',
  'coordinators',
  'timeframe',
  'start_year',
  'end_year',
  'domains',
  'document',
  'province',
  'permalink',
] as const;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** The CSV text of `tasks`; permalinks are made absolute with `origin`. */
export function tasksCsv(tasks: readonly CsvTask[], origin: string): string {
  const rows = tasks.map((task) => [
    task.code ?? '',
    task.title,
    task.leads.map((agency) => agency.name).join('; '),
    task.coordinators.map((agency) => agency.name).join('; '),
    task.timeframe ?? '',
    task.startYear === null ? '' : String(task.startYear),
    task.endYear === null ? '' : String(task.endYear),
    task.domains.map((domain) => domain.code).join('; '),
    task.document.symbol ?? task.document.title,
    task.province ?? '',
    `${origin}/${task.id.split('/').map(encodeURIComponent).join('/')}`,
  ]);
  return BOM + [[...CSV_COLUMNS], ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Parses CSV text as tasksCsv writes it (quoted fields, CRLF rows): for tests and tools. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        value += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(value);
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += ch;
  }
  if (value !== '' || row.length > 0) rows.push([...row, value]);
  return rows;
}
