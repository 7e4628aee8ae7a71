/**
 * Provenance: every fact keeps the file, the lines and the text it was read from.
 */
import type { Line } from './normalize.js';
import { squash } from './text.js';
import type { Source } from './types.js';

/** Longest excerpt kept whole; a longer one is cut to one less and "…" added. */
const EXCERPT_CHARS = 400;

/** Provenance of a line range: the file, the lines and their text (trimmed to 400 characters). */
export function sourceOf(file: string, lines: Line[], lineStart: number, lineEnd: number, excerpt?: string): Source {
  const text = excerpt ?? rangeText(lines.slice(lineStart - 1, lineEnd));
  return {
    file,
    lineStart,
    lineEnd,
    excerpt: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS - 1)}…` : text,
  };
}

/**
 * The lines' text squashed, or enough of it to show that it is longer than an excerpt: a
 * section's task spans the whole section, and squashing only shortens (the squashed start of a
 * text is the start of the squashed text), so the lines past the excerpt change nothing shown.
 */
function rangeText(range: Line[]): string {
  const parts: string[] = [];
  let length = 0;
  let check = EXCERPT_CHARS; // raw length at which to squash and see (doubling: linear overall)
  for (const line of range) {
    const part = line.text.replace(/\t+/g, ' | ');
    parts.push(part);
    length += part.length + 1;
    if (length > check) {
      const text = squash(parts.join(' '));
      if (text.length > EXCERPT_CHARS) return text;
      check = length * 2;
    }
  }
  return squash(parts.join(' '));
}
