/**
 * GraphiQL as a user sees it: a real headless Chromium (Debian's `chromium` package, driven by
 * playwright-core) opens GET /graphql on the seed graph: the editor loads, the Docs pane shows the
 * schema, the default query answers, typing gets suggestions and a wrong field is marked, a dialog
 * opens; and the page never reaches outside the service's origin nor trips its
 * Content-Security-Policy.
 *
 * One browser and one page for the whole file; the tests run in order on that page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config.js';
import { DEFAULT_QUERY } from '../../src/api/graphiql.js';
import { seededApi, type SeededApi } from '../helpers/api.js';

/** Playwright's own browser download does not work here; the test drives the system's Chromium. */
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOT = path.join(PROJECT_ROOT, 'bench', 'results', 'graphiql-docs.png');
/** Generous: the page loads about 4 MB of scripts and styles, and the machine may be busy. */
const WAIT_MS = 60_000;

describe('GraphiQL in a browser', { timeout: 3 * WAIT_MS }, () => {
  let api: SeededApi;
  let browser: Browser;
  let page: Page;
  let origin: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  let contentSecurityPolicy: string | undefined;

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `No Chromium at "${CHROMIUM}": install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
      );
    }
    api = await seededApi();
    origin = new URL(api.service.url).origin;
    browser = await chromium.launch({ executablePath: CHROMIUM });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Every request of every page and worker of the context, not only the page's own.
    context.on('request', (request) => requests.push(request.url()));
    // Every violation of the page's policy, whether or not Chromium also logs it.
    await context.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          window.cspViolations.push(e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline').slice(0, 60)));`,
    });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    // Chromium reports CSP violations (and failed loads) as console errors.
    page.on('console', (message) => {
      // A refused data: URL is quoted whole in the message (fonts: tens of kilobytes); cut it.
      if (message.type() === 'error') consoleErrors.push(message.text().replace(/(data:[^,']*,).{40,}?'/g, "$1…'"));
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    const response = await page.goto(api.service.url, { timeout: WAIT_MS });
    contentSecurityPolicy = response?.headers()['content-security-policy'];
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('loads the editor with the default query', async () => {
    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor({ state: 'visible' });
    await expect.poll(() => editor.innerText(), { timeout: WAIT_MS }).toContain('implements: "doc/vn/tw/nq/2023/36"');
  });

  it('opens the Docs pane on the schema, listing Query', async () => {
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const explorer = page.locator('.graphiql-doc-explorer');
    // Either outcome ends the wait: the schema's root types, or GraphiQL's error.
    await explorer.locator('.graphiql-doc-explorer-root-type, .graphiql-doc-explorer-error').first().waitFor();
    expect(await explorer.innerText()).not.toContain('Error fetching schema');
    // "query: Query" under Root Types.
    const queryType = explorer.locator('div:has(> .graphiql-doc-explorer-root-type) > a', { hasText: /^Query$/ });
    expect(await queryType.count()).toBe(1);

    // A user follows the link and sees Query's fields with their descriptions.
    await queryType.click();
    await explorer.locator('.graphiql-doc-explorer-title', { hasText: /^Query$/ }).waitFor();
    const fields = await explorer.locator('.graphiql-doc-explorer-field-name').allInnerTexts();
    expect(fields).toEqual(expect.arrayContaining(['task', 'tasks', 'search', 'path', 'coverage']));
    expect(await explorer.innerText()).toContain('Tasks matching the filter, in document then text order.');

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('runs the default query and shows the tasks in the result pane', async () => {
    const expected = await api.gql<{ tasks: { totalCount: number; edges: { node: { code: string } }[] } }>(
      DEFAULT_QUERY,
    );
    expect(expected.errors).toBeUndefined();
    const first = expected.data!.tasks.edges[0]!.node;

    await page.getByRole('button', { name: /^Execute query/ }).click();
    const result = page.locator('.graphiql-response .CodeMirror');
    await expect
      .poll(() => result.innerText(), { timeout: WAIT_MS })
      .toContain(`"totalCount": ${expected.data!.tasks.totalCount}`);
    const shown = await result.innerText();
    expect(shown).toContain(`"code": ${JSON.stringify(first.code)}`);
    expect(shown).not.toContain('"errors"');
  });

  it("suggests the schema's fields while the user types", async () => {
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('{ tas', { delay: 50 });
    const hints = page.locator('.CodeMirror-hints .CodeMirror-hint');
    await hints.first().waitFor();
    expect(await hints.allInnerTexts()).toEqual(expect.arrayContaining(['task', 'tasks']));
  });

  it('marks a field the schema does not have', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+A');
    // Inserted whole: typed, the braces would be closed a second time by the editor.
    await page.keyboard.insertText('{ graphStats { documents pages } }');
    const mark = page.locator('.graphiql-query-editor .CodeMirror-lint-mark-error');
    // CodeMirror splits the underlined text into spans (the word, the space after it).
    await expect.poll(async () => (await mark.allInnerTexts()).join('').trim(), { timeout: WAIT_MS }).toBe('pages');
    await mark.first().hover();
    await expect
      .poll(() => page.locator('.CodeMirror-lint-tooltip').innerText(), { timeout: WAIT_MS })
      .toContain('Cannot query field "pages" on type "GraphStats".');
  });

  it('opens and closes the settings dialog', async () => {
    // A dialog is where GraphiQL adds a <style> element of its own (scroll locking).
    await page.getByRole('button', { name: 'Open settings dialog' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Settings');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('makes no request outside its own origin', () => {
    // The page, its scripts and stylesheets, the introspection query and the default query.
    expect(requests.length).toBeGreaterThanOrEqual(6);
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });

  it("works under the page's Content-Security-Policy, with no console error", async () => {
    expect(contentSecurityPolicy ?? 'no Content-Security-Policy header').toMatch(/default-src 'self'/);
    expect(await page.evaluate('window.cspViolations')).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
