/**
 * The API against the same questions asked in Cypher directly: (a) lineage (the tasks of every
 * plan implementing 36-NQ/TW with their lineage paths), (b) responsibility (the tasks Sở KH&CN
 * Bắc Giang leads, its units included) and (c) kind (the tasks every Sở Y tế leads, from the
 * agency_kind index). Each runs N requests after a warm-up, at a fixed
 * concurrency, over HTTP to the in-process service and through the driver. Uses the dev database
 * (seeded if needed); prints a table and writes bench/results/api-<time>.{json,md}.
 *
 *   BENCH_REQUESTS=300 BENCH_CONCURRENCY=4 npx tsx bench/api.bench.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { openDatabase } from '../src/graph/connect.js';
import type { Database } from '../src/graph/driver.js';
import { startService } from '../src/api/server.js';
import { ensureSeeded } from '../src/cli/seed.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const WARMUP = Math.max(20, Math.round(REQUESTS / 10));
const RESOLUTION_36 = 'doc/vn/tw/nq/2023/36';
const SO_KHCN_BAC_GIANG = 'agency/bac-giang/so-khoa-hoc-cong-nghe';

interface Case {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  cypher: { query: string; params: Record<string, unknown> };
  /** Rows each side returns, to check both answer the same question. */
  countApi(body: any): number; // eslint-disable-line @typescript-eslint/no-explicit-any
  countCypher(rows: Record<string, unknown>[]): number;
}

const CASES: Case[] = [
  {
    name: 'lineage: tasks implementing 36-NQ/TW + lineagePaths',
    graphql: {
      query: `query($id: ID!) { tasks(filter: { implements: $id }, first: 100) {
        edges { node { id code title lineagePaths { id symbol } } } } }`,
      variables: { id: RESOLUTION_36 },
    },
    cypher: {
      query: `MATCH (d:Document)-[:IMPLEMENTS*1..12]->(:Document {id: $id})
        WITH DISTINCT d
        CALL (d) {
          MATCH p = (d)-[:IMPLEMENTS*0..12]->(root:Document) WHERE NOT (root)-[:IMPLEMENTS]->(:Document)
          RETURN collect([n IN nodes(p) | n {.id, .symbol}]) AS paths
        }
        MATCH (d)-[:HAS_TASK]->(t:Task)
        RETURN t.id AS id, t.code AS code, t.title AS title, paths
        ORDER BY t.documentId, t.ordinal LIMIT 100`,
      params: { id: RESOLUTION_36 },
    },
    countApi: (body) => body.data.tasks.edges.length,
    countCypher: (rows) => rows.length,
  },
  {
    name: 'responsibility: Sở KH&CN Bắc Giang leads, units included',
    graphql: {
      query: `query($id: ID!) { agency(id: $id) { tasks(role: LEAD, includeUnits: true, first: 100) {
        totalCount edges { node { id code title document { symbol title } leads { name } } } } } }`,
      variables: { id: SO_KHCN_BAC_GIANG },
    },
    cypher: {
      query: `MATCH (a:Agency {id: $id})<-[:PART_OF*0..6]-(u:Agency)<-[:LED_BY]-(t:Task)
        WITH DISTINCT t
        MATCH (d:Document)-[:HAS_TASK]->(t)
        CALL (t) { MATCH (t)-[r:LED_BY]->(l:Agency) WITH l ORDER BY r.ordinal RETURN collect(l.name) AS leads }
        RETURN t.id AS id, t.code AS code, t.title AS title, d.symbol AS symbol, d.title AS documentTitle, leads
        ORDER BY t.documentId, t.ordinal LIMIT 100`,
      params: { id: SO_KHCN_BAC_GIANG },
    },
    countApi: (body) => body.data.agency.tasks.edges.length,
    countCypher: (rows) => rows.length,
  },
  {
    name: 'kind: every Sở Y tế leads (agencyKind SO_Y_TE)',
    graphql: {
      query: `query($kind: AgencyKind) { tasks(filter: { agencyKind: $kind, role: LEAD }, first: 100) {
        totalCount edges { node { id code title document { symbol title } leads { name } } } } }`,
      variables: { kind: 'SO_Y_TE' },
    },
    cypher: {
      query: `MATCH (:Agency {kind: $kind})<-[:LED_BY]-(t:Task)
        WITH DISTINCT t
        MATCH (d:Document)-[:HAS_TASK]->(t)
        CALL (t) { MATCH (t)-[r:LED_BY]->(l:Agency) WITH l ORDER BY r.ordinal RETURN collect(l.name) AS leads }
        RETURN t.id AS id, t.code AS code, t.title AS title, d.symbol AS symbol, d.title AS documentTitle, leads
        ORDER BY t.documentId, t.ordinal LIMIT 100`,
      params: { kind: 'SO_Y_TE' },
    },
    countApi: (body) => body.data.tasks.edges.length,
    countCypher: (rows) => rows.length,
  },
];

interface Measure {
  requestsPerSecond: number;
  p50: number;
  p99: number;
}

async function measure(run: () => Promise<unknown>): Promise<Measure> {
  for (let i = 0; i < WARMUP; i += 1) await run();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next += 1;
        const t0 = performance.now();
        await run();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { requestsPerSecond: REQUESTS / seconds, p50: at(0.5), p99: at(0.99) };
}

async function main(): Promise<void> {
  const db: Database = await openDatabase('dev', { timeoutMs: 30_000 });
  await ensureSeeded(db, () => {});
  const service = await startService(db, {
    port: 0,
    host: '127.0.0.1',
    queryTimeoutMs: 30_000,
    requestTimeoutMs: 20_000,
    debugErrors: false,
  });
  const rows: string[][] = [];
  const results: Record<string, { api: Measure; cypher: Measure; ratio: number; rows: number }> = {};
  try {
    for (const c of CASES) {
      const post = async () => {
        const response = await fetch(service.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(c.graphql),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${c.name}: ${JSON.stringify(body.errors)}`);
        return body;
      };
      const direct = () => db.read(c.cypher.query, c.cypher.params);
      const apiRows = c.countApi(await post());
      const cypherRows = c.countCypher(await direct());
      if (apiRows !== cypherRows) throw new Error(`${c.name}: the API returns ${apiRows} rows, Cypher ${cypherRows}.`);
      const api = await measure(post);
      const cypher = await measure(direct);
      const ratio = cypher.requestsPerSecond / api.requestsPerSecond;
      results[c.name] = { api, cypher, ratio, rows: apiRows };
      const f = (n: number) => n.toFixed(1);
      rows.push([c.name, 'API (HTTP)', f(api.requestsPerSecond), f(api.p50), f(api.p99), String(apiRows)]);
      rows.push([
        '',
        'Cypher (driver)',
        f(cypher.requestsPerSecond),
        f(cypher.p50),
        f(cypher.p99),
        `API ${ratio.toFixed(1)}× slower`,
      ]);
    }
  } finally {
    await service.stop();
    await db.close();
  }
  const header = ['query', 'path', 'req/s', 'p50 ms', 'p99 ms', 'rows / ratio'];
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const note = `${REQUESTS} requests after ${WARMUP} warm-up, concurrency ${CONCURRENCY}, Node ${process.version}, seed graph.`;
  console.log(`${table}\n\n${note}`);
  const dir = path.join(PROJECT_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.writeFileSync(
    path.join(dir, `api-${stamp}.json`),
    JSON.stringify({ requests: REQUESTS, warmup: WARMUP, concurrency: CONCURRENCY, results }, null, 2),
  );
  fs.writeFileSync(path.join(dir, `api-${stamp}.md`), `${table}\n\n${note}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
