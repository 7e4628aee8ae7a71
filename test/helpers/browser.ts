/**
 * The explorer in a real browser: Debian's Chromium (CHROMIUM_PATH, /usr/bin/chromium) driven by
 * playwright-core, on the seed graph served by the in-process service. Records every request of
 * the browser context (to check none leaves the origin), every Content-Security-Policy
 * violation and every console error, so each suite can assert the page stayed clean.
 */
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { seededApi, type SeededApi } from './api.js';

/** Playwright's own browser download does not work here; the tests drive the system's Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Generous: the machine is shared and busy; nothing asserts a time. */
export const WAIT_MS = 60_000;
export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

export interface Explorer {
  api: SeededApi;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The service's origin, `http://localhost:<port>`. */
  origin: string;
  /** Every URL the browser asked for. */
  requests: string[];
  consoleErrors: string[];
  /** Opens a path and waits until its page has its data (or has failed: then throws with what it says). */
  open(path: string): Promise<void>;
  /** Waits until the page shown has its data. */
  ready(): Promise<void>;
  /** Violations of the page's policy seen since it was opened. */
  cspViolations(): Promise<string[]>;
  /** Requests that went anywhere but the service's origin. */
  outside(): string[];
  close(): Promise<void>;
}

/** Seeds the test graph, starts the service and opens a browser page on it. */
export async function openExplorer(viewport = DESKTOP): Promise<Explorer> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at "${CHROMIUM}": install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const api = await seededApi();
  const origin = new URL(api.service.url).origin;
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.addInitScript({
    content: `window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.cspViolations.push(e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline').slice(0, 80)));`,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));

  const ready = async () => {
    // The page drawn for the address now shown: just after a link is followed, the last one is
    // still there, ready.
    // (A function, not a string: the explorer's policy refuses eval. The test project has no DOM
    // types, so the browser's globals are named by the little they are used for.)
    await page.waitForFunction(() => {
      const browser = globalThis as unknown as {
        document: { querySelector(selector: string): { dataset: Record<string, string> } | null };
        location: { pathname: string; search: string };
      };
      const article = browser.document.querySelector('article.page');
      return (
        article !== null &&
        article.dataset.path === browser.location.pathname + browser.location.search &&
        article.dataset.state !== 'loading'
      );
    });
    const page_ = page.locator('article.page');
    if ((await page_.getAttribute('data-state')) === 'error') {
      throw new Error(`The page ${page.url()} failed: ${await page.locator('main').innerText()}`);
    }
  };
  return {
    api,
    browser,
    context,
    page,
    origin,
    requests,
    consoleErrors,
    async open(path) {
      await page.goto(`${origin}${path}`, { timeout: WAIT_MS });
      await ready();
    },
    ready,
    cspViolations: () => page.evaluate('window.cspViolations') as Promise<string[]>,
    outside: () => requests.filter((url) => new URL(url).origin !== origin),
    async close() {
      await browser.close();
      await api.close();
    },
  };
}
