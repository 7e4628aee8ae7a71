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

/**
 * L2-normalised TF-IDF vectors of the texts, with sub-linear term frequency (1 + ln tf) and
 * smoothed idf (ln((1 + n) / (1 + df)) + 1) over these texts alone.
 */
export function tfidf(texts: readonly string[]): Vector[] {
  const counts = texts.map((text) => {
    const tf = new Map<string, number>();
    for (const term of terms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = texts.length;
  return counts.map((tf) => {
    const vector: Vector = new Map();
    let norm = 0;
    for (const [term, count] of tf) {
      const weight = (1 + Math.log(count)) * (Math.log((1 + n) / (1 + df.get(term)!)) + 1);
      vector.set(term, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  });
}

/** Cosine of two normalised vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot;
}

/**
 * Every pair of a child task and a parent task with its cosine, the idf taken over both sets
 * together: the score of a pair depends on its two documents only, so it changes exactly when one
 * of them is re-ingested. With `atLeast`, only the pairs scoring at least that.
 *
 * The scores are `cosine`'s to the last bit (the same products summed in the same order: over the
 * smaller vector's terms as tfidf listed them), computed on term numbers and typed arrays instead
 * of string maps: a national ingest compares millions of pairs, and the maps were most of its
 * derivation time.
 */
export function similarities(
  children: readonly TaskText[],
  parents: readonly TaskText[],
  atLeast = Number.NEGATIVE_INFINITY,
): ScoredPair[] {
  const vectors = tfidf([...children, ...parents].map((task) => task.text));
  const numbers = new Map<string, number>();
  const packed = vectors.map((vector) => {
    const ids = new Int32Array(vector.size);
    const weights = new Float64Array(vector.size);
    let k = 0;
    for (const [term, weight] of vector) {
      let id = numbers.get(term);
      if (id === undefined) numbers.set(term, (id = numbers.size));
      ids[k] = id;
      weights[k] = weight;
      k += 1;
    }
    return { ids, weights };
  });
  const size = numbers.size;
  // Each parent's weights by term number (0 where it lacks the term), and one such row for the child at hand.
  const parentRows = parents.map((_, j) => dense(packed[children.length + j]!, size));
  const childRow = new Float64Array(size);
  const pairs: ScoredPair[] = [];
  children.forEach((child, i) => {
    const a = packed[i]!;
    for (let k = 0; k < a.ids.length; k += 1) childRow[a.ids[k]!] = a.weights[k]!;
    parents.forEach((parent, j) => {
      const b = packed[children.length + j]!;
      let dot = 0;
      if (a.ids.length <= b.ids.length) {
        const row = parentRows[j]!;
        for (let k = 0; k < a.ids.length; k += 1) dot += a.weights[k]! * row[a.ids[k]!]!;
      } else {
        for (let k = 0; k < b.ids.length; k += 1) dot += b.weights[k]! * childRow[b.ids[k]!]!;
      }
      if (dot >= atLeast) pairs.push({ from: child.id, to: parent.id, score: dot });
    });
    for (let k = 0; k < a.ids.length; k += 1) childRow[a.ids[k]!] = 0;
  });
  return pairs;
}

function dense(vector: { ids: Int32Array; weights: Float64Array }, size: number): Float64Array {
  const row = new Float64Array(size);
  for (let k = 0; k < vector.ids.length; k += 1) row[vector.ids[k]!] = vector.weights[k]!;
  return row;
}
