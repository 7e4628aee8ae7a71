/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the command line).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
const named = process.argv.slice(2);
const files = (
  named.length > 0
    ? named
    : fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.bench.ts'))
        .sort()
).map((name) => path.resolve(dir, path.basename(name)));
let failed = 0;
for (const file of files) {
  console.log(`\n## ${path.basename(file)}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
