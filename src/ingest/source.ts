/**
 * Provenance: every fact keeps the file, the lines and the text it was read from.
 */
import type { Line } from './normalize.js';
import { squash } from './text.js';
import type { Source } from './types.js';

/** Provenance of a line range: the file, the lines and their text (trimmed to 400 characters). */
export function sourceOf(file: string, lines: Line[], lineStart: number, lineEnd: number, excerpt?: string): Source {
  const text =
    excerpt ??
    squash(
      lines
        .slice(lineStart - 1, lineEnd)
        .map((line) => line.text.replace(/\t+/g, ' | '))
        .join(' '),
    );
  return { file, lineStart, lineEnd, excerpt: text.length > 400 ? `${text.slice(0, 399)}…` : text };
}
