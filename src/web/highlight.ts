/**
 * The words of a search found in a text, diacritic- and case-insensitively, as ranges of the
 * text itself: folding keeps every character's position (src/text/fold.ts), so a match in the
 * folded text marks the same characters of the text as printed.
 */
import { fold, foldWords } from '../text/fold.js';

/** A search's words, folded: "Sở Y tế" → ["so", "y", "te"]. */
export function searchWords(query: string): string[] {
  return [
    ...new Set(
      foldWords(query)
        .split(' ')
        .filter((word) => word.length > 0),
    ),
  ];
}

/** [start, end) ranges of `text` where one of `words` stands as a whole word, sorted and merged. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  const folded = fold(text.normalize('NFC'));
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
      ranges.push([at, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Splits `text` into pieces, each marked when it is a match. */
export function highlightPieces(text: string, words: readonly string[]): { text: string; match: boolean }[] {
  const nfc = text.normalize('NFC');
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(nfc, words)) {
    if (start > at) pieces.push({ text: nfc.slice(at, start), match: false });
    pieces.push({ text: nfc.slice(start, end), match: true });
    at = end;
  }
  if (at < nfc.length) pieces.push({ text: nfc.slice(at), match: false });
  return pieces;
}

/** Up to `length` characters of `text` around its first match (all of a short text), with ellipses where cut. */
export function snippet(text: string, words: readonly string[], length = 220): string {
  const nfc = text.normalize('NFC');
  if (nfc.length <= length) return nfc;
  const first = matchRanges(nfc, words)[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), nfc.length - length));
  // Start and end on word boundaries.
  if (start > 0) start = nfc.indexOf(' ', start) + 1 || start;
  let end = Math.min(nfc.length, start + length);
  if (end < nfc.length) end = nfc.lastIndexOf(' ', end) > start ? nfc.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${nfc.slice(start, end)}${end < nfc.length ? '…' : ''}`;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z0-9]/.test(ch);
}
