import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, seededApi, type GqlResponse, type Page, type SeededApi } from '../helpers/api.js';

describe('documents and their lineage on the seed graph', () => {
  let api: SeededApi;
  let hungYen: string;
  beforeAll(async () => {
    api = await seededApi();
    const { data } = await api.gql(
      '{ documents(filter: { province: "Hưng Yên", inCorpus: true }) { edges { node { id } } } }',
    );
    hungYen = data.documents.edges[0].node.id;
  });
  afterAll(async () => {
    await api.close();
  });

  it('finds each province plan by filter, and only it', async () => {
    const { data } = await api.gql(
      '{ documents(filter: { inCorpus: true }) { totalCount edges { node { province kind } } } }',
    );
    expect(data.documents.totalCount).toBe(5);
    expect(data.documents.edges.map((e: { node: { province: string } }) => e.node.province).sort()).toEqual([
      'Bắc Giang',
      'Bắc Giang',
      'Hưng Yên',
      'Lạng Sơn',
      'Tây Ninh',
    ]);
    const bySymbol = await api.gql('{ documents(filter: { symbol: "189/nq-cp" }) { edges { node { id kind } } } }');
    expect(bySymbol.data.documents.edges).toEqual([{ node: { id: IDS.resolution189, kind: 'RESOLUTION' } }]);
  });

  it('shows the Hưng Yên plan implementing both 189/NQ-CP and 203-KH/TU, each reaching 36-NQ/TW', async () => {
    const { data, errors } = await api.gql(
      `query($id: ID!) { document(id: $id) {
        implements { symbol }
        lineagePaths { symbol }
        ancestors { symbol }
        issuer { name province }
        targets { value unit year source { file } }
      } }`,
      { id: hungYen },
    );
    expect(errors).toBeUndefined();
    const doc = data.document;
    expect(doc.implements.map((d: { symbol: string }) => d.symbol).sort()).toEqual(['189/NQ-CP', '203-KH/TU']);
    expect(doc.lineagePaths).toHaveLength(2);
    for (const path of doc.lineagePaths) {
      expect(path[0].symbol).toBeNull(); // the plan itself, printed without a number
      expect(path[path.length - 1].symbol).toBe('36-NQ/TW');
    }
    // Nearest first, ties by id (doc/hung-yen/... before doc/vn/...).
    expect(doc.ancestors.map((d: { symbol: string }) => d.symbol)).toEqual(['203-KH/TU', '189/NQ-CP', '36-NQ/TW']);
    expect(doc.issuer).toEqual({ name: expect.stringMatching(/Ủy ban nhân dân|UBND/i), province: 'Hưng Yên' });
    expect(doc.targets).toContainEqual({
      value: 7,
      unit: '%',
      year: 2030,
      source: { file: 'hung-yen-ubnd-kh-2023-cong-nghe-sinh-hoc.txt' },
    });
  });

  it('lists what implements 36-NQ/TW, directly and transitively, and not the 2022 Bắc Giang plan', async () => {
    const { data } = await api.gql(
      `query($id: ID!) { document(id: $id) { symbol implementedBy { symbol } descendants { id inCorpus } } }`,
      { id: IDS.resolution36 },
    );
    expect(data.document.symbol).toBe('36-NQ/TW');
    expect(data.document.implementedBy.map((d: { symbol: string }) => d.symbol)).toEqual(
      expect.arrayContaining(['189/NQ-CP', '114-KH/TU', '180-CTr/TU', '88-CTr/TU', '203-KH/TU']),
    );
    const inCorpus = data.document.descendants.filter((d: { inCorpus: boolean }) => d.inCorpus);
    expect(inCorpus).toHaveLength(4);
    expect(data.document.descendants.map((d: { id: string }) => d.id)).not.toContain(
      'doc/bac-giang/khcn/kh/2022/x-a9839913',
    );
    const filtered = await api.gql(
      `query($id: ID!) { documents(filter: { implements: $id, inCorpus: true }) { totalCount } }`,
      { id: IDS.resolution36 },
    );
    expect(filtered.data.documents.totalCount).toBe(4);
  });

  it('pages documents by keyset cursor', async () => {
    const all = await api.gql('{ documents(first: 100) { totalCount edges { node { id } } } }');
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GqlResponse<{ documents: Page }> = await api.gql(
        'query($after: String) { documents(first: 4, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      ids.push(...page.data!.documents.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.data!.documents.pageInfo.hasNextPage) break;
      after = page.data!.documents.pageInfo.endCursor;
    }
    expect(ids).toEqual(all.data.documents.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(ids).toHaveLength(all.data.documents.totalCount);
  });

  it('answers null, without errors, for an unknown id or an id of another kind', async () => {
    const result = await api.gql(
      '{ document(id: "doc/nowhere/1") { id } other: document(id: "domain/HEALTH") { id } }',
    );
    expect(result).toEqual({ data: { document: null, other: null } });
  });
});
