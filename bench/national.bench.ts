/**
 * The national benchmark (issue 10): the project's API next to @neo4j/graphql 7 and hand-written
 * Cypher behind a bare HTTP handler, on the same Neo4j and data, for each graph size: the five
 * seed plans, the national corpus (63 provinces × 5 plans, bench/national/generate.ts) and, when
 * asked, the 10× corpus. Per size: a fresh throwaway database (folder .neo4j/bench-national, port
 * BENCH_NEO4J_PORT), the corpus ingested twice, the second time with the server warmer (seconds and
 * memory measured each time), the three servers started,
 * their answers checked to name the same ids, PROFILE db hits of the project's Cypher, then load
 * from a separate process (autocannon, bench/national/load.ts), 8 connections, interleaved rounds
 * (A, B, C, A, B, C ...). Prints a table per size and writes bench/results/national-<time>.{json,md}.
 *
 *   npm run bench -- national
 *   BENCH_SIZES=seed,national,10x BENCH_ROUNDS=3 BENCH_ROUND_SECONDS=2 npm run bench -- national
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { ingestWorkers, PROJECT_ROOT, type LocalInstanceConfig } from '../src/config.js';
import { Database } from '../src/graph/driver.js';
import { loadCypher } from '../src/graph/cypher.js';
import { applySchema } from '../src/graph/schema.js';
import { instancePassword, instancePaths, start, stop } from '../src/graph/server/local-server.js';
import { startService } from '../src/api/server.js';
import { ingestFiles, SEED_DIR } from '../src/cli/ingest.js';
import { seedFiles } from '../src/cli/seed.js';
import { loadDictionaries } from '../src/ingest/index.js';
import { writeCorpus } from './national/generate.js';
import { startHandwritten } from './national/handwritten.js';
import { startNeo4jGraphQL } from './national/neo4j-graphql.js';
import { QUESTIONS, type Subjects, type SystemKey } from './national/questions.js';

const SIZES = (process.env.BENCH_SIZES ?? 'seed,national').split(',').map((size) => size.trim());
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROUND_SECONDS = Number(process.env.BENCH_ROUND_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const SYSTEMS: SystemKey[] = ['project', 'neo4jGraphql', 'handwritten'];
const LABEL: Record<SystemKey, string> = {
  project: 'project API',
  neo4jGraphql: '@neo4j/graphql 7',
  handwritten: 'hand-written Cypher',
};
const INSTANCE: LocalInstanceConfig = {
  name: 'bench-national',
  boltPort: Number(process.env.BENCH_NEO4J_PORT ?? 7694),
  heap: process.env.BENCH_NEO4J_HEAP ?? '2g',
  pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? '1g',
  startTimeoutMs: 300_000,
};
const RESULTS_DIR = path.join(PROJECT_ROOT, 'bench', 'results');

interface Measure {
  requestsPerSecond: number;
  /** Null when no request completed within the rounds. */
  p50: number | null;
  p99: number | null;
  failed: number;
  /** One request on its own (ms), after the check request. */
  alone?: number;
}

/** @neo4j/graphql's driver (its defaults), and one returning JS numbers for the bare handler. */
interface Drivers {
  driver: Driver;
  numbers: Driver;
}

interface QuestionResult {
  name: string;
  note?: string;
  same: boolean;
  answers: Record<SystemKey, string>;
  systems: Record<SystemKey, Measure>;
  throughputVsNeo4jGraphql: number;
  p50VsHandwritten: number | null;
  projectDbHits: number;
  /** db hits of each query the project ran for one request, in order. */
  projectQueries: { name: string; dbHits: number }[];
}

interface SizeResult {
  size: string;
  documents: number;
  tasks: number;
  assignments: number;
  agencies: number;
  /** The first ingest of this size, on the server as the sizes before left it (a new JVM for the first size). */
  ingestSeconds: number;
  ingestPeakRssMb: number;
  /** The same corpus again into the cleared graph: the server warmer (its JIT has seen these statements once). */
  warmIngestSeconds: number;
  warmIngestPeakRssMb: number;
  questions: QuestionResult[];
}

