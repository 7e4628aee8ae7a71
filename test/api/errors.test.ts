import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { neo4jTarget } from '../../src/config.js';
import { Database } from '../../src/graph/driver.js';
import { instancePassword } from '../../src/graph/server/local-server.js';
import { startService, type RunningService } from '../../src/api/server.js';
import { postQuery, seededApi, TEST_SERVICE_CONFIG, type SeededApi } from '../helpers/api.js';
import { PROJECT_ROOT } from '../../src/config.js';
import { MAX_BODY_BYTES } from '../../src/api/server.js';
import { MAX_SEARCH_WORDS } from '../../src/api/search.resolver.js';
import { GraphQLError } from 'graphql';
import { formatError } from '../../src/api/errors.js';
import { DatabaseUnavailableError, QueryTimeoutError } from '../../src/graph/errors.js';

/** A TCP proxy in front of the test Neo4j that the test can cut and restore. */
class Proxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(
    private readonly upstreamHost: string,
    private readonly upstreamPort: number,
  ) {}

  async open(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.upstreamPort, this.upstreamHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {});
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const QUERY = '{ graphStats { documents } }';

describe('the service while the database goes away and comes back', () => {
  let proxy: Proxy;
  let db: Database;
  let service: RunningService;
  let health: string;
  beforeAll(async () => {
    const target = neo4jTarget('test');
    const upstream = new URL(target.uri.replace(/^bolt/, 'http'));
    proxy = new Proxy(upstream.hostname, Number(upstream.port));
    await proxy.open();
    db = await Database.connect(
      {
        ...target,
        uri: `bolt://127.0.0.1:${proxy.port}`,
        password: target.password ?? instancePassword('test'),
        local: null,
      },
      { timeoutMs: 5000, retryTimeMs: 300 },
    );
    service = await startService(db, { ...TEST_SERVICE_CONFIG, queryTimeoutMs: 5000 });
    health = service.url.replace(/\/graphql$/, '/health');
  });
  afterAll(async () => {
    await service.stop();
    await db.close();
    await proxy.close();
  });

  it('answers DATABASE_UNAVAILABLE while it is down, stays up, and answers again once it is back', async () => {
    expect((await postQuery(service.url, QUERY)).errors).toBeUndefined();

    await proxy.close();
    const started = Date.now();
    const down = await postQuery(service.url, QUERY);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).not.toMatch(/bolt:|ECONNREFUSED/); // no internals to the client
    const healthDown = await fetch(health);
    expect(healthDown.status).toBe(503);
    expect(await healthDown.json()).toMatchObject({ status: 'degraded', database: { status: 'down' } });

    await proxy.open();
    let back = await postQuery(service.url, QUERY);
    for (let attempt = 0; back.errors !== undefined && attempt < 20; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      back = await postQuery(service.url, QUERY);
    }
    expect(back.errors).toBeUndefined();
    expect(back.data).toMatchObject({ graphStats: { documents: expect.any(Number) } });
    expect((await fetch(health)).status).toBe(200);
  });
});

