/**
 * Size bounds on what ingestion reads. A plan is a few dozen pages: the largest real text in
 * ../shared/corpus is 136 KB (the largest original, a PDF, 545 KB), its longest line 2,384
 * characters, its longest task text 5,286 and its most agency names looked up 245. Far past these, a file is not a plan but padding
 * or a mistake, and reading it would cost minutes and gigabytes (a 50 MB file did), so it is
 * refused with the limit named.
 */
import { IngestError } from './normalize.js';

/** The largest file ingestion reads, in bytes (5 MiB: 37 times the largest real text). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The longest line, paragraph or task text, in characters (4 times the longest real task text). */
export const MAX_TEXT_CHARS = 20_000;

/**
 * The most agency names one text may have looked up (each costs about a millisecond): the real
 * plans need at most 245, and a text of generated names would otherwise take minutes.
 */
export const MAX_NAME_LOOKUPS = 5_000;

/** Throws when a file of `size` bytes is over MAX_FILE_BYTES. */
export function checkFileSize(size: number, file: string): void {
  if (size > MAX_FILE_BYTES) {
    throw new IngestError(
      `${file}: the file is ${size.toLocaleString('en')} bytes; a plan's text is at most ${MAX_FILE_BYTES.toLocaleString('en')} (5 MiB), so it is not read.`,
      file,
    );
  }
}

/** Throws when `what` (a line, a paragraph, a task's text) starting at `line` is over MAX_TEXT_CHARS. */
export function checkTextLength(length: number, what: string, file: string, line: number): void {
  if (length > MAX_TEXT_CHARS) {
    throw new IngestError(
      `${file}:${line}: ${what} is ${length.toLocaleString('en')} characters long; at most ${MAX_TEXT_CHARS.toLocaleString('en')} are read.`,
      file,
      line,
    );
  }
}
