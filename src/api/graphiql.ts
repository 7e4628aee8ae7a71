/**
 * GraphiQL served by the service itself (no CDN), so the page works with no internet.
 * The page at GET /graphql (for browsers) loads React, ReactDOM and GraphiQL from /graphiql/.
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** A file inside an installed package (their exports maps do not list the UMD builds). */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/** URL path → [file, content type] of the assets the page needs. */
const ASSETS: Record<string, [string, string]> = {
  '/graphiql/react.js': [packageFile('react', 'umd/react.production.min.js'), 'text/javascript; charset=utf-8'],
  '/graphiql/react-dom.js': [
    packageFile('react-dom', 'umd/react-dom.production.min.js'),
    'text/javascript; charset=utf-8',
  ],
  '/graphiql/graphiql.js': [packageFile('graphiql', 'graphiql.min.js'), 'text/javascript; charset=utf-8'],
  '/graphiql/graphiql.css': [packageFile('graphiql', 'graphiql.min.css'), 'text/css; charset=utf-8'],
};

const DEFAULT_QUERY = `# Tasks that implement Resolution 36-NQ/TW, with their leads
{
  tasks(filter: { implements: "doc/vn/tw/nq/2023/36" }, first: 5) {
    totalCount
    edges { node { code title province leads { name } lineagePaths { symbol } } }
  }
}
`;

/** The GraphiQL page. */
export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Policy graph · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css" />
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(DEFAULT_QUERY)} }),
  );
</script>
</body>
</html>
`;
}

/** The asset at `urlPath`, or null when there is none. */
export function graphiqlAsset(urlPath: string): { body: Buffer; contentType: string } | null {
  const entry = ASSETS[urlPath];
  if (entry === undefined) return null;
  return { body: fs.readFileSync(entry[0]), contentType: entry[1] };
}
