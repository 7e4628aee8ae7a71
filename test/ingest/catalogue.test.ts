/**
 * seed/catalogue.json dates the documents whose text prints no date. It knows a document by the
 * id its text gives, so what a file is called does not matter.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { extract, loadDictionaries } from '../../src/ingest/index.js';
import { dictionaries, extractSeed, extractText, SEED_DOCUMENTS, SEEDS } from '../helpers/ingest.js';

describe('the catalogue', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('dates a renamed copy of the Lạng Sơn plan as it dates the seed, with the same id', () => {
    const copy = path.join(scratch, 'ke-hoach-cong-nghe-sinh-hoc.txt');
    fs.copyFileSync(path.join(SEED_DOCUMENTS, SEEDS.langSon), copy);
    const renamed = extract(fs.readFileSync(copy), path.basename(copy), dictionaries);
    expect(renamed.document).toMatchObject({
      id: 'doc/lang-son/ubnd/kh/2023/x-2b823b8a',
      issuedOn: '2023',
      year: 2023,
    });
    expect(renamed.document.id).toBe(extractSeed(SEEDS.langSon).document.id);
    expect(renamed.warnings.map((warning) => warning.message)).not.toContain('no date: the header prints none');
  });

  it('gives nothing to another plan saved under a catalogued file name', () => {
    const other = extractText(
      'UBND TỈNH LẠNG SƠN\n\nKẾ HOẠCH\nPhát triển dược liệu\n\nI. NHIỆM VỤ\n1. Trồng thử nghiệm cây dược liệu\n- Đơn vị chủ trì: Sở Y tế\n\nNơi nhận:\n- Như trên;\n',
      SEEDS.langSon,
    );
    expect(other.document).toMatchObject({ issuedOn: null, year: null });
    expect(other.document.id).toMatch(/^doc\/lang-son\/[^/]+\/kh\/_\/x-[0-9a-f]{8}$/);
    expect(other.warnings).toContainEqual({ file: SEEDS.langSon, line: 1, message: 'no date: the header prints none' });
  });

  it('refuses an entry keyed by a file name, naming the key', () => {
    const seed = path.join(scratch, 'seed');
    fs.cpSync(path.join(PROJECT_ROOT, 'seed'), seed, { recursive: true });
    fs.writeFileSync(
      path.join(seed, 'catalogue.json'),
      JSON.stringify({ documents: { [SEEDS.langSon]: { issuedOn: '2023' } } }),
    );
    expect(() => loadDictionaries(seed)).toThrow(
      `the key "${SEEDS.langSon}" is not a document id with the year unknown, such as "doc/lang-son/ubnd/kh/_/x-2b823b8a".`,
    );
  });
});
