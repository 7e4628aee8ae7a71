import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { CSV_TABLES } from '../../src/export/index.js';
import { seededApi, type SeededApi } from '../helpers/api.js';
import { parseCsv } from '../helpers/csv.js';
import { testDatabaseEnv } from '../helpers/database.js';
import { validate, xmlSchemas, type XmlSchemas } from '../helpers/xml-schemas.js';

const run = promisify(execFile);

const ELI = 'http://data.europa.eu/eli/ontology#';
const HUNG_YEN_PLAN = 'doc/hung-yen/ubnd/kh/2023/x-fac9435e';

/** Filters as the route's query parameters and the API's TaskFilter, side by side. */
const FILTERS: { name: string; query: Record<string, string>; api: Record<string, unknown> }[] = [
  { name: 'no filter', query: {}, api: {} },
  {
    name: "today's Bắc Ninh (Bắc Giang's plans)",
    query: { province: 'Bắc Ninh', includeFormer: 'true' },
    api: { province: 'Bắc Ninh', includeFormer: true },
  },
  { name: 'Tây Ninh', query: { province: 'tay ninh' }, api: { province: 'tay ninh' } },
  { name: 'health', query: { domain: 'HEALTH' }, api: { domain: 'HEALTH' } },
  {
    name: '36-NQ/TW, health',
    query: { implements: 'doc/vn/tw/nq/2023/36', domain: 'HEALTH' },
    api: { implements: 'doc/vn/tw/nq/2023/36', domain: 'HEALTH' },
  },
  { name: 'the Hưng Yên plan', query: { document: HUNG_YEN_PLAN }, api: { document: HUNG_YEN_PLAN } },
];

