/**
 * Every text of ../shared/corpus (real/ and files/) and every seed plan against what a careful
 * reader found in it (test/ingest/corpus/<file>.facts.json): its identity, what it implements,
 * and each task of its assignment part with its leads, coordinators and time.
 *
 * What the parser does not read right yet is listed, fact by fact, in known-gaps.json: a fact
 * read wrong that is not listed there fails the test (a regression), and so does a listed gap
 * that is now read right, so the list only ever shrinks (`UPDATE_GAPS=1 npx vitest run
 * test/ingest/corpus.test.ts` rewrites it; review the diff). `npm run eval` gives the figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findOcr } from '../../src/cli/ocr.js';
import { CORPUS_DIR, extractCase, factsCases, FACTS_DIR, formatMiss, score } from '../helpers/facts.js';
import { dictionaries, SEED_DOCUMENTS } from '../helpers/ingest.js';

const GAPS_FILE = path.join(FACTS_DIR, 'known-gaps.json');
const known: Record<string, string[]> = fs.existsSync(GAPS_FILE)
  ? (JSON.parse(fs.readFileSync(GAPS_FILE, 'utf8')) as { gaps: Record<string, string[]> }).gaps
  : {};
const found: Record<string, string[]> = {};
const cases = factsCases().filter((item) => item.group !== 'fixtures');
const ocr = await findOcr();

afterAll(() => {
  if (process.env.UPDATE_GAPS !== '1') return;
  const gaps = Object.fromEntries(Object.entries(found).sort(([a], [b]) => a.localeCompare(b)));
  const note =
    'Facts of test/ingest/corpus/*.facts.json the parser does not read right yet, one line each; written by UPDATE_GAPS=1 npx vitest run test/ingest/corpus.test.ts.';
  fs.writeFileSync(GAPS_FILE, `${JSON.stringify({ _comment: note, gaps }, null, 2)}\n`);
});

describe('the real corpus and the seeds, against a careful reader', () => {
  it('has facts for every text of the corpus and every seed plan', () => {
    const named = new Set(cases.map((item) => path.basename(item.file)));
    const corpus = ['real', 'files'].flatMap((dir) => fs.readdirSync(path.join(CORPUS_DIR, dir)));
    const seeds = fs.readdirSync(SEED_DOCUMENTS);
    expect([...corpus, ...seeds].filter((name) => !named.has(name))).toEqual([]);
  });

  for (const item of cases) {
    const { identity, tasks } = item.facts;
    const title =
      `${item.name}: ${identity.symbol ?? 'no number'}, ${identity.kind}, ${identity.issuedOn ?? 'no date'}, ` +
      `${identity.province ?? 'national'}, implements ${item.facts.implements.join(', ') || 'nothing'}; ` +
      (tasks.length === 0 ? 'no tasks' : `${tasks.length} tasks with their leads, coordinators and times`);
    const needsOcr = item.file.endsWith('.pdf');
    it.skipIf(needsOcr && ocr === null)(title, { timeout: 240_000 }, async () => {
      const { got, facts } = await extractCase(item, dictionaries, ocr);
      const misses = score(facts, got, dictionaries).misses.map(formatMiss);
      found[item.name] = misses;
      if (process.env.UPDATE_GAPS === '1') return;
      const expected = new Set(known[item.name] ?? []);
      const regressions = misses.filter((miss) => !expected.has(miss));
      const fixed = [...expected].filter((miss) => !misses.includes(miss));
      expect({ regressions, fixed }).toEqual({ regressions: [], fixed: [] });
    });
  }
});

describe("the facts of a Word original, given as its text's", () => {
  it("are scored at the Word file's own lines, which print the same words one or two lines up", async () => {
    const item = cases.find(
      (candidate) => candidate.name === 'KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx',
    )!;
    const text = item.facts.tasks.find((task) => task.title.startsWith('Căn cứ chức năng, nhiệm vụ của từng đơn vị'))!;
    const { got, facts } = await extractCase(item, dictionaries, null);
    const word = facts.tasks.find((task) => task.title === text.title)!;
    // No "SOURCE:" line above the Word text: one line up.
    expect([text.line, word.line]).toEqual([60, 59]);
    expect(score(facts, got, dictionaries).misses.filter((miss) => miss.kind === 'tasks')).toEqual([]);
  });
});
