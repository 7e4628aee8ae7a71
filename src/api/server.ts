/**
 * The HTTP service: GraphQL at /graphql (Apollo Server on node:http), GraphiQL for browsers,
 * the explorer's pages (`/`, `/doc/…` …, src/api/web.ts), GET /health reporting the database's
 * state as JSON, and the exports under /export.
 */
import http from 'node:http';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { ServiceConfig } from '../config.js';
import type { Database } from '../graph/driver.js';
import { findNodes } from '../graph/node.repository.js';
import { countGraph } from '../graph/stats.repository.js';
import { createContext, type Context } from './context.js';
import { formatError } from './errors.js';
import { isExportPath, serveExport } from './export.route.js';
import { graphiqlAsset, graphiqlPage } from './graphiql.js';
import { htmlPageHeaders, setCommonHeaders } from './headers.js';
import { buildApiSchema } from './schema.js';
import { explorerNodeId, explorerResponse } from './web.js';
import { costPlugin, validationRules } from './limits.js';

/** A running service. */
export interface RunningService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The port is taken, or the address cannot be bound. */
export class ListenError extends Error {
  override name = 'ListenError';
}

/** Largest request body accepted; larger ones are answered 413 with PAYLOAD_TOO_LARGE. */
export const MAX_BODY_BYTES = 1_000_000;
/** Past this many bytes an oversized body is no longer drained but the connection is cut. */
const MAX_DRAIN_BYTES = 64_000_000;

/** Starts the service on `config.port` (0 picks a free port, for tests). */
export async function startService(db: Database, config: ServiceConfig): Promise<RunningService> {
  const schema = await buildApiSchema();
  const httpServer = http.createServer();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    validationRules: validationRules(),
    introspection: true,
    includeStacktraceInErrorResponses: config.debugErrors,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint; the default cache-control plugin would still wrap every
      // field's resolver to ask, on every field of every request.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      costPlugin(schema),
    ],
  });
  await apollo.start();

  httpServer.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Unexpected error while serving', req.method, req.url, error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'Internal server error.' }));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    setCommonHeaders(res);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health' && req.method === 'GET') return health(res);
    if (isExportPath(url.pathname)) return serveExport(db, req, res, url);
    const asset = graphiqlAsset(url.pathname);
    if (asset !== null && req.method === 'GET') {
      res.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'public, max-age=3600' });
      res.end(asset.body);
      return;
    }
    const explorer = req.method === 'GET' ? explorerResponse(url.pathname) : null;
    if (explorer !== null) {
      const nodeId = explorer.status === 200 ? explorerNodeId(url.pathname) : null;
      const status = nodeId !== null && !(await nodeExists(db, nodeId)) ? 404 : explorer.status;
      res.writeHead(status, explorer.headers);
      res.end(explorer.body);
      return;
    }
    if (url.pathname !== '/graphql') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: `No route ${req.method} ${url.pathname}; GraphQL is at /graphql, the explorer at /, health at /health.`,
        }),
      );
      return;
    }
    const wantsPage =
      req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html');
    if (wantsPage) {
      res.writeHead(200, htmlPageHeaders());
      res.end(graphiqlPage());
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    if (body instanceof BodyError) {
      res.writeHead(body.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: body.message, extensions: { code: body.code } }] }));
      return;
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => createContext(db, config),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function health(res: http.ServerResponse): Promise<void> {
    const ping = await db.ping();
    const database = ping.ok
      ? { status: 'up', uri: db.uri, serverVersion: ping.serverVersion, counts: await countGraph(db).catch(() => null) }
      : { status: 'down', uri: db.uri, error: ping.error };
    res.writeHead(ping.ok ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: ping.ok ? 'ok' : 'degraded', database }));
  }

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ListenError(`Port ${config.port} on ${config.host} is already in use; stop what uses it or set PORT.`)
          : new ListenError(`Cannot listen on ${config.host}:${config.port}: ${error.message}`),
      );
    });
    httpServer.listen(config.port, config.host, () => resolve());
  }).catch(async (error: unknown) => {
    await apollo.stop();
    throw error;
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const hostForUrl = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  return {
    url: `http://${hostForUrl}:${port}/graphql`,
    port,
    stop: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** A request body that cannot be read as GraphQL: answered with `status` and `code`. */
class BodyError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * Reads a JSON body. A body over MAX_BODY_BYTES (by its Content-Length or as it arrives) is
 * drained unread, so the client can still read the 413; one past MAX_DRAIN_BYTES is cut off.
 */
function readJson(req: http.IncomingMessage): Promise<unknown> {
  const tooLarge = () =>
    new BodyError(
      `The request body is larger than ${MAX_BODY_BYTES} bytes; send a smaller query (variables included).`,
      413,
      'PAYLOAD_TOO_LARGE',
    );
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      resolve(tooLarge());
    };
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) refuse();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        if (size > MAX_DRAIN_BYTES) req.destroy();
        return;
      }
      if (size > MAX_BODY_BYTES) return refuse();
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (refused) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (text === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        resolve(new BodyError('The request body is not valid JSON.', 400, 'BAD_REQUEST'));
      }
    });
    req.on('error', reject);
  });
}

/**
 * Whether the graph holds a node with this id. When the database cannot say, the page is served
 * as found: the client then asks again and shows the outage itself.
 */
async function nodeExists(db: Database, id: string): Promise<boolean> {
  try {
    const [node] = await findNodes(db, [id]);
    return node !== null;
  } catch {
    return true;
  }
}
