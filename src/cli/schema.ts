/**
 * `schema [--check]`: writes schema/schema.graphql from the type-graphql classes, or checks it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { PROJECT_ROOT } from '../config.js';
import { buildApiSchema } from '../api/schema.js';

export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'schema.graphql');

/** The SDL the code produces, with the header the committed file carries. */
export async function emittedSchema(): Promise<string> {
  const sdl = printSchema(await buildApiSchema());
  return `# Emitted from the type-graphql classes in src/api by \`npm run schema\`; do not edit by hand.\n\n${sdl}\n`;
}

export async function schemaCommand(args: string[]): Promise<number> {
  const text = await emittedSchema();
  if (args.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== text) {
      console.error(`${SCHEMA_FILE} differs from the code; run npm run schema and commit it.`);
      return 1;
    }
    console.log('schema/schema.graphql matches the code.');
    return 0;
  }
  fs.writeFileSync(SCHEMA_FILE, text);
  console.log(`Wrote ${SCHEMA_FILE}`);
  return 0;
}
