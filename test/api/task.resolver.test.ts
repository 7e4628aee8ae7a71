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
    // Pages of 7, across the plans' boundaries, walk the same tasks in the same order.
    const small: string[] = [];
    for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
      const page: GqlResponse<{ tasks: Page }> = await api.gql(
        `query($id: ID!, $after: String) { tasks(filter: { implements: $id }, first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { id: IDS.resolution36, after: cursor },
      );
      small.push(...page.data!.tasks.edges.map((e) => e.node.id));
      cursor = page.data!.tasks.pageInfo.hasNextPage ? page.data!.tasks.pageInfo.endCursor : null;
    }
    expect(small).toEqual(edges.map((e: Edge) => e.node.id));
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

  describe('by agency kind', () => {
    const KIND_TASKS = `query($f: TaskFilter) { tasks(filter: $f, first: 100) { totalCount
      edges { node { id code document { province } leads { id kind province isCollective coversKinds }
      coordinators { id kind isCollective coversKinds } } } } }`;
    interface Assigned {
      id: string;
      kind: string | null;
      isCollective: boolean;
      coversKinds: string[];
    }
    interface KindEdge {
      node: {
        id: string;
        code: string;
        document: { province: string };
        leads: (Assigned & { province: string | null })[];
        coordinators: Assigned[];
      };
    }
    async function kindTasks(filter: Record<string, unknown>): Promise<{ totalCount: number; edges: KindEdge[] }> {
      const { data, errors } = await api.gql(KIND_TASKS, { f: filter });
      expect(errors).toBeUndefined();
      return data.tasks;
    }
    const codes = (edges: KindEdge[]) => edges.map((e) => `${e.node.document.province} ${e.node.code}`).sort();
    const ids = (edges: KindEdge[]) => edges.map((e) => e.node.id).sort();

    it('finds the tasks every Sở Y tế leads, in each province that prints one as a lead', async () => {
      const { totalCount, edges } = await kindTasks({ agencyKind: 'SO_Y_TE', role: 'LEAD' });
      // Hưng Yên's appendix rows II.1, II.2, III.3, IV.4 and V.2 name its Sở Y tế among their
      // leads; Lạng Sơn's section IV gives its Sở Y tế one duty ("3. Sở Y tế" / "Chủ trì, …").
      // Bắc Giang's plans name theirs only as a coordinator, Tây Ninh's not at all.
      expect(totalCount).toBe(6);
      expect(codes(edges)).toEqual([
        'Hưng Yên II.1',
        'Hưng Yên II.2',
        'Hưng Yên III.3',
        'Hưng Yên IV.4',
        'Hưng Yên V.2',
        'Lạng Sơn IV.3',
      ]);
      for (const { node } of edges) {
        expect(node.leads).toContainEqual(
          expect.objectContaining({
            id: expect.stringMatching(/\/so-y-te$/),
            kind: 'SO_Y_TE',
            province: node.document.province,
          }),
        );
      }
    });

    it("answers as the union of each Sở Y tế's own task list", async () => {
      const { data } = await api.gql('{ agencies(filter: { kind: SO_Y_TE }) { edges { node { id } } } }');
      const ids: string[] = data.agencies.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(ids).toEqual(['agency/bac-giang/so-y-te', 'agency/hung-yen/so-y-te', 'agency/lang-son/so-y-te']);
      const union = new Set<string>();
      for (const id of ids) {
        for (const e of (await kindTasks({ agency: id })).edges)
          union.add(`${e.node.document.province} ${e.node.code}`);
      }
      expect(codes((await kindTasks({ agencyKind: 'SO_Y_TE' })).edges)).toEqual([...union].sort());
      expect(codes((await kindTasks({ agencyKind: 'SO_Y_TE', role: 'COORDINATOR' })).edges)).toEqual([
        'Bắc Giang 1.1',
        'Bắc Giang 3.6',
        'Bắc Giang 6.2',
      ]);
    });

    it('adds the tasks of "UBND các huyện, thành phố" to the named district committees only when asked', async () => {
      const named = await kindTasks({ agencyKind: 'UBND_HUYEN' });
      // Bắc Giang 2022 names UBND huyện Lục Ngạn, Tân Yên, Yên Thế, Sơn Động and UBND thành phố Bắc Giang.
      expect(codes(named.edges)).toEqual([
        'Bắc Giang 1.1',
        'Bắc Giang 6.1',
        'Bắc Giang 6.3',
        'Bắc Giang 6.4',
        'Bắc Giang 6.5',
        'Bắc Giang 7',
      ]);
      const withGroups = await kindTasks({ agencyKind: 'UBND_HUYEN', includeCollectives: true });
      expect(withGroups.totalCount).toBeGreaterThan(named.totalCount);
      expect(new Set(withGroups.edges.map((e) => e.node.document.province))).toEqual(
        new Set(['Bắc Giang', 'Hưng Yên', 'Lạng Sơn', 'Tây Ninh']),
      );
      const covers = (a: Assigned) =>
        a.kind === 'UBND_HUYEN' || (a.isCollective && a.coversKinds.includes('UBND_HUYEN'));
      for (const { node } of withGroups.edges) expect([...node.leads, ...node.coordinators].some(covers)).toBe(true);
    });

    it('reaches the former departments merged into Sở Nông nghiệp và Môi trường only with includePredecessors', async () => {
      // The seeds are of 2022–2024: none names the 2025 department.
      expect((await kindTasks({ agencyKind: 'SO_NN_MT', role: 'LEAD' })).totalCount).toBe(0);
      const agriculture = await kindTasks({ agencyKind: 'SO_NN_PTNT', role: 'LEAD' });
      const environment = await kindTasks({ agencyKind: 'SO_TN_MT', role: 'LEAD' });
      const merged = await kindTasks({ agencyKind: 'SO_NN_MT', role: 'LEAD', includePredecessors: true });
      expect(ids(merged.edges)).toEqual([...new Set([...ids(agriculture.edges), ...ids(environment.edges)])].sort());
      expect(merged.totalCount).toBeGreaterThan(0);
    });

    it("adds the tasks of a kind's units with includeUnits, as for one agency", async () => {
      const own = await kindTasks({ agencyKind: 'SO_KHCN', role: 'LEAD' });
      const withUnits = await kindTasks({ agencyKind: 'SO_KHCN', role: 'LEAD', includeUnits: true });
      let perAgency = 0;
      const { data } = await api.gql('{ agencies(filter: { kind: SO_KHCN }, first: 100) { edges { node { id } } } }');
      for (const { node } of data.agencies.edges as { node: { id: string } }[]) {
        perAgency += (await kindTasks({ agency: node.id, role: 'LEAD', includeUnits: true })).totalCount;
      }
      expect(withUnits.totalCount).toBe(perAgency);
      expect(withUnits.totalCount).toBeGreaterThan(own.totalCount);
    });

    it('rejects agency with agencyKind, and the kind options without a kind, naming the fields', async () => {
      const both = await api.gql(KIND_TASKS, { f: { agency: 'agency/hung-yen/so-y-te', agencyKind: 'SO_Y_TE' } });
      expect(both.errors?.[0]?.message).toContain('"agency" and "agencyKind"');
      expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const loose = await api.gql(KIND_TASKS, { f: { includeCollectives: true } });
      expect(loose.errors?.[0]?.message).toContain('give "agencyKind" too');
      const unknown = await api.gql(KIND_TASKS, { f: { agencyKind: 'SO_Y' } });
      expect(unknown.errors?.[0]?.message).toContain('"SO_Y"');
    });
  });
});
