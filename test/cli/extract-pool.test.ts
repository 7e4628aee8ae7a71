/**
 * Extraction in worker threads gives what extraction in the command's own thread gives, file by
 * file and in the order given, a file that cannot be read included.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR } from '../../src/cli/ingest.js';
import { extractEach } from '../../src/cli/extract-pool.js';
import type { FileOutcome } from '../../src/cli/extract-file.js';
import { dictionaries, SEED_DOCUMENTS } from '../helpers/ingest.js';

async function all(files: string[], workers: number, onStart?: (count: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for await (const outcome of extractEach(files, dictionaries, { workers, seedDir: SEED_DIR, onStart })) {
    outcomes.push(outcome);
  }
  return outcomes;
}

describe('extraction in worker threads', () => {
  it('gives every file the outcome it has in one thread, in the order given', { timeout: 120_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-'));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const seeds = fs.readdirSync(SEED_DOCUMENTS).map((name) => path.join(SEED_DOCUMENTS, name));
    // Twelve files: the seeds twice, an empty file and one that is not there, interleaved.
    const files = [...seeds, path.join(dir, 'empty.txt'), ...seeds, path.join(dir, 'missing.txt')];
    let started = -1;
    const parallel = await all(files, 2, (count) => (started = count));
    expect(started).toBe(2);
    const serial = await all(files, 0);
    expect(parallel.map((outcome) => outcome.path)).toEqual(files);
    expect(parallel).toEqual(serial);
    expect(parallel.filter((outcome) => outcome.error !== null).map((outcome) => outcome.file)).toEqual([
      'empty.txt',
      'missing.txt',
    ]);
  });
});
