/**
 * All Neo4j I/O goes through `Database`: one driver, parameterised Cypher loaded from cypher/,
 * sessions closed in `finally`, a timeout on every transaction, driver errors mapped to ours,
 * and results returned as plain JS values (numbers, strings, arrays, objects), never Records.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jTarget } from '../config.js';
import { mapDriverError } from './errors.js';
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
}

/** Options of a `Database`. */
export interface DatabaseOptions {
  /** Timeout of each transaction (ms). */
  timeoutMs?: number;
  /**
   * How long a transaction is retried on transient failures such as a lost connection (ms;
   * the driver's default, 30 s, when unset). The service sets it short so a request fails fast
   * with DATABASE_UNAVAILABLE instead of hanging while the database is down.
   */
  retryTimeMs?: number;
}

/** A transaction handed to `Database.writeTransaction`'s callback. */
export interface WriteTx {
  run(queryName: string, params?: Record<string, unknown>): Promise<Row[]>;
}

function driverFor(uri: string, username: string, password: string, retryTimeMs?: number): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(username, password), {
    // Integers come back as JS numbers: the graph holds years, counts and line numbers, all far
    // below 2^53, and Neo4j Integers must not leak out of graph/.
    disableLosslessIntegers: true,
    connectionTimeout: 5000,
    connectionAcquisitionTimeout: 10000,
    maxConnectionPoolSize: 50,
    ...(retryTimeMs === undefined ? {} : { maxTransactionRetryTime: retryTimeMs }),
    logging: { level: 'error', logger: () => {} },
  });
}

/**
 * Checks that Bolt answers and accepts the credentials; returns null when it does, else the
 * mapped error. Used to wait for a starting server.
 */
export async function probeBolt(uri: string, username: string, password: string): Promise<Error | null> {
  const driver = driverFor(uri, username, password);
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

  private constructor(
    private readonly driver: Driver,
    readonly uri: string,
    private readonly database: string | undefined,
    options: DatabaseOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? 10000;
  }

  /** Connects and verifies the server answers; throws DatabaseUnavailableError / DatabaseAuthError naming the URI. */
  static async connect(target: Neo4jTarget & { password: string }, options: DatabaseOptions = {}): Promise<Database> {
    const driver = driverFor(target.uri, target.username, target.password, options.retryTimeMs);
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
    return this.transaction('READ', (tx) => runOn(tx, queryName, params), options.timeoutMs);
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

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeoutMs = this.timeoutMs,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    this.roundTrips += 1;
    try {
      const config = { timeout: timeoutMs };
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw mapDriverError(error, this.uri);
    } finally {
      await session.close();
    }
  }
}

async function runOn(tx: ManagedTransaction, queryName: string, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run(loadCypher(queryName), params);
  return result.records.map((record) => record.toObject() as Row);
}
