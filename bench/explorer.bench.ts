/**
 * The explorer in a real browser (Debian's Chromium through playwright-core): how many bytes a
 * page loads, and how soon the page of 36-NQ/TW shows its data and answers clicks, cold (a new
 * browser context: nothing cached) and warm (reloaded). "Ready" is the moment the page's
 * `data-state` turns to `ready`: React has rendered the answer and attached its handlers, so the
 * page is interactive. Runs on the test instance, whose graph it resets and seeds; writes
 * bench/results/explorer-<time>.{json,md} and the README's screenshots (docs/screenshots/,
 * 1366×768, and one at phone width).
 *
 *   BENCH_RUNS=10 npx tsx bench/explorer.bench.ts
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { PROJECT_ROOT } from '../src/config.js';
import { openDatabase } from '../src/graph/connect.js';
import { startService } from '../src/api/server.js';
import { bundleWeb } from '../src/cli/bundle.js';
import { ensureSeeded } from '../src/cli/seed.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PAGE = '/doc/vn/tw/nq/2023/36';
const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'docs', 'screenshots');
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

/** The pages shown in the README, as a user reaches them. */
const SCREENSHOTS: { name: string; path: string; viewport?: typeof DESKTOP }[] = [
  { name: 'search', path: '/search?q=so+y+te+hung+yen' },
  { name: 'document', path: PAGE },
  { name: 'task', path: '/task/tay-ninh/khcn/kh/2024/x-8ec80726/4.1' },
  { name: 'agency', path: '/agency/hung-yen/so-y-te' },
  { name: 'coverage', path: '/coverage' },
  { name: 'graph', path: '/graph?focus=doc%2Fhung-yen%2Fubnd%2Fkh%2F2023%2Fx-e9a2bf0b' },
  { name: 'document-phone', path: PAGE, viewport: PHONE },
];

