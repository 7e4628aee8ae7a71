/**
 * Which parent task(s) each task of a plan carries out, among the tasks of the documents the plan
 * implements (directly or through a chain): by the task's own reference when it gives one, else by
 * text similarity above a threshold. Pure: the graph layer reads the tasks and writes the links
 * (src/graph/derive.ts).
 */
import type { DerivationMethod } from '../vocabulary/index.js';
import { codeKey, symbolKey, taskReferences } from './references.js';
import { similarities } from './similarity.js';

/** A task as derivation reads it. */
export interface DerivableTask {
  id: string;
  /** As printed, joined with `.`; null when unnumbered. */
  code: string | null;
  /** Its whole text (the title is its first words). */
  text: string;
}

/** A document above the plan, with its tasks. */
export interface ParentDocument {
  id: string;
  symbol: string | null;
  tasks: DerivableTask[];
}

/** A derived link from a task to the parent task it carries out. */
export interface DerivedLink {
  from: string;
  to: string;
  /** 1 for a reference; the cosine for similarity. */
  score: number;
  method: DerivationMethod;
  /** The words of the reference, for `REFERENCE`; null otherwise. */
  excerpt: string | null;
}

/**
 * The cosine from which two tasks are taken to be the same duty. Chosen on the hand-checked
 * sample of test/derive/sample.ts (69 pairs of a seed plan's task and a task of a parent
 * written for the test, each judged by reading both): the lowest cosine at which 9 in 10 links are right there (25 of
 * 27, recall 25 of 33; test/derive/derive.test.ts). Measured on the sample it was chosen on, so
 * the precision is an optimistic estimate.
 */
export const SIMILARITY_THRESHOLD = 0.26;

/**
 * A runner-up in the same parent document is linked too when it scores at least this share of the
 * best: a provincial task that merges two parent tasks ("nguồn nhân lực" and "cơ sở vật chất")
 * carries out both.
 */
export const NEAR_TIE = 0.9;

export interface DeriveOptions {
  threshold?: number;
  nearTie?: number;
}

/**
 * The links from each of `children` (the tasks of one plan) to the tasks of `parents` (documents it
 * implements). Per parent document: a task whose text names one of that document's tasks by number
 * ("nhiệm vụ 3.2 của Kế hoạch số 16/KH-UBND") links to it, and only to it; any other task links to
 * its most similar task there when the cosine reaches the threshold, and to near ties.
 */
export function deriveLinks(
  children: readonly DerivableTask[],
  parents: readonly ParentDocument[],
  options: DeriveOptions = {},
): DerivedLink[] {
  const threshold = options.threshold ?? SIMILARITY_THRESHOLD;
  const nearTie = options.nearTie ?? NEAR_TIE;
  const links: DerivedLink[] = [];
  const references = new Map(children.map((task) => [task.id, taskReferences(task.text)]));
  for (const parent of parents) {
    if (parent.tasks.length === 0) continue;
    const referenced = new Set<string>();
    if (parent.symbol !== null) {
      const key = symbolKey(parent.symbol);
      for (const child of children) {
        for (const reference of references.get(child.id)!) {
          if (symbolKey(reference.symbol) !== key) continue;
          const target = taskByCode(parent.tasks, reference.code);
          if (target === null) continue;
          referenced.add(child.id);
          links.push({ from: child.id, to: target.id, score: 1, method: 'REFERENCE', excerpt: reference.excerpt });
        }
      }
    }
    const rest = children.filter((child) => !referenced.has(child.id));
    const byChild = new Map<string, { to: string; score: number }[]>();
    for (const pair of similarities(rest, parent.tasks, threshold)) {
      const list = byChild.get(pair.from) ?? [];
      list.push({ to: pair.to, score: pair.score });
      byChild.set(pair.from, list);
    }
    for (const [from, candidates] of byChild) {
      candidates.sort((a, b) => b.score - a.score || a.to.localeCompare(b.to));
      const best = candidates[0]!.score;
      for (const candidate of candidates) {
        if (candidate.score < best * nearTie) break;
        links.push({ from, to: candidate.to, score: round(candidate.score), method: 'SIMILARITY', excerpt: null });
      }
    }
  }
  return links;
}

/** The parent task printed with this number: the same code, else the one code that ends with it ("3.2" in "II.3.2"). */
function taskByCode(tasks: readonly DerivableTask[], code: string): DerivableTask | null {
  const key = codeKey(code);
  const exact = tasks.filter((task) => task.code !== null && codeKey(task.code) === key);
  if (exact.length > 0) return exact[0]!;
  const suffix = tasks.filter((task) => task.code !== null && codeKey(task.code).endsWith(`.${key}`));
  return suffix.length === 1 ? suffix[0]! : null;
}

// Scores are stored and shown to three decimals: more would suggest a precision the method lacks.
function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
