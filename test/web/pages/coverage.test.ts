/**
 * The coverage page and the task lists it links to, as a user sees them in Chromium on the seed
 * graph: a province × domain heat map whose cells count as the API does, each a link to a list
 * of exactly those tasks; the same under 36-NQ/TW; the list's filters spelled out and its CSV.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/web/csv.js';
import { IDS } from '../../helpers/api.js';
import { openExplorer, WAIT_MS, type Explorer } from '../../helpers/browser.js';

interface Cell {
  province: string;
  domain: string;
  tasks: number;
}

describe('the explorer: coverage and task lists', { timeout: 3 * WAIT_MS }, () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await openExplorer();
  });
  afterAll(async () => {
    await explorer?.close();
  });

  async function coverage(directive: string | null): Promise<Cell[]> {
    const { data } = await explorer.api.gql('query($d: ID) { coverage(directive: $d) { province domain tasks } }', {
      d: directive,
    });
    return data.coverage;
  }

  it('shows a cell per province and domain, as the API counts them', async () => {
    await explorer.open('/coverage');
    const { page } = explorer;
    const cells = await coverage(null);
    const table = page.getByRole('region', { name: 'Độ phủ: nhiệm vụ theo tỉnh và lĩnh vực' }).locator('table');
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(['Bắc Giang', 'Hưng Yên', 'Lạng Sơn', 'Tây Ninh']);
    for (const cell of cells) {
      const domain = (await table.locator('thead th').allInnerTexts())[
        ['AGRICULTURE', 'HEALTH', 'ENVIRONMENT', 'INDUSTRY', 'SECURITY'].indexOf(cell.domain) + 1
      ];
      const link = table.getByRole('link', { name: `${cell.province}, ${domain}: ${cell.tasks} nhiệm vụ` });
      expect(await link.innerText(), `${cell.province} ${cell.domain}`).toBe(String(cell.tasks));
    }
  });

  it('links a cell to the list of its tasks', async () => {
    const { page } = explorer;
    const cell = (await coverage(null)).find((c) => c.province === 'Hưng Yên' && c.domain === 'HEALTH')!;
    await page.getByRole('link', { name: `Hưng Yên, Y tế: ${cell.tasks} nhiệm vụ` }).click();
    await page.waitForURL(/\/tasks\?province=H%C6%B0ng\+Y%C3%AAn&domain=HEALTH$/);
    await explorer.ready();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(`Danh sách nhiệm vụ (${cell.tasks})`);
    expect(await page.locator('p.filters').innerText()).toBe('Điều kiện lọc: lĩnh vực: Y tế · tỉnh: Hưng Yên');
    expect(await page.locator('footer.cite').innerText()).toContain(
      `Danh sách nhiệm vụ: lĩnh vực: Y tế, tỉnh: Hưng Yên. ${explorer.origin}/tasks?`,
    );
    await expect.poll(() => page.locator('.task-table tbody tr').count(), { timeout: WAIT_MS }).toBe(cell.tasks);
    for (const row of await page.locator('.task-table tbody td.col-domains').allInnerTexts())
      expect(row).toContain('Y tế');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV/ }).click(),
    ]);
    const csv = parseCsv(fs.readFileSync((await download.path())!, 'utf8'));
    expect(csv).toHaveLength(cell.tasks + 1);
    for (const row of csv.slice(1)) expect(row[9]).toBe('Hưng Yên');
  });

  it('narrows to the tasks implementing a directive', async () => {
    await explorer.open(`/coverage?directive=${encodeURIComponent(IDS.resolution36)}`);
    const { page } = explorer;
    expect(await page.locator('main').innerText()).toContain('Phạm vi: Nhiệm vụ triển khai 36-NQ/TW');
    const under36 = await coverage(IDS.resolution36);
    const bacGiang = under36.filter((c) => c.province === 'Bắc Giang' && c.domain === 'AGRICULTURE')[0]!;
    const link = page.getByRole('link', { name: `Bắc Giang, Nông nghiệp: ${bacGiang.tasks} nhiệm vụ` });
    expect(await link.getAttribute('href')).toBe(
      `/tasks?implements=${encodeURIComponent(IDS.resolution36)}&province=B%E1%BA%AFc+Giang&domain=AGRICULTURE`,
    );
  });

  it('asks nothing of any other origin and keeps to its policy', async () => {
    expect(explorer.outside()).toEqual([]);
    expect(await explorer.cspViolations()).toEqual([]);
    expect(explorer.consoleErrors).toEqual([]);
  });
});
