/**
 * `serve [--no-seed]` (npm start): database up (ours or NEO4J_URI's), schema applied, seed corpus
 * loaded when the graph lacks it (not with --no-seed, which serves the graph as it is: the
 * national benchmark's), then GraphQL on PORT. Ctrl-C stops the service; the database keeps
 * running until `npm run db:stop`.
 */
import { ConfigError, serviceConfig } from '../config.js';
import { openDatabase } from '../graph/connect.js';
import type { DatabaseOptions } from '../graph/driver.js';
import { startService } from '../api/server.js';
import { ensureSeeded } from './seed.js';

/**
 * How the service talks to Neo4j (test/api/outage.test.ts opens its database with these too).
 * While Neo4j is down a request fails with DATABASE_UNAVAILABLE within about 1.5 s (a retry
 * window of 0.5 s, then one last attempt of at most 1 s to get a connection) instead of hanging,
 * and the first request after Neo4j answers again gets a fresh connection.
 */
export const SERVICE_DATABASE_OPTIONS: DatabaseOptions = { retryTimeMs: 500, connectTimeoutMs: 1000 };

export async function serveCommand(args: string[]): Promise<number> {
  const unknown = args.find((arg) => arg !== '--no-seed');
  if (unknown !== undefined) throw new ConfigError(`serve: unknown option "${unknown}" (serve [--no-seed]).`);
  const seed = !args.includes('--no-seed');
  const config = serviceConfig();
  const db = await openDatabase('dev', {
    log: (line) => console.log(line),
    ...SERVICE_DATABASE_OPTIONS,
    timeoutMs: config.queryTimeoutMs,
  });
  let service;
  try {
    if (seed) await ensureSeeded(db, (line) => console.log(line));
    service = await startService(db, config);
  } catch (error) {
    await db.close();
    throw error;
  }
  console.log(`GraphQL service ready at ${service.url} (health: ${service.url.replace(/\/graphql$/, '/health')})`);
  const running = service;
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      console.log(`\n${signal}: stopping the service (the database keeps running; npm run db:stop stops it).`);
      resolve();
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  await running.stop();
  await db.close();
  return 0;
}
