/**
 * The explorer's pages and assets over HTTP: every page path answers the same HTML page under
 * the strict policy, naming the bundle's entry files, which are served from the service itself
 * and cached for good; a node page whose id the graph does not hold is the same page, answered
 * 404; other paths stay 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER_CONTENT_SECURITY_POLICY } from '../../src/api/headers.js';
import { seededApi, type SeededApi } from '../helpers/api.js';

describe("the explorer's pages over HTTP", () => {
  let api: SeededApi;
  let origin: string;
  beforeAll(async () => {
    api = await seededApi();
    origin = new URL(api.service.url).origin;
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers every page path with the page, under a policy of its own origin only', async () => {
    for (const path of [
      '/',
      '/search?q=so+y+te',
      '/doc/vn/tw/nq/2023/36',
      '/task/hung-yen/ubnd/kh/2023/x-fac9435e/III.3',
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

  it('answers the page of an id the graph does not hold 404, still as the page that says so', async () => {
    for (const path of ['/task/a/b', '/doc/vn/tw/nq/2099/1', '/agency/nowhere/so-y-te', '/province/atlantis']) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toMatch(/<script type="module" src="\/app\/index-[A-Z0-9]{8}\.js"><\/script>/);
    }
  });

  it('leaves GraphiQL at /graphql and other paths 404', async () => {
    const graphiql = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('GraphiQL');
    expect((await fetch(`${origin}/doc/`)).status).toBe(404);
    expect((await fetch(`${origin}/elsewhere`)).status).toBe(404);
  });
});
