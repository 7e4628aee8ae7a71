import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { neo4jTarget } from '../../src/config.js';
import { Database } from '../../src/graph/driver.js';
import { instancePassword } from '../../src/graph/server/local-server.js';
import { startService, type RunningService } from '../../src/api/server.js';
import { postQuery } from '../helpers/api.js';
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
    service = await startService(db, {
      port: 0,
      host: '127.0.0.1',
      queryTimeoutMs: 5000,
      requestTimeoutMs: 20_000,
      debugErrors: false,
    });
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

  it('gives a timed-out query its own code and a hint', () => {
    const error = new GraphQLError('x', {
      path: ['tasks'],
      originalError: new QueryTimeoutError('A query ran past its timeout.', 'bolt://h'),
    });
    expect(formatError(formatted, error)).toMatchObject({
      message: expect.stringContaining('fewer items'),
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
