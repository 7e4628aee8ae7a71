/**
 * Loads the Cypher kept in cypher/: one query per file, read once and cached. A query may include
 * a fragment (a part several queries share, such as the filter of a task list) with a line
 * `// @include <name>`, replaced by the text of cypher/<name>.cypher, so the part is written once.
 *
 * A file may also mark lines as needed only by some requests, between `// @if <flags>` and
 * `// @end` (with an optional `// @else`), each alone on its line; `<flags>` is one flag, or
 * several joined by `|` (any of them) or `&` (all of them). Loaded with the flags a batch of
 * requests needs, the blocks no request needs are left out, so the server plans and runs only the
 * parts that do something (a general statement has to read and test every filter for every
 * request: about 1.25× the time of one written for the request). Loaded without flags, every
 * `@if` block is kept (and no `@else` one): the general statement, right for any request. So a
 * block may only be left out where it would do nothing for the batch.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();
const QUERY_NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9-]+)*$/;
/** `// @include api/fragments/task-filter`, alone on its line (indentation kept). */
const INCLUDE = /^([ \t]*)\/\/ @include (\S+)[ \t]*$/gm;
/** Deepest nesting of includes: deeper is taken as an include cycle. */
const MAX_INCLUDE_DEPTH = 8;

/**
 * The text of cypher/<name>.cypher. A `name` that is not a file name (it has spaces or
 * parentheses) is taken as inline Cypher, which tests and maintenance tools use.
 */
export function loadCypher(name: string, flags?: readonly string[]): string {
  if (!QUERY_NAME.test(name)) return name;
  const key = flags === undefined ? name : `${name}?${[...new Set(flags)].sort().join(',')}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = compact(selected(composed(name, 0), name, flags === undefined ? null : new Set(flags)));
    cache.set(key, text);
  }
  return text;
}

/** `// @if leads|coordinators`, `// @else`, `// @end`, alone on a line. */
const BLOCK = /^\s*\/\/ @(if|else|end)\b[ \t]*(\S*)[ \t]*$/;
const FLAG = /^[a-z][a-z-]*$/;

/**
 * The lines of `text` that `flags` keep (null: all but those of `@else` blocks), without the
 * block markers; `name` is the query's, for errors.
 */
export function selected(text: string, name: string, flags: ReadonlySet<string> | null): string {
  // One entry per open block: whether its current branch is kept.
  const open: { keep: boolean; parentKeeps: boolean; inElse: boolean; line: number }[] = [];
  const kept: string[] = [];
  text.split('\n').forEach((line, index) => {
    const marker = BLOCK.exec(line);
    const keeping = open.length === 0 || open[open.length - 1]!.keep;
    if (marker === null) {
      if (keeping) kept.push(line);
      return;
    }
    const [, word, expression] = marker;
    const where = `in the Cypher of "${name}" (line ${index + 1} of the composed text)`;
    if (word === 'if') {
      open.push({
        keep: keeping && holds(expression!, flags, where),
        parentKeeps: keeping,
        inElse: false,
        line: index + 1,
      });
    } else if (open.length === 0) {
      throw new Error(`"// @${word}" with no "// @if" before it ${where}.`);
    } else if (word === 'else') {
      const block = open[open.length - 1]!;
      if (block.inElse) throw new Error(`A second "// @else" in one block ${where}.`);
      block.inElse = true;
      block.keep = block.parentKeeps && !block.keep && flags !== null;
    } else {
      open.pop();
    }
  });
  if (open.length > 0)
    throw new Error(`"// @if" with no "// @end" in the Cypher of "${name}" (line ${open[0]!.line}).`);
  return kept.join('\n');
}

/** Whether `expression` (`a`, `a|b`, `a&b`) holds for `flags` (null: every flag set). */
function holds(expression: string, flags: ReadonlySet<string> | null, where: string): boolean {
  const any = expression.split('|');
  const all = expression.split('&');
  if (any.length > 1 && all.length > 1) throw new Error(`"// @if ${expression}" mixes "|" and "&" ${where}.`);
  const names = any.length > 1 ? any : all;
  if (names.some((flag) => !FLAG.test(flag)))
    throw new Error(`"// @if ${expression}" is not a flag expression ${where}.`);
  if (flags === null) return true;
  return any.length > 1 ? names.some((flag) => flags.has(flag)) : names.every((flag) => flags.has(flag));
}

/**
 * The text without its comment lines, indentation and blank lines: they are most of a composed
 * query's bytes (headers and fragments' notes), and every request sends the text (the driver
 * writes it in 1,400-byte chunks, one write each) and the server hashes it to find its plan.
 * Only whole lines are dropped and only leading blanks, so a `//` inside a string stays (no
 * string in cypher/ spans lines).
 */
function compact(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*(\/\/.*)?$/.test(line))
    .map((line) => line.trimStart())
    .join('\n');
}

/** The file's text with its includes replaced, each fragment line indented like the include. */
function composed(name: string, depth: number): string {
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`No Cypher file for query "${name}" (expected ${file}).`);
  if (depth > MAX_INCLUDE_DEPTH)
    throw new Error(`Cypher includes nest deeper than ${MAX_INCLUDE_DEPTH} at "${name}" (a cycle?).`);
  return fs.readFileSync(file, 'utf8').replace(INCLUDE, (_line, indent: string, fragment: string) =>
    composed(fragment, depth + 1)
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => (line === '' ? line : indent + line))
      .join('\n'),
  );
}

/** The statements of a multi-statement file (schema files), split on the `;` that ends a line. */
export function loadStatements(name: string): string[] {
  return loadCypher(name)
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}
