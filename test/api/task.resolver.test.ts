import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, seededApi, type GqlResponse, type Page, type SeededApi } from '../helpers/api.js';

interface Edge {
  node: { id: string; document: { id: string } };
}

describe('tasks on the seed graph', () => {
  let api: SeededApi;
  const plans = new Map<string, string>(); // "<province> <year>" → document id
  beforeAll(async () => {
    api = await seededApi();
    const { data } = await api.gql(
      '{ documents(filter: { inCorpus: true }) { edges { node { id province issuedOn tasks(first: 0) { totalCount } } } } }',
    );
    for (const { node } of data.documents.edges) {
      plans.set(`${node.province} ${String(node.issuedOn).slice(0, 4)}`, node.id);
    }
  });
  afterAll(async () => {
    await api.close();
  });

  it('traces Tây Ninh task 4.1 to 36-NQ/TW through 3300/KH-UBND and 180-CTr/TU', async () => {
    const tayNinh = plans.get('Tây Ninh 2024')!;
    const { data } = await api.gql(
      `query($doc: ID!) { document(id: $doc) { tasks(first: 100) { edges { node { id code lineagePaths { symbol } } } } } }`,
      { doc: tayNinh },
    );
    const task = data.document.tasks.edges.find((e: { node: { code: string } }) => e.node.code === '4.1').node;
    expect(task.lineagePaths).toEqual([
      [{ symbol: null }, { symbol: '3300/KH-UBND' }, { symbol: '180-CTr/TU' }, { symbol: '36-NQ/TW' }],
    ]);
    const one = await api.gql(
      `query($id: ID!) { task(id: $id) { code document { id } leads { name } source { file lineStart } } }`,
      {
        id: task.id,
      },
    );
    expect(one.data.task).toMatchObject({
      code: '4.1',
      document: { id: tayNinh },
      leads: [{ name: 'Trung tâm Khoa học và Công nghệ' }],
    });
    expect(one.data.task.source.file).toBe('tay-ninh-skhcn-kh-2024-cong-nghe-sinh-hoc.txt');
  });

  it('finds the tasks of every plan implementing 36-NQ/TW transitively, and none of the 2022 Bắc Giang plan', async () => {
    const counts = await api.gql(
      '{ documents(filter: { inCorpus: true }) { edges { node { id tasks(first: 0) { totalCount } } } } }',
    );
    const perPlan = new Map<string, number>(
      counts.data.documents.edges.map((e: { node: { id: string; tasks: { totalCount: number } } }) => [
        e.node.id,
        e.node.tasks.totalCount,
      ]),
    );
    const bg2022 = plans.get('Bắc Giang 2022')!;
    const expected = [...perPlan].filter(([id]) => id !== bg2022).reduce((sum, [, n]) => sum + n, 0);
    // Bắc Giang 2024 (14 body items, 1 duty, 26 appendix rows), Hưng Yên (9 body items, 3 duties,
    // 25 rows), Lạng Sơn (10 items of its section III, 25 duties), Tây Ninh (23 items, 3 duties).
    expect(expected).toBe(139); // 41 + 37 + 35 + 26
    const edges: Edge[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: GqlResponse<{ tasks: Page & { totalCount: number } }> = await api.gql(
        `query($id: ID!, $after: String) { tasks(filter: { implements: $id }, first: 100, after: $after) { totalCount edges { node { id document { id } } } pageInfo { hasNextPage endCursor } } }`,
        { id: IDS.resolution36, after },
      );
      total = page.data!.tasks.totalCount;
      edges.push(...(page.data!.tasks.edges as Edge[]));
      after = page.data!.tasks.pageInfo.hasNextPage ? page.data!.tasks.pageInfo.endCursor : null;
    } while (after !== null);
    expect(total).toBe(139);
    expect(edges).toHaveLength(139);
    expect(edges.some((e: Edge) => e.node.document.id === bg2022)).toBe(false);
    const viaHungYenOnly = await api.gql(`{ tasks(filter: { implements: "doc/vn/cp/nq/2023/189" }) { totalCount } }`);
    expect(viaHungYenOnly.data.tasks.totalCount).toBe(perPlan.get(plans.get('Hưng Yên 2023')!));
  });

  it('walks pages of 7 through every task exactly once', async () => {
    const whole = await api.gql('{ tasks(first: 100) { totalCount edges { node { id } } pageInfo { hasNextPage } } }');
    const total = whole.data.tasks.totalCount;
    expect(total).toBeGreaterThan(100);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: GqlResponse<{ tasks: Page }> = await api.gql(
        'query($after: String) { tasks(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      pages += 1;
      seen.push(...page.data!.tasks.edges.map((e) => e.node.id));
      if (!page.data!.tasks.pageInfo.hasNextPage) break;
      after = page.data!.tasks.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 7));
    expect(seen.slice(0, 100)).toEqual(whole.data.tasks.edges.map((e: Edge) => e.node.id));
    expect(whole.data.tasks.pageInfo.hasNextPage).toBe(true);
  });

  it('answers first: 0 with a cursor to page on from, so no row is skipped', async () => {
    const PAGE =
      'query($first: Int, $after: String) { tasks(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const three = await api.gql(PAGE, { first: 3 });
    const ids = three.data.tasks.edges.map((e: Edge) => e.node.id);

    const empty = await api.gql(PAGE, { first: 0 });
    expect(empty.data.tasks).toEqual({ edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
    const fromStart = await api.gql(PAGE, { first: 3, after: empty.data.tasks.pageInfo.endCursor });
    expect(fromStart.data.tasks.edges.map((e: Edge) => e.node.id)).toEqual(ids);

    const first = await api.gql(PAGE, { first: 1 });
    const emptyAfter = await api.gql(PAGE, { first: 0, after: first.data.tasks.pageInfo.endCursor });
    expect(emptyAfter.data.tasks.pageInfo.endCursor).toBe(first.data.tasks.pageInfo.endCursor);
    const next = await api.gql(PAGE, { first: 2, after: emptyAfter.data.tasks.pageInfo.endCursor });
    expect(next.data.tasks.edges.map((e: Edge) => e.node.id)).toEqual(ids.slice(1));
  });

  it('rejects a page size over 100 or below 0 and a malformed cursor, naming the argument', async () => {
    for (const first of [101, -1]) {
      const { errors } = await api.gql(`{ tasks(first: ${first}) { totalCount } }`);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain('"first"');
      expect(errors?.[0]?.message).toContain(String(first));
    }
    for (const after of ['not-a-cursor', Buffer.from('["x"]').toString('base64url')]) {
      const { errors } = await api.gql('query($after: String) { tasks(after: $after) { totalCount } }', { after });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain('"after"');
    }
  });

  it('filters by domain, province, year and words of the text', async () => {
    const { data } = await api.gql(
      '{ tasks(filter: { domain: HEALTH, province: "Hưng Yên" }, first: 100) { totalCount edges { node { domains { code } document { province } } } } }',
    );
    expect(data.tasks.totalCount).toBeGreaterThan(0);
    for (const { node } of data.tasks.edges) {
      expect(node.domains.map((d: { code: string }) => d.code)).toContain('HEALTH');
      expect(node.document.province).toBe('Hưng Yên');
    }
    const unaccented = await api.gql(
      '{ tasks(filter: { domain: HEALTH, province: "HUNG YEN" }, first: 100) { totalCount } }',
    );
    expect(unaccented.data.tasks.totalCount).toBe(data.tasks.totalCount);
    const nowhere = await api.gql('{ tasks(filter: { province: "Atlantis" }) { totalCount } }');
    expect(nowhere.data.tasks.totalCount).toBe(0);
    const year = await api.gql(
      '{ tasks(filter: { year: 2026 }, first: 100) { edges { node { timeframe startYear endYear } } } }',
    );
    const spans: { timeframe: string; startYear: number | null; endYear: number | null }[] = year.data.tasks.edges.map(
      (e: { node: unknown }) => e.node,
    );
    for (const node of spans) {
      expect(node.startYear ?? node.endYear).not.toBeNull();
      expect(node.startYear ?? -Infinity).toBeLessThanOrEqual(2026);
      expect(node.endYear ?? Infinity).toBeGreaterThanOrEqual(2026);
    }
    // "Dự kiến 2024-2026" is in; "từ năm 2022" (open-ended) too; "năm 2023" is not.
    const timeframes = spans.map((node) => node.timeframe);
    expect(timeframes).toContain('Dự kiến 2024-2026');
    expect(timeframes).toContain('từ năm 2022');
    expect(timeframes).not.toContain('năm 2023');
    const text = await api.gql('{ tasks(filter: { text: "TRAI THUC NGHIEM" }) { edges { node { text } } } }');
    expect(text.data.tasks.edges.length).toBeGreaterThan(0);
    for (const { node } of text.data.tasks.edges) expect(node.text).toMatch(/Trại Thực nghiệm/i);
  });

  it('answers null for an unknown task id', async () => {
    expect(await api.gql('{ task(id: "task/none") { id } }')).toEqual({ data: { task: null } });
  });
});
