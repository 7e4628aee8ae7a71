/**
 * GraphiQL served by the service itself (no CDN), so the page works with no internet.
 * The page at GET /graphql (for browsers) loads React, ReactDOM and GraphiQL from /graphiql/,
 * then /graphiql/start.js, which renders GraphiQL. The page has no inline script or style, so its
 * Content-Security-Policy (./headers.ts) can allow scripts from the service's origin only.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

/** A file the page loads: its content type and how to read it. */
interface Asset {
  contentType: string;
  read(): Buffer;
}

const require = createRequire(import.meta.url);

/** Where GraphiQL sends its queries: the page's own origin. */
const ENDPOINT = '/graphql';

/** What the editor shows on a first visit. */
export const DEFAULT_QUERY = `# Tasks that implement Resolution 36-NQ/TW, with their leads
{
  tasks(filter: { implements: "doc/vn/tw/nq/2023/36" }, first: 5) {
    totalCount
    edges { node { code title province leads { name } lineagePaths { symbol } } }
  }
}
`;

const JAVASCRIPT = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** URL path → asset, for every file the page needs. */
const ASSETS: Record<string, Asset> = {
  '/graphiql/react.js': packageAsset('react', 'umd/react.production.min.js', JAVASCRIPT),
  '/graphiql/react-dom.js': packageAsset('react-dom', 'umd/react-dom.production.min.js', JAVASCRIPT),
  '/graphiql/graphiql.js': packageAsset('graphiql', 'graphiql.min.js', JAVASCRIPT),
  '/graphiql/graphiql.css': packageAsset('graphiql', 'graphiql.min.css', CSS),
  '/graphiql/page.css': textAsset('body { margin: 0; height: 100vh; }\n#graphiql { height: 100vh; }\n', CSS),
  '/graphiql/start.js': textAsset(
    `'use strict';
const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(ENDPOINT)} });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} }),
);
`,
    JAVASCRIPT,
  ),
  // Without an icon of its own the browser asks for /favicon.ico, a 404 in its console.
  '/graphiql/favicon.svg': textAsset(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#e535ab"/></svg>\n',
    'image/svg+xml',
  ),
};

/** The GraphiQL page. */
export function graphiqlPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Policy graph · GraphiQL</title>
<link rel="icon" href="/graphiql/favicon.svg" type="image/svg+xml" />
<link rel="stylesheet" href="/graphiql/graphiql.css" />
<link rel="stylesheet" href="/graphiql/page.css" />
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script src="/graphiql/start.js"></script>
</body>
</html>
`;
}

/** The asset at `urlPath`, or null when there is none. */
export function graphiqlAsset(urlPath: string): { body: Buffer; contentType: string } | null {
  const asset = Object.hasOwn(ASSETS, urlPath) ? ASSETS[urlPath] : undefined;
  if (asset === undefined) return null;
  return { body: asset.read(), contentType: asset.contentType };
}

/** A file inside an installed package (their exports maps do not list the UMD builds). */
function packageAsset(pkg: string, file: string, contentType: string): Asset {
  const filePath = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  return { contentType, read: () => fs.readFileSync(filePath) };
}

/** Text produced here rather than read from a package. */
function textAsset(text: string, contentType: string): Asset {
  const body = Buffer.from(text, 'utf8');
  return { contentType, read: () => body };
}
