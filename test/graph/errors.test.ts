import { describe, expect, it } from 'vitest';
import {
  DatabaseAuthError,
  DatabaseError,
  DatabaseUnavailableError,
  QueryTimeoutError,
  mapDriverError,
} from '../../src/graph/errors.js';

describe('mapDriverError', () => {
  const uri = 'bolt://db.example:7687';

  it('maps a refused login to DatabaseAuthError naming the URI', () => {
    const error = mapDriverError({ code: 'Neo.ClientError.Security.Unauthorized', message: 'bad' }, uri);
    expect(error).toBeInstanceOf(DatabaseAuthError);
    expect(error.message).toContain(uri);
    expect(error.message).toContain('NEO4J_PASSWORD');
  });

  it('maps an unreachable server to DatabaseUnavailableError', () => {
    const error = mapDriverError({ code: 'ServiceUnavailable', message: 'Could not connect\nmore' }, uri);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toBe(`Neo4j at ${uri} is unreachable: Could not connect`);
  });

  it('maps a connection that could not be had in time to DatabaseUnavailableError', () => {
    const error = mapDriverError(
      { code: 'N/A', message: 'Connection acquisition timed out in 1000 ms. Pool status: …' },
      uri,
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toBe(
      `Neo4j at ${uri} is unreachable: Connection acquisition timed out in 1000 ms. Pool status: …`,
    );
  });

  it('maps a transaction timeout to QueryTimeoutError', () => {
    const error = mapDriverError({ code: 'Neo.ClientError.Transaction.TransactionTimedOut', message: 't' }, uri);
    expect(error).toBeInstanceOf(QueryTimeoutError);
  });

  it('keeps anything else as a DatabaseError with the cause', () => {
    const cause = { code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input' };
    const error = mapDriverError(cause, uri);
    expect(error.constructor).toBe(DatabaseError);
    expect(error.cause).toBe(cause);
  });
});
