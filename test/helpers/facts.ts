/**
 * The careful reader's facts (test/ingest/corpus/*.facts.json, see its README) and how an
 * extraction is scored against them: per kind of fact (identity, lineage, tasks, titles, leads,
 * coordinators, times), what it got right (tp), what it said that the text does not (fp) and
 * what it missed (fn). Used by test/ingest/corpus.test.ts and by `npm run eval`.
 *
 * A task is matched by its line: the extracted task whose source lines hold the line the reader
 * gives (the nearest start when several do). A file whose facts are another text's (`sameAs`: a
 * .docx that is the original of a text of real/) has those facts' lines moved to its own lines
 * that print the same words: its decoded text numbers them differently (no "SOURCE:" line, a
 * signature cell on one line), and the reader's lines are the text's. Agencies are matched by id, or by the comparison key
 * of any spelling (abbreviations expanded, diacritics, case, "các" and the province dropped).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { AgencyDirectory } from '../../src/ingest/agencies.js';
import { decode } from '../../src/ingest/formats/index.js';
import {
  extract,
  IngestError,
  type Dictionaries,
  type DocumentExtraction,
  type TaskRecord,
} from '../../src/ingest/index.js';
import { parseTimeframe } from '../../src/ingest/timeframe.js';
import { foldWords } from '../../src/text/index.js';
import type { Ocr } from '../../src/ingest/formats/index.js';
import { CORPUS_DIR } from './corpus.js';

export const FACTS_DIR = path.join(PROJECT_ROOT, 'test', 'ingest', 'corpus');
export { CORPUS_DIR };
const FIXTURES_DIR = path.join(PROJECT_ROOT, 'test', 'ingest', 'fixtures');

export const KINDS = ['identity', 'lineage', 'tasks', 'titles', 'leads', 'coordinators', 'times'] as const;
export type FactKind = (typeof KINDS)[number];

export interface FactTask {
  line: number | null;
  code: string | null;
  group?: boolean;
  title: string;
  leads: string[];
  coordinators: string[];
  time: string | null;
}

export interface Facts {
  source: string;
  sameAs?: string | null;
  identity: {
    symbol: string | null;
    kind: string;
    issuedOn: string | null;
    province: string | null;
    issuer: string | null;
  };
  implements: string[];
  tasks: FactTask[];
  noTasks?: string | null;
  notes?: string;
}

/** Where a facts file's text is, and which group of the evaluation it is in. */
export interface FactsCase {
  name: string;
  group: 'seeds' | 'fixtures' | 'corpus';
  /** The text's path. */
  file: string;
  facts: Facts;
  /** For facts taken from another text (`sameAs`): that text's path, whose lines the facts give. */
  linesOf?: string;
}

/** One disagreement, for reports and the known-gaps list. */
export interface Miss {
  kind: FactKind;
  /** The text's line, or 1 for a document's facts. */
  line: number;
  /** What the reader found (null: nothing) and what the extraction says (null: nothing). */
  expected: string | null;
  got: string | null;
}

export type Counts = Record<FactKind, { tp: number; fp: number; fn: number }>;

export interface Score {
  counts: Counts;
  misses: Miss[];
}

/** Every facts case: the seeds', the corpus's (real/ and files/) and the fixture pairs'. */
export function factsCases(): FactsCase[] {
  const cases: FactsCase[] = [];
  const byName = new Map<string, Facts>();
  const names = fs
    .readdirSync(FACTS_DIR)
    .filter((name) => name.endsWith('.facts.json'))
    .sort();
  for (const name of names) byName.set(name, JSON.parse(fs.readFileSync(path.join(FACTS_DIR, name), 'utf8')) as Facts);
  for (const name of names) {
    let facts = byName.get(name)!;
    const source = facts.source;
    const where = (file: string) =>
      file.startsWith('seed/') ? path.join(PROJECT_ROOT, file) : path.join(CORPUS_DIR, file);
    let linesOf: string | undefined;
    if (facts.sameAs) {
      const original = byName.get(facts.sameAs);
      if (original === undefined) throw new Error(`${name}: sameAs names "${facts.sameAs}", which is not a facts file`);
      linesOf = where(original.source);
      facts = { ...original, source };
    }
    cases.push({
      name: name.replace(/\.facts\.json$/, ''),
      group: source.startsWith('seed/') ? 'seeds' : 'corpus',
      file: where(source),
      facts,
      ...(linesOf === undefined ? {} : { linesOf }),
    });
  }
  for (const name of fs.readdirSync(FIXTURES_DIR).sort()) {
    if (!name.endsWith('.expected.json')) continue;
    const text = path.join(FIXTURES_DIR, name.replace(/\.expected\.json$/, '.txt'));
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, name), 'utf8'));
    if (expected.error !== undefined) continue; // a fixture that is refused states no facts
    cases.push({ name: path.basename(text), group: 'fixtures', file: text, facts: fromFixture(expected) });
  }
  return cases;
}

