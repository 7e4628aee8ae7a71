/**
 * The project's own Neo4j Community server, used when NEO4J_URI is not set.
 *
 * The Neo4j server tarball is not published on Maven Central, so `ensureInstalled` builds the
 * small launcher in ./launcher with mvn against org.neo4j:neo4j (the Community DBMS, Bolt
 * included) and copies its runtime jars to .neo4j/lib. Each instance (`dev` for the service,
 * `test` for the test suite) has its own folder under .neo4j/ with its data, logs, generated
 * password, configuration and pid file; it listens on 127.0.0.1 only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PROJECT_ROOT, type LocalInstanceConfig } from '../../config.js';
import { probeBolt } from '../driver.js';

/** The Neo4j version the launcher is built against (must match launcher/pom.xml). */
export const NEO4J_VERSION = '5.26.30';

/** A local server that could not be fetched, started or stopped; the message says what to do. */
export class LocalServerError extends Error {
  override name = 'LocalServerError';
}

const NEO4J_DIR = path.join(PROJECT_ROOT, '.neo4j');
const LIB_DIR = path.join(NEO4J_DIR, 'lib');
const LIB_MARKER = path.join(LIB_DIR, `.complete-${NEO4J_VERSION}`);
const LAUNCHER_POM = path.join(PROJECT_ROOT, 'src/graph/server/launcher/pom.xml');
const LAUNCHER_SOURCE = path.join(PROJECT_ROOT, 'src/graph/server/launcher/src/main/java/vn/policygraph/Launcher.java');

/**
 * A digest of the launcher's sources, written into the install marker: a checkout whose
 * launcher changed since .neo4j/lib was built (or whose lib was copied from elsewhere) rebuilds
 * it instead of running the old jar.
 */
