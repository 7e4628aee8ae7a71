/**
 * `npm run eval [-- --by-file] [--misses <name>] [--json]`: reads every text a careful reader has
 * stated facts for (test/ingest/corpus/*.facts.json: the seeds, ../shared/corpus/real and files;
 * and the fixture pairs) and prints precision and recall per kind of fact (identity, lineage,
 * tasks, titles, leads, coordinators, times) for each group and in all, so a regression in the
 * parser shows as a number. `--by-file` adds a line per text, `--misses <name>` lists one text's
 * disagreements, `--json` prints the counts as JSON. OCR runs for PDFs when Tesseract is here.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { findOcr } from '../src/cli/ocr.js';
import { loadDictionaries } from '../src/ingest/index.js';
import {
  addCounts,
  emptyCounts,
  extractCase,
  factsCases,
  formatMiss,
  KINDS,
  score,
  type Counts,
} from '../test/helpers/facts.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const byFile = args.includes('--by-file');
  const json = args.includes('--json');
  const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
  const dictionaries = loadDictionaries(path.join(PROJECT_ROOT, 'seed'));
  const ocr = await findOcr();
  const groups = new Map<string, Counts>();
  const total = emptyCounts();
  const rows: string[] = [];
  let skipped = 0;
  for (const item of factsCases()) {
    if (missesOf !== undefined && !item.name.includes(missesOf)) continue;
    if (ocr === null && item.file.endsWith('.pdf')) {
      skipped += 1;
      continue;
    }
    const { got, facts } = await extractCase(item, dictionaries, ocr);
    const { counts, misses } = score(facts, got, dictionaries);
    addCounts(total, counts);
    addCounts(groups.get(item.group) ?? groups.set(item.group, emptyCounts()).get(item.group)!, counts);
    if (byFile) rows.push(row(`${item.group}/${item.name}`, counts));
    if (missesOf !== undefined) {
      console.log(`\n${item.name}: ${misses.length} disagreements`);
      for (const miss of misses) console.log(`  ${formatMiss(miss)}`);
    }
  }
  if (json) {
    console.log(JSON.stringify({ groups: Object.fromEntries(groups), total }, null, 2));
    return;
  }
  console.log(`\n| texts | ${KINDS.map((kind) => `${kind} P / R`).join(' | ')} |`);
  console.log(`|---|${KINDS.map(() => '---').join('|')}|`);
  for (const line of rows) console.log(line);
  for (const [group, counts] of groups) console.log(row(`**${group}**`, counts));
  console.log(row('**all**', total));
  console.log(
    `\nP = right / stated by the parser, R = right / stated by the reader (test/ingest/corpus/README.md).` +
      (skipped > 0
        ? ` ${skipped} PDFs skipped: no Tesseract (apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils).`
        : ''),
  );
}

function row(label: string, counts: Counts): string {
  const cell = (kind: (typeof KINDS)[number]) => {
    const { tp, fp, fn } = counts[kind];
    const p = tp + fp === 0 ? '–' : `${Math.round((100 * tp) / (tp + fp))}%`;
    const r = tp + fn === 0 ? '–' : `${Math.round((100 * tp) / (tp + fn))}%`;
    return `${p} / ${r}`;
  };
  return `| ${label} | ${KINDS.map(cell).join(' | ')} |`;
}

await main();
