/**
 * The province page as a user sees it, in Chromium on the seed graph: today's Bắc Ninh holds the
 * documents of former Bắc Giang, linked both ways; its tasks are counted by domain as the API
 * counts them, each count a link to that list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, WAIT_MS, type Explorer } from '../../helpers/browser.js';

describe('the explorer: province page', { timeout: 3 * WAIT_MS }, () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await openExplorer();
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it('links a province of today to the former provinces merged into it, and back', async () => {
    await explorer.open('/province/bac-ninh');
    const { page } = explorer;
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Bắc Ninh');
    await page.getByRole('link', { name: 'Bắc Giang', exact: true }).first().click();
    await page.waitForURL(/\/province\/bac-giang$/);
    await explorer.ready();
    expect(await page.locator('main').innerText()).toContain('Hợp nhất vào Bắc Ninh ngày 12/06/2025');
    expect(await page.getByRole('link', { name: 'Bắc Ninh', exact: true }).last().getAttribute('href')).toBe(
      '/province/bac-ninh',
    );
  });

  it("lists a province's documents, those of its former provinces included", async () => {
    await explorer.open('/province/bac-ninh');
    const { page, api } = explorer;
    const { data } = await api.gql(
      '{ documents(filter: { province: "Bắc Ninh", includeFormer: true }, first: 100) { totalCount edges { node { id } } } }',
    );
    expect(data.documents.totalCount).toBeGreaterThan(0);
    const links = await page
      .locator('section[aria-labelledby="province-documents"] li > a:first-child')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(data.documents.edges.map((e: { node: { id: string } }) => `/${e.node.id}`));
  });

  it('counts its tasks by domain as the API does, each a link to the list', async () => {
    const { page, api } = explorer;
    const { data } = await api.gql(
      '{ taskStats(filter: { province: "Bắc Ninh", includeFormer: true }, groupBy: [DOMAIN]) { tasks groups { domain tasks } } }',
    );
    const section = page.locator('section[aria-labelledby="province-domains"]');
    const agriculture = data.taskStats.groups.find((g: { domain: string }) => g.domain === 'AGRICULTURE');
    expect(await section.innerText()).toContain(`Nông nghiệp: ${agriculture.tasks}`);
    await section.getByRole('link', { name: 'Nông nghiệp' }).click();
    await page.waitForURL(/\/tasks\?/);
    await explorer.ready();
    await expect.poll(() => page.locator('.task-table tbody tr').count(), { timeout: WAIT_MS }).toBe(agriculture.tasks);
  });

  it('asks nothing of any other origin and keeps to its policy', async () => {
    expect(explorer.outside()).toEqual([]);
    expect(await explorer.cspViolations()).toEqual([]);
    expect(explorer.consoleErrors).toEqual([]);
  });
});
