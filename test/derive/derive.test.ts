/**
 * Derivation on texts alone (no database): a seed plan's tasks against the parent written for the
 * test, the hand-checked sample's precision and recall at the threshold, and references by number.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveLinks, SIMILARITY_THRESHOLD, taskReferences, type ParentDocument } from '../../src/derive/index.js';
import { extract, type DocumentExtraction } from '../../src/ingest/index.js';
import { dictionaries, extractSeed, RESOLUTION_36, SEEDS } from '../helpers/ingest.js';
import { SAMPLE } from './sample.js';

function parentOf(extraction: DocumentExtraction): ParentDocument {
  return {
    id: extraction.document.id,
    symbol: extraction.document.symbol,
    tasks: extraction.document.tasks.map((task) => ({
      id: task.code ?? 'unnumbered',
      code: task.code,
      text: task.text,
    })),
  };
}

const parent = parentOf(extract(fs.readFileSync(RESOLUTION_36.file), 'tw-nq-2023-36.txt', dictionaries));

/** The seed's tasks, known by the line they start on. */
function childTasks(seed: keyof typeof SEEDS) {
  return extractSeed(SEEDS[seed]).document.tasks.map((task) => ({
    id: String(task.source.lineStart),
    code: task.code,
    text: task.text,
  }));
}

describe('similarity links, against the hand-checked sample', () => {
  const counts = { truePositive: 0, falsePositive: 0, falseNegative: 0 };
  for (const seed of ['bacGiang2024', 'hungYen', 'langSon', 'tayNinh'] as const) {
    const links = deriveLinks(childTasks(seed), [parent]);
    for (const pair of SAMPLE.filter((item) => item.seed === seed)) {
      const linked = links.some((link) => link.from === String(pair.line) && link.to === (pair.parent ?? 'unnumbered'));
      if (linked && pair.same) counts.truePositive += 1;
      else if (linked) counts.falsePositive += 1;
      else if (pair.same) counts.falseNegative += 1;
    }
  }

  it(`links 9 in 10 right at the threshold ${SIMILARITY_THRESHOLD}, and finds three in four of the same duties`, () => {
    const precision = counts.truePositive / (counts.truePositive + counts.falsePositive);
    const recall = counts.truePositive / (counts.truePositive + counts.falseNegative);
    expect(SAMPLE).toHaveLength(69);
    expect(counts).toEqual({ truePositive: 25, falsePositive: 2, falseNegative: 8 });
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.75);
  });

  it("links Lạng Sơn's security task to the parent's security task, and nothing else", () => {
    const links = deriveLinks(childTasks('langSon'), [parent]).filter((link) => link.from === '569');
    expect(links).toEqual([{ from: '569', to: '3.5', score: expect.any(Number), method: 'SIMILARITY', excerpt: null }]);
    expect(links[0]!.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
  });

  it('reads "CNSH" as the words it stands for', () => {
    // Bắc Giang 2024's 6 "Đẩy mạnh hợp tác về CNSH" is the parent's 5 on cooperation in biotechnology.
    const links = deriveLinks(childTasks('bacGiang2024'), [parent]).filter((link) => link.from === '248');
    expect(links.map((link) => link.to)).toEqual(['5']);
  });
});

describe('references by number', () => {
  it('reads the task number and the symbol of the document a task cites', () => {
    expect(
      taskReferences(
        'Thực hiện nhiệm vụ 3.2 của Kế hoạch số 16/KH-UBND ngày 26/02/2024; tiểu mục III.1 tại Chương trình số 88-CTr/TU.',
      ),
    ).toEqual([
      { code: '3.2', symbol: '16/KH-UBND', excerpt: 'nhiệm vụ 3.2 của Kế hoạch số 16/KH-UBND' },
      { code: 'III.1', symbol: '88-CTr/TU', excerpt: 'tiểu mục III.1 tại Chương trình số 88-CTr/TU' },
    ]);
  });

  it('links a task to the task it names, whatever the text says besides, and not by similarity', () => {
    const child = [
      { id: 'c', code: '1', text: 'Tuyên truyền về công nghệ sinh học (nhiệm vụ 4 của Nghị quyết số 36-NQ-TW).' },
    ];
    expect(deriveLinks(child, [parent])).toEqual([
      { from: 'c', to: '4', score: 1, method: 'REFERENCE', excerpt: 'nhiệm vụ 4 của Nghị quyết số 36-NQ-TW' },
    ]);
  });

  it('falls back to similarity when the number names no task of that document', () => {
    const child = [
      {
        id: 'c',
        code: '1',
        text: 'Tuyên truyền, phổ biến chủ trương về công nghệ sinh học (nhiệm vụ 9 của Nghị quyết số 36-NQ/TW).',
      },
    ];
    expect(deriveLinks(child, [parent]).map((link) => [link.to, link.method])).toEqual([['1', 'SIMILARITY']]);
  });
});
