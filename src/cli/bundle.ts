/**
 * `bundle` (the second half of `npm run build`, and the test suite's setup): the explorer's
 * client, src/web/index.ts with its stylesheet, bundled by esbuild into dist/web/ (served by
 * src/api/web.ts). Chunks loaded on demand (the graph view's Cytoscape) are split off, so the
 * pages most visited load only what they draw. File names carry a content hash; manifest.json
 * names the entry script and stylesheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../config.js';
import { WEB_BUNDLE_DIR, WEB_MANIFEST, type WebManifest } from '../api/web.js';

/** The client's entry point. */
export const WEB_ENTRY = path.join(PROJECT_ROOT, 'src', 'web', 'index.ts');

/** One file of a build: its name, size and gzipped size in bytes. */
export interface BundleFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

/** What a build wrote. */
export interface BundleReport {
  manifest: WebManifest;
  files: BundleFile[];
  milliseconds: number;
}

const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" rx="3" fill="#0b5394"/><path d="M4 4h8M4 8h8M4 12h5" stroke="#fff" stroke-width="2"/></svg>\n';

/** Bundles the client into dist/web/, replacing the previous build whole. */
export async function bundleWeb(): Promise<BundleReport> {
  // esbuild is a development dependency: loaded only when a build runs, never by the service.
  const esbuild = await import('esbuild');
  const started = performance.now();
  const staging = `${WEB_BUNDLE_DIR}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: { index: WEB_ENTRY },
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari15'],
    minify: true,
    sourcemap: 'linked',
    jsx: 'automatic',
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = Object.entries(result.metafile.outputs);
  const entry = outputs.find(([, output]) => output.entryPoint !== undefined);
  const script = entry?.[0];
  const stylesheet = entry?.[1].cssBundle;
  if (script === undefined || stylesheet === undefined) {
    throw new Error(`The bundle of ${WEB_ENTRY} has no entry script or no stylesheet.`);
  }
  const manifest: WebManifest = { script: path.basename(script), stylesheet: path.basename(stylesheet) };
  fs.writeFileSync(path.join(staging, WEB_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.writeFileSync(path.join(staging, 'favicon.svg'), FAVICON);
  fs.rmSync(WEB_BUNDLE_DIR, { recursive: true, force: true });
  fs.renameSync(staging, WEB_BUNDLE_DIR);
  const files = fs
    .readdirSync(WEB_BUNDLE_DIR)
    .filter((name) => /\.(js|css)$/.test(name))
    .sort()
    .map((name) => {
      const body = fs.readFileSync(path.join(WEB_BUNDLE_DIR, name));
      return { name, bytes: body.length, gzipBytes: gzipSync(body).length };
    });
  return { manifest, files, milliseconds: performance.now() - started };
}

/** `main bundle`: builds and prints what it wrote. */
export async function bundleCommand(_args: string[]): Promise<number> {
  const report = await bundleWeb();
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const listed = report.files.map((file) => `${file.name} ${kb(file.bytes)} (gzip ${kb(file.gzipBytes)})`).join(', ');
  console.log(
    `Explorer bundled into ${path.relative(PROJECT_ROOT, WEB_BUNDLE_DIR)}/ in ${Math.round(report.milliseconds)} ms: ${listed}`,
  );
  return 0;
}