function corpusFiles(size: string): string[] {
  if (size === 'seed') return seedFiles();
  const scale = size === 'national' ? 1 : Number(size.replace(/x$/, ''));
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`BENCH_SIZES: unknown size "${size}" (seed, national, 10x).`);
  return writeCorpus(path.join(os.tmpdir(), `policy-graph-national-${size}`), { scale });
}

/** The load generator: one child process (bench/national/load.ts) running one round per request. */
class LoadProcess {
  private readonly child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(PROJECT_ROOT, 'bench/national/load.ts')],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  private readonly waiting: ((line: string) => void)[] = [];
  private buffered = '';

  constructor() {
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffered += chunk.toString('utf8');
      let newline: number;
      while ((newline = this.buffered.indexOf('\n')) !== -1) {
        const line = this.buffered.slice(0, newline);
        this.buffered = this.buffered.slice(newline + 1);
        this.waiting.shift()?.(line);
      }
    });
  }

  /** One round against `url`, for `seconds`. */
  round(url: string, body: unknown, seconds: number): Promise<Measure> {
    const spec = JSON.stringify({ url, body: JSON.stringify(body), connections: CONNECTIONS, seconds });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`The load process did not answer within ${seconds + 60} s.`)),
        (seconds + 60) * 1000,
      );
      this.waiting.push((line) => {
        clearTimeout(timer);
        resolve(JSON.parse(line) as Measure);
      });
      this.child.stdin.write(`${spec}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

/** Total db hits of a PROFILE plan. */
function dbHits(plan: { dbHits: number; children: unknown[] }): number {
  return plan.dbHits + plan.children.reduce<number>((sum, child) => sum + dbHits(child as typeof plan), 0);
}

/** Ingests the files as `npm run ingest` does (extraction in worker threads, each document loaded as it is read): seconds and peak RSS. */
async function timedIngest(
  db: Database,
  files: string[],
): Promise<{ outcomes: Awaited<ReturnType<typeof ingestFiles>>['outcomes']; seconds: number; peakRssMb: number }> {
  const dictionaries = loadDictionaries(SEED_DIR);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const { outcomes } = await ingestFiles(files, dictionaries, async () => db, { workers: ingestWorkers() });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { outcomes, seconds, peakRssMb: Math.round(peakRss / 1e6) };
}

async function clearGraph(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.write('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted');
    if ((row!.deleted as number) === 0) return;
  }
}

/** Where the bench's database is, for the compiled service's environment. */
interface Target {
  uri: string;
  username: string;
  password: string;
}

/**
 * The project's service as `npm start` runs it (built by main with `tsc -p tsconfig.build.json`):
 * `NODE_ENV=production node dist/src/cli/main.js serve --no-seed` on a free loopback port, over the bench's database.
 */
async function startCompiledService(target: Target): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist/src/cli/main.js'), 'serve', '--no-seed'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEO4J_URI: target.uri,
      NEO4J_USERNAME: target.username,
      NEO4J_PASSWORD: target.password,
      PORT: String(port),
      HOST: '127.0.0.1',
      QUERY_TIMEOUT_MS: '60000',
      REQUEST_TIMEOUT_MS: '60000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('GraphQL service ready')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`The compiled service exited (${code}) before it was ready: ${output}`)),
    );
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function measureSize(
  size: string,
  db: Database,
  drivers: Drivers,
  load: LoadProcess,
  target: Target,
): Promise<SizeResult> {
  const { driver } = drivers;
  console.log(`\n### ${size}\n`);
  const files = corpusFiles(size);
  // Twice: a fresh Neo4j spends its first minute compiling its own code (the JIT compiled some
  // 30,000 methods in 70-90 s of CPU during a first national ingest on this machine, beside the
  // load's own work), so a first ingest measures the JVM's warm-up as much as the project.
  await clearGraph(db);
  const first = await timedIngest(db, files);
  await clearGraph(db);
  const warm = await timedIngest(db, files);
  const ingestSeconds = first.seconds;
  const failed = [...first.outcomes, ...warm.outcomes].filter((outcome) => outcome.error !== null);
  if (failed.length > 0) throw new Error(`${failed.length} documents failed to ingest: ${failed[0]!.error}`);
  const [counts] = await db.read(`CALL () { MATCH (d:Document {inCorpus: true}) RETURN count(d) AS documents }
    CALL () { MATCH (t:Task) RETURN count(t) AS tasks }
    CALL () { MATCH (:Task)-[r:LED_BY|COORDINATED_BY]->() RETURN count(r) AS assignments }
    CALL () { MATCH (a:Agency) RETURN count(a) AS agencies }
    RETURN documents, tasks, assignments, agencies`);
  console.log(
    `${files.length} files ingested in ${ingestSeconds.toFixed(1)} s (peak RSS ${first.peakRssMb} MB), ` +
      `again into the cleared graph in ${warm.seconds.toFixed(1)} s (peak RSS ${warm.peakRssMb} MB): ` +
      `${counts!.documents} documents, ${counts!.tasks} tasks, ${counts!.assignments} assignments, ${counts!.agencies} agencies`,
  );

  const [task] =
    await db.read(`MATCH (d:Document {inCorpus: true})-[:IMPLEMENTS]->(:Document)-[:IMPLEMENTS]->(:Document)
    MATCH (d)-[:HAS_TASK]->(t:Task) RETURN t.id AS id ORDER BY t.id LIMIT 1`);
  const [agency] = await db.read(`MATCH (a:Agency)<-[:LED_BY]-(t:Task)
    RETURN a.id AS id, count(t) AS tasks ORDER BY tasks DESC, id LIMIT 1`);
  const [directive] = await db.read(`MATCH (d:Document {symbol: '36-NQ/TW'}) RETURN d.id AS id ORDER BY id LIMIT 1`);
  const subjects: Subjects = {
    taskId: task!.id as string,
    agencyId: agency!.id as string,
    directiveId: directive!.id as string,
    word: 'thieu',
    lucene: '',
  };

  // The project's reads during one request are recorded, to PROFILE them afterwards.
  let recording: { name: string; params: Record<string, unknown>; flags?: readonly string[] }[] | null = null;
  const read = db.read.bind(db);
  db.read = (name, params = {}, options = {}) => {
    recording?.push({ name, params, flags: options.flags });
    return read(name, params, options);
  };
  // The service measured is the one `npm start` runs: compiled JavaScript in its own node process.
  // The in-process one (same code, under tsx) only records which reads a request makes, for PROFILE.
  const recorder = await startService(db, {
    port: 0,
    host: '127.0.0.1',
    queryTimeoutMs: 60_000,
    requestTimeoutMs: 60_000,
    debugErrors: false,
  });
  const project = await startCompiledService(target);
  const neo4jGraphql = await startNeo4jGraphQL(driver);
  const handwritten = await startHandwritten(drivers.numbers);
  const urls: Record<SystemKey, string> = {
    project: project.url,
    neo4jGraphql: neo4jGraphql.url,
    handwritten: `${handwritten.url}/`,
  };
  const results: QuestionResult[] = [];
  try {
    // The Lucene query the project's search builds for the word, so the others run the same one.
    recording = [];
    await post(recorder.url, QUESTIONS[2]!.ask.project(subjects).body);
    subjects.lucene = (recording.find((call) => call.name === 'api/search-nodes')?.params.query as string) ?? 'thieu';
    recording = null;
    for (const question of QUESTIONS) {
      const asks = Object.fromEntries(SYSTEMS.map((system) => [system, question.ask[system](subjects)])) as Record<
        SystemKey,
        ReturnType<(typeof question.ask)['project']>
      >;
      // Same answers first (and the project's reads recorded for PROFILE).
      const answers = {} as Record<SystemKey, string>;
      for (const system of SYSTEMS) {
        recording = system === 'project' ? [] : null;
        const response = await post(urls[system] + asks[system].path, asks[system].body);
        answers[system] = JSON.stringify(asks[system].answer(response));
        if (system === 'project') {
          await post(recorder.url, asks[system].body);
          const calls = recording!;
          recording = null;
          const queries: { name: string; dbHits: number }[] = [];
          for (const call of calls) {
            const session = driver.session({ defaultAccessMode: neo4j.session.READ });
            try {
              // The statement as sent: with the parts its flags keep (cypher.ts).
              const result = await session.run(`PROFILE ${loadCypher(call.name, call.flags)}`, call.params);
              queries.push({
                name: call.name,
                dbHits: result.summary.profile ? dbHits(result.summary.profile as never) : 0,
              });
            } finally {
              await session.close();
            }
          }
          results.push({
            name: question.name,
            note: question.note,
            same: false,
            answers,
            systems: {} as Record<SystemKey, Measure>,
            throughputVsNeo4jGraphql: 0,
            p50VsHandwritten: 0,
            projectDbHits: queries.reduce((sum, query) => sum + query.dbHits, 0),
            projectQueries: queries,
          });
        }
      }
      const result = results[results.length - 1]!;
      result.same = answers.project === answers.neo4jGraphql && answers.project === answers.handwritten;
      if (!result.same) {
        console.warn(`✗ ${question.name}: the answers differ`);
        for (const system of SYSTEMS) console.warn(`  ${LABEL[system]}: ${answers[system].slice(0, 300)}`);
      }
      // One request on its own, for each system: the latency without load.
      const alone = {} as Record<SystemKey, number>;
      for (const system of SYSTEMS) {
        const t0 = performance.now();
        await post(urls[system] + asks[system].path, asks[system].body);
        alone[system] = Math.round(performance.now() - t0);
      }
      // Interleaved rounds, after one short warm-up round each.
      for (const system of SYSTEMS) await load.round(urls[system] + asks[system].path, asks[system].body, 1);
      const rounds: Record<SystemKey, Measure[]> = { project: [], neo4jGraphql: [], handwritten: [] };
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const system of SYSTEMS) {
          const measure = await load.round(urls[system] + asks[system].path, asks[system].body, ROUND_SECONDS);
          rounds[system].push(measure);
          // Requests still in flight when the round ends would slow the next system's round: let
          // them finish (about a p99, at least half a second, at most five).
          await sleep(Math.min(5000, Math.max(500, measure.requestsPerSecond > 0 ? measure.p99! : 5000)));
        }
      }
      // Rounds in which nothing completed have no latency (autocannon reports 0): left out.
      const median = (values: number[]) =>
        values.length === 0 ? null : [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      for (const system of SYSTEMS) {
        const measures = rounds[system];
        const completed = measures.filter((m) => m.requestsPerSecond > 0);
        result.systems[system] = {
          requestsPerSecond: measures.reduce((sum, m) => sum + m.requestsPerSecond, 0) / measures.length,
          p50: median(completed.map((m) => m.p50!)),
          p99: median(completed.map((m) => m.p99!)),
          failed: measures.reduce((sum, m) => sum + m.failed, 0),
          alone: alone[system],
        };
      }
      result.throughputVsNeo4jGraphql =
        result.systems.project.requestsPerSecond / result.systems.neo4jGraphql.requestsPerSecond;
      const p50 = (system: SystemKey) => result.systems[system].p50;
      result.p50VsHandwritten =
        p50('project') === null || p50('handwritten') === null
          ? null
          : p50('project')! / Math.max(p50('handwritten')!, 0.5);
      console.log(
        `${question.name}: ${SYSTEMS.map((s) => `${LABEL[s]} ${result.systems[s].requestsPerSecond.toFixed(1)} req/s p50 ${result.systems[s].p50 ?? '—'} ms (alone ${alone[s]} ms)`).join('; ')}`,
      );
    }
  } finally {
    db.read = read;
    await recorder.stop();
    await project.stop();
    await neo4jGraphql.stop();
    await handwritten.stop();
  }
  return {
    size,
    documents: counts!.documents as number,
    tasks: counts!.tasks as number,
    assignments: counts!.assignments as number,
    agencies: counts!.agencies as number,
    ingestSeconds,
    ingestPeakRssMb: first.peakRssMb,
    warmIngestSeconds: warm.seconds,
    warmIngestPeakRssMb: warm.peakRssMb,
    questions: results,
  };
}

