import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { extractFiles, formatReport } from '../../src/cli/ingest.js';
import { seedFiles } from '../../src/cli/seed.js';
import type { Database } from '../../src/graph/driver.js';
import { instancePassword } from '../../src/graph/server/local-server.js';
import { dictionaries } from '../helpers/ingest.js';
import { resetGraph, testDatabase } from '../helpers/database.js';

const run = promisify(execFile);

/** Runs `npm run ingest -- args` as a user would (tsx directly, to skip npm's banner). */
async function ingest(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run ingest', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
  const empty = path.join(scratch, 'empty.txt');
  const tayNinh = path.join(PROJECT_ROOT, 'seed', 'documents', 'tay-ninh-skhcn-kh-2024-cong-nghe-sinh-hoc.txt');
  let db: Database;
  beforeAll(async () => {
    fs.writeFileSync(empty, '');
    db = await testDatabase();
    await resetGraph(db);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('reports the seed corpus exactly as the README shows it', () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = /reports it:\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block, 'the README has the dry-run report').toBeDefined();
    expect(formatReport(extractFiles(seedFiles(), dictionaries), null)).toBe(block);
  });

  it('--dry-run --json prints the extraction with the API field names, and names a file it refused', async () => {
    const result = await ingest(['--dry-run', '--json', tayNinh, empty]);
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.errors).toEqual([
      { file: 'empty.txt', message: `${empty}: the file is empty.`.replace(empty, 'empty.txt') },
    ]);
    const [document] = output.documents;
    expect(document).toMatchObject({
      symbol: null,
      kind: 'PLAN',
      issuedOn: '2024',
      province: 'Tây Ninh',
      issuer: { name: 'Sở Khoa học và Công nghệ' },
      implements: [{ symbol: '3300/KH-UBND' }],
    });
    expect(document.cites.map((ref: { symbol: string }) => ref.symbol)).toContain('180-CTr/TU');
    const task = document.tasks.find((candidate: { code: string }) => candidate.code === '4.1');
    expect(task).toMatchObject({
      leads: [{ name: 'Trung tâm Khoa học và Công nghệ' }],
      timeframe: 'Dự kiến 2024-2026',
      startYear: 2024,
      endYear: 2026,
      domains: [],
    });
    expect(task.coordinators.length).toBeGreaterThan(0);
    expect(Array.isArray(document.targets)).toBe(true);
    expect(await db.read('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]); // a dry run writes nothing
  });

  it('loads into the database NEO4J_URI names, printing a line per document and the totals', async () => {
    const env = process.env;
    const result = await ingest([tayNinh, empty], {
      NEO4J_URI: env.NEO4J_TEST_URI ?? `bolt://127.0.0.1:${env.NEO4J_TEST_BOLT_PORT ?? 7688}`,
      NEO4J_USERNAME: env.NEO4J_TEST_USERNAME ?? 'neo4j',
      NEO4J_PASSWORD: env.NEO4J_TEST_URI ? (env.NEO4J_TEST_PASSWORD ?? '') : instancePassword('test'),
      ...(env.NEO4J_TEST_DATABASE ? { NEO4J_DATABASE: env.NEO4J_TEST_DATABASE } : {}),
    });
    expect(result.code).toBe(1); // one file was refused
    expect(result.stdout).toMatch(
      /^✓ tay-ninh-skhcn-kh-2024-cong-nghe-sinh-hoc\.txt → doc\/tay-ninh\/khcn\/kh\/2024\/x-/m,
    );
    expect(result.stdout).toMatch(/^✗ .*empty\.txt: the file is empty\.$/m);
    expect(result.stdout).toMatch(
      /^1 documents, 23 tasks, 56 assignments, \d+ agencies, 4 citations, 0 targets in \d+\.\d\d s$/m,
    );
    const [row] = await db.read(
      'MATCH (d:Document {inCorpus: true})-[:HAS_TASK]->(t:Task) RETURN d.province AS province, count(t) AS tasks',
    );
    expect(row).toEqual({ province: 'Tây Ninh', tasks: 23 });
  });
});
