import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { loadDocument } from '../../src/graph/load.js';
import { emit, extract } from '../../src/ingest/index.js';
import { seededApi, type SeededApi } from '../helpers/api.js';
import { dictionaries, RESOLUTION_36 } from '../helpers/ingest.js';

/** The examples of a README section ("## Querying the graph"): each ```graphql block and the ```json block after it. */
function readmeExamples(heading = '## Querying the graph'): { query: string; answer: unknown }[] {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(heading);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const pairs = [...section.matchAll(/```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)];
  return pairs.map((match) => ({ query: match[1]!, answer: JSON.parse(match[2]!) as unknown }));
}

/** A line of a README head: at most README_WIDTH characters, longer ones cut and ended with `…`; header lines whole. */
const README_WIDTH = 100;
const cut = (line: string) =>
  line.length <= README_WIDTH || /^(# |<!-- )Policy graph/.test(line) ? line : `${line.slice(0, README_WIDTH)}…`;

/** The README's export examples: each ```sh command (`| head -n N` optional) and the ```text after it. */
function exportExamples(): { command: string; args: string[]; lines: number | null; shown: string }[] {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Exporting');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const pairs = section.matchAll(
    /```sh\n(npm run -s export -- ([^\n|]*?))(?: \| head -n (\d+))?\n```\s*```text\n([\s\S]*?)```/g,
  );
  return [...pairs].map((m) => ({
    command: m[1]!,
    args: [...m[2]!.matchAll(/"([^"]*)"|(\S+)/g)].map((word) => word[1] ?? word[2]!),
    lines: m[3] === undefined ? null : Number(m[3]),
    shown: m[4]!,
  }));
}

/** The route and query parameters of a CLI export's options (both give the same bytes: test/export checks it). */
function routeOf(args: string[]): { route: string; query: Record<string, string> } {
  const query: Record<string, string> = {};
  let format = '';
  let table = '';
  for (let i = 0; i < args.length; i += 1) {
    const option = args[i]!.replace(/^--/, '');
    if (option === 'include-former') query.includeFormer = 'true';
    else if (option === 'format') format = args[++i]!;
    else if (option === 'table') table = args[++i]!;
    else query[option] = args[++i]!;
  }
  return { route: `/export/${format}${table === '' ? '' : `/${table}`}`, query };
}

/** Asks the example's query and compares the answer with the README's. */
async function checkAnswer(api: SeededApi, example: { query: string; answer: unknown }): Promise<void> {
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

  it('are there: lineage, implementing tasks, responsibility, agency kinds, path, search, coverage, counts, provinces', () => {
    expect(examples.length).toBe(9);
  });

  it.each(examples.map((example, i) => [i + 1, example] as const))(
    'example %i answers exactly what the README shows',
    async (_, example) => {
      await checkAnswer(api, example);
    },
  );

  describe('"Exporting"', () => {
    const examples = exportExamples();

    it('shows a head of each format', () => {
      expect(examples.map((example) => routeOf(example.args).route)).toEqual([
        '/export/graphml',
        '/export/gexf',
        '/export/csv/tasks',
        '/export/csv/panel',
        '/export/jsonld',
      ]);
    });

    it.each(examples.map((example) => [example.command, example] as const))(
      '"%s" prints what the README shows',
      async (_, example) => {
        const { route, query } = routeOf(example.args);
        const url = new URL(route, api.service.url);
        for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
        const text = await (await fetch(url)).text();
        const lines = text.split(/\r?\n/);
        const head = `${(example.lines === null ? lines.slice(0, -1) : lines.slice(0, example.lines)).map(cut).join('\n')}\n`;
        // After a deliberate change: UPDATE_README=1 rewrites the head in place; review the diff.
        if (process.env.UPDATE_README === '1') {
          const file = path.join(PROJECT_ROOT, 'README.md');
          const readme = fs.readFileSync(file, 'utf8');
          const at = readme.indexOf('```text\n', readme.indexOf(example.command)) + 8;
          fs.writeFileSync(file, `${readme.slice(0, at)}${head}${readme.slice(readme.indexOf('```', at))}`);
        }
        expect(head).toBe(example.shown);
      },
    );
  });
});

describe('the README examples of "How provinces took up a directive"', () => {
  let api: SeededApi;
  const examples = readmeExamples('## How provinces took up a directive');
  beforeAll(async () => {
    // The seed graph with the text of 36-NQ/TW written for the tests, as the section says.
    api = await seededApi();
    const file = RESOLUTION_36.file;
    await loadDocument(api.db, emit(extract(fs.readFileSync(file), path.basename(file), dictionaries)));
  });
  afterAll(async () => {
    await api.close();
  });

  it('are there: uptake, provinces without a plan, similar tasks', () => {
    expect(examples.length).toBe(3);
  });

  it.each(examples.map((example, i) => [i + 1, example] as const))(
    'example %i answers exactly what the README shows',
    async (_, example) => {
      await checkAnswer(api, example);
    },
  );
});
