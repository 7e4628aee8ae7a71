/**
 * Diacritic folding and slugs: for matching, search and ids only, never for what is stored or
 * shown. A leaf module: the ingestion and the API both fold the same way through it.
 */

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
  // ASCII lower-cases in place; only the other characters need their fold looked up (the
  // parser folds every candidate name it tries, so this is its hottest loop).
  return text.replace(NOT_ASCII, foldChar).toLowerCase();
}

const NOT_ASCII = /[^ -~\t\n\r]/g; // anything but printable ASCII and the usual white space

// Names and headings are folded again and again (a plan names its agencies many times): short
// strings keep their folded words, up to a bound.
const foldedWords = new Map<string, string>();

/** Folded words only: punctuation becomes spaces, runs of spaces collapse. For search and keys. */
export function foldWords(text: string): string {
  let out = foldedWords.get(text);
  if (out === undefined) {
    out = wordsFolded(text.normalize('NFC'));
    if (text.length <= 200) {
      if (foldedWords.size >= 50_000) foldedWords.clear();
      foldedWords.set(text, out);
    }
  }
  return out;
}

/** The folded words of a text as a list: `[]` when it has no letter or digit. */
export function wordsOf(text: string): string[] {
  const words = foldWords(text);
  return words === '' ? [] : words.split(' ');
}

/** A URL-safe slug: "Bắc Giang" → "bac-giang". */
export function slugify(text: string): string {
  return foldWords(text).replace(/ /g, '-');
}

/**
 * `fold(text)` with every run of characters but a-z and 0-9 made one space, trimmed, in one
 * pass: the domains read every task's whole text this way, past the bound of what is remembered.
 */
function wordsFolded(text: string): string {
  let out = '';
  let gap = false; // a space is owed before the next letter or digit
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // ASCII folds by case alone; anything else through its remembered fold (one char in, one out).
    const ch = code < 128 ? String.fromCharCode(code | (code >= 65 && code <= 90 ? 32 : 0)) : foldChar(text[i]!);
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
      if (gap && out !== '') out += ' ';
      out += ch;
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}
