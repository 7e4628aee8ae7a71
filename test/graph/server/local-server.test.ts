import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import net from 'node:net';
import { localInstanceConfig, type LocalInstanceConfig } from '../../../src/config.js';
import { Database } from '../../../src/graph/driver.js';
import {
  instancePassword,
  instancePaths,
  LocalServerError,
  start,
  status,
  stop,
} from '../../../src/graph/server/local-server.js';

// global-setup started the `test` instance; these tests use it and throwaway instances.
const testInstance = localInstanceConfig('test');

/**
 * Ports of the throwaway instances, derived from the test port: engineers and CI jobs running
 * the suite side by side set different NEO4J_TEST_BOLT_PORTs, so fixed ports would collide.
 */
const RESTART_PORT = testInstance.boltPort + 10_000;
const SLOW_START_PORT = testInstance.boltPort + 12_000;

function throwaway(name: string, overrides: Partial<LocalInstanceConfig>): LocalInstanceConfig {
  return { ...testInstance, name, ...overrides };
}

describe('the local Neo4j server', () => {
  const cleanup: LocalInstanceConfig[] = [];
  afterEach(async () => {
    for (const config of cleanup.splice(0)) {
      await stop(config);
      fs.rmSync(instancePaths(config.name).home, { recursive: true, force: true });
    }
  });

  it('reports the running instance with its Bolt URI', async () => {
    const current = await status(testInstance);
    expect(current.running).toBe(true);
    expect(current.boltUri).toBe(`bolt://127.0.0.1:${testInstance.boltPort}`);
  });

  it('starting twice keeps one server', async () => {
    const before = await status(testInstance);
    const [a, b] = await Promise.all([start(testInstance), start(testInstance)]);
    expect(a.pid).toBe(before.pid);
    expect(b.pid).toBe(before.pid);
  });

  it('names the port when another process holds it', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    const config = throwaway('port-taken-test', { boltPort: port });
    cleanup.push(config);
    try {
      await expect(start(config)).rejects.toThrow(
        new LocalServerError(
          `Port ${port} on 127.0.0.1 is already taken by another process, so the local Neo4j cannot listen there; stop that process or set NEO4J_TEST_BOLT_PORT to a free port.`,
        ),
      );
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('gives up after its bound with the log to read', async () => {
    const config = throwaway('slow-start-test', { boltPort: SLOW_START_PORT, startTimeoutMs: 300 });
    cleanup.push(config);
    const log = instancePaths(config.name).log;
    await expect(start(config)).rejects.toThrow(
      `Neo4j (slow-start-test) did not answer on bolt://127.0.0.1:${SLOW_START_PORT} within 0 s (NEO4J_START_TIMEOUT); read ${log}.`,
    );
  });
});

describe('a local instance across a restart', () => {
  const config: LocalInstanceConfig = { ...testInstance, name: 'restart-test', boltPort: RESTART_PORT };
  afterEach(async () => {
    await stop(config);
    fs.rmSync(instancePaths(config.name).home, { recursive: true, force: true });
  });

  // Each stop used to take 5-15 s (Netty's quiet period, twice) and the second start's launcher
  // threw on "ALTER USER" with the unchanged password, so it never said READY; with two JVM boots
  // on a busy 2-core machine the test ran past its bound.
  it('keeps its data after stop and start, and the second start says READY without an exception', async () => {
    // The first queries on a freshly booted JVM compile Cypher cold: on a busy 2-core machine
    // that took more than the default 10 s, so this test about data gives them a minute.
    const connect = () =>
      Database.connect(
        {
          uri: `bolt://127.0.0.1:${config.boltPort}`,
          username: 'neo4j',
          password: instancePassword(config.name),
          database: undefined,
          local: null,
        },
        { timeoutMs: 60_000 },
      );
    await start(config);
    let db = await connect();
    await db.write("CREATE (:Document {id: 'doc/restart/1', title: 'kept'})");
    await db.close();
    expect(await stop(config)).toBe(true);
    expect((await status(config)).running).toBe(false);
    await start(config);
    db = await connect();
    const rows = await db.read("MATCH (d:Document {id: 'doc/restart/1'}) RETURN d.title AS title");
    await db.close();
    expect(rows).toEqual([{ title: 'kept' }]);
    const log = fs.readFileSync(instancePaths(config.name).log, 'utf8');
    expect(log.match(/^READY pid=\d+$/gm)).toHaveLength(2);
    expect(log).not.toMatch(/Exception|FAILED/);
  }, 240_000);

  it('a launcher that cannot start the DBMS exits with its reason, not a half-started server', async () => {
    const broken: LocalInstanceConfig = { ...config, name: 'broken-conf-test', pageCache: 'lots' };
    try {
      await expect(start(broken)).rejects.toThrow(
        /^Neo4j \(broken-conf-test\) exited while starting \(.*server\.memory\.pagecache\.size.*lots.*\); read /,
      );
      expect((await status(broken)).pid).toBeNull();
    } finally {
      await stop(broken);
      fs.rmSync(instancePaths(broken.name).home, { recursive: true, force: true });
    }
  }, 240_000);
});