function table(result: SizeResult): string {
  const f = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  const header = [
    'question',
    ...SYSTEMS.map((s) => `${LABEL[s]} req/s · p50 · p99 ms (one request alone)`),
    'project ÷ @neo4j/graphql req/s',
    'project ÷ hand-written p50',
    'project db hits (PROFILE)',
    'same ids',
  ];
  const rows = result.questions.map((q) => [
    q.name + (q.note ? ` (${q.note})` : ''),
    ...SYSTEMS.map(
      (s) =>
        `${f(q.systems[s].requestsPerSecond)} · ${q.systems[s].p50 ?? '—'} · ${q.systems[s].p99 ?? '—'} (${q.systems[s].alone})` +
        (q.systems[s].failed > 0 ? ` ${q.systems[s].failed} failed` : ''),
    ),
    `${q.throughputVsNeo4jGraphql.toFixed(2)}×`,
    q.p50VsHandwritten === null ? '— (none completed)' : `${q.p50VsHandwritten.toFixed(2)}×`,
    `${q.projectDbHits}: ${q.projectQueries.map((query) => `${query.name.replace(/^api\//, '')} ${query.dbHits}`).join(' + ')}`,
    q.same ? 'yes' : 'NO',
  ]);
  const geomean = Math.exp(
    result.questions.reduce((sum, q) => sum + Math.log(q.throughputVsNeo4jGraphql), 0) / result.questions.length,
  );
  return [
    `**${result.size}**: ${result.documents} documents, ${result.tasks} tasks, ${result.assignments} assignments, ` +
      `${result.agencies} agencies; ingest ${result.ingestSeconds.toFixed(1)} s (peak RSS ${result.ingestPeakRssMb} MB), ` +
      `again into the cleared graph ${result.warmIngestSeconds.toFixed(1)} s (peak RSS ${result.warmIngestPeakRssMb} MB). ` +
      `Geometric mean of project ÷ @neo4j/graphql throughput: ${geomean.toFixed(2)}×.`,
    '',
    [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n'),
  ].join('\n');
}

async function main(): Promise<void> {
  // A fresh throwaway instance: never the service's (7687) or the tests' (7688) database.
  await stop(INSTANCE);
  fs.rmSync(instancePaths(INSTANCE.name).home, { recursive: true, force: true });
  await start(INSTANCE, (line) => console.log(line));
  const target = {
    uri: `bolt://127.0.0.1:${INSTANCE.boltPort}`,
    username: 'neo4j',
    password: instancePassword(INSTANCE.name),
    database: undefined,
    local: null,
  };
  // The service measured runs compiled, as `npm start` runs it.
  const build = spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0)
    throw new Error('tsc -p tsconfig.build.json failed; the compiled service cannot be measured.');
  const db = await Database.connect(target, { timeoutMs: 600_000 });
  const connect = (disableLosslessIntegers: boolean) =>
    neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
      maxConnectionPoolSize: 50,
      disableLosslessIntegers,
      logging: { level: 'error', logger: () => {} },
    });
  const drivers: Drivers = { driver: connect(false), numbers: connect(true) };
  const load = new LoadProcess();
  const results: SizeResult[] = [];
  try {
    await applySchema(db);
    for (const size of SIZES) results.push(await measureSize(size, db, drivers, load, target));
  } finally {
    load.close();
    await drivers.driver.close();
    await drivers.numbers.close();
    await db.close();
    if (process.env.BENCH_KEEP_NEO4J !== '1') {
      await stop(INSTANCE);
      fs.rmSync(instancePaths(INSTANCE.name).home, { recursive: true, force: true });
    }
  }
  const note =
    `${ROUNDS} interleaved rounds of ${ROUND_SECONDS} s per system and question after a 1 s warm-up, ` +
    `${CONNECTIONS} connections from a separate autocannon process, loopback; Node ${process.version}, ` +
    `${os.cpus().length} cores. p50/p99 are medians over the rounds (— when no request completed within a round); ` +
    `req/s their mean; "alone" is one request without load. Search answers are compared as the count, the lowest ` +
    `score and the ids scoring above it (equally scored hits at the end of a page are the index's choice).`;
  const markdown = `${results.map(table).join('\n\n')}\n\n${note}\n`;
  console.log(`\n${markdown}`);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.writeFileSync(path.join(RESULTS_DIR, `national-${stamp}.json`), JSON.stringify({ note, results }, null, 2));
  fs.writeFileSync(path.join(RESULTS_DIR, `national-${stamp}.md`), markdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