/** A fixture pair's expected extraction as facts (agencies as ids, tasks at their first line). */
function fromFixture(expected: {
  document: { symbol: string | null; kind: string; issuedOn: string | null; province: string | null };
  tasks: {
    code: string | null;
    title: string;
    leads: string[];
    coordinators: string[];
    timeframe: string | null;
    lines: number[];
  }[];
}): Facts {
  return {
    source: 'fixture',
    identity: { ...expected.document, issuer: null },
    implements: (expected.document as unknown as { implements: string[] }).implements,
    tasks: expected.tasks.map((task) => ({
      line: task.lines[0]!,
      code: task.code,
      title: task.title,
      leads: task.leads,
      coordinators: task.coordinators,
      time: task.timeframe,
    })),
  };
}

/**
 * Reads a case's file as ingest does (Word, web pages, PDF decoded; OCR when given), and the
 * facts to score it against: the case's, with the lines of facts taken from another text moved
 * to this file's lines.
 */
export async function extractCase(
  item: FactsCase,
  dictionaries: Dictionaries,
  ocr: Ocr | null,
): Promise<{ got: DocumentExtraction | IngestError; facts: Facts }> {
  const name = path.basename(item.file);
  let bytes: Uint8Array;
  try {
    bytes = (await decode(new Uint8Array(fs.readFileSync(item.file)), name, { ocr })).bytes;
  } catch (error) {
    if (error instanceof IngestError) return { got: error, facts: item.facts };
    throw error;
  }
  const facts =
    item.linesOf === undefined ? item.facts : movedToLines(item.facts, fileLines(item.linesOf), textLines(bytes));
  try {
    return { got: extract(bytes, name, dictionaries), facts };
  } catch (error) {
    if (error instanceof IngestError) return { got: error, facts };
    throw error;
  }
}

/** A text's lines as ingest numbers them (1-based: lines[1] is the first). */
function textLines(bytes: Uint8Array): string[] {
  return ['', ...new TextDecoder('utf-8').decode(bytes).split(/\r\n|\r|\n/)];
}

function fileLines(file: string): string[] {
  return textLines(new Uint8Array(fs.readFileSync(file)));
}

/**
 * The facts with each task's line, a line of `from`, moved to the line of `to` that prints the
 * same words (the nearest such line when several do; where none does, a line that begins with
 * the same words, else the line as it was).
 */
function movedToLines(facts: Facts, from: string[], to: string[]): Facts {
  const key = (line: string | undefined) => foldWords(line ?? '');
  const keys = to.map(key);
  const nearest = (line: number, fits: (candidate: string) => boolean) => {
    let best: number | null = null;
    keys.forEach((candidate, index) => {
      if (
        index > 0 &&
        candidate !== '' &&
        fits(candidate) &&
        (best === null || Math.abs(index - line) < Math.abs(best - line))
      )
        best = index;
    });
    return best;
  };
  const moved = (line: number | null): number | null => {
    if (line === null) return null;
    const wanted = key(from[line]);
    if (wanted === '') return line;
    const start = wanted.slice(0, 60);
    return (
      nearest(line, (candidate) => candidate === wanted) ??
      nearest(line, (candidate) => candidate.startsWith(start) || wanted.startsWith(candidate.slice(0, 60))) ??
      line
    );
  };
  return { ...facts, tasks: facts.tasks.map((task) => ({ ...task, line: moved(task.line) })) };
}

