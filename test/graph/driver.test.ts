import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import { neo4jTarget } from '../../src/config.js';
import { Database } from '../../src/graph/driver.js';
import { DatabaseAuthError, DatabaseUnavailableError, QueryTimeoutError } from '../../src/graph/errors.js';
import { applySchema } from '../../src/graph/schema.js';
import { instancePassword } from '../../src/graph/server/local-server.js';
import { testDatabase } from '../helpers/database.js';

describe('Database on the real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('round-trips a parameterised query and returns plain numbers', async () => {
    const rows = await db.read('RETURN $x + 1 AS y, [1, 2] AS list', { x: 41 });
    expect(rows).toEqual([{ y: 42, list: [1, 2] }]);
  });

  it('applies the schema idempotently', async () => {
    await applySchema(db);
    await applySchema(db);
    const rows = await db.read('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(rows[0]!.names).toEqual(expect.arrayContaining(['document_id', 'task_id', 'agency_id']));
    const indexes = await db.read(
      "SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN collect(name) AS names",
    );
    expect(indexes[0]!.names).toContain('search_text');
  });

  it('stops a transaction that runs past its timeout', async () => {
    const target = neo4jTarget('test');
    const short = await Database.connect(
      { ...target, password: target.password ?? instancePassword('test') },
      { timeoutMs: 200 },
    );
    try {
      await expect(
        short.read('UNWIND range(1, 100000000) AS i WITH i WHERE i < 0 RETURN count(i) AS n'),
      ).rejects.toThrow(QueryTimeoutError);
    } finally {
      await short.close();
    }
  });

  it('streams rows as the server sends them, before the query has finished', async () => {
    // The last row divides by zero: an eager read would fail without a row; a stream has handed
    // every row before it (pulled in batches of STREAM_FETCH_SIZE) when the error comes.
    let rows = 0;
    const stream = db.stream((tx) => tx.rows('UNWIND range(1, 20000) AS i RETURN 1 / (20000 - i) AS x'));
    await expect(
      (async () => {
        for await (const _ of stream) rows += 1;
      })(),
    ).rejects.toThrow(/by zero/);
    expect(rows).toBe(19_999);
  });

  it('ends a stream the consumer stops reading, and its transaction with it', async () => {
    const taken: unknown[] = [];
    for await (const row of db.stream((tx) => tx.rows('UNWIND range(1, 1000000000) AS i RETURN i'))) {
      taken.push(row);
      if (taken.length === 3) break;
    }
    expect(taken).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
    const open = await db.read(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH 'UNWIND range(1, 1000000000)' RETURN count(*) AS n",
    );
    expect(open).toEqual([{ n: 0 }]);
  });

  it('rejects a wrong password with an error naming the URI', async () => {
    const target = neo4jTarget('test');
    const attempt = Database.connect({ ...target, password: 'definitely-wrong' });
    await expect(attempt).rejects.toThrow(DatabaseAuthError);
    await expect(attempt).rejects.toThrow(target.uri);
  });

  // A starting Neo4j accepts TCP connections before it speaks Bolt; a client must not wait for
  // the whole boot. A listener that accepts and never answers plays that server.
  it('gives up on a server that accepts connections but never answers, within its connect timeout', async () => {
    const silent = net.createServer(() => {});
    const sockets: net.Socket[] = [];
    silent.on('connection', (socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const uri = `bolt://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    try {
      const began = Date.now();
      const attempt = Database.connect(
        { uri, username: 'neo4j', password: 'x', database: undefined, local: null },
        { connectTimeoutMs: 1000 },
      );
      await expect(attempt).rejects.toThrow(DatabaseUnavailableError);
      // 1 s asked; the generous bound only separates "gave up" from "waited for the server".
      expect(Date.now() - began).toBeLessThan(8_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('reports an unreachable URI by name', async () => {
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const uri = `bolt://127.0.0.1:${port}`;
    const attempt = Database.connect({ uri, username: 'neo4j', password: 'x', database: undefined, local: null });
    await expect(attempt).rejects.toThrow(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(`Neo4j at ${uri} is unreachable`);
  });
});
