/**
 * The command line: `db start|stop|status`, `serve`, `ingest`, `export`, `schema`, `bundle`.
 * Wires ingest + graph + api; user mistakes and known failures print one line, not a stack.
 */
import 'reflect-metadata';
import { ConfigError } from '../config.js';
import { DatabaseError } from '../graph/errors.js';
import { LocalServerError } from '../graph/server/local-server.js';
import { ListenError } from '../api/server.js';
import { dbCommand } from './db.js';
import { serveCommand } from './serve.js';
import { ingestCommand } from './ingest.js';
import { exportCommand } from './export.js';
import { schemaCommand } from './schema.js';
import { bundleCommand } from './bundle.js';

/** A mistake in how a command was called. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  db: dbCommand,
  serve: serveCommand,
  ingest: ingestCommand,
  export: exportCommand,
  schema: schemaCommand,
  bundle: bundleCommand,
};

const USAGE = `usage: main <command>
  db fetch|start|stop|status [--test]   the project's own Neo4j server (--test: the test suite's instance)
  serve [--no-seed]               run the GraphQL service over the seeded graph (--no-seed: the graph as it is)
  ingest [--dry-run] [--json] <files...>   extract plan documents and load them
  ingest --list [--json] | --remove <ids...>   list the ingested documents, or remove some
  export --format graphml|gexf|csv|jsonld [filters] [--out <file or dir>]   write an export of the graph
  schema [--check]                write (or check) schema/schema.graphql from the code
  bundle                          bundle the explorer's client into dist/web/ (part of npm run build)`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (command === undefined) {
    console.error(name === undefined ? USAGE : `Unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = [ConfigError, DatabaseError, LocalServerError, ListenError, UsageError].some(
      (kind) => error instanceof kind,
    );
    if (known || (error instanceof Error && error.name === 'IngestError')) {
      console.error(`error: ${(error as Error).message}`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  },
);
