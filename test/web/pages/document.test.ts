/**
 * The document page as a user sees it, in Chromium on the seed graph: 36-NQ/TW's identity and
 * its lineage with the chains of all four provinces, each box a link; a plan's tasks as a table
 * that sorts, filters and downloads as CSV (a header and one row per task); its targets and
 * source; readable at phone width; nothing asked of another origin.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/web/csv.js';
import { IDS } from '../../helpers/api.js';
import { openExplorer, PHONE, WAIT_MS, type Explorer } from '../../helpers/browser.js';

const HUNG_YEN_PLAN = 'doc/hung-yen/ubnd/kh/2023/x-fac9435e';

describe('the explorer: document page', { timeout: 3 * WAIT_MS }, () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await openExplorer();
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it("shows 36-NQ/TW's identity: symbol, kind, issuer, date", async () => {
    await explorer.open(`/${IDS.resolution36}`);
    const { page } = explorer;
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^36-NQ\/TW — Nghị quyết số 36-NQ\/TW/);
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('Số, ký hiệu\n36-NQ/TW');
    expect(facts).toContain('Loại văn bản\nNghị quyết');
    expect(facts).toContain('Ngày ban hành\n30/01/2023');
    expect(await page.locator('dl.facts').getByRole('link', { name: 'Bộ Chính trị' }).getAttribute('href')).toBe(
      '/agency/vn/bo-chinh-tri',
    );
  });

  it('draws the chains of all four provinces down from 36-NQ/TW, each box a link', async () => {
    const { page, api } = explorer;
    const { data } = await api.gql(
      `query($id: ID!) { documents(filter: { implements: $id, inCorpus: true }) { edges { node { province lineagePaths { id symbol } } } } }`,
      { id: IDS.resolution36 },
    );
    const plans = data.documents.edges.map((e: { node: unknown }) => e.node) as {
      province: string;
      lineagePaths: { id: string; symbol: string | null }[][];
    }[];
    expect(new Set(plans.map((plan) => plan.province))).toEqual(
      new Set(['Bắc Giang', 'Hưng Yên', 'Lạng Sơn', 'Tây Ninh']),
    );
    const diagram = page.getByRole('region', { name: 'Sơ đồ dòng văn bản của 36-NQ/TW' });
    const boxes = await diagram.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const plan of plans) {
      const chains = plan.lineagePaths.filter((chain) => chain[chain.length - 1]!.id === IDS.resolution36);
      expect(chains.length, plan.province).toBeGreaterThan(0);
      for (const doc of chains.flat()) expect(boxes, `${plan.province}: ${doc.id}`).toContain(`/${doc.id}`);
    }
    const text = await diagram.innerText();
    for (const symbol of [
      '114-KH/TU',
      '16/KH-UBND',
      '203-KH/TU',
      '189/NQ-CP',
      '88-CTr/TU',
      '180-CTr/TU',
      '3300/KH-UBND',
    ]) {
      expect(text).toContain(symbol);
    }
    expect(await diagram.locator('[aria-current="page"]').innerText()).toContain('36-NQ/TW');
  });

  it('counts the tasks implementing it and links to them', async () => {
    const { page, api } = explorer;
    const { data } = await api.gql('query($id: ID!) { tasks(filter: { implements: $id }, first: 0) { totalCount } }', {
      id: IDS.resolution36,
    });
    const link = page.getByRole('link', { name: `Xem tất cả ${data.tasks.totalCount} nhiệm vụ` });
    expect(await link.getAttribute('href')).toBe(`/tasks?implements=${encodeURIComponent(IDS.resolution36)}`);
  });

  it('cites it: title, symbol, date, permalink', async () => {
    expect(await explorer.page.locator('footer.cite').innerText()).toContain(
      `, 36-NQ/TW, 30/01/2023. ${explorer.origin}/${IDS.resolution36}`,
    );
  });

  it('opens a box of the diagram from the keyboard', async () => {
    const { page } = explorer;
    const box = page.getByRole('region', { name: /^Sơ đồ dòng văn bản/ }).getByRole('link', { name: /^203-KH\/TU/ });
    await box.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/doc\/hung-yen\/tu\/kh\/2023\/203$/);
    await explorer.ready();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^203-KH\/TU/);
  });

  it("lists a plan's tasks in a table with one row per task", async () => {
    await explorer.open(`/${HUNG_YEN_PLAN}`);
    const { page, api } = explorer;
    const { data } = await api.gql(
      'query($id: ID!) { document(id: $id) { tasks(first: 100) { totalCount edges { node { code } } } } }',
      {
        id: HUNG_YEN_PLAN,
      },
    );
    const table = page.locator('.task-table table');
    await expect
      .poll(() => table.locator('tbody tr').count(), { timeout: WAIT_MS })
      .toBe(data.document.tasks.totalCount);
    expect(await table.locator('tbody td.col-code').allInnerTexts()).toEqual(
      data.document.tasks.edges.map((e: { node: { code: string } }) => e.node.code),
    );
    expect(await table.locator('thead th').allInnerTexts()).toEqual([
      'Mã ▲',
      'Nhiệm vụ',
      'Chủ trì',
      'Phối hợp',
      'Thời gian',
      'Lĩnh vực',
    ]);
    const row = table.locator('tbody tr').filter({ has: page.locator('td.col-code', { hasText: /^III\.3$/ }) });
    expect(await row.locator('td.col-leads').getByRole('link', { name: 'Sở Y tế' }).getAttribute('href')).toBe(
      '/agency/hung-yen/so-y-te',
    );
  });

  it('sorts the table by a column and filters it by words and by domain', async () => {
    const { page, api } = explorer;
    const table = page.locator('.task-table table');
    await page.getByRole('button', { name: 'Nhiệm vụ', exact: true }).click();
    expect(await table.locator('thead th.col-title').getAttribute('aria-sort')).toBe('ascending');
    const titles = await table.locator('tbody td.col-title').allInnerTexts();
    expect(titles).toEqual(
      [...titles].sort((a, b) => a.localeCompare(b, 'vi', { sensitivity: 'base', numeric: true })),
    );
    await page.getByRole('button', { name: 'Nhiệm vụ', exact: true }).click();
    expect(await table.locator('thead th.col-title').getAttribute('aria-sort')).toBe('descending');

    const { data } = await api.gql(
      'query($id: ID!) { document(id: $id) { tasks(filter: { domain: HEALTH }) { totalCount } } }',
      { id: HUNG_YEN_PLAN },
    );
    await page.getByLabel('Lĩnh vực').selectOption('HEALTH');
    expect(await table.locator('tbody tr').count()).toBe(data.document.tasks.totalCount);
    await page.getByLabel('Lĩnh vực').selectOption('');

    await page.getByRole('searchbox', { name: 'Lọc theo chữ' }).fill('so y te');
    const leads = await table.locator('tbody tr').allInnerTexts();
    expect(leads.length).toBeGreaterThan(0);
    for (const row of leads) expect(row).toContain('Sở Y tế');
    await page.getByRole('searchbox', { name: 'Lọc theo chữ' }).fill('');
  });

  it('downloads the tasks as CSV: a header and one row per task', async () => {
    const { page, api } = explorer;
    const { data } = await api.gql(
      'query($id: ID!) { document(id: $id) { tasks(first: 100) { totalCount edges { node { code } } } } }',
      {
        id: HUNG_YEN_PLAN,
      },
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const rows = parseCsv(fs.readFileSync((await download.path())!, 'utf8'));
    expect(rows[0]!.slice(0, 4)).toEqual(['code', 'title', 'leads', 'coordinators']);
    expect(rows).toHaveLength(data.document.tasks.totalCount + 1);
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(
      new Set(data.document.tasks.edges.map((e: { node: { code: string } }) => e.node.code)),
    );
    const iii3 = rows.find((row) => row[0] === 'III.3')!;
    expect(iii3[2]).toBe('Sở Y tế');
    expect(iii3[iii3.length - 1]).toBe(`${explorer.origin}/task/hung-yen/ubnd/kh/2023/x-fac9435e/III.3`);
  });

  it('lists its targets and shows where it was read', async () => {
    const { page, api } = explorer;
    const { data } = await api.gql(
      'query($id: ID!) { document(id: $id) { targets { text } source { file lineStart lineEnd } } }',
      {
        id: HUNG_YEN_PLAN,
      },
    );
    const targets = page.locator('section[aria-labelledby="doc-targets"] li');
    expect(await targets.count()).toBe(data.document.targets.length);
    expect(await targets.allInnerTexts()).toContainEqual(
      expect.stringContaining('đóng góp khoảng 7% vào GRDP của tỉnh'),
    );
    const { file, lineStart, lineEnd } = data.document.source;
    expect(await page.locator('section[aria-labelledby="doc-source"]').innerText()).toContain(
      `${file}, dòng ${lineStart}–${lineEnd}`,
    );
  });

  it('fits a phone screen: only the diagram and the table scroll sideways', async () => {
    const context = await explorer.browser.newContext({ viewport: PHONE });
    const phone = await context.newPage();
    await phone.goto(`${explorer.origin}/${IDS.resolution36}`);
    await phone.locator('article.page[data-state="ready"]').waitFor({ timeout: WAIT_MS });
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  it('asks nothing of any other origin and keeps to its policy', async () => {
    expect(explorer.outside()).toEqual([]);
    expect(await explorer.cspViolations()).toEqual([]);
    expect(explorer.consoleErrors).toEqual([]);
  });
});
