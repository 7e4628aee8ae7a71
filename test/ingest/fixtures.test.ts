/**
 * Fixture pairs: each `fixtures/<name>.txt` beside `<name>.expected.json`, the extraction's
 * facts a reader checks against the text. Variants of the layouts the seeds do not show: other
 * column headers and orders, other provinces, a Party programme, a ministry plan, prose, other
 * encodings, a truncated text. Regenerate after a deliberate change with
 * `UPDATE_FIXTURES=1 npx vitest run test/ingest/fixtures.test.ts`, then review the diff.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, IngestError, type DocumentExtraction } from '../../src/ingest/index.js';
import { dictionaries, FIXTURES } from '../helpers/ingest.js';

/** What a reader checks: identity, lineage, tasks with their assignees, targets, agencies, warnings. */
function facts(extraction: DocumentExtraction) {
  const { document } = extraction;
  return {
    document: {
      id: document.id,
      symbol: document.symbol,
      kind: document.kind,
      title: document.title,
      issuedOn: document.issuedOn,
      province: document.province,
      issuer: document.issuer?.id ?? null,
      signer: document.signer,
      signerRole: document.signerRole,
      layout: document.layout,
      implements: document.implements.map((ref) => ref.symbol),
      cites: document.cites.map((ref) => ref.symbol),
    },
    lineage: extraction.lineage.map((edge) => `${edge.from} -> ${edge.to}`),
    tasks: document.tasks.map((task) => ({
      code: task.code,
      title: task.title,
      leads: task.leads.map((agency) => agency.id),
      coordinators: task.coordinators.map((agency) => agency.id),
      domains: task.domains,
      timeframe: task.timeframe,
      startYear: task.startYear,
      endYear: task.endYear,
      recurrence: task.recurrence,
      expectedResult: task.expectedResult,
      lines: [task.source.lineStart, task.source.lineEnd],
    })),
    targets: document.targets.map(({ text, value, valueMax, unit, year }) => ({ text, value, valueMax, unit, year })),
    agencies: extraction.agencies.map(({ id, name, aliases, parent, isCollective }) => ({
      id,
      name,
      aliases,
      parent,
      isCollective,
    })),
    warnings: extraction.warnings.map((warning) => `${warning.file}:${warning.line}: ${warning.message}`),
  };
}

const inputs = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt') && !/\.(utf-16le|windows-1258)\.txt$/.test(name))
  .sort();

describe('fixture pairs', () => {
  it.each(inputs)('%s', (name) => {
    const expectedFile = path.join(FIXTURES, name.replace(/\.txt$/, '.expected.json'));
    let actual: unknown;
    try {
      actual = facts(extract(fs.readFileSync(path.join(FIXTURES, name)), name, dictionaries));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      actual = { error: error.message };
    }
    if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
  });

  it('reads the other encodings of the prose fixture exactly as its UTF-8 text', () => {
    const read = (name: string) => facts(extract(fs.readFileSync(path.join(FIXTURES, name)), 'same.txt', dictionaries));
    const utf8 = read('quang-nam-skhcn-kh-2024-prose.txt');
    expect(read('quang-nam-skhcn-kh-2024-prose.utf-16le.txt')).toEqual(utf8);
    expect(read('quang-nam-skhcn-kh-2024-prose.windows-1258.txt')).toEqual(utf8);
  });
});
