import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { seededApi, type SeededApi } from '../helpers/api.js';

/** The README's "Querying the graph" examples: each ```graphql block and the ```json block after it. */
function readmeExamples(): { query: string; answer: unknown }[] {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Querying the graph');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const pairs = [...section.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)];
  return pairs.map((match) => ({ query: match[1]!, answer: JSON.parse(match[2]!) as unknown }));
}

describe('the README examples', () => {
  let api: SeededApi;
  const examples = readmeExamples();
  beforeAll(async () => {
    api = await seededApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('are there: lineage, implementing tasks, responsibility, path, search, coverage, counts, provinces', () => {
    expect(examples.length).toBe(8);
  });

  it.each(examples.map((example, i) => [i + 1, example] as const))(
    'example %i answers exactly what the README shows',
    async (_, example) => {
      const answer = await api.gql(example.query);
      // After a deliberate change: UPDATE_README=1 rewrites the answer in place; review the diff.
      if (process.env.UPDATE_README === '1') {
        const file = path.join(PROJECT_ROOT, 'README.md');
        const readme = fs.readFileSync(file, 'utf8');
        const at = readme.indexOf('```json\n', readme.indexOf(example.query));
        const end = readme.indexOf('```', at + 8);
        fs.writeFileSync(file, `${readme.slice(0, at + 8)}${JSON.stringify(answer, null, 2)}\n${readme.slice(end)}`);
      }
      expect(answer).toEqual(example.answer);
    },
  );
});
