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
  });

  it('says which id names no node, apart from "no path"', async () => {
    const { data, errors } = await api.gql(PATH, { from: tayNinhTask, to: 'doc/none' });
    expect(data).toEqual({ path: null });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    expect(errors?.[0]?.message).toBe('Argument "to" names no node: "doc/none".');
  });

  it('follows only the relationship types asked for, and says which way each step points', async () => {
    const typed = `query($from: ID!, $to: ID!, $via: [Relationship!], $directed: Boolean) {
      path(from: $from, to: $to, via: $via, directed: $directed) { via direction node { id ... on Document { symbol } } } }`;
    const plan = (await api.gql(PATH, { from: tayNinhTask, to: IDS.resolution36 })).data.path[1].node.id;
    // Up the lineage, in the direction IMPLEMENTS points: plan → 3300/KH-UBND → 180-CTr/TU → 36-NQ/TW.
    const up = await api.gql(typed, { from: plan, to: IDS.resolution36, via: ['IMPLEMENTS'], directed: true });
    expect(up.data.path.map((step: { node: { symbol: string | null } }) => step.node.symbol)).toEqual([
      null,
      '3300/KH-UBND',
      '180-CTr/TU',
      '36-NQ/TW',
    ]);
    expect(up.data.path.map((step: { direction: string | null }) => step.direction)).toEqual([
      null,
      'FORWARD',
      'FORWARD',
      'FORWARD',
    ]);
    // The same chain walked down, undirected: every step goes against IMPLEMENTS.
    const down = await api.gql(typed, { from: IDS.resolution36, to: plan, via: ['IMPLEMENTS'] });
    expect(down.data.path.slice(1).map((step: { direction: string }) => step.direction)).toEqual([
      'BACKWARD',
      'BACKWARD',
      'BACKWARD',
    ]);
    // Nothing leads from the directive down to the plan in IMPLEMENTS' own direction.
    expect(
      (await api.gql(typed, { from: IDS.resolution36, to: plan, via: ['IMPLEMENTS'], directed: true })).data,
    ).toEqual({ path: null });
  });

  it('relates two agencies through the tasks they share, and lists those tasks', async () => {
    const { data } = await api.gql(
      `{ agencies(filter: { province: "Hưng Yên", name: "so nong nghiep" }) { edges { node { id name } } } }`,
    );
    const agriculture = data.agencies.edges[0].node.id;
    const health = 'agency/hung-yen/so-y-te';
    const related = await api.gql(
      `query($from: ID!, $to: ID!) { path(from: $from, to: $to, via: [LED_BY, COORDINATED_BY]) { via direction node { __typename } } }`,
      { from: health, to: agriculture },
    );
    expect(
      related.data.path.map((step: { via: string | null; direction: string | null }) => [step.via, step.direction]),
    ).toEqual([
      [null, null],
      [expect.stringMatching(/^(LED_BY|COORDINATED_BY)$/), 'BACKWARD'],
      [expect.stringMatching(/^(LED_BY|COORDINATED_BY)$/), 'FORWARD'],
    ]);
    expect(related.data.path[1].node.__typename).toBe('Task');
    const shared = await api.gql(
      `query($a: [ID!]!) { sharedTasks(agencies: $a, first: 100) { code leads { id } coordinators { id } } }`,
      { a: [health, agriculture] },
    );
    const codes = shared.data.sharedTasks.map((task: { code: string }) => task.code);
    expect(codes).toContain('IV.4'); // Hưng Yên's disease-control centre: both lead it
    for (const task of shared.data.sharedTasks) {
      const ids = [...task.leads, ...task.coordinators].map((agency: { id: string }) => agency.id);
      expect(ids).toEqual(expect.arrayContaining([health, agriculture]));
    }
  });

  it('refuses sharedTasks of fewer than two agencies or an id that is not an agency', async () => {
    const one = await api.gql('{ sharedTasks(agencies: ["agency/hung-yen/so-y-te"]) { code } }');
    expect(one.errors?.[0]?.message).toBe('Argument "agencies" must name 2 to 10 different agencies, got 1.');
    const wrong = await api.gql(
      `{ sharedTasks(agencies: ["agency/hung-yen/so-y-te", "${IDS.resolution36}"]) { code } }`,
    );
    expect(wrong.errors?.[0]?.message).toBe(`Argument "agencies" names no agency: "${IDS.resolution36}".`);
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
