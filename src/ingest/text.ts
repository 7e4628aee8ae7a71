/**
 * Text helpers shared by the ingestion stages: Unicode normalisation, diacritic folding (for
 * matching and search only, never for what is stored), slugs and short hashes.
 */
import { createHash } from 'node:crypto';

// Folding runs on every candidate name the parser tries (thousands per plan): remember each
// character's fold rather than decompose it again.
const folded = new Map<string, string>();

/** Folds one NFC character to its base letter, lower-cased: "Ệ" → "e", "đ" → "d". One char in, one char out. */
function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = ch === 'đ' || ch === 'Đ' ? 'd' : (ch.normalize('NFD')[0] ?? ch).toLowerCase();
    if (folded.size < 65_536) folded.set(ch, out);
  }
  return out;
}

/**
 * Folds diacritics and case, keeping the string's length and positions (for NFC input), so an
 * index found in the folded text is valid in the original: "Sở Y tế" → "so y te".
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += ch.length === 1 ? foldChar(ch) : ch.toLowerCase();
  return out;
}

/** Folded words only: punctuation becomes spaces, runs of spaces collapse. For search and keys. */
export function foldWords(text: string): string {
  return fold(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A URL-safe slug: "Bắc Giang" → "bac-giang". */
export function slugify(text: string): string {
  return foldWords(text).replace(/ /g, '-');
}

/** Eight hex characters of SHA-1, for ids of things printed without a number. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 8);
}

/** Collapses whitespace and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

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