/** Scores an extraction (or the error that refused the text) against the facts. */
export function score(facts: Facts, got: DocumentExtraction | IngestError, dictionaries: Dictionaries): Score {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }])) as Counts;
  const misses: Miss[] = [];
  const tally = (kind: FactKind, line: number, expected: string | null, actual: string | null, same: boolean) => {
    if (expected !== null && same) counts[kind].tp += 1;
    else {
      if (actual !== null) counts[kind].fp += 1;
      if (expected !== null) counts[kind].fn += 1;
      if (expected !== null || actual !== null) misses.push({ kind, line, expected, got: actual });
    }
  };
  const document = got instanceof IngestError ? null : got.document;
  const directory = new AgencyDirectory(dictionaries, 'facts');
  const province = facts.identity.province;

  // Identity: each field one fact.
  const identity = facts.identity;
  const pairs: [string, string | null, string | null, (a: string, b: string) => boolean][] = [
    ['symbol', identity.symbol, document?.symbol ?? null, sameSymbol],
    ['kind', identity.kind, document?.kind ?? null, (a, b) => a === b],
    ['issuedOn', identity.issuedOn, document?.issuedOn ?? null, (a, b) => a === b],
    [
      'province',
      identity.province,
      document?.province ?? null,
      // "Hồ Chí Minh" is "Thành phố Hồ Chí Minh": provinces compare as the dictionary names them.
      (a, b) => (directory.findProvince(a) ?? foldWords(a)) === (directory.findProvince(b) ?? foldWords(b)),
    ],
  ];
  if (identity.issuer !== null) {
    pairs.push([
      'issuer',
      identity.issuer,
      document?.issuer?.name ?? null,
      () =>
        document?.issuer !== null &&
        document !== null &&
        sameAgency(identity.issuer!, document.issuer!.id, got as DocumentExtraction, directory, province),
    ]);
  }
  for (const [field, expected, actual, same] of pairs) {
    tally(
      'identity',
      1,
      expected === null ? null : `${field} ${expected}`,
      actual === null ? null : `${field} ${actual}`,
      expected !== null && actual !== null && same(expected, actual),
    );
  }

  // Lineage: the symbols it implements.
  const implemented = (document?.implements ?? []).map((ref) => ref.symbol ?? ref.id);
  compareSets('lineage', 1, facts.implements, implemented, sameSymbol, counts, misses);

  // Tasks, matched by line.
  const tasks = document?.tasks ?? [];
  const matched = new Map<FactTask, TaskRecord>();
  const used = new Set<TaskRecord>();
  for (const fact of facts.tasks) {
    const task = matchTask(fact, tasks, used);
    if (task !== null) {
      matched.set(fact, task);
      used.add(task);
    }
  }
  const extraction = got instanceof IngestError ? null : got;
  for (const fact of facts.tasks) {
    const task = matched.get(fact) ?? null;
    const line = fact.line ?? 1;
    const label = `${fact.code ?? '·'} ${clip(fact.title)}`;
    tally('tasks', line, label, task === null ? null : `${task.code ?? '·'} ${clip(task.title)}`, task !== null);
    if (task === null) {
      counts.leads.fn += fact.leads.length;
      counts.coordinators.fn += fact.coordinators.length;
      if (fact.time !== null) counts.times.fn += 1;
      if (fact.title) counts.titles.fn += 1;
      continue;
    }
    tally('titles', line, fact.title, task.title, sameTitle(fact.title, task.title));
    const agencyMatch = (name: string, id: string) => sameAgency(name, id, extraction!, directory, province);
    compareSets(
      'leads',
      line,
      fact.leads,
      task.leads.map((agency) => agency.id),
      agencyMatch,
      counts,
      misses,
      names(extraction!),
    );
    compareSets(
      'coordinators',
      line,
      fact.coordinators,
      task.coordinators.map((agency) => agency.id),
      agencyMatch,
      counts,
      misses,
      names(extraction!),
    );
    tally(
      'times',
      line,
      fact.time,
      task.timeframe,
      fact.time !== null && task.timeframe !== null && sameTime(fact.time, task.timeframe),
    );
  }
  for (const task of tasks) {
    if (used.has(task)) continue;
    tally('tasks', task.source.lineStart, null, `${task.code ?? '·'} ${clip(task.title)}`, false);
    counts.leads.fp += task.leads.length;
    counts.coordinators.fp += task.coordinators.length;
    if (task.timeframe !== null) counts.times.fp += 1;
    counts.titles.fp += 1;
  }
  return { counts, misses };
}

