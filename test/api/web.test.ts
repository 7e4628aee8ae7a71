/**
 * The explorer's pages and assets over HTTP: every page path answers the same HTML page under
 * the strict policy, naming the bundle's entry files, which are served from the service itself
 * and cached for good; other paths stay 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/driver.js';
import { startService, type RunningService } from '../../src/api/server.js';
import { EXPLORER_CONTENT_SECURITY_POLICY } from '../../src/api/headers.js';
import { testDatabase } from '../helpers/database.js';
import { TEST_SERVICE_CONFIG } from '../helpers/api.js';

describe("the explorer's pages over HTTP", () => {
  let db: Database;
  let service: RunningService;
  let origin: string;
  beforeAll(async () => {
    db = await testDatabase();
    service = await startService(db, TEST_SERVICE_CONFIG);
    origin = new URL(service.url).origin;
  });
  afterAll(async () => {
    await service.stop();
    await db.close();
  });

  it('answers every page path with the page, under a policy of its own origin only', async () => {
    for (const path of [
      '/',
      '/search?q=so+y+te',
      '/doc/vn/tw/nq/2023/36',
      '/task/a/b',
      '/agency/hung-yen/so-y-te',
      '/province/hung-yen',
      '/tasks?domain=HEALTH',
      '/coverage',
      '/graph?focus=x',
    ]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(EXPLORER_CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      const html = await response.text();
      expect(html).toMatch(/<script type="module" src="\/app\/index-[A-Z0-9]{8}\.js"><\/script>/);
      expect(html).not.toMatch(/<script>|<style>|style="/);
    }
    expect(EXPLORER_CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it("serves the bundle's files from the service, cached for good, and nothing else under /app/", async () => {
    const html = await (await fetch(`${origin}/`)).text();
    for (const asset of html.match(/\/app\/[^"]+/g)!) {
      const response = await fetch(`${origin}${asset}`);
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      if (/-[A-Z0-9]{8}\./.test(asset)) expect(response.headers.get('cache-control')).toContain('immutable');
    }
    for (const path of ['/app/manifest.json', '/app/../package.json', '/app/%2e%2e/package.json', '/app/nothing.js']) {
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    }
  });

  it('leaves GraphiQL at /graphql and other paths 404', async () => {
    const graphiql = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('GraphiQL');
    expect((await fetch(`${origin}/doc/`)).status).toBe(404);
    expect((await fetch(`${origin}/elsewhere`)).status).toBe(404);
  });
});