export function launcherDigest(): string {
  const hash = createHash('sha256');
  for (const file of [LAUNCHER_POM, LAUNCHER_SOURCE]) hash.update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function markerText(): string {
  return `launcher ${launcherDigest()}`;
}

/** Paths of one instance's files. */
export interface InstancePaths {
  home: string;
  conf: string;
  passwordFile: string;
  pidFile: string;
  lockFile: string;
  log: string;
}

export function instancePaths(name: string): InstancePaths {
  const home = path.join(NEO4J_DIR, name);
  return {
    home,
    conf: path.join(home, 'neo4j.conf'),
    passwordFile: path.join(home, 'password'),
    pidFile: path.join(home, 'neo4j.pid'),
    lockFile: path.join(home, 'start.lock'),
    log: path.join(home, 'logs', 'launcher.log'),
  };
}

/** What `status` reports. */
export interface LocalServerStatus {
  instance: string;
  running: boolean;
  pid: number | null;
  boltUri: string;
  home: string;
  log: string;
}

/**
 * Fetches Neo4j's jars and builds the launcher with mvn once; later calls return at once, until
 * the launcher's sources change (the marker holds their digest), when the launcher is rebuilt.
 */
export function ensureInstalled(log: (line: string) => void = () => {}): void {
  const expected = markerText();
  const current = fs.existsSync(LIB_MARKER) ? fs.readFileSync(LIB_MARKER, 'utf8').trim() : null;
  if (current === expected) return;
  fs.mkdirSync(NEO4J_DIR, { recursive: true });
  const fetchLog = path.join(NEO4J_DIR, 'fetch.log');
  log(
    current === null
      ? `Fetching Neo4j Community ${NEO4J_VERSION} from Maven Central with mvn (once; log: ${fetchLog}) ...`
      : `The launcher changed since .neo4j/lib was built; rebuilding it with mvn (log: ${fetchLog}) ...`,
  );
  const result = spawnSync('mvn', ['-B', '-q', '-f', LAUNCHER_POM, 'package', `-Dlauncher.outputDir=${NEO4J_DIR}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  fs.writeFileSync(fetchLog, `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`);
  const launcherJar = path.join(LIB_DIR, 'neo4j-launcher.jar');
  if (result.status !== 0 || !fs.existsSync(launcherJar)) {
    const why = result.error ? `mvn could not be run (${result.error.message})` : `mvn exited with ${result.status}`;
    throw new LocalServerError(
      `Could not fetch Neo4j ${NEO4J_VERSION}: ${why}; see ${fetchLog}. ` +
        `To fetch it by hand, run "mvn -f ${LAUNCHER_POM} package -Dlauncher.outputDir=${NEO4J_DIR}" ` +
        `where Maven Central is reachable, or copy org.neo4j:neo4j:${NEO4J_VERSION} with its runtime ` +
        `dependencies and the launcher jar into ${LIB_DIR}, then write "${expected}" into ${LIB_MARKER}.`,
    );
  }
  fs.writeFileSync(LIB_MARKER, `${expected}\n`);
}

/** The generated password of an instance, creating it on first use. */
export function instancePassword(name: string): string {
  const paths = instancePaths(name);
  if (!fs.existsSync(paths.passwordFile)) {
    fs.mkdirSync(paths.home, { recursive: true });
    fs.writeFileSync(paths.passwordFile, `${randomBytes(18).toString('base64url')}\n`, { mode: 0o600 });
  }
  return fs.readFileSync(paths.passwordFile, 'utf8').trim();
}

/** Reads the instance's password without creating one; null when it has never been started. */
export function readInstancePassword(name: string): string | null {
  const file = instancePaths(name).passwordFile;
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null;
}

function writeConf(config: LocalInstanceConfig, paths: InstancePaths): void {
  const lines = [
    '# Written by src/graph/server/local-server.ts on every start; edit the environment, not this file.',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${config.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${config.pageCache}`,
    // A ceiling for any transaction, including a client that forgot its own timeout.
    'db.transaction.timeout=120s',
    'dbms.usage_report.enabled=false',
    // Netty lingers 5 s per Bolt event loop group after the databases stopped, waiting for
    // traffic that cannot come (the connections are closed by then): ~10 s of every stop.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    // Plans are made again when the statistics they used diverged, at most this often (default
    // 10 s). An ingest into an empty graph changes them all the time, so a new server replanned
    // every load statement every 10 s, cold: 67-71 s for the national corpus on 2 cores, 56 s
    // with 60 s. The load statements seek unique-constraint indexes whatever the counts.
    'dbms.cypher.min_replan_interval=60s',
  ];
  fs.writeFileSync(paths.conf, `${lines.join('\n')}\n`);
}

function readPid(paths: InstancePaths): number | null {
  if (!fs.existsSync(paths.pidFile)) return null;
  const pid = Number(fs.readFileSync(paths.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '127.0.0.1');
  });
}

/** Reports whether the instance runs and answers Bolt. */
export async function status(config: LocalInstanceConfig): Promise<LocalServerStatus> {
  const paths = instancePaths(config.name);
  const pid = readPid(paths);
  const alive = pid !== null && isAlive(pid);
  const password = readInstancePassword(config.name);
  const boltUri = `bolt://127.0.0.1:${config.boltPort}`;
  const answers = alive && password !== null && (await probeBolt(boltUri, 'neo4j', password)) === null;
  return {
    instance: config.name,
    running: answers,
    pid: alive ? pid : null,
    boltUri,
    home: paths.home,
    log: paths.log,
  };
}

/**
 * Starts the instance unless it already runs, and waits (bounded) until Bolt answers.
 * Concurrent calls are serialised by an exclusive lock file, so two `db:start`s make one server.
 */
export async function start(
  config: LocalInstanceConfig,
  log: (line: string) => void = () => {},
): Promise<LocalServerStatus> {
  ensureInstalled(log);
  const paths = instancePaths(config.name);
  fs.mkdirSync(path.dirname(paths.log), { recursive: true });
  const release = await acquireLock(paths.lockFile, config.startTimeoutMs);
  try {
    const current = await status(config);
    if (current.running) return current;
    if (current.pid !== null) {
      // A process is there but does not answer yet: another start may still be booting it.
      return await waitForBolt(config, paths, current.pid);
    }
    if (!(await portIsFree(config.boltPort))) {
      throw new LocalServerError(
        `Port ${config.boltPort} on 127.0.0.1 is already taken by another process, so the local Neo4j ` +
          `cannot listen there; stop that process or set ${config.name === 'dev' ? 'NEO4J_LOCAL_BOLT_PORT' : 'NEO4J_TEST_BOLT_PORT'} to a free port.`,
      );
    }
    instancePassword(config.name); // created before the launcher reads it
    writeConf(config, paths);
    const logStart = fs.existsSync(paths.log) ? fs.statSync(paths.log).size : 0;
    const out = fs.openSync(paths.log, 'a');
    const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
    const child = spawn(
      java,
      [
        `-Xms${config.heap}`,
        `-Xmx${config.heap}`,
        '-XX:+UseG1GC',
        '-XX:+ExitOnOutOfMemoryError',
        '-cp',
        `${LIB_DIR}/*`,
        'vn.policygraph.Launcher',
        paths.home,
        paths.conf,
        paths.passwordFile,
        path.join(PROJECT_ROOT, 'cypher', 'api'),
      ],
      { detached: true, stdio: ['ignore', out, out], cwd: paths.home },
    );
    fs.closeSync(out);
    const pid = child.pid;
    if (pid === undefined) {
      throw new LocalServerError(`Could not run "${java}" to start Neo4j; is Java 17 installed? See ${paths.log}.`);
    }
    child.unref();
    fs.writeFileSync(paths.pidFile, `${pid}\n`);
    log(`Starting Neo4j ${NEO4J_VERSION} (${config.name}, pid ${pid}) on bolt://127.0.0.1:${config.boltPort} ...`);
    return await waitForBolt(config, paths, pid, logStart);
  } finally {
    release();
  }
}

async function waitForBolt(
  config: LocalInstanceConfig,
  paths: InstancePaths,
  pid: number,
  logStart = 0,
): Promise<LocalServerStatus> {
  const deadline = Date.now() + config.startTimeoutMs;
  const password = instancePassword(config.name);
  const boltUri = `bolt://127.0.0.1:${config.boltPort}`;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      fs.rmSync(paths.pidFile, { force: true });
      const reason = launcherFailure(paths.log, logStart);
      throw new LocalServerError(
        `Neo4j (${config.name}) exited while starting${reason === null ? '' : ` (${reason})`}; read ${paths.log}.`,
      );
    }
    // Bolt can answer before the launcher has finished (on a restart the password is already
    // right); READY says it has, so a caller never stops a server still setting itself up.
    if (launcherReady(paths.log, logStart, pid) && (await probeBolt(boltUri, 'neo4j', password)) === null) {
      return { instance: config.name, running: true, pid, boltUri, home: paths.home, log: paths.log };
    }
    await sleep(500);
  }
  throw new LocalServerError(
    `Neo4j (${config.name}) did not answer on ${boltUri} within ${Math.round(config.startTimeoutMs / 1000)} s ` +
      `(NEO4J_START_TIMEOUT); read ${paths.log}.`,
  );
}

