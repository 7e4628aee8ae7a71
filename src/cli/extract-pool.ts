/**
 * Extraction in parallel: files go to worker threads (extract-worker.ts), one job per worker at
 * a time, and come back in the order given, so a long ingest extracts the next files while the
 * database loads the last ones. At most a few outcomes wait to be taken (LOOKAHEAD per worker):
 * memory stays bounded however many files there are. Few files, or no worker able to start,
 * and the files are extracted here, one after the other, with the same outcomes.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Dictionaries } from '../ingest/index.js';
import type { Ocr } from '../ingest/formats/index.js';
import { extractFile, failure, type FileOutcome } from './extract-file.js';

// tsx's ESM API (the .mjs beside the .cjs that require resolves), for workers run from source.
const TSX_API = import.meta.url.endsWith('.ts')
  ? pathToFileURL(
      createRequire(import.meta.url)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href
  : '';

/** Outcomes each worker may have waiting, besides the one it works on. */
const LOOKAHEAD = 2;
/** Fewer files than this are not worth starting threads for (a worker loads its dictionaries). */
const MIN_FILES_FOR_WORKERS = 8;

/**
 * The files' outcomes, in the order given. `workers` threads (0: none) extract with the seed
 * dictionaries from `seedDir`; `dictionaries` are used when extracting here.
 */
export async function* extractEach(
  files: string[],
  dictionaries: Dictionaries,
  options: { ocr?: Ocr | null; workers?: number; seedDir?: string; onStart?: (workers: number) => void } = {},
): AsyncGenerator<FileOutcome> {
  const wanted = Math.min(options.workers ?? 0, files.length);
  const pool =
    wanted > 0 && files.length >= MIN_FILES_FOR_WORKERS && options.seedDir !== undefined
      ? await startWorkers(wanted, options.seedDir, options.ocr != null)
      : [];
  options.onStart?.(pool.length);
  if (pool.length === 0) {
    for (const file of files) yield await extractFile(file, dictionaries, options);
    return;
  }
  const results = new Map<number, FileOutcome>();
  const busy = new Map<Worker, number>(); // worker → the index it extracts
  const idle: Worker[] = [];
  let next = 0; // the next file to hand out
  let taken = 0; // outcomes yielded so far
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const dispatch = (worker: Worker) => {
    if (next < files.length && next < taken + pool.length * (LOOKAHEAD + 1)) {
      busy.set(worker, next);
      worker.postMessage({ index: next, file: files[next] });
      next += 1;
    } else {
      idle.push(worker);
    }
  };
  const lost = (worker: Worker, error: unknown) => {
    const index = busy.get(worker);
    busy.delete(worker);
    pool.splice(pool.indexOf(worker), 1);
    if (index !== undefined) results.set(index, lostOutcome(files[index]!, error));
    notify();
  };
  for (const worker of pool) {
    worker.on('message', (message: { index: number; outcome: FileOutcome }) => {
      busy.delete(worker);
      results.set(message.index, message.outcome);
      dispatch(worker);
      notify();
    });
    worker.on('error', (error) => lost(worker, error));
    worker.on('exit', (code) => {
      if (pool.includes(worker)) lost(worker, new Error(`the extraction worker stopped (exit code ${code})`));
    });
    dispatch(worker);
  }
  try {
    while (taken < files.length) {
      const ready = results.get(taken);
      if (ready !== undefined) {
        results.delete(taken);
        taken += 1;
        yield ready;
        for (const worker of idle.splice(0)) dispatch(worker);
        continue;
      }
      if (pool.length === 0 && busy.size === 0) {
        // Every worker is gone: what was not handed out is extracted here.
        if (taken >= next) {
          yield await extractFile(files[taken]!, dictionaries, options);
          taken += 1;
          next = Math.max(next, taken);
        }
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    const stopping = pool.splice(0); // out of the pool first: their exits are no losses
    await Promise.all(stopping.map((worker) => worker.terminate()));
  }
}

/** Starts `count` workers and waits until each has loaded its dictionaries; none when they cannot start. */
async function startWorkers(count: number, seedDir: string, ocr: boolean): Promise<Worker[]> {
  // Compiled, this module is .js beside a .js worker; under tsx (npm run ingest) both are .ts.
  const url = new URL(import.meta.url.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
  const starting = Array.from({ length: count }, () => {
    const worker = url.pathname.endsWith('.ts')
      ? // A .ts worker (npm run ingest, the tests) registers tsx's loader before importing itself:
        // a worker does not inherit the hooks of its parent's `--import tsx`.
        new Worker(
          `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`,
          { eval: true, workerData: { seedDir, ocr } },
        )
      : new Worker(url, { workerData: { seedDir, ocr } });
    return new Promise<Worker | null>((resolve) => {
      worker.once('message', () => resolve(worker));
      worker.once('error', () => resolve(null));
      worker.once('exit', () => resolve(null));
    });
  });
  const started = await Promise.all(starting);
  return started.filter((worker): worker is Worker => worker !== null);
}

function lostOutcome(file: string, error: unknown): FileOutcome {
  const name = file.split('/').pop()!;
  return {
    file: name,
    path: file,
    extraction: null,
    summary: null,
    report: null,
    ...failure(error, name, 'could not be read'),
  };
}
