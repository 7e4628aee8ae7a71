import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/driver.js';
import { loadDocument, loadDocuments, loadDomains, loadProvinces, removeDocument } from '../../src/graph/load.js';
import { emit, extract, provinceRecords } from '../../src/ingest/index.js';
import { BAC_GIANG_16, dictionaries, FIXTURES, SEED_DOCUMENTS, SEEDS } from '../helpers/ingest.js';
import { resetGraph, testDatabase } from '../helpers/database.js';

/**
 * Every node with its properties and every relationship, sorted: what a user could read back.
 * `ignoredDocumentProps` are left out of Document nodes.
 */
async function snapshot(db: Database, ignoredDocumentProps: string[] = []): Promise<string[]> {
  const nodes = (
    await db.read('MATCH (n) RETURN labels(n)[0] AS label, coalesce(n.id, n.code) AS id, properties(n) AS props')
  ).map((row) =>
    row.label !== 'Document'
      ? row
      : {
          ...row,
          props: Object.fromEntries(
            Object.entries(row.props as object).filter(([key]) => !ignoredDocumentProps.includes(key)),
          ),
        },
  );
  const edges = await db.read(
    `MATCH (a)-[r]->(b)
     RETURN coalesce(a.id, a.code) AS from, type(r) AS type, coalesce(b.id, b.code) AS to, properties(r) AS props`,
  );
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
        : value;
  return [
    ...nodes.map((row) => `${row.label} ${row.id} ${JSON.stringify(sorted(row.props))}`),
    ...edges.map((row) => `${row.from} -${row.type}-> ${row.to} ${JSON.stringify(sorted(row.props))}`),
  ].sort();
}

const records = (file: string, text?: string) =>
  emit(
    extract(
      text === undefined ? fs.readFileSync(path.join(SEED_DOCUMENTS, file)) : Buffer.from(text),
      file,
      dictionaries,
    ),
  );

/** The seeds (or some of them) with the reference data, as `ingest` loads them. */
async function loadSeeds(db: Database, files: string[] = Object.values(SEEDS)): Promise<void> {
  await loadDomains(db, dictionaries.domains);
  await loadProvinces(db, provinceRecords(dictionaries.provinces));
  for (const file of files) await loadDocument(db, records(file));
}

