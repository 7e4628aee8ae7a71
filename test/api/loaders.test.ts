import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApi, type SeededApi } from '../helpers/api.js';

const WIDE = (first: number) => `{ tasks(first: ${first}) { edges { node {
  leads { name } coordinators { name } document { symbol lineagePaths { symbol } }
} } } }`;

describe('batching relation fields through per-request DataLoaders', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await seededApi();
  });
  afterAll(async () => {
    await api.close();
  });

  async function roundTrips(query: string): Promise<number> {
    const before = api.db.roundTrips;
    const { errors } = await api.gql(query);
    expect(errors).toBeUndefined();
    return api.db.roundTrips - before;
  }

  it('reads 50 tasks with their leads, coordinators, documents and lineage in a few round trips', async () => {
    const wide = await roundTrips(WIDE(50));
    const narrow = await roundTrips(WIDE(5));
    expect(wide).toBeLessThanOrEqual(6);
    expect(wide).toBe(narrow);
  });

  it('reads a page of 50 tasks with their leads and documents in one round trip, with the leads the text names', async () => {
    const page = `{ tasks(first: 50) { edges { node { id leads { id name } document { symbol } } } } }`;
    expect(await roundTrips(page)).toBe(1);
    // The leads read with the page are each task's own: Hưng Yên's task II.1 is led by its Sở Y tế.
    const { data } = await api.gql(`{ tasks(first: 50, filter: { agency: "agency/hung-yen/so-y-te", role: LEAD }) {
      edges { node { code leads { id } } } } }`);
    const tasks = (data as { tasks: { edges: { node: { code: string; leads: { id: string }[] } }[] } }).tasks.edges;
    const ii1 = tasks.find((edge) => edge.node.code === 'II.1')!;
    expect(ii1.node.leads.map((lead) => lead.id)).toContain('agency/hung-yen/so-y-te');
    expect(tasks.map((edge) => edge.node.code)).toEqual(
      expect.arrayContaining(['II.1', 'II.2', 'III.3', 'IV.4', 'V.2']),
    );
  });

  it('reads every nested task connection of a request in one round trip', async () => {
    const query = (first: number) => `{ documents(first: ${first}, filter: { inCorpus: true }) { edges { node {
      tasks(first: 3) { totalCount edges { node { code leads { name } subtasks { code } parent { code } domains { code } } } }
    } } } }`;
    const one = await roundTrips(query(1));
    const five = await roundTrips(query(5));
    expect(five).toBe(one);
    expect(five).toBeLessThanOrEqual(5);
  });

  it('reads nested agency connections and relations in a bounded number of round trips', async () => {
    const query = (first: number) => `{ agencies(first: ${first}) { edges { node {
      parent { name } units { name } issued { symbol }
      tasks(role: LEAD, includeUnits: true, first: 2) { totalCount edges { node { document { ancestors { symbol } } } } }
    } } } }`;
    // Both pages hold agencies with tasks, so every level of the query is reached in both.
    const few = await roundTrips(query(20));
    const many = await roundTrips(query(100));
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(7);
  });
});
