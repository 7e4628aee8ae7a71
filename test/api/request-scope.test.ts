import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import type { Database, ReadOptions, Row } from '../../src/graph/driver.js';
import { RequestScope } from '../../src/api/request-scope.js';
import { testDatabase } from '../helpers/database.js';

/** A query that runs for seconds on any machine (100 million rows counted). */
const SLOW = 'UNWIND range(1, 100000000) AS i WITH i WHERE i < 0 RETURN count(i) AS n';
const QUICK = 'RETURN 1 AS one';

/** How the scope's reads reach the real database: how many at once, at most. */
function watchConcurrency(db: Database): { peak: () => number; restore: () => void } {
  const read = db.read.bind(db);
  let active = 0;
  let peak = 0;
  db.read = async (queryName: string, params?: Record<string, unknown>, options?: ReadOptions): Promise<Row[]> => {
    active += 1;
    peak = Math.max(peak, active);
    try {
      return await read(queryName, params, options);
    } finally {
      active -= 1;
    }
  };
  return { peak: () => peak, restore: () => (db.read = read) };
}

async function codeOf(promise: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { code: (error as GraphQLError).extensions.code, message: (error as GraphQLError).message };
  }
  throw new Error('expected the read to fail');
}

describe('RequestScope: one request against the real database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('never runs more than its share of transactions at once, however many reads a request makes', async () => {
    const scope = new RequestScope(db, { maxSessions: 4, queryTimeoutMs: 10_000, requestTimeoutMs: 30_000 });
    const watch = watchConcurrency(db);
    try {
      const rows = await Promise.all(Array.from({ length: 40 }, () => scope.read(QUICK)));
      expect(rows).toHaveLength(40);
      expect(rows.every((result) => result[0]?.one === 1)).toBe(true);
      expect(watch.peak()).toBeLessThanOrEqual(4);
      expect(watch.peak()).toBeGreaterThan(1); // reads do overlap: the cap, not a queue of one, holds them
    } finally {
      watch.restore();
    }
  });

  it('stops at the request deadline: the running query is cut and the waiting ones never start', async () => {
    const scope = new RequestScope(db, { maxSessions: 1, queryTimeoutMs: 60_000, requestTimeoutMs: 500 });
    const before = db.roundTrips;
    const results = await Promise.all([codeOf(scope.read(SLOW)), codeOf(scope.read(QUICK)), codeOf(scope.read(QUICK))]);
    for (const result of results) {
      expect(result.code).toBe('REQUEST_TIMEOUT');
      expect(result.message).toContain('ran past its 0.5 s deadline (REQUEST_TIMEOUT_MS)');
    }
    expect(db.roundTrips - before).toBe(1); // only the slow query reached the database
  });

  it('says a query timed out without blaming the page size of a light request', async () => {
    const scope = new RequestScope(db, { maxSessions: 4, queryTimeoutMs: 300, requestTimeoutMs: 30_000 });
    const { code, message } = await codeOf(scope.read(SLOW));
    expect(code).toBe('QUERY_TIMEOUT');
    expect(message).toBe(
      'A database query ran past its 0.3 s limit (QUERY_TIMEOUT_MS) and was stopped. The database may be busy; try again shortly.',
    );
  });

  it('suggests asking for less when the request itself is heavy', async () => {
    const scope = new RequestScope(db, { maxSessions: 4, queryTimeoutMs: 300, requestTimeoutMs: 30_000 });
    scope.cost = 40_000;
    const { message } = await codeOf(scope.read(SLOW));
    expect(message).toContain('The request may return about 40000 objects; asking for fewer items (first)');
  });
});
