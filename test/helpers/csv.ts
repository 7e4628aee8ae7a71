/**
 * Reads an export's CSV as a spreadsheet user would after skipping its first line: the `#`
 * header, the column names and the rows (RFC 4180: quoted fields may hold commas, quotes and
 * line breaks). Throws on a malformed quote, so a test can rely on what it returns.
 */
export interface CsvTable {
  header: string;
  columns: string[];
  rows: Record<string, string>[];
}

export function parseCsv(text: string): CsvTable {
  const newline = text.indexOf('\r\n');
  const header = text.slice(0, newline);
  if (!header.startsWith('# ')) throw new Error(`The first line is not a "# " header: ${header.slice(0, 80)}`);
  const records = parseRecords(text.slice(newline + 2));
  const [columns = [], ...rows] = records;
  return {
    header,
    columns,
    rows: rows.map((fields) => {
      if (fields.length !== columns.length)
        throw new Error(`A row has ${fields.length} fields, not ${columns.length}.`);
      return Object.fromEntries(columns.map((column, i) => [column, fields[i]!]));
    }),
  };
}

function parseRecords(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) throw new Error('A quoted field is not closed.');
        field += text.slice(i, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      field = end === -1 ? text.slice(i) : text.slice(i, i + end);
      if (field.includes('"') || field.includes('\n'))
        throw new Error(`An unquoted field holds a quote or newline: ${field}`);
      i = end === -1 ? text.length : i + end;
    }
    fields.push(field);
    if (text.startsWith(',', i)) {
      i += 1;
    } else if (text.startsWith('\r\n', i) || i >= text.length) {
      records.push(fields);
      fields = [];
      i += 2;
    } else {
      throw new Error(`Unexpected text after a field at ${i}.`);
    }
  }
  return records;
}