/** Adds `b` into `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  for (const kind of KINDS) {
    a[kind].tp += b[kind].tp;
    a[kind].fp += b[kind].fp;
    a[kind].fn += b[kind].fn;
  }
  return a;
}

export function emptyCounts(): Counts {
  return Object.fromEntries(KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }])) as Counts;
}

/** A miss as one line: `kind line: expected … got …`. */
export function formatMiss(miss: Miss): string {
  return `${miss.kind} ${miss.line}: expected ${miss.expected === null ? 'nothing' : `"${miss.expected}"`}, got ${miss.got === null ? 'nothing' : `"${miss.got}"`}`;
}

function matchTask(fact: FactTask, tasks: TaskRecord[], used: Set<TaskRecord>): TaskRecord | null {
  const free = tasks.filter((task) => !used.has(task));
  if (fact.line === null) return free.find((task) => task.code === fact.code) ?? null;
  const holding = free.filter((task) => task.source.lineStart <= fact.line! && fact.line! <= task.source.lineEnd);
  if (holding.length === 0) return null;
  // Several tasks hold the line (a group row and its first task): the one starting nearest it,
  // then the one whose code is the reader's.
  holding.sort(
    (a, b) => b.source.lineStart - a.source.lineStart || Number(b.code === fact.code) - Number(a.code === fact.code),
  );
  return holding[0]!;
}

function compareSets(
  kind: FactKind,
  line: number,
  expected: string[],
  actual: string[],
  same: (expected: string, actual: string) => boolean,
  counts: Counts,
  misses: Miss[],
  show: (actual: string) => string = (value) => value,
): void {
  const left = [...actual];
  for (const item of expected) {
    const at = left.findIndex((candidate) => same(item, candidate));
    if (at === -1) {
      counts[kind].fn += 1;
      misses.push({ kind, line, expected: item, got: null });
    } else {
      counts[kind].tp += 1;
      left.splice(at, 1);
    }
  }
  for (const item of left) {
    counts[kind].fp += 1;
    misses.push({ kind, line, expected: null, got: show(item) });
  }
}

/** "1237/QĐ-TTg" = "1237/QĐ-TTG" = "1237/QD-TTg": symbols compare without case, spaces or the Đ's bar. */
function sameSymbol(a: string, b: string): boolean {
  const key = (symbol: string) => foldWords(symbol.replace(/\s+/g, ''));
  return key(a) === key(b);
}

/** Whole, or cut only where the reader's title ends: folded words equal, or one the other's start within 10%. */
function sameTitle(expected: string, actual: string): boolean {
  const a = foldWords(expected);
  const b = foldWords(actual);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(short) && short.length >= long.length * 0.9;
}

function sameTime(expected: string, actual: string): boolean {
  if (foldWords(expected) === foldWords(actual)) return true;
  const a = parseTimeframe(expected);
  const b = parseTimeframe(actual);
  const known = a.startYear !== null || a.endYear !== null || a.recurrence !== null;
  return known && a.startYear === b.startYear && a.endYear === b.endYear && a.recurrence === b.recurrence;
}

/** Whether the reader's agency (a name, or an id in fixtures) is the extracted agency `id`. */
function sameAgency(
  expected: string,
  id: string,
  extraction: DocumentExtraction,
  directory: AgencyDirectory,
  province: string | null,
): boolean {
  if (expected.startsWith('agency/')) return expected === id;
  const agency = extraction.agencies.find((candidate) => candidate.id === id);
  const key = (name: string) => directory.key(name, agency?.province ?? province).replace(/^cac /, '');
  const wanted = key(expected);
  return [agency?.name ?? '', ...(agency?.aliases ?? [])].some((spelling) => key(spelling) === wanted);
}

function names(extraction: DocumentExtraction): (id: string) => string {
  return (id) => extraction.agencies.find((agency) => agency.id === id)?.name ?? id;
}

function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}