describe('loading documents into the graph', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  beforeEach(async () => {
    await resetGraph(db);
    await loadSeeds(db);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  it('stores the five seeds with their tasks, assignments and lineage', async () => {
    const [counts] = await db.read(
      `MATCH (d:Document {inCorpus: true})
       OPTIONAL MATCH (d)-[:HAS_TASK]->(t:Task)
       OPTIONAL MATCH (t)-[a:LED_BY|COORDINATED_BY]->()
       RETURN count(DISTINCT d) AS documents, count(DISTINCT t) AS tasks, count(a) AS assignments`,
    );
    expect(counts).toEqual({ documents: 5, tasks: 156, assignments: 410 });
    const chain = await db.read(
      `MATCH p = (d:Document {inCorpus: true, province: 'Tây Ninh'})-[:IMPLEMENTS*]->(root:Document {symbol: '36-NQ/TW'})
       RETURN [n IN nodes(p) | coalesce(n.symbol, 'this')] AS symbols`,
    );
    expect(chain.map((row) => (row.symbols as string[]).join(' > '))).toContain(
      'this > 3300/KH-UBND > 180-CTr/TU > 36-NQ/TW',
    );
  });

  it('keeps one node for a document cited by several plans, and apart the same number in two provinces', async () => {
    const [national] = await db.read(
      "MATCH (d:Document {symbol: '36-NQ/TW'}) RETURN count(d) AS nodes, d.id AS id, d.inCorpus AS inCorpus",
    );
    expect(national).toEqual({ nodes: 1, id: 'doc/vn/tw/nq/2023/36', inCorpus: false });
    const [citing] = await db.read(
      "MATCH (d:Document {symbol: '36-NQ/TW'})<-[:CITES|IMPLEMENTS]-(x) RETURN count(DISTINCT x) AS documents",
    );
    expect(citing!.documents).toBeGreaterThanOrEqual(5);
  });

  it("keeps provenance on documents, tasks and targets, and an assignment's once, on its task", async () => {
    const missing = await db.read(
      `MATCH (n) WHERE (n:Task OR n:Target OR (n:Document AND n.inCorpus))
         AND (n.sourceFile IS NULL OR n.lineStart IS NULL OR n.lineEnd IS NULL OR n.excerpt IS NULL)
       RETURN n.id AS id`,
    );
    expect(missing).toEqual([]);
    const stored = await db.read(
      'MATCH (:Task)-[r:LED_BY|COORDINATED_BY]->() RETURN DISTINCT keys(r) AS keys, count(*) AS assignments',
    );
    expect(stored).toEqual([{ keys: ['ordinal'], assignments: 410 }]);
  });

  it('changes nothing when the same file is ingested again', async () => {
    const before = await snapshot(db);
    await loadDocument(db, records(SEEDS.hungYen));
    await loadDocument(db, records(SEEDS.bacGiang2024));
    expect(await snapshot(db)).toEqual(before);
  });

  it("replaces a corrected version's own tasks and assignments and leaves the rest of the graph alone", async () => {
    const others = async () =>
      (await snapshot(db)).filter((line) => !line.includes('doc/hung-yen/ubnd') && !line.includes('task/hung-yen'));
    const before = await others();
    // The correction: task II.3 loses its second lead (Cục Thống kê) and IV.2 is struck out.
    const original = fs.readFileSync(path.join(SEED_DOCUMENTS, SEEDS.hungYen), 'utf8');
    const corrected = original
      .replace('\tSở Khoa học và Công nghệ; Cục Thống kê tỉnh\t', '\tSở Khoa học và Công nghệ\t')
      .split('\n')
      .filter((line) => !line.startsWith('2\tChỉ đạo thực hiện tốt công tác định hướng nghề nghiệp'))
      .join('\n');
    expect(corrected).not.toBe(original);
    await loadDocument(db, records(SEEDS.hungYen, corrected));

    const leads = await db.read(
      `MATCH (:Document {inCorpus: true, province: 'Hưng Yên'})-[:HAS_TASK]->(t:Task {code: 'II.3'})-[:LED_BY]->(a)
       RETURN a.name AS name`,
    );
    expect(leads).toEqual([{ name: 'Sở Khoa học và Công nghệ' }]);
    const [tasks] = await db.read(
      "MATCH (:Document {inCorpus: true, province: 'Hưng Yên'})-[:HAS_TASK]->(t) RETURN count(t) AS n",
    );
    expect(tasks!.n).toBe(36);
    // Cục Thống kê tỉnh Hưng Yên led only that task: nothing refers to it any more.
    expect(await db.read("MATCH (a:Agency) WHERE a.name STARTS WITH 'Cục Thống kê' RETURN a.id AS id")).toEqual([]);
    // The shared nodes (36-NQ/TW, 189/NQ-CP, other provinces' agencies and tasks) are untouched.
    const after = await others();
    expect(after.filter((line) => !line.includes('hung-yen'))).toEqual(
      before.filter((line) => !line.includes('hung-yen')),
    );
  });

  it('leaves a plan read earlier from a file of the same name in another folder alone', async () => {
    // dir-a/ke-hoach.txt and dir-b/ke-hoach.txt: two plans, one file name.
    const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');
    const first = records('ke-hoach.txt', fixture('nghe-an-ubnd-kh-2024-table.txt'));
    const second = records('ke-hoach.txt', fixture('quang-nam-skhcn-kh-2024-prose.txt'));
    expect(first.document.id).not.toBe(second.document.id);
    expect((await loadDocument(db, first)).replaced).toBeNull();
    expect((await loadDocument(db, second)).replaced).toBeNull();
    const plans = await db.read(
      `MATCH (d:Document {inCorpus: true, sourceFile: 'ke-hoach.txt'})
       RETURN d.id AS id, COUNT { (d)-[:HAS_TASK]->() } AS tasks ORDER BY id`,
    );
    expect(plans).toEqual(
      [
        { id: first.document.id, tasks: first.tasks.length },
        { id: second.document.id, tasks: second.tasks.length },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(first.tasks.length).toBeGreaterThan(0);
  });

  it('replaces a document ingested again from a file of another name, and says which it replaced', async () => {
    const renamed = records('renamed.txt', fs.readFileSync(path.join(SEED_DOCUMENTS, SEEDS.hungYen), 'utf8'));
    expect((await loadDocument(db, renamed)).replaced).toBe(SEEDS.hungYen);
    const [plan] = await db.read(
      `MATCH (d:Document {id: $id}) RETURN d.sourceFile AS file, d.inCorpus AS inCorpus,
         COUNT { (d)-[:HAS_TASK]->() } AS tasks`,
      { id: renamed.document.id },
    );
    expect(plan).toEqual({ file: 'renamed.txt', inCorpus: true, tasks: 37 });
    const [documents] = await db.read('MATCH (d:Document {inCorpus: true}) RETURN count(d) AS n');
    expect(documents!.n).toBe(5);
  });

  it('writes nothing of a document whose load fails midway, and keeps its earlier version', async () => {
    const before = await snapshot(db);
    const broken = records(SEEDS.hungYen);
    // Targets are written after the tasks were cleared and re-created: a property Neo4j cannot
    // store (a map) makes that statement, and so the transaction, fail there.
    broken.targets[0]!.props = { ...broken.targets[0]!.props, value: { not: 'storable' } } as never;
    broken.tasks = broken.tasks.slice(0, 3);
    await expect(loadDocument(db, broken)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing of any document of a transaction of several in which one fails, those before it included', async () => {
    await resetGraph(db);
    await loadSeeds(db, [SEEDS.langSon]);
    const before = await snapshot(db);
    // A corrected Lạng Sơn plan that cannot be stored, after two plans new to the graph.
    const broken = records(SEEDS.langSon);
    broken.targets[0]!.props = { ...broken.targets[0]!.props, value: { not: 'storable' } } as never;
    await expect(loadDocuments(db, [records(SEEDS.hungYen), records(SEEDS.tayNinh), broken])).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    // The same documents, none broken, land together as they do one by one.
    await loadDocuments(db, [records(SEEDS.hungYen), records(SEEDS.tayNinh), records(SEEDS.langSon)]);
    const together = await snapshot(db);
    await resetGraph(db);
    await loadSeeds(db, [SEEDS.langSon, SEEDS.hungYen, SEEDS.tayNinh, SEEDS.langSon]);
    expect(together).toEqual(await snapshot(db));
  });
});

describe('removing a document from the graph', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  beforeEach(async () => {
    await resetGraph(db);
    await loadSeeds(db);
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });
  const hungYen = () => records(SEEDS.hungYen).document.id;

  it('leaves the graph exactly as if the document had never been ingested', async () => {
    const report = await removeDocument(db, hungYen());
    expect(report).toEqual({
      document: expect.objectContaining({ id: hungYen(), tasks: 37, sourceFile: SEEDS.hungYen }),
      citedBy: 0,
    });
    const removed = await snapshot(db);
    await resetGraph(db);
    await loadSeeds(
      db,
      Object.values(SEEDS).filter((file) => file !== SEEDS.hungYen),
    );
    expect(removed).toEqual(await snapshot(db));
  });

  it('keeps a removed document that another plan implements as the cited document that plan knows', async () => {
    const withoutIt = await snapshot(db, ['title', 'searchText']);
    await loadDocument(db, records(BAC_GIANG_16.file, BAC_GIANG_16.text));
    const report = await removeDocument(db, BAC_GIANG_16.id);
    expect(report).toEqual({ document: expect.objectContaining({ id: BAC_GIANG_16.id, tasks: 2 }), citedBy: 1 });
    // Titles are what a text printed, or the longest description a citation gave: the plan's own
    // stays on its node, and its citation of 114-KH/TU lengthened that one's. All else is back.
    expect(await snapshot(db, ['title', 'searchText'])).toEqual(withoutIt);
    const [plan] = await db.read(
      `MATCH (d:Document {id: $id})
       RETURN d.inCorpus AS inCorpus, d.layout AS layout, d.sourceFile AS sourceFile,
         [(d)<-[:IMPLEMENTS]-(x) | x.sourceFile] AS implementedBy, [(d)-[:ISSUED_BY]->(a) | a.name] AS issuer`,
      { id: BAC_GIANG_16.id },
    );
    expect(plan).toEqual({
      inCorpus: false,
      layout: null,
      sourceFile: SEEDS.bacGiang2024,
      implementedBy: [SEEDS.bacGiang2024],
      issuer: ['Ủy ban nhân dân tỉnh Bắc Giang'],
    });
  });

  it('writes nothing for an id that names no ingested document', async () => {
    const before = await snapshot(db);
    expect(await removeDocument(db, 'doc/bac-giang/ubnd/kh/2024/17')).toBeNull();
    expect(await removeDocument(db, 'doc/vn/tw/nq/2023/36')).toBeNull(); // known only from citations
    expect(await snapshot(db)).toEqual(before);
  });
});
