/**
 * The search page as a user sees it, in Chromium on the seed graph: typing "so y te hung yen"
 * (no diacritics) lists Sở Y tế of Hưng Yên among the agencies, its words marked; results come
 * grouped; the start page lists the documents read in full; the English switch works and is
 * remembered; every page cites itself; nothing is asked of any other origin and the strict
 * policy is never tripped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldWords } from '../../../src/text/index.js';
import { openExplorer, WAIT_MS, type Explorer } from '../../helpers/browser.js';

describe('the explorer: search', { timeout: 3 * WAIT_MS }, () => {
  let explorer: Explorer;
  beforeAll(async () => {
    explorer = await openExplorer();
  });
  afterAll(async () => {
    await explorer?.close();
  });

  it('lists the documents read in full on the start page, with what the graph holds', async () => {
    await explorer.open('/');
    const { page, api } = explorer;
    const { data } = await api.gql(
      '{ graphStats { tasks } documents(filter: { inCorpus: true }) { totalCount edges { node { id } } } }',
    );
    const links = await page
      .locator('section[aria-labelledby="home-corpus"] li > a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(data.documents.edges.map((e: { node: { id: string } }) => `/${e.node.id}`));
    expect(await page.locator('main').innerText()).toContain(`${data.graphStats.tasks} nhiệm vụ`);
  });

  it('finds Sở Y tế of Hưng Yên from "so y te hung yen", typed without diacritics, and marks the words', async () => {
    const { page } = explorer;
    const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
    await box.fill('so y te hung yen');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=so\+y\+te\+hung\+yen$/);
    await explorer.ready();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kết quả cho «so y te hung yen»');
    const agencies = page.locator('section.result-agencies');
    expect(await agencies.getByRole('heading').innerText()).toMatch(/^Cơ quan/);
    const hit = agencies.getByRole('listitem').filter({ hasText: 'Sở Y tế' }).filter({ hasText: 'Hưng Yên' });
    expect(await hit.count()).toBe(1);
    expect(await hit.getByRole('link', { name: 'Sở Y tế' }).getAttribute('href')).toBe('/agency/hung-yen/so-y-te');
    expect(await hit.locator('mark').allInnerTexts()).toEqual(['Sở', 'Y', 'tế', 'Hưng', 'Yên']);
  });

  it('groups results as documents, tasks and agencies, with the matching words marked', async () => {
    await explorer.open('/search?q=cong%20nghe%20sinh%20hoc');
    const { page } = explorer;
    const headings = await page.locator('section.result-group h2').allInnerTexts();
    expect(headings.map((h) => h.replace(/\s*\d+$/, ''))).toEqual(expect.arrayContaining(['Văn bản', 'Nhiệm vụ']));
    const marks = await page.locator('section.result-tasks mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    // Diacritic-insensitive: "cong nghe" also marks "nghề" — every mark folds to a word searched.
    for (const mark of marks) expect(['cong', 'nghe', 'sinh', 'hoc']).toContain(foldWords(mark));
    // A task hit opens the task's page, in place.
    const first = page.locator('section.result-tasks li > a').first();
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL((url) => url.pathname === href);
    await explorer.ready();
    expect(await page.locator('.kicker').innerText()).toMatch(/^NHIỆM VỤ/);
  });

  it('says so when nothing matches', async () => {
    await explorer.open('/search?q=zzqx');
    expect(await explorer.page.locator('main').innerText()).toContain('Không tìm thấy gì cho «zzqx».');
  });

  it('switches to English and keeps the choice', async () => {
    await explorer.open('/search?q=so%20y%20te%20hung%20yen');
    const { page } = explorer;
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Results for “so y te hung yen”');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await explorer.ready();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Results for “so y te hung yen”');
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('cites the page: title and permalink', async () => {
    const cite = explorer.page.locator('footer.cite');
    expect(await cite.innerText()).toContain(
      `Trích dẫn: Tìm kiếm «so y te hung yen». ${explorer.origin}/search?q=so+y+te+hung+yen`,
    );
  });

  it('reaches the search box and the results by keyboard', async () => {
    await explorer.open('/');
    const { page } = explorer;
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Bỏ qua, đến nội dung chính');
    const box = page.getByRole('searchbox', { name: 'Từ cần tìm' });
    await box.focus();
    await page.keyboard.type('so y te hung yen');
    await page.keyboard.press('Enter');
    await explorer.ready();
    await page.locator('section.result-agencies a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/agency\/hung-yen\/so-y-te$/);
    await explorer.ready();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sở Y tế');
  });

  it('asks nothing of any other origin and keeps to its policy', async () => {
    expect(explorer.requests.length).toBeGreaterThan(5);
    expect(explorer.outside()).toEqual([]);
    expect(await explorer.cspViolations()).toEqual([]);
    expect(explorer.consoleErrors).toEqual([]);
  });
});
