/**
 * The explorer's pages and assets, served by the service itself (no CDN): every page path
 * (`/`, `/search`, `/doc/…`, `/task/…`, `/agency/…`, `/province/…`, `/tasks`, `/coverage`,
 * `/graph`) answers the same small HTML page, which loads the client bundle from /app/ and
 * renders the page the path names; the client reads its data from POST /graphql. The bundle is
 * built by `npm run build` (src/cli/bundle.ts, into dist/web/); its file names carry a hash of
 * their content, so they are cached for good.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { explorerPageHeaders } from './headers.js';

/** Where `npm run build` writes the bundle, and the manifest naming its entry files. */
export const WEB_BUNDLE_DIR = path.join(PROJECT_ROOT, 'dist', 'web');
export const WEB_MANIFEST = 'manifest.json';
/** URL path under which the bundle's files are served. */
export const WEB_ASSET_PREFIX = '/app/';

/** The entry files of a build, as the bundler names them. */
export interface WebManifest {
  script: string;
  stylesheet: string;
}

/** A response of the explorer: status, headers and body. */
export interface WebResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

const PAGE_PATHS = new Set(['/', '/search', '/tasks', '/coverage', '/graph']);
const PAGE_PREFIXES = ['/doc/', '/task/', '/agency/', '/province/'];
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
/** esbuild's content hash in a file name (`index-5JQ2ZV3K.js`): such a file never changes. */
const HASHED = /-[A-Z0-9]{8}\.[a-z]+$/;
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Whether `pathname` is one of the explorer's pages. */
export function isExplorerPage(pathname: string): boolean {
  return (
    PAGE_PATHS.has(pathname) ||
    PAGE_PREFIXES.some((prefix) => pathname.startsWith(prefix) && pathname.length > prefix.length)
  );
}

/**
 * The graph id a node page names (`/doc/vn/tw/nq/2023/36` → `doc/vn/tw/nq/2023/36`, `/province/hue`
 * → `hue`), or null for the other pages and a path that does not decode. The service answers such
 * a page 404 when the graph has no such node, so links to it read as broken to crawlers and link
 * checkers too; the page itself is the same, and the client says what is missing.
 */
export function explorerNodeId(pathname: string): string | null {
  const prefix = PAGE_PREFIXES.find((p) => pathname.startsWith(p) && pathname.length > p.length);
  if (prefix === undefined) return null;
  try {
    const path = prefix === '/province/' ? pathname.slice(prefix.length) : pathname.slice(1);
    return path.split('/').map(decodeURIComponent).join('/');
  } catch {
    return null;
  }
}

/** The explorer's answer to a GET of `pathname`, or null when the path is none of its own. */
export function explorerResponse(pathname: string): WebResponse | null {
  if (pathname.startsWith(WEB_ASSET_PREFIX)) return assetResponse(pathname.slice(WEB_ASSET_PREFIX.length));
  if (!isExplorerPage(pathname)) return null;
  const manifest = readManifest();
  if (manifest === null) {
    return {
      status: 503,
      headers: { ...explorerPageHeaders(), 'cache-control': 'no-store' },
      body: page('', '<p>The explorer is not built yet: run <code>npm run build</code> and reload.</p>'),
    };
  }
  return {
    status: 200,
    headers: { ...explorerPageHeaders(), 'cache-control': 'no-cache' },
    body: page(
      `<link rel="stylesheet" href="${WEB_ASSET_PREFIX}${manifest.stylesheet}" />
<script type="module" src="${WEB_ASSET_PREFIX}${manifest.script}"></script>`,
      '<div id="app"><p class="loading">Đang tải… / Loading…</p></div>',
    ),
  };
}

/** The one HTML page of the explorer: no inline script or style, so the policy allows 'self' only. */
function page(head: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Đồ thị chính sách · Policy graph</title>
<link rel="icon" href="${WEB_ASSET_PREFIX}favicon.svg" type="image/svg+xml" />
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

function assetResponse(name: string): WebResponse | null {
  if (!ASSET_NAME.test(name) || name === WEB_MANIFEST) return null;
  const contentType = CONTENT_TYPES[path.extname(name)];
  if (contentType === undefined) return null;
  let body: Buffer;
  try {
    body = fs.readFileSync(path.join(WEB_BUNDLE_DIR, name));
  } catch {
    return null;
  }
  const cacheControl = HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
  return { status: 200, headers: { 'content-type': contentType, 'cache-control': cacheControl }, body };
}

/** The manifest of the last build, or null when there is none (read on each page, so a rebuild is served at once). */
function readManifest(): WebManifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(WEB_BUNDLE_DIR, WEB_MANIFEST), 'utf8')) as WebManifest;
  } catch {
    return null;
  }
}