/** Whether the launcher of process `pid` printed READY since `offset`. */
function launcherReady(log: string, offset: number, pid: number): boolean {
  if (!fs.existsSync(log)) return false;
  return fs.readFileSync(log).subarray(offset).toString('utf8').includes(`READY pid=${pid}\n`);
}

/** The launcher's own `FAILED <reason>` line written since `offset`, if any. */
function launcherFailure(log: string, offset: number): string | null {
  if (!fs.existsSync(log)) return null;
  const text = fs.readFileSync(log).subarray(offset).toString('utf8');
  const line = text.split('\n').find((candidate) => candidate.startsWith('FAILED '));
  return line === undefined ? null : line.slice('FAILED '.length).trim();
}

/** Stops the instance: SIGTERM (a clean shutdown), then SIGKILL after 60 s. */
export async function stop(config: LocalInstanceConfig): Promise<boolean> {
  const paths = instancePaths(config.name);
  const pid = readPid(paths);
  if (pid === null || !isAlive(pid)) {
    fs.rmSync(paths.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(paths.pidFile, { force: true });
  return true;
}

async function acquireLock(file: string, timeoutMs: number): Promise<() => void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(file, 'utf8').trim());
      if (!Number.isInteger(holder) || !isAlive(holder)) {
        fs.rmSync(file, { force: true }); // left by a start that was killed
        continue;
      }
      if (Date.now() > deadline) {
        throw new LocalServerError(`Another start of Neo4j (pid ${holder}) holds ${file}; gave up waiting.`);
      }
      await sleep(250);
    }
  }
}
