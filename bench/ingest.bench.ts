/**
 * How long ingesting takes, database writes included, against the test instance (its graph is
 * reset: tests reset it too), for two corpora: the five seed plans, and the seeds with the 30
 * real texts of ../shared/corpus/real (issue 9's target: under 10 s on a warm server). Reported
 * as ratios to two baselines run in the same process: the extraction alone (pure CPU), and the
 * same number of one-statement write transactions (the floor any load pays for its round trips).
 *
 *   npm run bench -- ingest          (results also in bench/results/ingest.json)
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { openDatabase } from '../src/graph/connect.js';
import { loadDocument } from '../src/graph/load.js';
import { emit, extract, loadDictionaries } from '../src/ingest/index.js';
import { loadReferenceData } from '../src/cli/ingest.js';
import { seedFiles } from '../src/cli/seed.js';
import { REAL_DIR } from '../test/helpers/corpus.js';

const ROUNDS = 7;
const dictionaries = loadDictionaries(path.join(PROJECT_ROOT, 'seed'));
const REAL = REAL_DIR;
const read = (file: string) => ({ name: path.basename(file), bytes: fs.readFileSync(file) });
const seeds = seedFiles().map(read);
const real = fs.existsSync(REAL)
  ? fs
      .readdirSync(REAL)
      .sort()
      .map((name) => read(path.join(REAL, name)))
  : [];
const corpora = [
  { name: 'the 5 seed plans', files: seeds },
  ...(real.length > 0 ? [{ name: `the 5 seeds and ${real.length} real texts`, files: [...seeds, ...real] }] : []),
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const db = await openDatabase('test', { timeoutMs: 60_000 });
const results: Record<string, unknown>[] = [];
try {
  for (const { name, files } of corpora) {
    const extractAll = () => files.map((file) => extract(file.bytes, file.name, dictionaries));
    await db.write('MATCH (n) DETACH DELETE n');
    const ingestAll = async () => {
      await loadReferenceData(db, dictionaries);
      for (const extraction of extractAll()) await loadDocument(db, emit(extraction));
    };
    // The first load into an empty graph, on a server that has not planned these queries yet.
    const cold = await time(ingestAll);
    const extractMs: number[] = [];
    const ingestMs: number[] = [];
    const floorMs: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      extractMs.push(await time(extractAll));
      ingestMs.push(await time(ingestAll)); // a re-ingest: clears and rewrites every document
      floorMs.push(
        await time(async () => {
          for (let i = 0; i < files.length + 1; i += 1) await db.writeTransaction((tx) => tx.run('RETURN 1 AS one'));
        }),
      );
    }
    const result = {
      corpus: name,
      documents: files.length,
      rounds: ROUNDS,
      coldIngestMs: Math.round(cold),
      ingestMs: Math.round(median(ingestMs)),
      extractMs: Math.round(median(extractMs)),
      roundTripFloorMs: Math.round(median(floorMs)),
      ingestPerDocumentMs: Math.round(median(ingestMs) / files.length),
      ingestToExtract: +(median(ingestMs) / median(extractMs)).toFixed(1),
      ingestToRoundTripFloor: +(median(ingestMs) / median(floorMs)).toFixed(1),
    };
    results.push(result);
    console.log(`Ingesting ${name} (extract + load, one transaction each), median of ${ROUNDS}:`);
    console.log(`  first load, cold server      ${result.coldIngestMs} ms`);
    console.log(
      `  ingest (warm)                ${result.ingestMs} ms  (${result.ingestPerDocumentMs} ms per document)`,
    );
    console.log(
      `  extraction alone             ${result.extractMs} ms  → ingest is ${result.ingestToExtract}× extraction`,
    );
    console.log(
      `  ${files.length + 1} empty write transactions   ${result.roundTripFloorMs} ms  → ingest is ${result.ingestToRoundTripFloor}× the round-trip floor\n`,
    );
  }
  fs.mkdirSync(path.join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(PROJECT_ROOT, 'bench', 'results', 'ingest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await db.write('MATCH (n) DETACH DELETE n');
} finally {
  await db.close();
}
