/**
 * The national corpus generator (bench/national/generate.ts): deterministic, and its plans read
 * as plans — tasks with leads, and the lineage Sở → UBND → Party programme → 36-NQ/TW,
 * UBND → 189/NQ-CP. No database.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { extract, loadDictionaries } from '../../src/ingest/index.js';
import { generateCorpus, nationalProvinces } from '../../bench/national/generate.js';

const dictionaries = loadDictionaries(path.join(PROJECT_ROOT, 'seed'));
const read = (plan: { name: string; text: string }) => extract(Buffer.from(plan.text), plan.name, dictionaries);

describe('national corpus generator', () => {
  it('covers the 63 provinces of 2023–2024, five plans each', () => {
    const provinces = nationalProvinces();
    expect(provinces).toHaveLength(63);
    expect(provinces).toContain('Thừa Thiên Huế');
    expect(provinces).not.toContain('Huế');
    const corpus = generateCorpus({ provinces: 2 });
    expect(corpus.map((plan) => plan.issuer)).toEqual([
      'ubnd',
      'khcn',
      'snn',
      'syt',
      'stnmt',
      'ubnd',
      'khcn',
      'snn',
      'syt',
      'stnmt',
    ]);
  });

  it('gives the same texts for the same seed, other numbers for another seed', () => {
    const a = generateCorpus({ provinces: 3 });
    const b = generateCorpus({ provinces: 3 });
    expect(b).toEqual(a);
    const c = generateCorpus({ provinces: 3, seed: 7 });
    expect(c.map((plan) => plan.name)).not.toEqual(a.map((plan) => plan.name));
  });

  it("a department's plan extracts with tasks and leads, implementing its province's UBND plan, whose lineage reaches 36-NQ/TW and 189/NQ-CP", () => {
    const [ubndPlan, ...departments] = generateCorpus({ provinces: 1 });
    const ubnd = read(ubndPlan!);
    expect(ubnd.document.province).toBe('An Giang');
    expect(ubnd.document.symbol).toMatch(/^\d+\/KH-UBND$/);
    expect(ubnd.document.implements.map((doc) => doc.symbol)).toEqual(
      expect.arrayContaining(['189/NQ-CP', expect.stringMatching(/-(KH|CTr)\/TU$/)]),
    );
    const party = ubnd.document.implements.find((doc) => doc.symbol?.endsWith('/TU'))!;
    expect(ubnd.lineage).toContainEqual(expect.objectContaining({ from: party.id, to: 'doc/vn/tw/nq/2023/36' }));
    for (const plan of departments) {
      const extraction = read(plan);
      expect(extraction.document.issuer?.id, plan.name).toMatch(/^agency\/an-giang\/so-/);
      expect(
        extraction.document.implements.map((doc) => doc.id),
        plan.name,
      ).toEqual([ubnd.document.id]);
      expect(extraction.document.tasks.length, plan.name).toBeGreaterThan(60);
      const led = extraction.document.tasks.filter((task) => task.leads.length > 0);
      expect(led.length, plan.name).toBeGreaterThan(extraction.document.tasks.length / 2);
    }
    // The four departments are four issuers, and they use more than one layout.
    const extractions = departments.map(read);
    expect(new Set(extractions.map((e) => e.document.issuer?.id)).size).toBe(4);
    expect(new Set(extractions.map((e) => e.document.layout)).size).toBeGreaterThan(1);
  });

  it('the 10× corpus holds about ten times the tasks of a province, in ten times the department plans', () => {
    const tasks = (plans: ReturnType<typeof generateCorpus>) =>
      plans.reduce((sum, plan) => sum + read(plan).document.tasks.length, 0);
    const small = generateCorpus({ provinces: 1 });
    const large = generateCorpus({ provinces: 1, scale: 10 });
    expect(large).toHaveLength(1 + 4 * 10);
    expect(new Set(large.map((plan) => plan.name)).size).toBe(large.length);
    expect(tasks(large)).toBeGreaterThan(7 * tasks(small));
    expect(tasks(large)).toBeLessThan(12 * tasks(small));
  });
});
