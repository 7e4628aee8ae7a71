/**
 * JSON-LD of the export's documents and their relations, in the ELI ontology
 * (http://data.europa.eu/eli/ontology#) and schema.org's Legislation: each document an
 * eli:LegalResource and schema:Legislation with its symbol (eli:id_local), title, date
 * (eli:date_document, typed by the precision printed), issuer (eli:passed_by), the documents it
 * implements (eli:implements, which schema.org names legislationApplies) and cites (eli:cites).
 * Ids are the graph's own under `pg:` (urn:policy-graph:), so `pg:doc/vn/tw/nq/2023/36` is the
 * API's `doc/vn/tw/nq/2023/36`. The header is the top-level node: schema:version,
 * schema:creditText (how to cite) and schema:description. One document per line, written as
 * they come.
 */
import type { DocumentRecord } from '../graph/export.repository.js';
import type { ExportHeader } from './header.js';

/** The @context: prefixes, relations as ids, titles in Vietnamese (numbers are xsd:integer as JSON-LD reads them). */
export const JSONLD_CONTEXT = {
  eli: 'http://data.europa.eu/eli/ontology#',
  schema: 'https://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  pg: 'urn:policy-graph:',
  'eli:implements': { '@type': '@id' },
  'eli:cites': { '@type': '@id' },
  'eli:title': { '@language': 'vi' },
} as const;

/** The JSON-LD text of an export, in pieces. */
export async function* writeJsonld(
  header: ExportHeader,
  documents: AsyncIterable<DocumentRecord>,
): AsyncGenerator<string> {
  const top = {
    '@context': JSONLD_CONTEXT,
    '@type': 'schema:Dataset',
    'schema:name': 'Policy graph of Vietnamese policy documents',
    'schema:version': header.version,
    'schema:description': header.text,
    'schema:creditText': header.citation,
  };
  const fields = Object.entries(top).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
  yield `{\n${fields.join('')}  "@graph": [`;
  let first = true;
  for await (const record of documents) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(legislation(record))}`;
    first = false;
  }
  yield `${first ? '' : '\n  '}]\n}\n`;
}

/** One document as an ELI legal resource. */
export function legislation(record: DocumentRecord): Record<string, unknown> {
  const p = record.properties;
  const node: Record<string, unknown> = {
    '@id': `pg:${p.id}`,
    '@type': ['eli:LegalResource', 'schema:Legislation'],
  };
  const set = (key: string, value: unknown) => {
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) node[key] = value;
  };
  set('eli:id_local', p.symbol);
  set('eli:title', p.title);
  set('eli:date_document', typeof p.issuedOn === 'string' ? dateValue(p.issuedOn) : null);
  set(
    'eli:passed_by',
    record.issuer === null ? null : { '@id': `pg:${record.issuer.id}`, 'schema:name': record.issuer.name },
  );
  set(
    'eli:implements',
    record.implements.map((id) => `pg:${id}`),
  );
  set(
    'eli:cites',
    record.cites.map((id) => `pg:${id}`),
  );
  set('schema:legislationType', p.kind);
  set('schema:legislationJurisdiction', p.province);
  set('pg:inCorpus', p.inCorpus);
  set('pg:layout', p.layout);
  set('pg:tasks', record.tasks);
  set('pg:sourceFile', p.sourceFile);
  set('pg:lineStart', p.lineStart);
  set('pg:lineEnd', p.lineEnd);
  return node;
}

/** A date with the precision printed: xsd:date, xsd:gYearMonth (2024-03) or xsd:gYear (2024). */
function dateValue(issuedOn: string): { '@value': string; '@type': string } {
  const type = /^\d{4}-\d{2}-\d{2}$/.test(issuedOn)
    ? 'xsd:date'
    : /^\d{4}-\d{2}$/.test(issuedOn)
      ? 'xsd:gYearMonth'
      : 'xsd:gYear';
  return { '@value': issuedOn, '@type': type };
}
