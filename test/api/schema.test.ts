import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { emittedSchema, SCHEMA_FILE } from '../../src/cli/schema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the type-graphql classes build', async () => {
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    expect(committed, 'schema/schema.graphql is out of date: run `npm run schema` and commit it').toBe(
      await emittedSchema(),
    );
  });

  it('has the contract the clients rely on', async () => {
    const sdl = await emittedSchema();
    for (const line of [
      'interface Node',
      'type Document implements Node',
      'type Task implements Node',
      'type Agency implements Node',
      'union SearchResult = Document | Task | Agency',
      'node(id: ID!): Node',
      'coverage(directive: ID): [CoverageCell!]!',
      'lineagePaths: [[Document!]!]!',
    ]) {
      expect(sdl).toContain(line);
    }
    expect(sdl).not.toMatch(/type Mutation/);
  });
});
