import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/driver.js';
import { countTasks, listTaskPages, listTaskRelations, type TaskQuery } from '../../src/graph/task.repository.js';
import { findNodes } from '../../src/graph/node.repository.js';
import { ensureSeeded } from '../../src/cli/seed.js';
import { resetGraph, testDatabase } from '../helpers/database.js';

const ANY: TaskQuery = {
  document: null,
  implements: null,
  agency: null,
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
    const pages = await listTaskPages(db, requests);
    expect(db.roundTrips - before).toBe(1);
    expect(pages.map((page) => page.length)).toEqual([3, 0, 2]);
    expect(pages[0]!.every((task) => task.province === 'Tây Ninh')).toBe(true);
    expect(pages[2]!.every((task) => task.province === 'Hưng Yên')).toBe(true);
    const next = await listTaskPages(db, [
      {
        query: requests[0]!.query,
        after: [pages[0]![2]!.documentId as string, pages[0]![2]!.ordinal as number],
        limit: 3,
      },
    ]);
    expect(next[0]![0]!.ordinal).toBeGreaterThan(pages[0]![2]!.ordinal as number);
  });

  it('counts per query in one round trip, aligned', async () => {
    const [all, tayNinh, none] = await countTasks(db, [
      ANY,
      { ...ANY, province: 'tay-ninh' },
      { ...ANY, words: ['zzzz'] },
    ]);
    expect(all).toBe(114);
    expect(tayNinh).toBe(23);
    expect(none).toBe(0);
  });

  it('aligns relations and nodes with the ids asked for, unknown and repeated ones included', async () => {
    const [first] = (await listTaskPages(db, [{ query: ANY, after: null, limit: 1 }]))[0]!;
    const ids = [first!.id, 'task/none', first!.id];
    const relations = await listTaskRelations(db, ids);
    expect(relations[1]).toEqual({ parent: null, subtasks: [], leads: [], coordinators: [], domains: [] });
    expect(relations[2]).toEqual(relations[0]);
    const nodes = await findNodes(db, ids);
    expect(nodes.map((node) => node?.id ?? null)).toEqual([first!.id, null, first!.id]);
  });
});
