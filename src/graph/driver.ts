/**
 * All Neo4j I/O goes through `Database`: one driver, parameterised Cypher loaded from cypher/,
 * sessions closed in `finally`, a timeout on every transaction, driver errors mapped to ours,
 * and results returned as plain JS values (numbers, strings, arrays, objects), never Records.
 */
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Neo4jTarget } from '../config.js';
import { DatabaseUnavailableError, mapDriverError } from './errors.js';
import { loadCypher } from './cypher.js';

/** A row of a query result, keyed by the RETURN aliases. */
export type Row = Record<string, unknown>;

/** What the read-only repositories need: `Database` and the API's per-request scope both are one. */
export interface Reader {
  read(queryName: string, params?: Record<string, unknown>, options?: ReadOptions): Promise<Row[]>;
}

/** Options of one read. */
export interface ReadOptions {
  /** Timeout of this transaction (ms), instead of the database's default. */
  timeoutMs?: number;
  /** The flags of the query's `// @if` blocks this read needs (src/graph/cypher.ts); absent: all. */
  flags?: readonly string[];
}

/** Options of a `Database`. */
export interface DatabaseOptions {
  /** Timeout of each transaction (ms). */
  timeoutMs?: number;
  /**
   * How long a transaction is retried after a transient failure such as a lost connection (ms;
   * 30 s when unset, like the driver's own default). No new attempt starts after this time, so a
   * transaction fails at most `retryTimeMs` + `connectTimeoutMs` after it started. The service
   * sets both short (see src/cli/serve.ts) so a request fails fast with DATABASE_UNAVAILABLE
   * instead of hanging while the database is down.
   */
  retryTimeMs?: number;
  /**
   * Bound on getting a working connection for one attempt (ms; 10 s when unset): waiting for the
   * pool, the TCP connect, and Bolt's handshake. A starting Neo4j accepts TCP connections before
   * it speaks Bolt, so without this bound such an attempt waits for the whole boot.
   */
  connectTimeoutMs?: number;
}

/** A transaction handed to `Database.writeTransaction`'s callback. */
export interface WriteTx {
  run(queryName: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * A read transaction handed to `Database.stream`'s work: `rows` yields a query's rows as the
 * server sends them, `read` returns a whole (small) result.
 */
export interface StreamTx {
  rows(queryName: string, params?: Record<string, unknown>): AsyncGenerator<Row>;
  read(queryName: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/** What runOn needs of a driver transaction. */
type QueryRunner = Pick<Transaction, 'run'>;

const DEFAULT_RETRY_TIME_MS = 30_000;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/**
 * Records a streamed query pulls from the server at a time. The driver asks for the next batch
 * only when fewer than 30% of a batch wait unread (its watermarks, 0.3 and 0.7 of this), so a
 * consumer that stops reading holds at most this many records in memory.
 */
export const STREAM_FETCH_SIZE = 500;
/** The first retry comes quickly: a pooled connection found dead is replaced by a fresh one at once. */
const FIRST_RETRY_DELAY_MS = 100;

function driverFor(
  uri: string,
  username: string,
  password: string,
  connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS,
): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    // Integers come back as JS numbers: the graph holds years, counts and line numbers, all far
    // below 2^53, and Neo4j Integers must not leak out of graph/.
    disableLosslessIntegers: true,
    connectionTimeout: Math.min(5_000, connectTimeoutMs),
    connectionAcquisitionTimeout: connectTimeoutMs,
    // A connection idle for a while is checked (one RESET) before use, so one whose server went
    // away without closing the socket is dropped instead of failing a request.
    connectionLivenessCheckTimeout: 30_000,
    maxConnectionPoolSize: 50,
    // Retries are ours (Database.transaction): the driver's wait a second before the first one.
    maxTransactionRetryTime: 0,
    logging: { level: 'error', logger: () => {} },
  });
}

/**
 * Checks that Bolt answers and accepts the credentials; returns null when it does, else the
 * mapped error. Used to wait for a starting server.
 */
export async function probeBolt(uri: string, username: string, password: string): Promise<Error | null> {
  // Short: a booting server accepts TCP before it speaks Bolt, and the caller polls again anyway.
  const driver = driverFor(uri, username, password, 3_000);
  try {
    await driver.verifyConnectivity();
    return null;
  } catch (error) {
    return mapDriverError(error, uri);
  } finally {
    await driver.close();
  }
}

/**
 * The connection to one Neo4j database. Create one per process with `Database.connect`; it is
 * safe to share between concurrent requests. `roundTrips` counts the transactions run, so tests
 * and benchmarks can see how many times a request went to the database.
 */
export class Database implements Reader {
  roundTrips = 0;
  private readonly timeoutMs: number;
  private readonly retryTimeMs: number;

  private constructor(
    private readonly driver: Driver,
    readonly uri: string,
    private readonly database: string | undefined,
    options: DatabaseOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? 10000;
    this.retryTimeMs = options.retryTimeMs ?? DEFAULT_RETRY_TIME_MS;
  }

  /** Connects and verifies the server answers; throws DatabaseUnavailableError / DatabaseAuthError naming the URI. */
  static async connect(target: Neo4jTarget & { password: string }, options: DatabaseOptions = {}): Promise<Database> {
    const driver = driverFor(target.uri, target.username, target.password, options.connectTimeoutMs);
    try {
      await driver.verifyConnectivity({ database: target.database });
    } catch (error) {
      await driver.close();
      throw mapDriverError(error, target.uri);
    }
    return new Database(driver, target.uri, target.database, options);
  }

