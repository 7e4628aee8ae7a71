/**
 * Property-based fuzz of the parser: texts a user could feed it, broken the ways files break
 * (cut off, bytes damaged, lines out of order, two texts run together), drawn from the five
 * seeds and the 30 real texts of ../shared/corpus/real (read where they are: in CI the project
 * is a fresh clone with shared/ beside it). Whatever the input, `extract` either returns an
 * extraction whose places point into the text, or throws an IngestError naming the file (and the
 * line when the error is about one): never a TypeError, never a hang.
 *
 * Bounded: a fixed seed and a fixed number of runs per property (FUZZ_SEED and FUZZ_RUNS
 * override them to explore further, e.g. `FUZZ_SEED=$RANDOM FUZZ_RUNS=500 npx vitest run ...`).
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, IngestError } from '../../src/ingest/index.js';
import { dictionaries, SEED_DOCUMENTS } from '../helpers/ingest.js';
import { REAL_DIR } from '../helpers/corpus.js';

const CORPUS = REAL_DIR;
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

function texts(dir: string): { name: string; text: string }[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

const seeds = texts(SEED_DOCUMENTS);
const corpus = texts(CORPUS);
const sources = [...seeds, ...corpus];

/** Extracts `bytes` and checks the outcome; returns how it ended, for the tally. */
function check(bytes: Uint8Array, file: string): 'extracted' | 'refused' {
  // Lines as the parser counts them (a last line without its newline still counts).
  const lineCount = new TextDecoder('utf-8').decode(bytes).split(/\r\n|\r|\n/).length;
  let extraction;
  try {
    extraction = extract(bytes, file, dictionaries);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error; // the failure fast-check shrinks and reports
    expect(error.file).toBe(file);
    expect(error.message.startsWith(file), error.message).toBe(true);
    if (error.line !== null) {
      expect(error.message.startsWith(`${file}:${error.line}`) || error.line === 1, error.message).toBe(true);
      expect(error.line).toBeGreaterThanOrEqual(1);
    }
    return 'refused';
  }
  const { document, warnings } = extraction;
  for (const warning of warnings) {
    expect(warning.file).toBe(file);
    expect(Number.isInteger(warning.line) && warning.line >= 1, `${warning.message} at line ${warning.line}`).toBe(
      true,
    );
  }
  for (const task of document.tasks) {
    expect(task.source.file).toBe(file);
    expect(task.source.lineStart).toBeGreaterThanOrEqual(1);
    expect(task.source.lineEnd).toBeGreaterThanOrEqual(task.source.lineStart);
    expect(task.source.lineEnd).toBeLessThanOrEqual(lineCount);
  }
  // Ids are keys in the graph: two tasks or agencies with one id would fail the load.
  const taskIds = document.tasks.map((task) => task.id);
  expect(new Set(taskIds).size).toBe(taskIds.length);
  const agencyIds = extraction.agencies.map((agency) => agency.id);
  expect(new Set(agencyIds).size).toBe(agencyIds.length);
  return 'extracted';
}

// Names, not texts, so that a counterexample reads "merge-a.txt-b.txt", 0.42 rather than two whole texts.
const textOf = new Map(sources.map(({ name, text }) => [name, text]));
const source = fc.constantFrom(...sources.map(({ name }) => name));
const read = (name: string) => ({ name, text: textOf.get(name)! });
const encode = (text: string) => new TextEncoder().encode(text);
const lines = (text: string) => text.split('\n');

describe('the parser, fed broken versions of the seeds and the real corpus', () => {
  it('reads the corpus it is fuzzed from', () => {
    expect(seeds).toHaveLength(5);
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  const tally = { extracted: 0, refused: 0 };
  const options = { seed: SEED, numRuns: RUNS, endOnFailure: true };

  it('survives truncation at any byte, mid-character included', () => {
    fc.assert(
      fc.property(source, fc.double({ min: 0, max: 1, noNaN: true }), (file, at) => {
        const { name, text } = read(file);
        const bytes = encode(text);
        tally[check(bytes.subarray(0, Math.floor(bytes.length * at)), `cut-${name}`)] += 1;
      }),
      options,
    );
  });

  it('survives damaged bytes (flips anywhere, NULs and invalid UTF-8 included)', () => {
    const flip = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(source, fc.array(flip, { minLength: 1, maxLength: 24 }), (file, flips) => {
        const { name, text } = read(file);
        const bytes = encode(text);
        for (const { at, byte } of flips) bytes[Math.min(bytes.length - 1, Math.floor(bytes.length * at))] = byte;
        tally[check(bytes, `flip-${name}`)] += 1;
      }),
      options,
    );
  });

  it('survives lines shuffled, dropped, repeated and run together', () => {
    const edit = fc.record({
      kind: fc.constantFrom('swap', 'drop', 'repeat', 'join'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      to: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(source, fc.array(edit, { minLength: 1, maxLength: 40 }), (file, edits) => {
        const { name, text } = read(file);
        const out = lines(text);
        for (const { kind, at, to } of edits) {
          if (out.length < 2) break;
          const i = Math.floor((out.length - 1) * at);
          const j = Math.floor((out.length - 1) * to);
          if (kind === 'swap') [out[i], out[j]] = [out[j]!, out[i]!];
          else if (kind === 'drop') out.splice(i, 1);
          else if (kind === 'repeat') out.splice(j, 0, out[i]!);
          else out.splice(i, 2, `${out[i]} ${out[i + 1]}`);
        }
        tally[check(encode(out.join('\n')), `shuffle-${name}`)] += 1;
      }),
      options,
    );
  });

  it('survives two texts run together (the head of one, the tail of another)', () => {
    const cut = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(source, source, cut, cut, (fileA, fileB, atA, atB) => {
        const [a, b] = [read(fileA), read(fileB)];
        const head = lines(a.text);
        const tail = lines(b.text);
        const merged = [...head.slice(0, Math.floor(head.length * atA)), ...tail.slice(Math.floor(tail.length * atB))];
        tally[check(encode(merged.join('\n')), `merge-${a.name}-${b.name}`)] += 1;
      }),
      options,
    );
  });

  it('survives texts whose places are erased (no province to scope agencies and citations by)', () => {
    // Drafts and excerpts often lack the place line; "…/KH-UBND" then cites some People's
    // Committee of no known province.
    const places = new RegExp(
      dictionaries.provinces
        .flatMap((province) => [province.name, ...(province.aliases ?? [])])
        .sort((a, b) => b.length - a.length)
        .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|'),
      'giu',
    );
    fc.assert(
      fc.property(source, fc.double({ min: 0.2, max: 1, noNaN: true }), (file, at) => {
        const { name, text } = read(file);
        const erased = text.normalize('NFC').replace(places, '');
        const bytes = encode(erased);
        tally[check(bytes.subarray(0, Math.floor(bytes.length * at)), `erased-${name}`)] += 1;
      }),
      options,
    );
  });

  it('mostly still extracts: the fuzz exercises the parser, not only its refusals', () => {
    // Every run above ended one way or the other; were nearly all refused (e.g. as empty or
    // binary), the properties would test the decoder alone.
    expect(tally.extracted + tally.refused).toBe(5 * RUNS);
    expect(tally.extracted).toBeGreaterThan(2.5 * RUNS);
  });
});
