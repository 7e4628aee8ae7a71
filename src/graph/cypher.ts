/**
 * Loads the Cypher kept in cypher/: one query per file, read once and cached. A query may include
 * a fragment (a part several queries share, such as the filter of a task list) with a line
 * `// @include <name>`, replaced by the text of cypher/<name>.cypher, so the part is written once.
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
export function loadCypher(name: string): string {
  if (!QUERY_NAME.test(name)) return name;
  let text = cache.get(name);
  if (text === undefined) {
    text = withoutComments(composed(name, 0));
    cache.set(name, text);
  }
  return text;
}

/**
 * The text without its comment lines: they are most of a composed query's bytes (headers and
 * fragments' notes), and every request sends the text and the server hashes it to find its plan.
 * Only whole lines are dropped, so a `//` inside a string stays.
 */
function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
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
