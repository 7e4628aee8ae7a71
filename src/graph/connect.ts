/**
 * Opens the database a process works on: NEO4J_URI's server (never started or stopped by us) or
 * the project's own local instance (started when needed), then applies cypher/create-schema.
 */
import { localInstanceConfig, neo4jTarget, type LocalInstanceName } from '../config.js';
import { Database, type DatabaseOptions } from './driver.js';
import { instancePassword, start } from './server/local-server.js';
import { applySchema } from './schema.js';

/** Connects to the target of `instance` (see config.neo4jTarget), starting the local server if it is ours. */
export async function openDatabase(
  instance: LocalInstanceName,
  options: DatabaseOptions & { log?: (line: string) => void } = {},
): Promise<Database> {
  const target = neo4jTarget(instance);
  let password = target.password;
  if (target.local !== null) {
    await start(localInstanceConfig(target.local), options.log);
    password = instancePassword(target.local);
  }
  const db = await Database.connect({ ...target, password: password! }, options);
  try {
    await applySchema(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
