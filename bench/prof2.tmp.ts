import fs from 'node:fs';
import path from 'node:path';
import { extract, loadDictionaries } from '../src/ingest/index.js';
import { SEED_DIR } from '../src/cli/ingest.js';
const dir = process.argv[2]!;
const files = fs
  .readdirSync(dir)
  .sort()
  .slice(0, 60)
  .map((n) => path.join(dir, n));
const dictionaries = loadDictionaries(SEED_DIR);
const t0 = performance.now();
for (const f of files) extract(fs.readFileSync(f), path.basename(f), dictionaries);
console.log('extract', ((performance.now() - t0) / 1000).toFixed(1));
