/**
 * Loads the Cypher kept in cypher/: one query per file, read once and cached.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();
const QUERY_NAME = /^[a-z0-9][a-z0-9-]*(\/[a-z0-9-]+)*$/;

/**
 * The text of cypher/<name>.cypher. A `name` that is not a file name (it has spaces or
 * parentheses) is taken as inline Cypher, which tests and maintenance tools use.
 */
export function loadCypher(name: string): string {
  if (!QUERY_NAME.test(name)) return name;
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`No Cypher file for query "${name}" (expected ${file}).`);
    text = fs.readFileSync(file, 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file (schema files), split on the `;` that ends a line. */
export function loadStatements(name: string): string[] {
  return loadCypher(name)
    .split(/;\s*$/m)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}
