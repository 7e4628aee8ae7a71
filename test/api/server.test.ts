import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import type { Database } from '../../src/graph/driver.js';
import { DEFAULT_QUERY } from '../../src/api/graphiql.js';
import { ListenError, startService, type RunningService } from '../../src/api/server.js';
import { resetGraph, testDatabase } from '../helpers/database.js';
import { TEST_SERVICE_CONFIG } from '../helpers/api.js';

const config = TEST_SERVICE_CONFIG;

describe('the HTTP service', () => {
  let db: Database;
  let service: RunningService;
  beforeAll(async () => {
    db = await testDatabase();
    await resetGraph(db);
    await db.write("CREATE (:Document {id: 'doc/test/1', inCorpus: true}), (:Agency {id: 'agency/test/1'})");
    service = await startService(db, config);
  });
  afterAll(async () => {
    await service.stop();
    await resetGraph(db);
    await db.close();
  });

  it('answers a GraphQL query with data read from Neo4j', async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ graphStats { documents documentsInCorpus agencies tasks } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { graphStats: { documents: 1, documentsInCorpus: 1, agencies: 1, tasks: 0 } },
    });
  });

  it('reports the database state on /health', async () => {
    const response = await fetch(service.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { database: { serverVersion: string } };
    expect(body).toMatchObject({ status: 'ok', database: { status: 'up', counts: { documents: 1 } } });
    expect(body.database.serverVersion).toMatch(/^Neo4j\/5\.26/);
  });

  it('serves GraphiQL with its assets from the server itself', async () => {
    const page = await fetch(service.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('<div id="graphiql">');
    for (const src of html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)) {
      const asset = await fetch(new URL(src[1]!, service.url));
      expect(asset.status, src[1]).toBe(200);
    }
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(html).not.toMatch(/<script>|<style>/);
  });

  it("sends GraphiQL's page with a policy allowing only its own origin, and no framing", async () => {
    const page = await fetch(service.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const header = page.headers.get('content-security-policy') ?? '';
    expect(header, 'the Content-Security-Policy header').not.toBe('');
    const policy = Object.fromEntries(
      header
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources.join(' ')]),
    );
    expect(policy).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'connect-src': "'self'",
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    });
    // Beyond 'self', only what GraphiQL cannot work without (see src/api/headers.ts).
    for (const sources of Object.values(policy)) expect(sources).not.toMatch(/\*|https?:|unsafe-eval/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('marks every other answer nosniff: JSON, assets, health, errors', async () => {
    const answers = [
      await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ graphStats { tasks } }' }),
      }),
      await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      await fetch(new URL('/graphiql/start.js', service.url)),
      await fetch(new URL('/graphiql/graphiql.css', service.url)),
      await fetch(new URL('/health', service.url)),
      await fetch(new URL('/nowhere', service.url)),
    ];
    expect(answers.map((answer) => [answer.url, answer.status, answer.headers.get('x-content-type-options')])).toEqual(
      answers.map((answer) => [answer.url, answer.status, 'nosniff']),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 400, 200, 200, 200, 404]);
  });

  it('serves the script that starts GraphiQL, pointing it at /graphql with the default query', async () => {
    const script = await fetch(new URL('/graphiql/start.js', service.url));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const text = await script.text();
    expect(text).toContain('GraphiQL.createFetcher({ url: "/graphql" })');
    expect(text).toContain(JSON.stringify(DEFAULT_QUERY));
  });

  it('refuses a port already in use, naming it', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(startService(db, { ...config, port })).rejects.toThrow(
        new ListenError(`Port ${port} on 127.0.0.1 is already in use; stop what uses it or set PORT.`),
      );
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
