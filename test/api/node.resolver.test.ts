import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, seededApi, type SeededApi } from '../helpers/api.js';

describe('node(id) on the seed graph', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await seededApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('resolves every kind of node by its id', async () => {
    const { data: ids } = await api.gql(`{
      tasks(first: 1) { edges { node { id } } }
      agencies(first: 1) { edges { node { id } } }
      document(id: "${IDS.resolution36}") { id }
    }`);
    const { data: targets } = await api.gql(
      '{ documents(filter: { province: "Hưng Yên", inCorpus: true }) { edges { node { targets { id } } } } }',
    );
    const cases: [string, string][] = [
      [IDS.resolution36, 'Document'],
      [ids.tasks.edges[0].node.id, 'Task'],
      [ids.agencies.edges[0].node.id, 'Agency'],
      ['domain/HEALTH', 'Domain'],
      [targets.documents.edges[0].node.targets[0].id, 'Target'],
      ['hung-yen', 'Province'],
    ];
    for (const [id, typename] of cases) {
      const { data, errors } = await api.gql('query($id: ID!) { node(id: $id) { __typename id } }', { id });
      expect(errors).toBeUndefined();
      expect(data.node).toEqual({ __typename: typename, id });
    }
    const domain = await api.gql(
      '{ node(id: "domain/HEALTH") { ... on Domain { code name nameEn tasks(first: 1) { totalCount } } } }',
    );
    expect(domain.data.node).toMatchObject({ code: 'HEALTH', nameEn: expect.any(String) });
    expect(domain.data.node.tasks.totalCount).toBeGreaterThan(0);
  });

  it('answers null and no error for an unknown id', async () => {
    expect(await api.gql('{ node(id: "doc/none/0") { id } agency(id: "x") { id } }')).toEqual({
      data: { node: null, agency: null },
    });
  });

  it('lists the five domains', async () => {
    const { data } = await api.gql('{ domains { code name } }');
    expect(data.domains.map((d: { code: string }) => d.code).sort()).toEqual([
      'AGRICULTURE',
      'ENVIRONMENT',
      'HEALTH',
      'INDUSTRY',
      'SECURITY',
    ]);
  });
});
