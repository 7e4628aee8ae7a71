/**
 * Configuration read from the environment, validated once at start-up.
 *
 * Two ways to reach Neo4j: NEO4J_URI (with NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)
 * names a server the project never starts or stops; without it the project runs its own
 * Neo4j Community server under .neo4j/ (see src/graph/server/).
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * Absolute path of the repository root: the nearest folder above this module holding
 * package.json (src/ when run from source, dist/src/ when run compiled).
 */
export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}; run the project from its checkout.`);
  }
}

/** A user mistake in configuration: the message names the variable and echoes the bad value. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Where the database is and how to log in. `local` names the project's own server instance. */
export interface Neo4jTarget {
  uri: string;
  username: string;
  /** Null for a local instance until its password file exists (read at connect time). */
  password: string | null;
  database: string | undefined;
  local: LocalInstanceName | null;
}

export type LocalInstanceName = 'dev' | 'test';

/** Settings of one local Neo4j instance (the service's `dev` or the test suite's `test`). */
export interface LocalInstanceConfig {
  /** Folder name under .neo4j/ (`dev`, `test`; tests use throwaway names too). */
  name: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

function intVar(env: Env, name: string, fallback: number, min = 1, max = 65535): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function memoryVar(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+[kmg]$/i.test(raw)) {
    throw new ConfigError(`${name} must be a size such as "512m" or "2g", got "${raw}".`);
  }
  return raw.toLowerCase();
}

/** The local instance settings; `test` uses its own port and folder so tests never touch the service's data. */
export function localInstanceConfig(name: LocalInstanceName, env: Env = process.env): LocalInstanceConfig {
  // Sized for the 2-core / 24 GB machine the project runs on: the service's instance gets 2 GB of
  // heap and 2 GB of page cache (the seed graph needs far less; the headroom is for 63 provinces).
  return name === 'dev'
    ? {
        name,
        boltPort: intVar(env, 'NEO4J_LOCAL_BOLT_PORT', 7687),
        heap: memoryVar(env, 'NEO4J_LOCAL_HEAP', '2g'),
        pageCache: memoryVar(env, 'NEO4J_LOCAL_PAGECACHE', '2g'),
        startTimeoutMs: intVar(env, 'NEO4J_START_TIMEOUT', 180, 5, 3600) * 1000,
      }
    : {
        name,
        boltPort: intVar(env, 'NEO4J_TEST_BOLT_PORT', 7688),
        heap: memoryVar(env, 'NEO4J_TEST_HEAP', '1g'),
        pageCache: memoryVar(env, 'NEO4J_TEST_PAGECACHE', '512m'),
        startTimeoutMs: intVar(env, 'NEO4J_START_TIMEOUT', 180, 5, 3600) * 1000,
      };
}

/**
 * The database the service uses: NEO4J_URI's server when set, else the local `dev` instance.
 * For the test suite, NEO4J_TEST_URI plays the role of NEO4J_URI (tests reset the graph, so they
 * never run against NEO4J_URI's server by accident).
 */
export function neo4jTarget(instance: LocalInstanceName, env: Env = process.env): Neo4jTarget {
  const prefix = instance === 'test' ? 'NEO4J_TEST_' : 'NEO4J_';
  const uri = env[`${prefix}URI`];
  if (uri !== undefined && uri !== '') {
    if (!/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/.test(uri)) {
      throw new ConfigError(`${prefix}URI must be a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, got "${uri}".`);
    }
    const password = env[`${prefix}PASSWORD`];
    if (password === undefined || password === '') {
      throw new ConfigError(`${prefix}PASSWORD must be set when ${prefix}URI is set ("${uri}").`);
    }
    return {
      uri,
      username: env[`${prefix}USERNAME`] || 'neo4j',
      password,
      database: env[`${prefix}DATABASE`] || undefined,
      local: null,
    };
  }
  const local = localInstanceConfig(instance, env);
  return {
    uri: `bolt://127.0.0.1:${local.boltPort}`,
    username: 'neo4j',
    password: null,
    database: undefined,
    local: instance,
  };
}

/** Settings of the GraphQL service. */
export interface ServiceConfig {
  port: number;
  host: string;
  /** Timeout of every Neo4j transaction the API runs. */
  queryTimeoutMs: number;
  /** Deadline of a whole GraphQL request, all its transactions included. */
  requestTimeoutMs: number;
  /** Whether error responses carry stack traces (never in production: they show server paths). */
  debugErrors: boolean;
}

export function serviceConfig(env: Env = process.env): ServiceConfig {
  return {
    port: intVar(env, 'PORT', 4000),
    host: env.HOST || '127.0.0.1',
    queryTimeoutMs: intVar(env, 'QUERY_TIMEOUT_MS', 10000, 100, 600000),
    requestTimeoutMs: intVar(env, 'REQUEST_TIMEOUT_MS', 20000, 100, 600000),
    debugErrors: env.DEBUG_ERRORS === '1',
  };
}

/**
 * Worker threads `ingest` extracts in (INGEST_WORKERS; 0 extracts in the command's own thread):
 * by default one fewer than the cores, the last core loading the documents (and running a local Neo4j).
 */
export function ingestWorkers(env: Env = process.env): number {
  return intVar(env, 'INGEST_WORKERS', Math.max(1, os.availableParallelism() - 1), 0, 64);
}

/**
 * Documents `ingest` loads per write transaction (INGEST_BATCH; 1 is one each). A batch that fails
 * is loaded again one document per transaction, so a bad document still costs the others nothing.
 */
export function ingestBatch(env: Env = process.env): number {
  return intVar(env, 'INGEST_BATCH', DEFAULT_INGEST_BATCH, 1, 1000);
}

const DEFAULT_INGEST_BATCH = 64;
