/**
 * Once per run: bundles the explorer's client (the browser tests in test/web/ load it from
 * dist/web/, as `npm start` does), and starts the test suite's database: the project's own
 * `test` instance (its own folder and port, so the service's graph is never touched), unless
 * NEO4J_TEST_URI names one. An instance this setup started is stopped again at the end; one
 * already running is left so.
 */
import { bundleWeb } from '../src/cli/bundle.js';
import { localInstanceConfig, neo4jTarget } from '../src/config.js';
import { start, status, stop } from '../src/graph/server/local-server.js';

export default async function setup(): Promise<() => Promise<void>> {
  await bundleWeb();
  const target = neo4jTarget('test');
  if (target.local === null) return async () => {};
  const config = localInstanceConfig('test');
  const before = await status(config);
  await start(config, (line) => console.log(`[global-setup] ${line}`));
  return async () => {
    if (!before.running && process.env.KEEP_TEST_NEO4J !== '1') await stop(config);
  };
}