  /** Runs a read query from cypher/<queryName>.cypher (or inline Cypher, for tests and tools). */
  async read(queryName: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<Row[]> {
    // One statement needs no explicit transaction: an auto-commit one sends RUN and PULL in one
    // round trip, where an explicit one adds BEGIN and COMMIT (about twice the reads per second
    // on a one-task lookup of the national graph). It still runs in READ mode, so a cluster
    // routes it to a reader, with the same timeout and retries.
    const timeout = options.timeoutMs ?? this.timeoutMs;
    return this.retrying(async () => {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await withoutCallerStack(() =>
          session.run(loadCypher(queryName, options.flags), params, { timeout }),
        );
        return result.records.map((record) => record.toObject() as Row);
      } finally {
        await session.close().catch(() => {});
      }
    });
  }

  /**
   * Runs `work` in one read transaction and yields what it yields, as it comes: records are pulled
   * from Neo4j in batches of STREAM_FETCH_SIZE only as fast as the consumer takes them, so a
   * result of any size goes through in bounded memory. A failure before the first item is retried
   * like any transaction's; after it, it is thrown (the consumer has seen part of the output).
   * Stopping early (`return()`, as a destroyed stream does) rolls the transaction back and closes
   * the session.
   */
  async *stream<T>(work: (tx: StreamTx) => AsyncIterable<T>, options: ReadOptions = {}): AsyncGenerator<T> {
    this.roundTrips += 1;
    const deadline = Date.now() + this.retryTimeMs;
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      let yielded = false;
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode: neo4j.session.READ,
        fetchSize: STREAM_FETCH_SIZE,
      });
      try {
        const tx = await session.beginTransaction({ timeout: options.timeoutMs ?? this.timeoutMs });
        try {
          for await (const item of work(streamingOn(tx))) {
            yielded = true;
            yield item;
          }
          await tx.commit();
          return;
        } finally {
          if (tx.isOpen()) await tx.rollback().catch(() => {});
        }
      } catch (error) {
        const mapped = mapDriverError(error, this.uri);
        const retryable = mapped instanceof DatabaseUnavailableError || neo4j.isRetryableError(error);
        if (yielded || !retryable || Date.now() + delay > deadline) throw mapped;
        await sleep(delay);
      } finally {
        await session.close().catch(() => {});
      }
    }
  }

  /** Runs one write query in its own transaction. */
  async write(queryName: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.transaction('WRITE', (tx) => runOn(tx, queryName, params));
  }

  /** Runs several write queries in one transaction: all of them land or none does. */
  async writeTransaction<T>(work: (tx: WriteTx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('WRITE', (tx) => work({ run: (name, params = {}) => runOn(tx, name, params) }), timeoutMs);
  }

  /** Whether the database answers right now (for /health). */
  async ping(): Promise<{ ok: true; serverVersion: string } | { ok: false; error: string }> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      return { ok: true, serverVersion: info.agent ?? 'unknown' };
    } catch (error) {
      return { ok: false, error: mapDriverError(error, this.uri).message };
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /**
   * Runs `work` in one transaction, retried (bounded by retryTimeMs) when it failed for a reason
   * worth retrying: the database unreachable or a transient error such as a deadlock. Every
   * attempt uses a new session, so a dead connection is never reused.
   */
  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: QueryRunner) => Promise<T>,
    timeoutMs = this.timeoutMs,
  ): Promise<T> {
    return this.retrying(() => this.attempt(mode, work, timeoutMs));
  }

  /** Runs one `attempt` at a time until one succeeds or a failure is not worth retrying (see transaction). */
  private async retrying<T>(attempt: () => Promise<T>): Promise<T> {
    this.roundTrips += 1;
    const deadline = Date.now() + this.retryTimeMs;
    for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
      try {
        return await attempt();
      } catch (error) {
        const mapped = mapDriverError(error, this.uri);
        const retryable = mapped instanceof DatabaseUnavailableError || neo4j.isRetryableError(error);
        if (!retryable || Date.now() + delay > deadline) throw mapped;
        await sleep(delay);
      }
    }
  }

  private async attempt<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: QueryRunner) => Promise<T>,
    timeoutMs: number,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const tx = await session.beginTransaction({ timeout: timeoutMs });
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw error;
      }
    } finally {
      await session.close().catch(() => {});
    }
  }
}

function streamingOn(tx: QueryRunner): StreamTx {
  return {
    async *rows(queryName, params = {}) {
      for await (const record of tx.run(loadCypher(queryName), params)) yield record.toObject() as Row;
    },
    read: (queryName, params = {}) => runOn(tx, queryName, params),
  };
}

async function runOn(tx: QueryRunner, queryName: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run(loadCypher(queryName), params);
  return result.records.map((record) => record.toObject() as Row);
}

/**
 * Calls `start` (which creates a driver Result) without recording the caller's stack: the driver
 * captures one for every result, to put on the error should that result fail, and formatting it
 * was about 3.5% of the service's CPU under load. Errors reach callers mapped (mapDriverError),
 * whose messages name the statement; the stack of the driver's own error is not shown to anyone.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
