/**
 * Text similarity of tasks: TF-IDF cosine over folded syllables and syllable pairs. Vietnamese
 * writes a word as several syllables ("công nghệ sinh học"), so the pairs stand for most words and
 * the single syllables catch the rest. Pure: no database, no GraphQL.
 */
import { foldWords } from '../text/index.js';
import { DUTY_ABBREVIATIONS } from '../vocabulary/index.js';

/** A task as the similarity reads it: its id and its words (title and text). */
export interface TaskText {
  id: string;
  text: string;
}

/** One scored pair. */
export interface ScoredPair {
  from: string;
  to: string;
  score: number;
}

// Function words that say nothing of a duty; without them a pair such as "va cac" is no term.
const STOP = new Set(
  (
    'va cac cua cho trong voi ve theo de co duoc la nhung mot nay do tai tu den tren nhu hoac ' +
    'khi thi ma nham bao gom cung da se dang rat nhieu moi tung viec su'
  ).split(' '),
);

// A whole token only: "CNSH" but not the letters of "CNSH2" or of a longer word.
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{N}&])(?:${Object.keys(DUTY_ABBREVIATIONS).join('|')})(?![\\p{L}\\p{N}&])`,
  'gu',
);

/**
 * The terms of a text: folded syllables (function words dropped) and pairs of adjacent syllables
 * that are neither a function word nor split by punctuation ("hợp tác", not "tác về" or "học, khoa").
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  const expanded = text.normalize('NFC').replace(ABBREVIATION, (abbreviation) => DUTY_ABBREVIATIONS[abbreviation]!);
  for (const clause of expanded.split(/[,.;:!?()“”"'\n/–—-]+/u)) {
    const words = foldWords(clause)
      .split(' ')
      .filter((word) => word.length > 0 && !/^\d+$/.test(word));
    words.forEach((word, i) => {
      if (STOP.has(word)) return;
      out.push(word);
      const next = words[i + 1];
      if (next !== undefined && !STOP.has(next)) out.push(`${word} ${next}`);
    });
  }
  return out;
}

type Vector = Map<string, number>;

// Each text's terms with their counts, in order of first use, kept across calls: derivation reads
// the tasks of a parent plan once for each plan under it (four departments' plans under a
// province's), and the terms of a text never change. Bounded (a task has some 80 terms: tens of
// MB at most) and dropped whole when full.
const COUNTED_LIMIT = 4_096;
const counted = new Map<string, readonly (readonly [string, number])[]>();

function countedTerms(text: string): readonly (readonly [string, number])[] {
  let found = counted.get(text);
  if (found === undefined) {
    const tf = new Map<string, number>();
    for (const term of terms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    found = [...tf];
    if (counted.size >= COUNTED_LIMIT) counted.clear();
    counted.set(text, found);
  }
  return found;
}

/**
 * The texts' L2-normalised TF-IDF weights on term numbers (in order of first use over the texts),
 * with sub-linear term frequency (1 + ln tf) and smoothed idf (ln((1 + n) / (1 + df)) + 1) over
 * these texts alone; each text's terms in order of first use.
 */
function weighted(texts: readonly string[]): { terms: string[]; ids: Int32Array[]; weights: Float64Array[] } {
  const counts = texts.map(countedTerms);
  const n = texts.length;
  const numbers = new Map<string, number>();
  const df: number[] = [];
  const ids = counts.map((tf) => {
    const out = new Int32Array(tf.length);
    tf.forEach(([term], k) => {
      let id = numbers.get(term);
      if (id === undefined) {
        id = numbers.size;
        numbers.set(term, id);
        df.push(0);
      }
      df[id]! += 1;
      out[k] = id;
    });
    return out;
  });
  const weights = counts.map((tf, i) => {
    const out = new Float64Array(tf.length);
    let norm = 0;
    tf.forEach(([, count], k) => {
      const w = (1 + Math.log(count)) * (Math.log((1 + n) / (1 + df[ids[i]![k]!]!)) + 1);
      out[k] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < out.length; k += 1) out[k] = out[k]! / norm;
    return out;
  });
  return { terms: [...numbers.keys()], ids, weights };
}

/** The texts' TF-IDF vectors (see `weighted`), as maps from term to weight. */
export function tfidf(texts: readonly string[]): Vector[] {
  const { terms: names, ids, weights } = weighted(texts);
  return ids.map((textIds, i) => new Map([...textIds].map((id, k) => [names[id]!, weights[i]![k]!])));
}

/** Cosine of two normalised vectors: their products summed over the terms of `a`, in its order. */
export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, w] of a) dot += w * (b.get(term) ?? 0);
  return dot;
}

/**
 * Every pair of a child task and a parent task with its cosine, the idf taken over both sets
 * together: the score of a pair depends on its two documents only, so it changes exactly when one
 * of them is re-ingested. With `atLeast`, only the pairs scoring at least that.
 *
 * The scores are `cosine(child, parent)`'s to the last bit (the same products summed in the same
 * order, over the child's terms), computed on term numbers with an index of the parents by term:
 * each child meets only the parents sharing one of its terms. A national ingest compares millions
 * of pairs; string maps, then a dense row per parent, were most of its derivation time.
 */
export function similarities(
  children: readonly TaskText[],
  parents: readonly TaskText[],
  atLeast = Number.NEGATIVE_INFINITY,
): ScoredPair[] {
  const { terms: names, ids, weights } = weighted([...children, ...parents].map((task) => task.text));
  // The parents holding each term, with their weights: term t's are at [start[t], start[t + 1]).
  const size = names.length;
  const start = new Int32Array(size + 1);
  for (let j = 0; j < parents.length; j += 1) for (const id of ids[children.length + j]!) start[id + 1]! += 1;
  for (let t = 0; t < size; t += 1) start[t + 1]! += start[t]!;
  const next = start.slice(0, size);
  const holder = new Int32Array(start[size]!);
  const held = new Float64Array(start[size]!);
  for (let j = 0; j < parents.length; j += 1) {
    const parentIds = ids[children.length + j]!;
    const parentWeights = weights[children.length + j]!;
    for (let k = 0; k < parentIds.length; k += 1) {
      const at = next[parentIds[k]!]!;
      next[parentIds[k]!] = at + 1;
      holder[at] = j;
      held[at] = parentWeights[k]!;
    }
  }
  const dots = new Float64Array(parents.length);
  const pairs: ScoredPair[] = [];
  children.forEach((child, i) => {
    dots.fill(0);
    const childIds = ids[i]!;
    const childWeights = weights[i]!;
    for (let k = 0; k < childIds.length; k += 1) {
      const w = childWeights[k]!;
      for (let p = start[childIds[k]!]!, end = start[childIds[k]! + 1]!; p < end; p += 1) {
        dots[holder[p]!]! += w * held[p]!;
      }
    }
    parents.forEach((parent, j) => {
      if (dots[j]! >= atLeast) pairs.push({ from: child.id, to: parent.id, score: dots[j]! });
    });
  });
  return pairs;
}
