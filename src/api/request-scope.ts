/**
 * The database as one GraphQL request sees it. However wide the request, it runs at most
 * `maxSessions` transactions at once, so it can never hold the driver's whole pool and starve
 * other clients; and the request has one deadline: each transaction's timeout is cut to the time
 * left, and none starts after it. Timeouts become errors that say what ran out.
 */
import { GraphQLError } from 'graphql';
import type { Database, Reader, ReadOptions, Row } from '../graph/driver.js';
import { QueryTimeoutError } from '../graph/errors.js';

/** Limits of one request's database work. */
export interface RequestLimits {
  /** Transactions a request may run at once. */
  maxSessions: number;
  /** Timeout of each transaction (ms): QUERY_TIMEOUT_MS. */
  queryTimeoutMs: number;
  /** Deadline of the whole request (ms): REQUEST_TIMEOUT_MS. */
  requestTimeoutMs: number;
}

/** An estimated cost above which a timeout is likely the request's own size. */
const HEAVY_COST = 5_000;

/** One per request (createContext makes it); `cost` is set once the operation is estimated. */
export class RequestScope implements Reader {
  /** The operation's estimated cost (see limits.ts), 0 until known. */
  cost = 0;
  private readonly deadline: number;
  private active = 0;
  private readonly queue: { resume: () => void }[] = [];

  constructor(
    private readonly db: Database,
    private readonly limits: RequestLimits,
  ) {
    this.deadline = Date.now() + limits.requestTimeoutMs;
  }

  async read(queryName: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<Row[]> {
    await this.acquire();
    try {
      const left = this.deadline - Date.now();
      if (left <= 0) throw this.deadlineError();
      const timeoutMs = Math.min(options.timeoutMs ?? this.limits.queryTimeoutMs, left);
      return await this.db.read(queryName, params, { ...options, timeoutMs });
    } catch (error) {
      if (!(error instanceof QueryTimeoutError)) throw error;
      throw this.deadline - Date.now() <= 50 ? this.deadlineError() : this.queryTimeoutError();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.active < this.limits.maxSessions) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => {
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          reject(this.deadlineError());
        },
        Math.max(0, this.deadline - Date.now()),
      );
      const waiter = {
        resume: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.queue.shift();
    if (next === undefined) this.active -= 1;
    else next.resume(); // the slot passes straight to the next waiter
  }

  private deadlineError(): GraphQLError {
    return new GraphQLError(
      `The request ran past its ${seconds(this.limits.requestTimeoutMs)} deadline (REQUEST_TIMEOUT_MS) and was stopped.` +
        this.advice(),
      { extensions: { code: 'REQUEST_TIMEOUT' } },
    );
  }

  private queryTimeoutError(): GraphQLError {
    return new GraphQLError(
      `A database query ran past its ${seconds(this.limits.queryTimeoutMs)} limit (QUERY_TIMEOUT_MS) and was stopped.` +
        this.advice(),
      { extensions: { code: 'QUERY_TIMEOUT' } },
    );
  }

  private advice(): string {
    return this.cost > HEAVY_COST
      ? ` The request may return about ${Math.round(this.cost)} objects; asking for fewer items (first) or fewer nested lists makes it lighter.`
      : ' The database may be busy; try again shortly.';
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
