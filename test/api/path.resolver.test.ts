import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, seededApi, type SeededApi } from '../helpers/api.js';

const PATH = `query($from: ID!, $to: ID!, $maxHops: Int) { path(from: $from, to: $to, maxHops: $maxHops) {
  via node { __typename id } } }`;

describe('paths between things on the seed graph', () => {
  let api: SeededApi;
  let tayNinhTask: string;
  beforeAll(async () => {
    api = await seededApi();
    // An agency nothing refers to: unreachable from anything.
    await api.db.write(
      "CREATE (:Agency {id: 'agency/test/isolated', name: 'Isolated', aliases: [], isCollective: false})",
    );
    const { data } = await api.gql(
      '{ documents(filter: { province: "Tây Ninh", inCorpus: true }) { edges { node { tasks(filter: { text: "trai thuc nghiem" }) { edges { node { id code } } } } } } }',
    );
    tayNinhTask = data.documents.edges[0].node.tasks.edges[0].node.id;
  });
  afterAll(async () => {
    await api.close();
  });

  it('relates a Tây Ninh task to 36-NQ/TW through its plan', async () => {
    const { data, errors } = await api.gql(PATH, { from: tayNinhTask, to: IDS.resolution36 });
    expect(errors).toBeUndefined();
    const steps = data.path as { via: string | null; node: { __typename: string; id: string } }[];
    expect(steps[0]).toEqual({ via: null, node: { __typename: 'Task', id: tayNinhTask } });
    expect(steps[1]).toMatchObject({ via: 'HAS_TASK', node: { __typename: 'Document' } });
    expect(steps[steps.length - 1]!.node).toEqual({ __typename: 'Document', id: IDS.resolution36 });
    expect(steps.length).toBeLessThanOrEqual(5);
  });

  it('is null when nothing connects the two, or not within maxHops', async () => {
    expect((await api.gql(PATH, { from: tayNinhTask, to: 'agency/test/isolated' })).data).toEqual({ path: null });
    expect((await api.gql(PATH, { from: tayNinhTask, to: IDS.resolution36, maxHops: 1 })).data).toEqual({ path: null });
    expect((await api.gql(PATH, { from: tayNinhTask, to: 'doc/none' })).data).toEqual({ path: null });
  });

  it('is a single step from a node to itself', async () => {
    const { data } = await api.gql(PATH, { from: IDS.resolution36, to: IDS.resolution36 });
    expect(data.path).toEqual([{ via: null, node: { __typename: 'Document', id: IDS.resolution36 } }]);
  });

  it('rejects maxHops outside 1..10, naming it', async () => {
    for (const maxHops of [0, 11]) {
      const { errors } = await api.gql(PATH, { from: tayNinhTask, to: IDS.resolution36, maxHops });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain('"maxHops"');
    }
  });
});