/** Records, in the page, when it first shows `data-state="ready"` (ms since navigation began). */
const READY_PROBE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('article.page[data-state="ready"]')) {
      window.explorerReadyAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });`;

interface Load {
  readyMs: number;
  firstContentfulPaintMs: number | null;
  requests: number;
  bytes: number;
}

async function load(context: BrowserContext, url: string, reload = false): Promise<Load> {
  const page = context.pages()[0] ?? (await context.newPage());
  let requests = 0;
  const count = () => (requests += 1);
  page.on('request', count);
  if (reload) await page.reload();
  else await page.goto(url);
  // A function, not a string: Playwright would eval a string in the page, which its policy refuses.
  await page.waitForFunction(() => (globalThis as { explorerReadyAt?: number }).explorerReadyAt !== undefined, null, {
    timeout: 60_000,
  });
  const measured = (await page.evaluate(`({
    readyMs: window.explorerReadyAt,
    firstContentfulPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    bytes: performance.getEntriesByType('resource').reduce((n, e) => n + e.transferSize, 0)
      + (performance.getEntriesByType('navigation')[0]?.transferSize ?? 0),
  })`)) as Omit<Load, 'requests'>;
  page.off('request', count);
  return { ...measured, requests };
}

function summary(values: number[]): { median: number; p90: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p90: at(0.9), min: sorted[0]!, max: sorted[sorted.length - 1]! };
}

async function main(): Promise<void> {
  const bundle = await bundleWeb();
  const db = await openDatabase('test', { timeoutMs: 60_000 });
  await db.write('MATCH (n) DETACH DELETE n');
  await ensureSeeded(db, () => {});
  const service = await startService(db, {
    port: 0,
    host: '127.0.0.1',
    queryTimeoutMs: 10_000,
    requestTimeoutMs: 20_000,
    debugErrors: false,
  });
  const origin = new URL(service.url).origin;
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM });
  const cold: Load[] = [];
  const warm: Load[] = [];
  let assets: string[] = [];
  try {
    // One visit first, unmeasured: the service's and Neo4j's first queries plan their Cypher.
    const warmup = await browser.newContext({ viewport: DESKTOP });
    await warmup.addInitScript({ content: READY_PROBE });
    const seen: string[] = [];
    warmup.on('request', (request) => seen.push(new URL(request.url()).pathname));
    await load(warmup, `${origin}${PAGE}`);
    assets = [...new Set(seen.filter((p) => p.startsWith('/app/')))];
    await warmup.close();

    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: DESKTOP });
      await context.addInitScript({ content: READY_PROBE });
      cold.push(await load(context, `${origin}${PAGE}`));
      warm.push(await load(context, `${origin}${PAGE}`, true));
      await context.close();
    }

    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const shot of SCREENSHOTS) {
      const context = await browser.newContext({ viewport: shot.viewport ?? DESKTOP });
      await context.addInitScript({ content: READY_PROBE });
      const page = await context.newPage();
      await load(context, `${origin}${shot.path}`);
      // Let late parts settle: an agency's counts, the graph's drawing, the task table's rows.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${shot.name}.png`) });
      await context.close();
    }
  } finally {
    await browser.close();
    await service.stop();
    await db.close();
  }

  const files = bundle.files.map((file) => ({ ...file, loadedByDocumentPage: assets.includes(`/app/${file.name}`) }));
  const pageFiles = files.filter((file) => file.loadedByDocumentPage);
  const pageBytes = pageFiles.reduce((n, file) => n + file.bytes, 0);
  const pageGzip = pageFiles.reduce((n, file) => n + file.gzipBytes, 0);
  const ready = { cold: summary(cold.map((l) => l.readyMs)), warm: summary(warm.map((l) => l.readyMs)) };
  const fcp = summary(cold.map((l) => l.firstContentfulPaintMs ?? Number.NaN).filter((n) => !Number.isNaN(n)));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const ms = (n: number) => `${Math.round(n)} ms`;
  const lines = [
    '| file | size | gzip | loaded by the document page |',
    '| --- | --- | --- | --- |',
    ...files.map(
      (f) => `| ${f.name} | ${kb(f.bytes)} | ${kb(f.gzipBytes)} | ${f.loadedByDocumentPage ? 'yes' : 'no'} |`,
    ),
    `| **the document page's scripts and styles** | **${kb(pageBytes)}** | **${kb(pageGzip)}** | |`,
    '',
    `| ${PAGE} | median | p90 | min | max |`,
    '| --- | --- | --- | --- | --- |',
    `| ready and interactive, cold (new context) | ${ms(ready.cold.median)} | ${ms(ready.cold.p90)} | ${ms(ready.cold.min)} | ${ms(ready.cold.max)} |`,
    `| ready and interactive, warm (reload) | ${ms(ready.warm.median)} | ${ms(ready.warm.p90)} | ${ms(ready.warm.min)} | ${ms(ready.warm.max)} |`,
    `| first contentful paint, cold | ${ms(fcp.median)} | ${ms(fcp.p90)} | ${ms(fcp.min)} | ${ms(fcp.max)} |`,
  ];
  const note = `${RUNS} runs each after one warm-up visit, ${cold[0]?.requests ?? 0} requests a cold load, Chromium headless at ${DESKTOP.width}×${DESKTOP.height}, seed graph, Node ${process.version}; bundle built in ${Math.round(bundle.milliseconds)} ms. Screenshots: ${path.relative(PROJECT_ROOT, SCREENSHOT_DIR)}/.`;
  console.log(`${lines.join('\n')}\n\n${note}`);
  const dir = path.join(PROJECT_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  fs.writeFileSync(
    path.join(dir, `explorer-${stamp}.json`),
    JSON.stringify({ runs: RUNS, page: PAGE, files, pageBytes, pageGzip, ready, fcp, cold, warm }, null, 2),
  );
  fs.writeFileSync(path.join(dir, `explorer-${stamp}.md`), `${lines.join('\n')}\n\n${note}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
