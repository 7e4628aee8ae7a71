/**
 * neighbourhood on the seed graph: what lies around a task, an agency and a directive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, seededApi, type SeededApi } from '../helpers/api.js';

const NEIGHBOURHOOD = `query($id: ID!, $hops: Int, $types: [NodeType!], $first: Int) {
  neighbourhood(id: $id, hops: $hops, types: $types, first: $first) {
    focus { id } truncated nodes { __typename id } edges { source target type } } }`;

interface Neighbourhood {
  focus: { id: string };
  truncated: boolean;
  nodes: { __typename: string; id: string }[];
  edges: { source: string; target: string; type: string }[];
}

describe('neighbourhoods on the seed graph', () => {
  let api: SeededApi;
  let task: { id: string; document: { id: string }; leads: { id: string }[]; domains: { id: string }[] };
  beforeAll(async () => {
    api = await seededApi();
    const { data } = await api.gql(
      '{ tasks(filter: { province: "Hưng Yên", domain: HEALTH }, first: 1) { edges { node { id document { id } leads { id } domains { id } } } } }',
    );
    task = data.tasks.edges[0].node;
  });
  afterAll(async () => {
    await api.close();
  });

  async function neighbourhood(variables: Record<string, unknown>): Promise<Neighbourhood | null> {
    const { data, errors } = await api.gql(NEIGHBOURHOOD, variables);
    expect(errors).toBeUndefined();
    return data.neighbourhood as Neighbourhood | null;
  }

  it("holds a task's document, leads and domains one hop away, with the relationships between them", async () => {
    const around = (await neighbourhood({ id: task.id }))!;
    expect(around.focus.id).toBe(task.id);
    expect(around.nodes[0]!.id).toBe(task.id);
    const ids = around.nodes.map((node) => node.id);
    for (const id of [task.document.id, ...task.leads.map((a) => a.id), ...task.domains.map((d) => d.id)]) {
      expect(ids).toContain(id);
    }
    expect(around.edges).toContainEqual({ source: task.document.id, target: task.id, type: 'HAS_TASK' });
    expect(around.edges).toContainEqual({ source: task.id, target: task.leads[0]!.id, type: 'LED_BY' });
    // Every relationship joins two nodes of the neighbourhood.
    for (const edge of around.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
    expect(around.truncated).toBe(false);
  });

  it('keeps only the types asked for, reached through them alone', async () => {
    const documents = (await neighbourhood({ id: IDS.resolution36, hops: 2, types: ['DOCUMENT'] }))!;
    expect(new Set(documents.nodes.map((node) => node.__typename))).toEqual(new Set(['Document']));
    const ids = documents.nodes.map((node) => node.id);
    // 36-NQ/TW → 203-KH/TU (one hop) → the Hưng Yên UBND plan (two hops).
    expect(ids).toContain('doc/hung-yen/tu/kh/2023/203');
    expect(ids).toContain(IDS.resolution189);
    expect(documents.edges).toContainEqual({
      source: 'doc/hung-yen/tu/kh/2023/203',
      target: IDS.resolution36,
      type: 'IMPLEMENTS',
    });
    const oneHop = (await neighbourhood({ id: IDS.resolution36, hops: 1, types: ['DOCUMENT'] }))!;
    expect(oneHop.nodes.length).toBeLessThan(documents.nodes.length);
  });

  it('stops at `first` nodes besides the focus and says so', async () => {
    const cut = (await neighbourhood({ id: 'agency/hung-yen/so-y-te', hops: 2, first: 3 }))!;
    expect(cut.nodes).toHaveLength(4);
    expect(cut.truncated).toBe(true);
  });

  it('is null for an id that names no node, and refuses more than two hops', async () => {
    expect(await neighbourhood({ id: 'doc/none' })).toBeNull();
    const { errors } = await api.gql(NEIGHBOURHOOD, { id: IDS.resolution36, hops: 3 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'hops' });
  });
});
