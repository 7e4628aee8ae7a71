/**
 * Starts the test suite's database once per run: the project's own `test` instance (its own
 * folder and port, so the service's graph is never touched), unless NEO4J_TEST_URI names one.
 * An instance this setup started is stopped again at the end; one already running is left so.
 */
import { localInstanceConfig, neo4jTarget } from '../src/config.js';
import { start, status, stop } from '../src/graph/server/local-server.js';

export default async function setup(): Promise<() => Promise<void>> {
  const target = neo4jTarget('test');
  if (target.local === null) return async () => {};
  const config = localInstanceConfig('test');
  const before = await status(config);
  await start(config, (line) => console.log(`[global-setup] ${line}`));
  return async () => {
    if (!before.running && process.env.KEEP_TEST_NEO4J !== '1') await stop(config);
  };
}
