/**
 * Text helpers of the ingestion stages: whitespace, sentences, headings and short hashes. Folding
 * and slugs live in src/text (the API folds the same way) and are re-exported here.
 */
import { createHash } from 'node:crypto';

export { fold, foldWords, slugify } from '../text/index.js';

/** Eight hex characters of SHA-1, for ids of things printed without a number. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

/** Collapses whitespace and trims. */
export function squash(text: string): string {
  // Most lines, names and cells are squashed already (every stage squashes what it passes on):
  // a test is cheaper than building the same string again.
  return LOOSE_WHITESPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

// Whitespace squash would change: two in a row, any but a space, or at either end.
const LOOSE_WHITESPACE = /\s\s|[^\S ]|^ | $/;

/** Upper-cases the first letter: "các sở, ngành" → "Các sở, ngành". */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** The first sentence of a text, at most `max` characters (cut at a word). */
export function firstSentence(text: string, max = 200): string {
  const flat = squash(text);
  const end = flat.search(/[.;:](\s|$)/);
  const sentence = end > 20 ? flat.slice(0, end) : flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.lastIndexOf(' ', max - 1);
  return `${sentence.slice(0, cut > 0 ? cut : max - 1)}…`;
}

/** Whether a string is all upper case letters (a heading such as "KẾ HOẠCH"). */
export function isUpperCaseLine(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}