describe('formatError', () => {
  const formatted = { message: 'x', path: ['tasks'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };

  it('gives a timed-out query its own code, without blaming the page size it cannot see', () => {
    const error = new GraphQLError('x', {
      path: ['tasks'],
      originalError: new QueryTimeoutError('A query ran past its timeout.', 'bolt://h'),
    });
    const result = formatError(formatted, error);
    expect(result).toMatchObject({
      message: 'A database query ran past its time limit and was stopped; try again shortly.',
      extensions: { code: 'QUERY_TIMEOUT' },
    });
  });

  it('says the database is unavailable without naming its address', () => {
    const error = new GraphQLError('x', {
      path: ['tasks'],
      originalError: new DatabaseUnavailableError('Neo4j at bolt://h is unreachable', 'bolt://h'),
    });
    const result = formatError(formatted, error);
    expect(result.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(result.message).not.toContain('bolt://');
  });

  it('masks an unexpected error', () => {
    const original = console.error;
    console.error = () => {};
    try {
      const error = new GraphQLError('secret detail', {
        path: ['tasks'],
        originalError: new TypeError('secret detail'),
      });
      expect(formatError({ ...formatted, message: 'secret detail' }, error)).toEqual({
        message: 'Internal server error.',
        path: ['tasks'],
        locations: undefined,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    } finally {
      console.error = original;
    }
  });

  it('passes a bad argument through with its code', () => {
    const bad = { message: 'Argument "first" must be from 0 to 100, got 101.', extensions: { code: 'BAD_USER_INPUT' } };
    expect(formatError(bad, new GraphQLError(bad.message, { extensions: bad.extensions }))).toEqual(bad);
  });
});

describe('error responses', () => {
  let api: SeededApi;
  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    // Apollo hides stack traces by itself only when NODE_ENV is "production" or "test"; `npm
    // start` sets neither, so the service must hide them on its own.
    process.env.NODE_ENV = 'development';
    api = await seededApi();
  });
  afterAll(async () => {
    process.env.NODE_ENV = nodeEnv;
    await api.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(api.service.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const query = (text: string, variables?: Record<string, unknown>) => post(JSON.stringify({ query: text, variables }));

  it('carry no stack trace and no server path, whatever the mistake', async () => {
    const words = Array.from({ length: 1100 }, (_, i) => `w${i}`).join(' ');
    const probes: [string, () => Promise<Response>][] = [
      ['invalid JSON', () => post('{"query": ')],
      ['syntax error', () => query('{ tasks(')],
      ['unknown field', () => query('{ nothing }')],
      ['variable of the wrong type', () => query('query ($n: Int) { tasks(first: $n) { totalCount } }', { n: 'x' })],
      ['missing variable', () => query('query ($id: ID!) { task(id: $id) { code } }')],
      ['forged cursor', () => query('{ tasks(after: "bm90IGEgY3Vyc29y") { totalCount } }')],
      ['page too large', () => query('{ tasks(first: 1000) { totalCount } }')],
      ['too many search words', () => query(`{ search(text: "${words}") { score } }`)],
      ['unknown operation name', () => post(JSON.stringify({ query: '{ domains { code } }', operationName: 'X' }))],
      ['query not a string', () => post(JSON.stringify({ query: 123 }))],
      ['batch', () => post(JSON.stringify([{ query: '{ domains { code } }' }]))],
      ['mutation', () => query('mutation { anything }')],
      ['GET mutation', () => fetch(`${api.service.url}?query=${encodeURIComponent('mutation { x }')}`)],
      ['unknown route', () => fetch(api.service.url.replace('/graphql', '/nothing'))],
    ];
    for (const [name, probe] of probes) {
      const response = await probe();
      const text = await response.text();
      expect(() => JSON.parse(text), name).not.toThrow();
      expect(response.status, name).toBeLessThan(500);
      expect(text, name).not.toMatch(/stacktrace|node_modules|\n\s+at |\\n\s+at /);
      expect(text, name).not.toContain(PROJECT_ROOT);
    }
  });

  it('refuse a search of more distinct words than the limit as a bad argument, not an internal error', async () => {
    const words = Array.from({ length: 1100 }, (_, i) => `w${i}`).join(' ');
    const { errors } = await api.gql(`query ($t: String!) { search(text: $t) { score } }`, { t: words });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    expect(errors?.[0]?.message).toBe(
      `Argument "text" has 1100 distinct words; the limit is ${MAX_SEARCH_WORDS}. Search for the few words that matter.`,
    );
  });

  it('answer a body over the size limit with 413 PAYLOAD_TOO_LARGE as JSON, and keep serving', async () => {
    const body = JSON.stringify({ query: `{ domains { code } } # ${'x'.repeat(5_900_000)}` });
    const response = await post(body);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `The request body is larger than ${MAX_BODY_BYTES} bytes; send a smaller query (variables included).`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    expect((await api.gql('{ domains { code } }')).errors).toBeUndefined();
  });
});
