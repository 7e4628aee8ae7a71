import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { exitCode, extractFiles, formatReport, loadExtractions, SEED_DIR } from '../../src/cli/ingest.js';
import { seedFiles } from '../../src/cli/seed.js';
import type { Database } from '../../src/graph/driver.js';
import { ingest } from '../helpers/cli.js';
import { dictionaries, FIXTURES, SEEDS } from '../helpers/ingest.js';
import { resetGraph, testDatabase, testDatabaseEnv } from '../helpers/database.js';

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

  it('reports the seed corpus exactly as the README shows it', async () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = /reports it:\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block, 'the README has the dry-run report').toBeDefined();
    expect(formatReport(await extractFiles(seedFiles(), dictionaries), null)).toBe(block);
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
    const result = await ingest([tayNinh, empty], testDatabaseEnv());
    expect(result.code).toBe(1); // one file was refused
    expect(result.stdout).toMatch(
      /^✓ tay-ninh-skhcn-kh-2024-cong-nghe-sinh-hoc\.txt → doc\/tay-ninh\/khcn\/kh\/2024\/x-/m,
    );
    expect(result.stdout).toMatch(/^✗ .*empty\.txt: the file is empty\.$/m);
    expect(result.stdout).toMatch(
      /^1 documents, 26 tasks, 60 assignments, \d+ agencies, 4 citations, 0 targets in \d+\.\d\d s$/m,
    );
    const [row] = await db.read(
      'MATCH (d:Document {inCorpus: true})-[:HAS_TASK]->(t:Task) RETURN d.province AS province, count(t) AS tasks',
    );
    expect(row).toEqual({ province: 'Tây Ninh', tasks: 26 });
  });

  describe('a batch with bad files', () => {
    const plan = (head: string, tasks: string) =>
      `${head}KẾ HOẠCH\nTriển khai Kế hoạch số 16/KH-UBND ngày 15/01/2024 của UBND tỉnh\n\nI. NHIỆM VỤ\n${tasks}\nNơi nhận:\n- Như trên;\n`;
    const file = (name: string, text: string | Buffer) => {
      const at = path.join(scratch, name);
      fs.mkdirSync(path.dirname(at), { recursive: true });
      fs.writeFileSync(at, text);
      return at;
    };
    // A plan that names no province but cites "…/KH-UBND": it crashed the parser (TypeError).
    const noProvince = file('no-province.txt', plan('', '1. Ứng dụng công nghệ sinh học\n- Đơn vị chủ trì: Sở Y tế\n'));
    // Two plans, one file name, two folders.
    const planA = file('dir-a/ke-hoach.txt', fs.readFileSync(path.join(FIXTURES, 'nghe-an-ubnd-kh-2024-table.txt')));
    const planB = file('dir-b/ke-hoach.txt', fs.readFileSync(path.join(FIXTURES, 'quang-nam-skhcn-kh-2024-prose.txt')));
    const headerOnly = file(
      'header-only.txt',
      'UBND TỈNH BẮC GIANG\n\nKẾ HOẠCH\nTriển khai Kế hoạch số 16/KH-UBND ngày 15/01/2024 của UBND tỉnh\n',
    );

    it('loads every good file, reports each bad one on its own line, and exits 1', async () => {
      await resetGraph(db);
      const result = await ingest([noProvince, planA, empty, planB, headerOnly], testDatabaseEnv());
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        /^✓ no-province\.txt → doc\/vn\/unknown\/kh\/_\/x-[0-9a-f]{8} \(no number, PLAN, no province, BULLETS\): 1 tasks,/m,
      );
      expect(result.stdout.match(/^✓ ke-hoach\.txt → /gm)).toHaveLength(2);
      expect(result.stdout).toMatch(/^✗ .*empty\.txt: the file is empty\.$/m);
      expect(result.stdout).toContain(`\n1 file failed: ${empty}\n`);
      expect(result.stdout).toContain(
        '\n1 document has no task:\n  header-only.txt:1: no task found: the text has no part of tasks ("NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN") and no assignment table\n',
      );
      // Both plans named ke-hoach.txt are in the graph, each with its tasks.
      const plans = await db.read(
        `MATCH (d:Document {inCorpus: true, sourceFile: 'ke-hoach.txt'})
         RETURN d.province AS province, COUNT { (d)-[:HAS_TASK]->() } > 0 AS hasTasks ORDER BY province`,
      );
      expect(plans).toEqual([
        { province: 'Nghệ An', hasTasks: true },
        { province: 'Quảng Nam', hasTasks: true },
      ]);
      const [all] = await db.read('MATCH (d:Document {inCorpus: true}) RETURN count(d) AS n');
      expect(all!.n).toBe(4); // no-province, the two ke-hoach.txt, header-only
    });

    it('says which earlier version a re-ingest replaced', async () => {
      const copy = file('dir-c/ke-hoach-sua.txt', fs.readFileSync(planA));
      const result = await ingest([planA, copy], testDatabaseEnv());
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^✓ ke-hoach-sua\.txt → doc\/nghe-an\/.*; replaces the version read earlier from ke-hoach\.txt$/m,
      );
      const [copies] = await db.read(
        "MATCH (d:Document {inCorpus: true}) WHERE d.id STARTS WITH 'doc/nghe-an/' RETURN count(d) AS n, collect(d.sourceFile) AS files",
      );
      expect(copies).toEqual({ n: 1, files: ['ke-hoach-sua.txt'] });
    });

    it('keeps loading the next files when one fails to load, with the failure on its line', async () => {
      await resetGraph(db);
      const outcomes = await extractFiles([path.join(SEED_DIR, 'documents', SEEDS.hungYen), tayNinh], dictionaries);
      // A value Neo4j cannot store (a map) fails this document's transaction midway.
      outcomes[0]!.extraction!.document.targets[0]!.value = { not: 'storable' } as never;
      await loadExtractions(db, outcomes, dictionaries);
      expect(outcomes[0]!.report).toBeNull();
      expect(outcomes[0]!.error).toMatch(new RegExp(`^${SEEDS.hungYen.replace(/\./g, '\\.')}: not loaded: .+`));
      expect(outcomes[1]!.report).toMatchObject({ tasks: 26 });
      expect(exitCode(outcomes)).toBe(1);
      expect(formatReport(outcomes, 1000)).toContain(`\n1 file failed: ${outcomes[0]!.path}\n`);
      const documents = await db.read('MATCH (d:Document {inCorpus: true}) RETURN d.province AS province');
      expect(documents).toEqual([{ province: 'Tây Ninh' }]);
    });

    it('loads the others of a transaction of several when one of them fails, and reports that one alone', async () => {
      await resetGraph(db);
      const seeds = [SEEDS.hungYen, SEEDS.langSon, SEEDS.bacGiang2024];
      const outcomes = await extractFiles(
        seeds.map((seed) => path.join(SEED_DIR, 'documents', seed)),
        dictionaries,
      );
      // The middle one cannot be stored: the three are loaded together, then again one by one.
      outcomes[1]!.extraction!.document.targets[0]!.value = { not: 'storable' } as never;
      await loadExtractions(db, outcomes, dictionaries, { batch: 3 });
      expect(outcomes.map((outcome) => outcome.error === null)).toEqual([true, false, true]);
      expect(outcomes[1]!.error).toMatch(new RegExp(`^${SEEDS.langSon.replace(/\./g, '\\.')}: not loaded: .+`));
      expect(outcomes[0]!.report).toMatchObject({ documentId: outcomes[0]!.summary!.id });
      expect(outcomes[2]!.report).toMatchObject({ documentId: outcomes[2]!.summary!.id });
      expect(formatReport(outcomes, 1000)).toContain(`\n1 file failed: ${outcomes[1]!.path}\n`);
      const documents = await db.read(
        'MATCH (d:Document {inCorpus: true}) RETURN d.province AS province ORDER BY province',
      );
      expect(documents).toEqual([{ province: 'Bắc Giang' }, { province: 'Hưng Yên' }]);
    });

    it('exits 3 when every file was read but a document has no task', async () => {
      const result = await ingest(['--dry-run', tayNinh, headerOnly]);
      expect(result.code).toBe(3);
      expect(result.stdout).toMatch(/^· header-only\.txt → .*: 0 tasks,/m);
      expect(result.stdout).toContain('\n1 document has no task:\n  header-only.txt:1: no task found:');
    });

    it('reports each readable file as not loaded when the database cannot be reached', async () => {
      // A port just freed: nothing listens there.
      const server = net.createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as net.AddressInfo;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      const result = await ingest([tayNinh, empty], {
        NEO4J_URI: `bolt://127.0.0.1:${port}`,
        NEO4J_USERNAME: 'neo4j',
        NEO4J_PASSWORD: 'unused',
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(
        new RegExp(
          `^✗ tay-ninh-skhcn-kh-2024-cong-nghe-sinh-hoc\\.txt: not loaded: Neo4j at bolt://127\\.0\\.0\\.1:${port} is unreachable`,
          'm',
        ),
      );
      expect(result.stdout).toMatch(/^✗ .*empty\.txt: the file is empty\.$/m);
      expect(result.stdout).toContain('\n2 files failed: ');
      expect(result.stderr).not.toMatch(/\n\s+at /); // an outage is a reason, not a bug with a stack
    });

    it('refuses bad files at once, a 50 MB one included, without contacting the database', async () => {
      const huge = path.join(scratch, 'huge.txt');
      fs.writeFileSync(huge, 'KẾ HOẠCH\n');
      fs.truncateSync(huge, 50 * 1024 * 1024); // sparse: 50 MB to stat, nothing written
      // A port that records every connection: the CLI must open none.
      const connections: net.Socket[] = [];
      const server = net.createServer((socket) => connections.push(socket.destroy()));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as net.AddressInfo;
      try {
        const missing = path.join(scratch, 'missing.txt');
        const result = await ingest([empty, huge, missing], {
          NEO4J_URI: `bolt://127.0.0.1:${port}`,
          NEO4J_USERNAME: 'neo4j',
          NEO4J_PASSWORD: 'unused',
        });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain(
          "✗ huge.txt: the file is 52,428,800 bytes; a plan's text is at most 5,242,880 (5 MiB), so it is not read.",
        );
        expect(result.stdout).toContain(`✗ ${missing}: no such file.`);
        expect(result.stdout).toMatch(/^0 documents, 0 tasks/m);
        expect(result.stdout).toContain('\n3 files failed: ');
        expect(connections).toHaveLength(0);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });
  });
});