/** Runs `npm run export -- args` on the test database (tsx directly, to skip npm's banner). */
async function exportCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'export', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...testDatabaseEnv() },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The ids of a graph file's nodes and the ends of its edges (GraphML's encoded ids, GEXF's own). */
function graphOf(xml: string) {
  const nodes = [...xml.matchAll(/<node id="([^"]*)"/g)].map((m) => m[1]!);
  const edges = [...xml.matchAll(/<edge (?:id="[^"]*" )?source="([^"]*)" target="([^"]*)"/g)].map(
    (m): [string, string] => [m[1]!, m[2]!],
  );
  return { nodes, edges };
}

describe('exports of the seed graph', () => {
  let api: SeededApi;
  let schemas: XmlSchemas;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'exports-'));

  beforeAll(async () => {
    api = await seededApi();
    schemas = xmlSchemas();
  });
  afterAll(async () => {
    await api?.close();
    fs.rmSync(scratch, { recursive: true, force: true });
    if (schemas) fs.rmSync(schemas.dir, { recursive: true, force: true });
  });

  const exportUrl = (route: string, query: Record<string, string> = {}) => {
    const url = new URL(route, api.service.url);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url;
  };
  const get = async (route: string, query: Record<string, string> = {}) => {
    const response = await fetch(exportUrl(route, query));
    return { response, text: await response.text() };
  };
  const count = async (cypher: string) => ((await api.db.read(cypher))[0]!.n as number) ?? 0;
  const taskTotal = async (filter: Record<string, unknown>) => {
    const answer = await api.gql<{ tasks: { totalCount: number } }>(
      'query ($filter: TaskFilter) { tasks(filter: $filter, first: 0) { totalCount } }',
      { filter },
    );
    return answer.data!.tasks.totalCount;
  };
  const writeScratch = (name: string, text: string) => {
    const file = path.join(scratch, name);
    fs.writeFileSync(file, text);
    return file;
  };

  describe('GraphML', () => {
    it('validates against the published graphml.xsd, with every node and relationship of the graph', async () => {
      const { response, text } = await get('/export/graphml');
      expect(response.status).toBe(200);
      const result = await validate(writeScratch('all.graphml', text), schemas.graphml);
      expect(result.output).toMatch(/validates/);
      expect(result.valid).toBe(true);
      const graph = graphOf(text);
      expect(graph.nodes.length).toBe(await count('MATCH (n) RETURN count(n) AS n'));
      expect(graph.edges.length).toBe(await count('MATCH ()-[r]->() RETURN count(r) AS n'));
      for (const label of ['Document', 'Task', 'Agency', 'Province', 'Domain', 'Target']) {
        const typed = text.split(`<data key="n_type">${label}</data>`).length - 1;
        expect(typed, label).toBe(await count(`MATCH (n:${label}) RETURN count(n) AS n`));
      }
      for (const type of ['IMPLEMENTS', 'CITES', 'HAS_TASK', 'LED_BY', 'COORDINATED_BY', 'PART_OF', 'IN_PROVINCE']) {
        const typed = text.split(`<data key="e_type">${type}</data>`).length - 1;
        expect(typed, type).toBe(await count(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`));
      }
    });

    it('gives each node its id, type and main properties, with the provenance of documents and tasks', async () => {
      const { text } = await get('/export/graphml');
      const node = text.match(/<node id="task:tay-ninh:khcn:kh:2024:x-8ec80726:4\.1">(.*)<\/node>/)![1]!;
      expect(node).toContain('<data key="n_graphId">task/tay-ninh/khcn/kh/2024/x-8ec80726/4.1</data>');
      expect(node).toContain('<data key="n_type">Task</data>');
      expect(node).toContain('<data key="n_code">4.1</data>');
      expect(node).toContain('<data key="n_province">Tây Ninh</data>');
      const agency = text.match(/<node id="agency:hung-yen:so-y-te">(.*?)<\/node>/)![1]!;
      expect(agency).toContain('<data key="n_kind">SO_Y_TE</data>');
      expect(node).toMatch(
        /<data key="n_sourceFile">tay-ninh-skhcn-kh-2024-cong-nghe-sinh-hoc\.txt<\/data><data key="n_lineStart">\d+<\/data><data key="n_lineEnd">\d+<\/data>/,
      );
      expect(text).toMatch(
        /^<\?xml [^\n]*\n<!-- Policy graph, GraphML export\. Corpus version sha256:[0-9a-f]{12}: 18 documents \(5 ingested\), 156 tasks\. /,
      );
    });

    it.each(FILTERS.filter((filter) => filter.name !== 'no filter'))(
      'validates filtered ($name), with the tasks the API lists and every edge between nodes of the file',
      async ({ query, api: filter }) => {
        const { text } = await get('/export/graphml', query);
        // graphml.xsd's keyrefs check that every edge's ends are nodes of the file.
        const result = await validate(writeScratch('filtered.graphml', text), schemas.graphml);
        expect(result.valid, result.output).toBe(true);
        const tasks = text.split('<data key="n_type">Task</data>').length - 1;
        expect(tasks).toBe(await taskTotal(filter));
      },
    );
  });

  describe('GEXF', () => {
    it('validates against the published gexf.xsd (1.2draft), with every node and relationship', async () => {
      const { response, text } = await get('/export/gexf');
      expect(response.status).toBe(200);
      const result = await validate(writeScratch('all.gexf', text), schemas.gexf);
      expect(result.valid, result.output).toBe(true);
      const graph = graphOf(text);
      expect(graph.nodes.length).toBe(await count('MATCH (n) RETURN count(n) AS n'));
      expect(graph.edges.length).toBe(await count('MATCH ()-[r]->() RETURN count(r) AS n'));
      const ids = new Set(graph.nodes);
      expect(graph.edges.filter(([source, target]) => !ids.has(source) || !ids.has(target))).toEqual([]);
      const edgeIds = [...text.matchAll(/<edge id="([^"]*)"/g)].map((m) => m[1]);
      expect(new Set(edgeIds).size).toBe(edgeIds.length);
    });

    it("is dynamic, each task with years living from its startYear to its endYear on Gephi's timeline", async () => {
      const { text } = await get('/export/gexf');
      expect(text).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
      const tasks = [...text.matchAll(/<node id="(task\/[^"]*)" label="[^"]*"([^>]*)>/g)];
      const timed = tasks.filter((m) => m[2]!.includes('start=') || m[2]!.includes('end='));
      expect(timed.length).toBe(
        await count('MATCH (t:Task) WHERE t.startYear IS NOT NULL OR t.endYear IS NOT NULL RETURN count(t) AS n'),
      );
      const rows = await api.db.read(
        'MATCH (t:Task) WHERE t.startYear IS NOT NULL RETURN t.id AS id, t.startYear AS start, t.endYear AS end',
      );
      for (const row of rows) {
        const attributes = tasks.find((m) => m[1] === row.id)![2]!;
        expect(attributes).toContain(` start="${row.start}-01-01"`);
        if (row.end === null) expect(attributes).not.toContain(' end=');
        else expect(attributes).toContain(` end="${row.end}-12-31"`);
      }
    });

    it('validates filtered, with the tasks the API lists and no edge to a node outside the file', async () => {
      for (const { name, query, api: filter } of FILTERS) {
        const { text } = await get('/export/gexf', query);
        const result = await validate(writeScratch('filtered.gexf', text), schemas.gexf);
        expect(result.valid, `${name}: ${result.output}`).toBe(true);
        const graph = graphOf(text);
        const ids = new Set(graph.nodes);
        expect(
          graph.edges.filter(([s, t]) => !ids.has(s) || !ids.has(t)),
          name,
        ).toEqual([]);
        expect(graph.nodes.filter((id) => id.startsWith('task/')).length, name).toBe(await taskTotal(filter));
      }
    });
  });

  describe('CSV', () => {
    const table = async (name: string, query: Record<string, string> = {}) => {
      const { response, text } = await get(`/export/csv/${name}`, query);
      expect(response.status, text).toBe(200);
      return parseCsv(text);
    };

    it("has as many task rows as the API's totalCount, whatever the filter", async () => {
      for (const { name, query, api: filter } of FILTERS) {
        const tasks = await table('tasks', query);
        expect(tasks.rows.length, name).toBe(await taskTotal(filter));
        expect(tasks.header, name).toMatch(/^# Policy graph, CSV table tasks\. Corpus version sha256:[0-9a-f]{12}: /);
      }
    });

    it("has as many document rows as the API's documents totalCount", async () => {
      const cases: [Record<string, string>, Record<string, unknown>][] = [
        [{}, {}],
        [
          { province: 'Bắc Ninh', includeFormer: 'true' },
          { province: 'Bắc Ninh', includeFormer: true },
        ],
        [{ implements: 'doc/vn/tw/nq/2023/36' }, { implements: 'doc/vn/tw/nq/2023/36' }],
      ];
      for (const [query, filter] of cases) {
        const answer = await api.gql<{ documents: { totalCount: number } }>(
          'query ($filter: DocumentFilter) { documents(filter: $filter, first: 0) { totalCount } }',
          { filter },
        );
        expect((await table('documents', query)).rows.length).toBe(answer.data!.documents.totalCount);
      }
    });

    it('lists every assignment, agency and lineage edge, with provenance columns', async () => {
      const assignments = await table('assignments');
      expect(assignments.rows.length).toBe(
        await count('MATCH (:Task)-[r:LED_BY|COORDINATED_BY]->() RETURN count(r) AS n'),
      );
      expect(assignments.columns).toEqual(
        expect.arrayContaining(['task', 'agency', 'role', 'sourceFile', 'lineStart', 'lineEnd']),
      );
      const lead = assignments.rows.find(
        (row) => row.task === 'task/bac-giang/khcn/kh/2024/x-694d907d/1.2' && row.role === 'LEAD',
      );
      expect(lead).toMatchObject({ agencyName: 'Trung tâm Ứng dụng Khoa học và Công nghệ' });
      expect(Number(lead!.lineStart)).toBeGreaterThan(0);
      const agencies = await table('agencies');
      expect(agencies.rows.length).toBe(await count('MATCH (a:Agency) RETURN count(a) AS n'));
      // Each agency's kind, and the kinds a collective covers, for a table grouped by kind.
      expect(agencies.rows.find((row) => row.id === 'agency/hung-yen/so-y-te')).toMatchObject({
        kind: 'SO_Y_TE',
        coversKinds: '',
      });
      expect(agencies.rows.find((row) => row.id === 'agency/hung-yen/ubnd-cac-huyen-thanh-pho')).toMatchObject({
        kind: '',
        coversKinds: 'UBND_HUYEN',
      });
      const lineage = await table('lineage');
      expect(lineage.rows.length).toBe(await count('MATCH (:Document)-[r:IMPLEMENTS|CITES]->() RETURN count(r) AS n'));
      expect(lineage.rows).toContainEqual(
        expect.objectContaining({ sourceSymbol: '189/NQ-CP', type: 'IMPLEMENTS', targetSymbol: '36-NQ/TW' }),
      );
      for (const name of ['documents', 'tasks', 'assignments', 'lineage']) {
        expect((await table(name)).columns, name).toEqual(
          expect.arrayContaining(['sourceFile', 'lineStart', 'lineEnd']),
        );
      }
    });

    it("gives a balanced province × domain × year panel whose every cell is the API's count for it", async () => {
      const panel = await table('panel');
      expect(panel.columns).toEqual(['province', 'domain', 'year', 'tasks']);
      const provinces = new Set(panel.rows.map((row) => row.province));
      const years = new Set(panel.rows.map((row) => row.year));
      expect([...provinces]).toEqual(['Bắc Giang', 'Hưng Yên', 'Lạng Sơn', 'Tây Ninh']);
      expect(panel.rows.length).toBe(provinces.size * 5 * years.size);
      for (let i = 0; i < panel.rows.length; i += 20) {
        const cells = panel.rows.slice(i, i + 20);
        const fields = cells.map(
          (cell, k) =>
            `c${k}: tasks(filter: { province: ${JSON.stringify(cell.province)}, domain: ${cell.domain}, year: ${cell.year} }, first: 0) { totalCount }`,
        );
        const answer = await api.gql<Record<string, { totalCount: number }>>(`{ ${fields.join('\n')} }`);
        expect(answer.errors).toBeUndefined();
        cells.forEach((cell, k) =>
          expect(Number(cell.tasks), JSON.stringify(cell)).toBe(answer.data![`c${k}`]!.totalCount),
        );
      }
      expect(panel.rows.some((row) => Number(row.tasks) > 0)).toBe(true);
    });
  });

  describe('JSON-LD', () => {
    it('parses, expands with its own @context, and has every document with its relations in ELI terms', async () => {
      const { response, text } = await get('/export/jsonld');
      expect(response.headers.get('content-type')).toBe('application/ld+json');
      const document = JSON.parse(text) as Record<string, unknown>;
      expect(document['schema:version']).toMatch(/^sha256:[0-9a-f]{12}$/);
      expect(document['schema:creditText']).toMatch(
        /^Policy graph of Vietnamese policy documents, corpus version sha256:/,
      );
      const expanded = await jsonld.expand(document as jsonld.JsonLdDocument, {
        documentLoader: async (url: string) => {
          throw new Error(`The export must not need a remote context (asked for ${url}).`);
        },
      });
      type Expanded = Record<string, { '@id'?: string; '@value'?: unknown; '@type'?: string }[]> & { '@id': string };
      const nodes = (expanded[0]!['@graph'] as unknown as Expanded[]).filter((node) =>
        (node['@type'] as unknown as string[]).includes(`${ELI}LegalResource`),
      );
      const graph = await api.db.read(`
        MATCH (d:Document)
        RETURN d.id AS id, d.symbol AS symbol, d.issuedOn AS issuedOn,
          COLLECT { MATCH (d)-[:IMPLEMENTS]->(x) RETURN x.id ORDER BY x.id } AS implements,
          COLLECT { MATCH (d)-[:CITES]->(x) RETURN x.id ORDER BY x.id } AS cites,
          [(d)-[:ISSUED_BY]->(a) | a.id][0] AS issuer`);
      expect(nodes.length).toBe(graph.length);
      const ids = (values: { '@id'?: string }[] | undefined) =>
        (values ?? []).map((value) => value['@id']!.replace('urn:policy-graph:', '')).sort();
      for (const row of graph) {
        const node = nodes.find((candidate) => candidate['@id'] === `urn:policy-graph:${row.id}`);
        expect(node, String(row.id)).toBeDefined();
        expect(ids(node![`${ELI}implements`]), String(row.id)).toEqual(row.implements);
        expect(ids(node![`${ELI}cites`]), String(row.id)).toEqual(row.cites);
        expect(ids(node![`${ELI}passed_by`])).toEqual(row.issuer === null ? [] : [row.issuer]);
        expect(node![`${ELI}id_local`]?.[0]?.['@value'] ?? null).toBe(row.symbol);
        expect(node![`${ELI}date_document`]?.[0]?.['@value'] ?? null).toBe(row.issuedOn);
      }
      const resolution = nodes.find((node) => node['@id'] === 'urn:policy-graph:doc/vn/tw/nq/2023/36')!;
      expect(resolution[`${ELI}date_document`]).toEqual([
        { '@value': '2023-01-30', '@type': 'http://www.w3.org/2001/XMLSchema#date' },
      ]);
    });

    it('keeps, filtered, only the cascade of a directive and the documents it implements or cites', async () => {
      const { text } = await get('/export/jsonld', { implements: 'doc/vn/tw/nq/2023/36' });
      const graph = (JSON.parse(text) as { '@graph': { '@id': string; 'eli:implements'?: string[] }[] })['@graph'];
      const ids = new Set(graph.map((node) => node['@id']));
      expect(ids.has('pg:doc/vn/tw/nq/2023/36')).toBe(true);
      // The 2022 Bắc Giang plan's lineage ends at 824/TB-BKHCN, not 36-NQ/TW.
      expect(ids.has('pg:doc/bac-giang/khcn/kh/2022/x-a9839913')).toBe(false);
      for (const node of graph) for (const target of node['eli:implements'] ?? []) expect(ids.has(target)).toBe(true);
    });
  });

  describe('over HTTP', () => {
    it('answers each format with its content type, streamed (chunked, no length), as a download', async () => {
      const types: [string, string][] = [
        ['/export/graphml', 'application/graphml+xml; charset=utf-8'],
        ['/export/gexf', 'application/gexf+xml; charset=utf-8'],
        ['/export/jsonld', 'application/ld+json'],
        ['/export/csv/tasks', 'text/csv; charset=utf-8'],
      ];
      for (const [route, type] of types) {
        const { response } = await get(route);
        expect(response.status, route).toBe(200);
        expect(response.headers.get('content-type'), route).toBe(type);
        expect(response.headers.get('content-length'), route).toBeNull();
        expect(response.headers.get('transfer-encoding'), route).toBe('chunked');
        expect(response.headers.get('x-content-type-options'), route).toBe('nosniff');
        expect(response.headers.get('content-disposition'), route).toMatch(/^attachment; filename="policy-graph/);
      }
    });

    it('sends the same bytes as the CLI', async () => {
      const cases: [string, Record<string, string>, string[]][] = [
        [
          '/export/graphml',
          { province: 'Bắc Ninh', includeFormer: 'true' },
          ['--format', 'graphml', '--province', 'Bắc Ninh', '--include-former'],
        ],
        ['/export/gexf', {}, ['--format', 'gexf']],
        [
          '/export/jsonld',
          { implements: 'doc/vn/tw/nq/2023/36' },
          ['--format', 'jsonld', '--filter', 'implements=doc/vn/tw/nq/2023/36'],
        ],
        ['/export/csv/tasks', { domain: 'HEALTH' }, ['--format', 'csv', '--table', 'tasks', '--domain', 'HEALTH']],
      ];
      for (const [route, query, args] of cases) {
        const out = path.join(scratch, `cli-${route.replace(/\//g, '_')}`);
        const cli = await exportCli([...args, '--out', out]);
        expect(cli.code, cli.stderr).toBe(0);
        const http = Buffer.from(await (await fetch(exportUrl(route, query))).arrayBuffer());
        expect(fs.readFileSync(out).equals(http), route).toBe(true);
      }
    });

    it('writes, with --format csv --out <dir>, one file per table, each the bytes of /export/csv/<table>', async () => {
      const dir = path.join(scratch, 'tables');
      const cli = await exportCli(['--format', 'csv', '--out', dir, '--province', 'Hưng Yên']);
      expect(cli.code, cli.stderr).toBe(0);
      expect(fs.readdirSync(dir).sort()).toEqual(CSV_TABLES.map((name) => `${name}.csv`).sort());
      for (const name of CSV_TABLES) {
        const http = Buffer.from(
          await (await fetch(exportUrl(`/export/csv/${name}`, { province: 'Hưng Yên' }))).arrayBuffer(),
        );
        expect(fs.readFileSync(path.join(dir, `${name}.csv`)).equals(http), name).toBe(true);
      }
    });

    it('answers a bad filter 400 with a JSON error naming it, before any byte of the export', async () => {
      const cases: [Record<string, string>, string, RegExp][] = [
        [{ province: 'Hà Tây' }, 'province', /no province is named "Hà Tây"/],
        [{ domain: 'FISHING' }, 'domain', /"FISHING" is not a domain; give one of AGRICULTURE/],
        [{ implements: 'doc/vn/none' }, 'implements', /no document has the id "doc\/vn\/none"/],
        [{ document: 'doc/vn/none' }, 'document', /no document has the id "doc\/vn\/none"/],
        [{ includeFormer: 'true' }, 'includeFormer', /applies to a province/],
        [{ includeFormer: 'maybe', province: 'Bắc Ninh' }, 'includeFormer', /true or false, got "maybe"/],
        [{ year: '2025' }, 'year', /Unknown filter "year"; the filters are document, implements, province/],
        [{ province: '' }, 'province', /has no value/],
      ];
      for (const [query, argument, message] of cases) {
        const { response, text } = await get('/export/graphml', query);
        expect(response.status, text).toBe(400);
        expect(response.headers.get('content-type')).toBe('application/json');
        const body = JSON.parse(text) as { error: string; argument: string };
        expect(body.argument).toBe(argument);
        expect(body.error).toMatch(message);
      }
    });

    it('answers an unknown format or table 404, and other methods 405', async () => {
      for (const route of ['/export', '/export/xml', '/export/csv', '/export/csv/people', '/export/graphml/tasks']) {
        const { response, text } = await get(route);
        expect(response.status, route).toBe(404);
        expect(JSON.parse(text).error, route).toMatch(/export|table/i);
      }
      const post = await fetch(exportUrl('/export/graphml'), { method: 'POST' });
      expect(post.status).toBe(405);
      expect(post.headers.get('allow')).toBe('GET, HEAD');
    });
  });

  describe('on the command line', () => {
    it('exits 2 naming the argument for a bad filter or option', async () => {
      const cases: [string[], RegExp][] = [
        [['--format', 'graphml', '--province', 'Hà Tây'], /error: Filter "province": no province is named "Hà Tây"/],
        [['--format', 'gexf', '--domain', 'fishing'], /error: Filter "domain": "fishing" is not a domain/],
        [['--format', 'dot'], /error: Unknown export format "dot"; the formats are graphml, gexf, csv, jsonld/],
        [['--format', 'csv'], /error: The csv format is 6 tables: give --out <dir> for all of them or --table <name>/],
        [['--format', 'graphml', '--year', '2025'], /error: Unknown option "--year"/],
        [['--format', 'graphml', '--filter', 'year'], /error: --filter takes name=value, got "year"/],
      ];
      for (const [args, message] of cases) {
        const result = await exportCli(args);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr, args.join(' ')).toMatch(message);
        expect(result.stdout).toBe('');
      }
    });

    it('writes to stdout without --out, and leaves no partial file when it fails', async () => {
      const result = await exportCli(['--format', 'csv', '--table', 'lineage']);
      expect(result.code, result.stderr).toBe(0);
      expect(parseCsv(result.stdout).rows.length).toBe(
        await count('MATCH (:Document)-[r:IMPLEMENTS|CITES]->() RETURN count(r) AS n'),
      );
      const out = path.join(scratch, 'never.graphml');
      expect((await exportCli(['--format', 'graphml', '--document', 'doc/vn/none', '--out', out])).code).toBe(2);
      expect(fs.existsSync(out) || fs.existsSync(`${out}.partial`)).toBe(false);
    });
  });
});
