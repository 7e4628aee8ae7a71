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
    const { data } = await api.gql(`{ tasks(first: 10, filter: { agency: "agency/hung-yen/so-y-te", role: LEAD }) {
      edges { node { code leads { id } } } } }`);
    const tasks = (data as { tasks: { edges: { node: { code: string; leads: { id: string }[] } }[] } }).tasks.edges;
    const ii1 = tasks.find((edge) => edge.node.code === 'II.1')!;
    expect(ii1.node.leads.map((lead) => lead.id)).toContain('agency/hung-yen/so-y-te');
    expect(tasks.map((edge) => edge.node.code)).toEqual(
      expect.arrayContaining(['II.1', 'II.2', 'III.3', 'IV.4', 'V.2']),
    );
  });

  it("gives a lead asked for with more fields further down the request all of them, not the page's fewer", async () => {
    // The outer page reads its tasks' leads' names only; the page of the same plan's tasks below
    // it, read after it, wants their kind and spellings too.
    const ii1 = 'task/hung-yen/ubnd/kh/2023/x-fac9435e/II.1';
    const { data, errors } = await api.gql(`{
      tasks(first: 10, filter: { agency: "agency/hung-yen/so-y-te", role: LEAD }) { edges { node {
        id leads { name }
        document { tasks(first: 30) { edges { node { id leads { id name kind aliases } } } } }
      } } }
    }`);
    expect(errors).toBeUndefined();
    type Lead = { id?: string; name: string; kind?: string | null; aliases?: string[] };
    type Page = { edges: { node: { id: string; leads: Lead[]; document?: { tasks: Page } } }[] };
    const outer = (data as { tasks: Page }).tasks.edges.find((edge) => edge.node.id === ii1)!.node;
    expect(outer.leads).toContainEqual({ name: 'Sở Y tế' });
    const inner = outer.document!.tasks.edges.find((edge) => edge.node.id === ii1)!.node;
    const lead = inner.leads.find((l) => l.id === 'agency/hung-yen/so-y-te')!;
    expect(lead).toMatchObject({ name: 'Sở Y tế', kind: 'SO_Y_TE' });
    expect(lead.aliases).toContain('Sở Y tế');
  });

  it('reads an agency and a page of the tasks it leads in one round trip, and null for an agency there is not', async () => {
    const query = (id: string) => `{ agency(id: "${id}") { name kind
      tasks(role: LEAD, first: 50) { totalCount edges { node { code title document { symbol } } } } } }`;
    expect(await roundTrips(query('agency/hung-yen/so-y-te'))).toBe(1);
    const { data } = await api.gql(query('agency/hung-yen/so-y-te'));
    const agency = (
      data as {
        agency: { name: string; kind: string; tasks: { totalCount: number; edges: { node: { code: string } }[] } };
      }
    ).agency;
    expect(agency).toMatchObject({ name: 'Sở Y tế', kind: 'SO_Y_TE' });
    // Hưng Yên's Sở Y tế leads II.1, II.2, III.3, IV.4 and V.2 of the province's plan, and IV.3 of Lạng Sơn's.
    expect(agency.tasks.edges.map((edge) => edge.node.code)).toEqual(
      expect.arrayContaining(['II.1', 'II.2', 'III.3', 'IV.4', 'V.2']),
    );
    expect(agency.tasks.totalCount).toBe(agency.tasks.edges.length);
    expect(await roundTrips(query('agency/hung-yen/so-khong-co'))).toBe(1);
    expect((await api.gql(query('agency/hung-yen/so-khong-co'))).data).toEqual({ agency: null });
    // An id of another kind of node is no agency either, with its tasks asked or not.
    const task = 'task/hung-yen/ubnd/kh/2023/x-fac9435e/III.3';
    expect((await api.gql(query(task))).data).toEqual({ agency: null });
    expect((await api.gql(`{ agency(id: "${task}") { name } }`)).data).toEqual({ agency: null });
  });

  it("reports a bad argument of an agency's tasks at the field itself", async () => {
    const { data, errors } = await api.gql(
      `{ agency(id: "agency/hung-yen/so-y-te") { name tasks(first: 1000) { totalCount } } }`,
    );
    expect((errors?.[0] as { path?: unknown } | undefined)?.path).toEqual(['agency', 'tasks']);
    expect(errors?.[0]?.message).toMatch(/"first" must be from 0 to 100, got 1000/);
    expect(data).toEqual({ agency: null }); // tasks is non-null: its error nulls the agency
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
