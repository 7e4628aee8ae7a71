/**
 * A worker thread of extract-pool.ts: extracts the files it is sent, one at a time, with the
 * seed dictionaries and OCR when the machine has it, and posts each outcome back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDictionaries } from '../ingest/index.js';
import { extractFile } from './extract-file.js';
import { findOcr } from './ocr.js';

const { seedDir, ocr: useOcr } = workerData as { seedDir: string; ocr: boolean };
const dictionaries = loadDictionaries(seedDir);
const ocr = useOcr ? await findOcr() : null;

parentPort!.on('message', (job: { index: number; file: string }) => {
  void extractFile(job.file, dictionaries, { ocr }).then((outcome) =>
    parentPort!.postMessage({ index: job.index, outcome }),
  );
});
parentPort!.postMessage({ ready: true });
