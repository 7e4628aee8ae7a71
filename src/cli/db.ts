/**
 * `db fetch|start|stop|status`: the project's own Neo4j server. With NEO4J_URI set these say so and
 * do nothing: that server is not ours to start or stop.
 */
import { localInstanceConfig, neo4jTarget } from '../config.js';
import { ensureInstalled, NEO4J_VERSION, start, status, stop } from '../graph/server/local-server.js';

export async function dbCommand(args: string[]): Promise<number> {
  const instance = args.includes('--test') ? 'test' : 'dev';
  const action = args.find((arg) => !arg.startsWith('--'));
  const target = neo4jTarget(instance);
  if (target.local === null) {
    console.log(
      `NEO4J_URI is set (${target.uri}): the project uses that server and does not ${action ?? 'manage'} one of its own.`,
    );
    return 0;
  }
  const config = localInstanceConfig(instance);
  switch (action) {
    case 'fetch': {
      ensureInstalled((line) => console.log(line));
      console.log(`Neo4j ${NEO4J_VERSION} is installed in .neo4j/lib.`);
      return 0;
    }
    case 'start': {
      const running = await start(config, (line) => console.log(line));
      console.log(
        `Neo4j (${instance}) is running: ${running.boltUri} (pid ${running.pid}); user neo4j, password in ${running.home}/password; log ${running.log}`,
      );
      return 0;
    }
    case 'stop': {
      const stopped = await stop(config);
      console.log(stopped ? `Neo4j (${instance}) stopped.` : `Neo4j (${instance}) was not running.`);
      return 0;
    }
    case 'status': {
      const current = await status(config);
      console.log(JSON.stringify(current, null, 2));
      return current.running ? 0 : 3;
    }
    default:
      console.error(`usage: db fetch|start|stop|status [--test] (got "${action ?? ''}")`);
      return 2;
  }
}
