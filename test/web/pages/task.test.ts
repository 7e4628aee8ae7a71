/**
 * The task page as a user sees it, in Chromium on the seed graph: Tây Ninh's task 4.1 with its
 * full text, its leads and coordinators as links, its time, its chain up through 3300/KH-UBND
 * and 180-CTr/TU to 36-NQ/TW, and its provenance: file, lines and the excerpt as printed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExplorer, WAIT_MS, type Explorer } from '../../helpers/browser.js';

const TAY_NINH_4_1 = 'task/tay-ninh/khcn/kh/2024/x-8ec80726/4.1';

interface Task {
  code: string;
  title: string;
  text: string;
  timeframe: string;
  leads: { id: string; name: string }[];
  coordinators: { id: string; name: string }[];
  lineagePaths: { id: string; symbol: string | null }[][];
  source: { file: string; lineStart: number; lineEnd: number; excerpt: string };
}

describe('the explorer: task page', { timeout: 3 * WAIT_MS }, () => {
  let explorer: Explorer;
  let task: Task;
  beforeAll(async () => {
    explorer = await openExplorer();
    const { data } = await explorer.api.gql(
      `query($id: ID!) { task(id: $id) { code title text timeframe leads { id name } coordinators { id name }
        lineagePaths { id symbol } source { file lineStart lineEnd excerpt } } }`,
      { id: TAY_NINH_4_1 },
    );
    task = data.task;
    await explorer.open(`/${TAY_NINH_4_1}`);
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it('shows the full text, the leads and coordinators as links, and the time', async () => {
    const { page } = explorer;
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(task.title);
    expect(await page.locator('section[aria-labelledby="task-text"]').innerText()).toContain(task.text);
    const facts = page.locator('dl.facts');
    expect(await facts.innerText()).toContain(`Thời gian\n${task.timeframe}`);
    for (const agency of [...task.leads, ...task.coordinators]) {
      expect(await facts.getByRole('link', { name: agency.name, exact: true }).first().getAttribute('href')).toBe(
        `/${agency.id}`,
      );
    }
    expect(task.leads.map((a) => a.name)).toContain('Trung tâm Khoa học và Công nghệ');
  });

  it('shows its chain through 3300/KH-UBND and 180-CTr/TU up to 36-NQ/TW', async () => {
    const chains = explorer.page.locator('section[aria-labelledby="task-lineage"] ol.chain');
    expect(await chains.count()).toBe(task.lineagePaths.length);
    const links = await chains.first().getByRole('link').allInnerTexts();
    expect(links.slice(1)).toEqual(['3300/KH-UBND', '180-CTr/TU', '36-NQ/TW']);
    const hrefs = await chains
      .first()
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(task.lineagePaths[0]!.map((doc) => `/${doc.id}`));
  });

  it('gives its provenance: file, lines and the excerpt as printed', async () => {
    const provenance = await explorer.page.locator('section[aria-labelledby="task-provenance"]').innerText();
    expect(provenance).toContain(
      `Tệp ${task.source.file}, dòng ${task.source.lineStart}–${task.source.lineEnd}, nguyên văn:`,
    );
    expect(provenance).toContain(task.source.excerpt);
    expect(task.source.excerpt).toContain('Đơn vị chủ trì');
  });

  it('cites it: code and title, its document, date and permalink', async () => {
    const cite = await explorer.page.locator('footer.cite').innerText();
    expect(cite).toContain(`${task.code}. ${task.title}`);
    expect(cite).toContain(`${explorer.origin}/${TAY_NINH_4_1}`);
  });

  it('leads on to its plan and its lead agency', async () => {
    const { page } = explorer;
    await page.locator('dl.facts').getByRole('link', { name: task.leads[0]!.name, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/${task.leads[0]!.id}`);
    await page.goBack();
    await explorer.ready();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(task.title);
  });

  it('asks nothing of any other origin and keeps to its policy', async () => {
    expect(explorer.outside()).toEqual([]);
    expect(await explorer.cspViolations()).toEqual([]);
    expect(explorer.consoleErrors).toEqual([]);
  });
});
