/**
 * Derived DERIVES_FROM links in the graph: written when a plan and a document above it with tasks
 * are both loaded, in either order, and derived again when either is re-ingested or removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/driver.js';
import { loadDocument, loadDocuments, loadDomains, loadProvinces, removeDocument } from '../../src/graph/load.js';
import { emit, extract, provinceRecords } from '../../src/ingest/index.js';
import { dictionaries, RESOLUTION_36, SEED_DOCUMENTS, SEEDS } from '../helpers/ingest.js';
import { resetGraph, testDatabase } from '../helpers/database.js';

const seed = (file: string) => emit(extract(fs.readFileSync(path.join(SEED_DOCUMENTS, file)), file, dictionaries));
const resolution = (text = fs.readFileSync(RESOLUTION_36.file, 'utf8')) =>
  emit(extract(Buffer.from(text), path.basename(RESOLUTION_36.file), dictionaries));

/**
 * A department plan of Lạng Sơn written for this test: it implements 36-NQ/TW and names the
 * resolution's task it carries out by number.
 */
const REFERRING_PLAN = {
  id: 'doc/lang-son/syt/kh/2024/7',
  text: `UBND TỈNH LẠNG SƠN
SỞ Y TẾ

Số: 7/KH-SYT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lạng Sơn, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học

Sở Y tế ban hành Kế hoạch như sau:

I. NHIỆM VỤ

1. Cử viên chức đi học chuyên ngành xét nghiệm sinh học phân tử (thực hiện nhiệm vụ 4 của Nghị quyết số 36-NQ/TW)
- Đơn vị chủ trì: Bệnh viện Đa khoa tỉnh
- Thời gian thực hiện: 2024-2025

Nơi nhận:
- Như trên;
`,
};

/** The derived links, as `task code (document's province) -> parent task code method`. */
async function links(db: Database): Promise<string[]> {
  const rows = await db.read(
    `MATCH (d:Document)-[:HAS_TASK]->(a:Task)-[r:DERIVES_FROM]->(b:Task)<-[:HAS_TASK]-(p:Document)
     RETURN a.id AS from, b.id AS to, d.province AS province, r.method AS method, r.derived AS derived, p.id AS parent`,
  );
  expect(rows.every((row) => row.derived === true)).toBe(true);
  return rows.map((row) => `${row.from} -> ${row.to} ${row.method}`).sort();
}

describe('derived task-to-task links', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  beforeEach(async () => {
    await resetGraph(db);
    await loadDomains(db, dictionaries.domains);
    await loadProvinces(db, provinceRecords(dictionaries.provinces));
  });
  afterAll(async () => {
    await resetGraph(db);
    await db.close();
  });

  const LANG_SON_SECURITY = 'task/lang-son/ubnd/kh/2023/x-2b823b8a/3.5';
  const RESOLUTION_SECURITY = 'task/vn/tw/nq/2023/36/3.5';

  it("links Lạng Sơn's security task to the resolution's security task it restates, as derived, by similarity", async () => {
    await loadDocument(db, seed(SEEDS.langSon));
    await loadDocument(db, resolution());
    const [row] = await db.read(
      `MATCH (:Task {id: $from})-[r:DERIVES_FROM]->(:Task {id: $to}) RETURN r.method AS method, r.derived AS derived, r.score AS score`,
      { from: LANG_SON_SECURITY, to: RESOLUTION_SECURITY },
    );
    expect(row).toEqual({ method: 'SIMILARITY', derived: true, score: expect.any(Number) });
    expect(row!.score as number).toBeGreaterThan(0.26);
  });

  it('writes the same links whichever of a plan and the document above it is loaded first', async () => {
    await loadDocument(db, seed(SEEDS.langSon));
    await loadDocument(db, seed(SEEDS.hungYen));
    await loadDocument(db, resolution());
    const parentLast = await links(db);
    await resetGraph(db);
    await loadDocument(db, resolution());
    await loadDocument(db, seed(SEEDS.langSon));
    await loadDocument(db, seed(SEEDS.hungYen));
    expect(await links(db)).toEqual(parentLast);
    expect(parentLast.length).toBeGreaterThan(20);
  });

  it('writes the same links when a plan, the document above it and a corrected version share one transaction', async () => {
    // One by one: the resolution read first without its task 3.5, then a plan, then the resolution whole.
    const without = fs.readFileSync(RESOLUTION_36.file, 'utf8').replace(/\n3\.5\. Trong quốc phòng[^\n]*\n/, '\n');
    const order = () => [resolution(without), seed(SEEDS.langSon), resolution(), seed(SEEDS.hungYen)];
    for (const records of order()) await loadDocument(db, records);
    const oneByOne = await links(db);
    await resetGraph(db);
    await loadDomains(db, dictionaries.domains);
    await loadProvinces(db, provinceRecords(dictionaries.provinces));
    const reports = await loadDocuments(db, order());
    expect(await links(db)).toEqual(oneByOne);
    expect(oneByOne.filter((link) => link.startsWith(LANG_SON_SECURITY))).not.toEqual([]);
    // Each report counts the links, as committed, of its document and of the plans under it at its load.
    const langSon = oneByOne.filter((link) => link.startsWith('task/lang-son/')).length;
    expect(reports.map((report) => report.derived)).toEqual([0, langSon, langSon, oneByOne.length - langSon]);
  });

  it('derives again when the document above is re-ingested: a task it no longer has loses its links', async () => {
    await loadDocument(db, seed(SEEDS.langSon));
    await loadDocument(db, resolution());
    const before = await links(db);
    const report = await loadDocument(db, resolution());
    expect(report.derived).toBe(before.length);
    expect(await links(db)).toEqual(before);
    // The resolution without its task 3.5: Lạng Sơn's security task now restates nothing of it.
    const without = fs.readFileSync(RESOLUTION_36.file, 'utf8').replace(/\n3\.5\. Trong quốc phòng[^\n]*\n/, '\n');
    await loadDocument(db, resolution(without));
    const after = await links(db);
    expect(after.filter((link) => link.startsWith(LANG_SON_SECURITY))).toEqual([]);
    expect(after.length).toBeLessThan(before.length);
  });

  it('removes the links with the document above, and with the plan', async () => {
    await loadDocument(db, seed(SEEDS.langSon));
    await loadDocument(db, seed(SEEDS.tayNinh));
    await loadDocument(db, resolution());
    const all = await links(db);
    await removeDocument(db, 'doc/tay-ninh/khcn/kh/2024/x-8ec80726');
    expect(await links(db)).toEqual(all.filter((link) => !link.startsWith('task/tay-ninh/')));
    await removeDocument(db, RESOLUTION_36.id);
    expect(await links(db)).toEqual([]);
  });

  it('follows a plan that names the task it carries out, by reference', async () => {
    await loadDocument(db, resolution());
    await loadDocument(db, emit(extract(Buffer.from(REFERRING_PLAN.text), 'lang-son-syt-kh-7.txt', dictionaries)));
    const [row] = await db.read(
      `MATCH (:Document {id: $id})-[:HAS_TASK]->(:Task)-[r:DERIVES_FROM]->(b:Task)
       RETURN b.code AS code, r.method AS method, r.score AS score, r.excerpt AS excerpt`,
      { id: REFERRING_PLAN.id },
    );
    expect(row).toEqual({ code: '4', method: 'REFERENCE', score: 1, excerpt: 'nhiệm vụ 4 của Nghị quyết số 36-NQ/TW' });
  });
});
