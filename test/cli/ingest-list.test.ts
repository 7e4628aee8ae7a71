/**
 * `npm run ingest -- --list` and `--remove <ids...>` on the seed graph, run as a user runs them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { ensureSeeded } from '../../src/cli/seed.js';
import type { Database } from '../../src/graph/driver.js';
import { ingest } from '../helpers/cli.js';
import { testDatabaseEnv } from '../helpers/database.js';
import { resetGraph, testDatabase } from '../helpers/database.js';
import { BAC_GIANG_16, SEEDS } from '../helpers/ingest.js';

const HUNG_YEN = 'doc/hung-yen/ubnd/kh/2023/x-fac9435e';
const BAC_GIANG_2024 = 'doc/bac-giang/khcn/kh/2024/x-694d907d';

/**
 * What each ingested document holds, as a user reads it back: its tasks, who leads and
 * coordinates each, and every chain of IMPLEMENTS from it up.
 */
async function holdings(db: Database): Promise<Map<string, unknown>> {
  const rows = await db.read(
    `MATCH (d:Document {inCorpus: true})
     RETURN d.id AS id,
       COLLECT { MATCH (d)-[:HAS_TASK]->(t) RETURN t.id ORDER BY t.id } AS tasks,
       COLLECT {
         MATCH (d)-[:HAS_TASK]->(t)-[r:LED_BY|COORDINATED_BY]->(a)
         RETURN t.id + ' ' + type(r) + ' ' + a.id AS assignment ORDER BY assignment
       } AS assignments,
       COLLECT {
         MATCH p = (d)-[:IMPLEMENTS*1..8]->(:Document)
         WITH reduce(s = '', n IN nodes(p) | s + ' > ' + n.id) AS chain
         RETURN chain ORDER BY chain
       } AS lineage`,
  );
  return new Map(rows.map(({ id, ...held }) => [id as string, held]));
}

