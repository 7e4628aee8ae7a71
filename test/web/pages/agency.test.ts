/**
 * The agency page as a user sees it, in Chromium on the seed graph: Sở Y tế of Hưng Yên lists
 * II.1, II.2, III.3, IV.4 and V.2 among the tasks it leads; the tabs count as the API does, by
 * domain and year, and move by keyboard; a Sở's units' tasks come in when asked; the CSV has a
 * header and one row per task.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/web/csv.js';
import { openExplorer, WAIT_MS, type Explorer } from '../../helpers/browser.js';

const SO_Y_TE_HUNG_YEN = 'agency/hung-yen/so-y-te';
const SO_KHCN_BAC_GIANG = 'agency/bac-giang/so-khoa-hoc-cong-nghe';

describe('the explorer: agency page', { timeout: 3 * WAIT_MS }, () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await openExplorer();
  });
  afterAll(async () => {
    await explorer?.close();
  });

  async function count(id: string, role: string, includeUnits = false): Promise<number> {
    const { data } = await explorer.api.gql(
      'query($id: ID!, $role: AssignmentRole, $u: Boolean) { agency(id: $id) { tasks(role: $role, includeUnits: $u, first: 0) { totalCount } } }',
      { id, role, u: includeUnits },
    );
    return data.agency.tasks.totalCount;
  }

  const rows = () => explorer.page.locator('.task-table tbody tr');

  it('shows the agency: name, province, parent', async () => {
    await explorer.open(`/${SO_Y_TE_HUNG_YEN}`);
    const { page } = explorer;
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sở Y tế');
    const facts = page.locator('dl.facts');
    expect(await facts.getByRole('link', { name: 'Hưng Yên', exact: true }).getAttribute('href')).toBe(
      '/province/hung-yen',
    );
    expect(await facts.getByRole('link', { name: 'Ủy ban nhân dân tỉnh Hưng Yên' }).getAttribute('href')).toBe(
      '/agency/hung-yen/ubnd',
    );
  });

  it('lists II.1, II.2, III.3, IV.4 and V.2 among the tasks it leads', async () => {
    const { page } = explorer;
    const led = await count(SO_Y_TE_HUNG_YEN, 'LEAD');
    const tab = page.getByRole('tab', { name: /^Chủ trì/ });
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => tab.innerText(), { timeout: WAIT_MS }).toBe(`Chủ trì ${led}`);
    await expect.poll(() => rows().count(), { timeout: WAIT_MS }).toBe(led);
    const codes = await page.locator('.task-table tbody td.col-code').allInnerTexts();
    expect(codes).toEqual(expect.arrayContaining(['II.1', 'II.2', 'III.3', 'IV.4', 'V.2']));
    for (const row of await rows().allInnerTexts()) expect(row).toContain('Sở Y tế');
  });

  it('counts the led tasks by domain and year as the API does, each a link to that list', async () => {
    const { page, api } = explorer;
    const { data } = await api.gql(
      'query($id: ID!) { taskStats(filter: { agency: $id, role: LEAD }, groupBy: [DOMAIN]) { groups { domain tasks } } }',
      { id: SO_Y_TE_HUNG_YEN },
    );
    const counts = page.locator('.counts');
    await counts.waitFor();
    const health = data.taskStats.groups.find((g: { domain: string }) => g.domain === 'HEALTH');
    expect(await counts.innerText()).toContain(`Y tế: ${health.tasks}`);
    expect(await counts.getByRole('link', { name: 'Y tế' }).getAttribute('href')).toBe(
      `/tasks?agency=${encodeURIComponent(SO_Y_TE_HUNG_YEN)}&role=LEAD&domain=HEALTH`,
    );
    expect(await counts.getByRole('link', { name: '2030' }).count()).toBe(1);
  });

  it('moves to the coordinated tasks with the arrow keys', async () => {
    const { page } = explorer;
    await page.getByRole('tab', { name: /^Chủ trì/ }).focus();
    await page.keyboard.press('ArrowRight');
    const tab = page.getByRole('tab', { name: /^Phối hợp/ });
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate('document.activeElement.id')).toBe('tab-COORDINATOR');
    const coordinated = await count(SO_Y_TE_HUNG_YEN, 'COORDINATOR');
    await expect
      .poll(() => page.locator('.task-table .count').innerText(), { timeout: WAIT_MS })
      .toContain(`trên ${coordinated} nhiệm vụ`);
  });

  it("adds the units' tasks when asked", async () => {
    await explorer.open(`/${SO_KHCN_BAC_GIANG}`);
    const { page } = explorer;
    const alone = await count(SO_KHCN_BAC_GIANG, 'LEAD');
    const withUnits = await count(SO_KHCN_BAC_GIANG, 'LEAD', true);
    expect(withUnits).toBeGreaterThan(alone);
    await expect.poll(() => rows().count(), { timeout: WAIT_MS }).toBe(alone);
    const units = page.getByLabel('Gồm cả nhiệm vụ của các đơn vị trực thuộc');
    await units.focus();
    await page.keyboard.press('Space');
    expect(await units.isChecked()).toBe(true);
    await expect.poll(() => rows().count(), { timeout: WAIT_MS }).toBe(withUnits);
    await expect
      .poll(() => page.getByRole('tab', { name: /^Chủ trì/ }).innerText(), { timeout: WAIT_MS })
      .toBe(`Chủ trì ${withUnits}`);
    // The page stays as it was (the box keeps the focus); a unit's own task names the unit as its lead.
    expect(await page.evaluate('document.activeElement.type')).toBe('checkbox');
    expect(await page.locator('.task-table tbody td.col-leads').allInnerTexts()).toContainEqual(
      expect.stringContaining('Trung tâm Ứng dụng Khoa học và Công nghệ'),
    );
  });

  it('downloads the tasks shown as CSV: a header and one row per task', async () => {
    const { page } = explorer;
    const withUnits = await count(SO_KHCN_BAC_GIANG, 'LEAD', true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV/ }).click(),
    ]);
    const csv = parseCsv(fs.readFileSync((await download.path())!, 'utf8'));
    expect(csv[0]![0]).toBe('code');
    expect(csv).toHaveLength(withUnits + 1);
  });

  it('asks nothing of any other origin and keeps to its policy', async () => {
    expect(explorer.outside()).toEqual([]);
    expect(await explorer.cspViolations()).toEqual([]);
    expect(explorer.consoleErrors).toEqual([]);
  });
});
