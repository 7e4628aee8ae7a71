import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Reader } from '../../src/graph/driver.js';
import {
  listTaskPages,
  listTaskRelations,
  type TaskPageRequest,
  type TaskQuery,
} from '../../src/graph/task.repository.js';
import { findNodes } from '../../src/graph/node.repository.js';
import { ensureSeeded } from '../../src/cli/seed.js';
import { resetGraph, testDatabase } from '../helpers/database.js';

const ANY: TaskQuery = {
  document: null,
  implements: null,
  agency: null,
  agencyKinds: null,
  includeCollectives: false,
  role: null,
  includeUnits: false,
  domain: null,
  province: null,
  includeFormer: false,
  year: null,
  words: [],
};

describe('task batch functions on the seed graph', () => {
  let db: Database;
  beforeAll(async () => {
    db = await testDatabase();
    await resetGraph(db);
    await ensureSeeded(db, () => {});
  });
  afterAll(async () => {
    await db.close();
  });

  it('answers several page requests in one round trip, aligned with the requests', async () => {
    const requests = [
      { query: { ...ANY, province: 'tay-ninh' }, after: null, limit: 3 },
      { query: { ...ANY, province: 'nowhere' }, after: null, limit: 3 },
      { query: { ...ANY, province: 'hung-yen' }, after: null, limit: 2 },
    ];
    const before = db.roundTrips;
    const pages = (await listTaskPages(db, requests)).map((page) => page.tasks);
    expect(db.roundTrips - before).toBe(1);
    expect(pages.map((page) => page.length)).toEqual([3, 0, 2]);
    expect(pages[0]!.every((task) => task.province === 'Tây Ninh')).toBe(true);
    expect(pages[2]!.every((task) => task.province === 'Hưng Yên')).toBe(true);
    const [next] = await listTaskPages(db, [
      {
        query: requests[0]!.query,
        after: [pages[0]![2]!.documentId as string, pages[0]![2]!.ordinal as number],
        limit: 3,
      },
    ]);
    expect(next!.tasks[0]!.ordinal).toBeGreaterThan(pages[0]![2]!.ordinal as number);
  });

  it('gives each page the total of its filters over all pages, whatever the page asked', async () => {
    const before = db.roundTrips;
    const [all, tayNinh, later, none] = await listTaskPages(db, [
      { query: ANY, after: null, limit: 1 },
      { query: { ...ANY, province: 'tay-ninh' }, after: null, limit: 0 },
      { query: { ...ANY, province: 'tay-ninh' }, after: ['zzz', 0], limit: 5 },
      { query: { ...ANY, words: ['zzzz'] }, after: null, limit: 5 },
    ]);
    // One round trip per anchor: none (all tasks, words) and the province.
    expect(db.roundTrips - before).toBe(2);
    expect([all!.total, tayNinh!.total, later!.total, none!.total]).toEqual([156, 26, 26, 0]);
    expect([all!.tasks.length, tayNinh!.tasks.length, later!.tasks.length, none!.tasks.length]).toEqual([1, 0, 0, 0]);
  });

  it('starts from the most selective filter and still applies every other one', async () => {
    const agency = 'agency/hung-yen/so-y-te';
    const [led, ledHealth, ledInTayNinh] = await listTaskPages(db, [
      { query: { ...ANY, agency, role: 'LEAD' }, after: null, limit: 100 },
      { query: { ...ANY, agency, role: 'LEAD', domain: 'HEALTH' }, after: null, limit: 100 },
      { query: { ...ANY, agency, role: 'LEAD', province: 'tay-ninh' }, after: null, limit: 100 },
    ]);
    expect(led!.tasks.map((task) => task.code)).toEqual(
      expect.arrayContaining(['II.1', 'II.2', 'III.3', 'IV.4', 'V.2']),
    );
    expect(led!.total).toBe(led!.tasks.length);
    expect(ledHealth!.tasks.length).toBeGreaterThan(0);
    expect(ledHealth!.tasks.length).toBeLessThan(led!.tasks.length);
    expect(ledInTayNinh!.total).toBe(0); // Hưng Yên's Sở Y tế leads nothing in a Tây Ninh plan
  });

  it('reads each batch with only the parts of the statement it needs, and answers as the whole statement does', async () => {
    // The whole statement: every `// @if` block of the list-tasks queries kept (no flags).
    const whole: Reader = { read: (name, params, options) => db.read(name, params, { ...options, flags: undefined }) };
    const agency = 'agency/hung-yen/so-y-te';
    const batches: TaskPageRequest[][] = [
      [
        { query: { ...ANY, agency, role: 'LEAD', includeUnits: true }, after: null, limit: 4, relations: ['leads'] },
        {
          query: { ...ANY, agency: 'agency/hung-yen/cac-so-ban-nganh', role: 'COORDINATOR', words: ['va'] },
          after: null,
          limit: 3,
          withTotal: false,
        },
        { query: { ...ANY, agency, domain: 'HEALTH', year: 2025 }, after: null, limit: 10 },
      ],
      [
        {
          query: { ...ANY, agencyKinds: ['SO_Y_TE'], includeCollectives: true, province: 'hung-yen' },
          after: null,
          limit: 5,
          documentFields: ['symbol'],
        },
      ],
      [
        {
          query: { ...ANY, document: 'doc/hung-yen/ubnd/kh/2023/x-fac9435e', agency, role: 'LEAD' },
          after: null,
          limit: 5,
        },
        {
          query: { ...ANY, document: 'doc/hung-yen/ubnd/kh/2023/x-fac9435e', domain: 'HEALTH' },
          after: null,
          limit: 5,
        },
      ],
      [
        {
          query: { ...ANY, implements: 'doc/vn/tw/nq/2023/36', province: 'bac-ninh', includeFormer: true },
          after: null,
          limit: 5,
          relations: ['domains', 'coordinators'],
        },
        {
          query: { ...ANY, implements: 'doc/vn/tw/nq/2023/36', year: 2025 },
          after: ['doc/hung-yen', 0],
          limit: 5,
          fields: ['title'],
        },
      ],
      [
        {
          query: { ...ANY, domain: 'AGRICULTURE', province: 'hung-yen' },
          after: null,
          limit: 5,
          relations: ['parent', 'subtasks'],
        },
      ],
      [{ query: { ...ANY, province: 'tay-ninh', year: 2026 }, after: null, limit: 5 }],
      [{ query: { ...ANY, words: ['sinh', 'hoc'] }, after: null, limit: 5 }],
    ];
    for (const [i, batch] of batches.entries()) {
      const pages = await listTaskPages(db, batch);
      expect(pages, `batch ${i}`).toEqual(await listTaskPages(whole, batch));
      // None empty: the filters find tasks, so the comparison says something.
      expect(
        pages.map((page) => page.tasks.length > 0),
        `batch ${i}`,
      ).toEqual(batch.map(() => true));
    }
  });

  it("reads an agency's page with the agency, and says when there is no such agency", async () => {
    const before = db.roundTrips;
    const [known, unknown, ofDocument] = await listTaskPages(db, [
      { query: { ...ANY, agency: 'agency/hung-yen/so-y-te', role: 'LEAD' }, after: null, limit: 1 },
      { query: { ...ANY, agency: 'agency/hung-yen/so-khong-co' }, after: null, limit: 1 },
      { query: { ...ANY, document: 'doc/none' }, after: null, limit: 1 },
    ]);
    expect(db.roundTrips - before).toBe(2); // the agencies' pages together, the document's
    expect(known!.agency).toMatchObject({ id: 'agency/hung-yen/so-y-te', name: 'Sở Y tế', label: 'Agency' });
    expect(known!.tasks).toHaveLength(1);
    expect(unknown!.agency).toBeNull();
    expect(unknown!.tasks).toEqual([]);
    expect(ofDocument).not.toHaveProperty('agency');
  });

  it('aligns relations and nodes with the ids asked for, unknown and repeated ones included', async () => {
    const [first] = (await listTaskPages(db, [{ query: ANY, after: null, limit: 1 }]))[0]!.tasks;
    const ids = [first!.id, 'task/none', first!.id];
    const relations = await listTaskRelations(db, ids);
    expect(relations[1]).toEqual({ parent: null, subtasks: [], leads: [], coordinators: [], domains: [] });
    expect(relations[2]).toEqual(relations[0]);
    const nodes = await findNodes(db, ids);
    expect(nodes.map((node) => node?.id ?? null)).toEqual([first!.id, null, first!.id]);
  });
});