async function ids(db: Database, label: 'Agency' | 'Document'): Promise<string[]> {
  const rows = await db.read(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`);
  return rows.map((row) => row.id as string);
}

async function size(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row as { nodes: number; relationships: number };
}

describe('npm run ingest -- --list / --remove', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ingest-list-'));
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  beforeEach(async () => {
    await resetGraph(db);
    await ensureSeeded(db, () => {});
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('--list prints each seed document with its task count and file, as the README shows it', async () => {
    const result = await ingest(['--list'], testDatabaseEnv());
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toBe(
      `${HUNG_YEN} (no number, PLAN, Hưng Yên, 2023-12): 37 tasks, read from hung-yen-ubnd-kh-2023-cong-nghe-sinh-hoc.txt`,
    );
    expect(lines.map((line) => /: (\d+) tasks, read from (\S+)$/.exec(line)?.slice(1))).toEqual([
      ['17', SEEDS.bacGiang2022],
      ['41', SEEDS.bacGiang2024],
      ['37', SEEDS.hungYen],
      ['35', SEEDS.langSon],
      ['26', SEEDS.tayNinh],
      undefined,
    ]);
    expect(lines[5]).toBe('5 documents, 156 tasks');
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = /`npm run ingest -- --list` prints:\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block, 'the README shows the list').toBe(result.stdout.trimEnd());
  });

  it('--list --json prints the same documents as JSON, and only JSON', async () => {
    const result = await ingest(['--list', '--json'], testDatabaseEnv());
    expect(result.code).toBe(0);
    const documents = JSON.parse(result.stdout) as { id: string }[];
    expect(documents.map((doc) => doc.id)).toEqual([...documents.map((doc) => doc.id)].sort());
    expect(documents).toHaveLength(5);
    expect(documents).toContainEqual({
      id: 'doc/tay-ninh/khcn/kh/2024/x-8ec80726',
      symbol: null,
      kind: 'PLAN',
      province: 'Tây Ninh',
      issuedOn: '2024',
      tasks: 26,
      sourceFile: SEEDS.tayNinh,
    });
  });

  it("--remove takes a seed plan's tasks, and leaves every other document's tasks, agencies and lineage as they were", async () => {
    const before = await holdings(db);
    const agenciesBefore = await ids(db, 'Agency');
    const documentsBefore = await ids(db, 'Document');
    const listBefore = (await ingest(['--list'], testDatabaseEnv())).stdout.split('\n');

    const result = await ingest(['--remove', HUNG_YEN], testDatabaseEnv());
    expect(result).toMatchObject({ code: 0, stdout: `removed ${HUNG_YEN} (37 tasks)\n` });

    const after = await holdings(db);
    expect(after.has(HUNG_YEN)).toBe(false);
    before.delete(HUNG_YEN);
    expect(after).toEqual(before);
    const [left] = await db.read('MATCH (n) WHERE n.documentId = $id RETURN count(n) AS n', { id: HUNG_YEN });
    expect(left!.n).toBe(0); // neither its tasks nor its targets
    // Its own agencies and the documents only it cited are gone; the others stay.
    const agenciesAfter = await ids(db, 'Agency');
    expect(agenciesAfter.filter((id) => id.startsWith('agency/hung-yen/'))).toEqual([]);
    expect(agenciesAfter).toEqual(agenciesBefore.filter((id) => !id.startsWith('agency/hung-yen/')));
    const documentsAfter = await ids(db, 'Document');
    expect(documentsBefore.filter((id) => !documentsAfter.includes(id))).toEqual([
      'doc/hung-yen/tu/kh/2023/203',
      HUNG_YEN,
    ]);
    expect(documentsAfter).toEqual(expect.arrayContaining(['doc/vn/tw/nq/2023/36', 'doc/vn/cp/nq/2023/189']));

    const listAfter = (await ingest(['--list'], testDatabaseEnv())).stdout.split('\n');
    expect(listAfter.slice(0, 4)).toEqual(
      listBefore.filter((line) => line.startsWith('doc/') && line !== listBefore[2]),
    );
    expect(listAfter[4]).toBe('4 documents, 119 tasks');
  });

  it('--remove keeps a plan another plan implements as a cited document, with their lineage intact', async () => {
    const lineage = async () => (await holdings(db)).get(BAC_GIANG_2024);
    const seeded = await lineage();
    const agencies = await ids(db, 'Agency');
    const documents = await ids(db, 'Document');
    const file = path.join(scratch, BAC_GIANG_16.file);
    fs.writeFileSync(file, BAC_GIANG_16.text);
    expect((await ingest([file], testDatabaseEnv())).code).toBe(0);
    const ingested = await ids(db, 'Agency');
    expect(ingested).toContain('agency/bac-giang/trung-tam-giong-cay-trong'); // only this plan names it

    const result = await ingest(['--remove', BAC_GIANG_16.id], testDatabaseEnv());
    expect(result).toMatchObject({
      code: 0,
      stdout: `removed ${BAC_GIANG_16.id} (2 tasks); 1 document still cites it, so it stays as a cited document\n`,
    });
    const [plan] = await db.read(
      'MATCH (d:Document {id: $id}) RETURN d.inCorpus AS inCorpus, COUNT { (d)-[:HAS_TASK]->() } AS tasks',
      { id: BAC_GIANG_16.id },
    );
    expect(plan).toEqual({ inCorpus: false, tasks: 0 });
    expect(await lineage()).toEqual(seeded);
    expect((seeded as { lineage: string[] }).lineage).toContain(
      ` > ${BAC_GIANG_2024} > ${BAC_GIANG_16.id} > doc/bac-giang/tu/kh/2024/114 > doc/vn/tw/nq/2023/36`,
    );
    // What only it named (an agency, the decision it cited) is gone again.
    expect(await ids(db, 'Agency')).toEqual(agencies);
    expect(await ids(db, 'Document')).toEqual(documents);
    expect((await ingest(['--list'], testDatabaseEnv())).stdout).not.toContain(BAC_GIANG_16.id);
  });

  it('--remove with an id that names no ingested document fails naming it, and removes nothing', async () => {
    const before = await size(db);
    const tayNinh = 'doc/tay-ninh/khcn/kh/2024/x-8ec80726';
    for (const unknown of ['doc/tay-ninh/khcn/kh/2024/x-00000000', 'doc/vn/tw/nq/2023/36']) {
      const result = await ingest(['--remove', tayNinh, unknown], testDatabaseEnv());
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(
        new RegExp(
          `^✗ The graph at bolt://\\S+ holds no ingested document with the id "${unknown}" \\(\`npm run ingest -- --list\` lists them\\)\\.\\nNothing was removed\\.\\n$`,
        ),
      );
    }
    expect(await size(db)).toEqual(before);
    const [plan] = await db.read('MATCH (d:Document {id: $id}) RETURN d.inCorpus AS inCorpus', { id: tayNinh });
    expect(plan).toEqual({ inCorpus: true });
  });

  it('refuses --remove without ids, and --list with files, as usage errors', async () => {
    for (const args of [['--remove'], ['--list', 'seed/documents'], ['--list', '--remove', HUNG_YEN]]) {
      const result = await ingest(args, testDatabaseEnv());
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^usage: npm run ingest -- \[--dry-run \[--json\]\] <files\.\.\.> \| --list \[--json\] \| --remove <ids\.\.\.> \(.+\)\n$/,
      );
    }
    expect(await ids(db, 'Document')).toContain(HUNG_YEN);
  });
});
