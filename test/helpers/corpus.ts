/**
 * Where the real corpus is (texts in real/, Word and PDF files in files/): the folder
 * POLICY_CORPUS_DIR names, else ../shared/corpus beside the project, else beside the repository
 * a local clone was made from (`git clone . /tmp/ci-check`). Tests and benchmarks read it there,
 * never from a copy in the repository; when it is nowhere, one clear error, not one per file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';

function besideOrigin(): string | null {
  try {
    const origin = execFileSync('git', ['config', '--get', 'remote.origin.url'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    }).trim();
    return path.isAbsolute(origin) ? path.join(origin, '..', 'shared', 'corpus') : null;
  } catch {
    return null; // not a clone, or no git
  }
}

function corpusDir(): string {
  const named = process.env.POLICY_CORPUS_DIR;
  const candidates = named ? [named] : [path.join(PROJECT_ROOT, '..', 'shared', 'corpus'), besideOrigin()];
  const found = candidates.find((dir) => dir !== null && fs.existsSync(path.join(dir, 'real')));
  if (found === undefined) {
    throw new Error(
      `The real corpus is not at ${candidates.filter((dir) => dir !== null).join(' nor ')} (no real/ folder): ` +
        'the tests read ../shared/corpus beside the project; put it there, or set POLICY_CORPUS_DIR to the corpus folder.',
    );
  }
  return path.resolve(found!);
}

export const CORPUS_DIR = corpusDir();

/** The real texts as users find them. */
export const REAL_DIR = path.join(CORPUS_DIR, 'real');
/** The Word and PDF originals. */
export const FILES_DIR = path.join(CORPUS_DIR, 'files');
