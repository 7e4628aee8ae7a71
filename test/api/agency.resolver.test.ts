import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApi, type SeededApi } from '../helpers/api.js';

const SO_KHCN_BG = 'agency/bac-giang/so-khoa-hoc-cong-nghe';

interface TaskEdge {
  node: { id: string; document: { id: string; issuedOn: string }; leads: { id: string }[] };
}

describe('agencies and their responsibilities on the seed graph', () => {
  let api: SeededApi;
  let centre: string;
  beforeAll(async () => {
    api = await seededApi();
    const { data } = await api.gql(
      '{ search(text: "trung tam ung dung", first: 10) { node { ... on Agency { id province } } } }',
    );
    centre = data.search.find((hit: { node: { province?: string } }) => hit.node.province === 'Bắc Giang').node.id;
  });
  afterAll(async () => {
    await api.close();
  });

  it('shows the Trung tâm Ứng dụng KH&CN of Bắc Giang leading tasks in both Bắc Giang plans', async () => {
    const { data } = await api.gql(
      `query($id: ID!) { agency(id: $id) { name aliases parent { id } tasks(role: LEAD, first: 100) { totalCount edges { node { id document { id issuedOn } } } } } }`,
      { id: centre },
    );
    expect(data.agency.name).toBe('Trung tâm Ứng dụng Khoa học và Công nghệ');
    expect(data.agency.aliases).toContain('Trung tâm Ứng dụng KH&CN');
    expect(data.agency.parent).toEqual({ id: SO_KHCN_BG });
    const years = new Set(data.agency.tasks.edges.map((e: TaskEdge) => e.node.document.issuedOn.slice(0, 4)));
    expect([...years].sort()).toEqual(['2022', '2024']);
  });

  it("counts a Sở's units' tasks only with includeUnits", async () => {
    const query = `query($id: ID!, $units: Boolean) { agency(id: $id) { units { id } tasks(role: LEAD, includeUnits: $units, first: 100) { totalCount edges { node { id leads { id } } } } } }`;
    const own = await api.gql(query, { id: SO_KHCN_BG, units: false });
    const all = await api.gql(query, { id: SO_KHCN_BG, units: true });
    const centreTasks = await api.gql(
      `query($id: ID!) { agency(id: $id) { tasks(role: LEAD, first: 100) { edges { node { id } } } } }`,
      { id: centre },
    );
    const ownIds = own.data.agency.tasks.edges.map((e: TaskEdge) => e.node.id);
    const allIds = all.data.agency.tasks.edges.map((e: TaskEdge) => e.node.id);
    const centreIds: string[] = centreTasks.data.agency.tasks.edges.map((e: TaskEdge) => e.node.id);
    expect(own.data.agency.units.map((u: { id: string }) => u.id)).toContain(centre);
    expect(centreIds.length).toBeGreaterThan(0);
    expect(allIds).toEqual(expect.arrayContaining([...ownIds, ...centreIds]));
    expect(centreIds.some((id) => !ownIds.includes(id))).toBe(true);
    expect(all.data.agency.tasks.totalCount).toBe(allIds.length);
    for (const { node } of own.data.agency.tasks.edges as TaskEdge[]) {
      expect(node.leads.map((l) => l.id)).toContain(SO_KHCN_BG);
    }
    // The same question at the top level.
    const top = await api.gql(
      `query($id: ID!) { tasks(filter: { agency: $id, role: LEAD, includeUnits: true }, first: 100) { totalCount } }`,
      {
        id: SO_KHCN_BG,
      },
    );
    expect(top.data.tasks.totalCount).toBe(all.data.agency.tasks.totalCount);
  });

  it('counts both roles when role is null', async () => {
    const q = (role: string) => `query($id: ID!) { agency(id: $id) { tasks${role} { totalCount } } }`;
    const lead = await api.gql(q('(role: LEAD)'), { id: centre });
    const coordinator = await api.gql(q('(role: COORDINATOR)'), { id: centre });
    const both = await api.gql(q(''), { id: centre });
    expect(both.data.agency.tasks.totalCount).toBeGreaterThanOrEqual(
      Math.max(lead.data.agency.tasks.totalCount, coordinator.data.agency.tasks.totalCount),
    );
    expect(both.data.agency.tasks.totalCount).toBeLessThanOrEqual(
      lead.data.agency.tasks.totalCount + coordinator.data.agency.tasks.totalCount,
    );
  });

  it('filters agencies by name without case or diacritics, and by province', async () => {
    const { data } = await api.gql(
      '{ agencies(filter: { name: "so y te", province: "Hưng Yên" }) { totalCount edges { node { id name province } } } }',
    );
    expect(data.agencies).toEqual({
      totalCount: 1,
      edges: [{ node: { id: 'agency/hung-yen/so-y-te', name: 'Sở Y tế', province: 'Hưng Yên' } }],
    });
    const folded = await api.gql('{ agencies(filter: { name: "SO Y TE", province: "hung yen" }) { totalCount } }');
    expect(folded.data.agencies.totalCount).toBe(1);
    const everywhere = await api.gql('{ agencies(filter: { name: "SỞ Y TẾ" }) { edges { node { name province } } } }');
    expect(everywhere.data.agencies.edges.map((e: { node: { province: string } }) => e.node.province)).toEqual([
      'Bắc Giang',
      'Hưng Yên',
      'Lạng Sơn',
    ]);
  });

  it('rejects role without agency in a task filter, naming the filter', async () => {
    const { errors } = await api.gql('{ tasks(filter: { role: LEAD }) { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('"agency"');
  });

  it('gives each agency its kind and each collective the kinds it covers, and lists agencies by kind', async () => {
    const { data } = await api.gql(`{ so: agency(id: "agency/lang-son/so-y-te") { kind coversKinds }
      group: agency(id: "agency/lang-son/ubnd-cac-huyen-thanh-pho") { name isCollective kind coversKinds }
      sectors: agency(id: "agency/lang-son/cac-so-ban-nganh") { kind coversKinds }
      unit: agency(id: "agency/tay-ninh/so-khoa-hoc-cong-nghe/phong-quan-ly-khoa-hoc") { kind parent { kind } }
      ubnd: agencies(filter: { kind: UBND_TINH }, first: 100) { totalCount edges { node { province } } } }`);
    expect(data.so).toEqual({ kind: 'SO_Y_TE', coversKinds: [] });
    expect(data.group).toEqual({
      name: 'UBND các huyện, thành phố',
      isCollective: true,
      kind: null,
      coversKinds: ['UBND_HUYEN'],
    });
    expect(data.sectors).toEqual({ kind: null, coversKinds: [] });
    expect(data.unit).toEqual({ kind: null, parent: { kind: 'SO_KHCN' } });
    // The People's Committees of the four seed provinces, and those of provinces the plans cite.
    const provinces = data.ubnd.edges.map((e: { node: { province: string } }) => e.node.province);
    expect(provinces).toEqual(expect.arrayContaining(['Bắc Giang', 'Hưng Yên', 'Lạng Sơn', 'Tây Ninh']));
    expect(new Set(provinces).size).toBe(data.ubnd.totalCount);
  });
});
