/**
 * taskStats on the seed graph: every count agrees with the task list of the same question, so a
 * page that shows a count and links to the list never disagrees with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, seededApi, type SeededApi } from '../helpers/api.js';

const SO_Y_TE_HUNG_YEN = 'agency/hung-yen/so-y-te';
const SO_KHCN_BAC_GIANG = 'agency/bac-giang/so-khoa-hoc-cong-nghe';

const STATS = `query($filter: TaskFilter, $groupBy: [TaskGrouping!]!, $role: AssignmentRole, $first: Int) {
  taskStats(filter: $filter, groupBy: $groupBy, role: $role, first: $first) {
    tasks groupCount groups { province domain agency { id name } agencyKind role year tasks } } }`;

interface Group {
  province: string | null;
  domain: string | null;
  agency: { id: string; name: string } | null;
  agencyKind: string | null;
  role: string | null;
  year: number | null;
  tasks: number;
}
interface Stats {
  tasks: number;
  groupCount: number;
  groups: Group[];
}

describe('task counts on the seed graph', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await seededApi();
  });
  afterAll(async () => {
    await api.close();
  });

  async function stats(variables: Record<string, unknown>): Promise<Stats> {
    const { data, errors } = await api.gql(STATS, variables);
    expect(errors).toBeUndefined();
    return data.taskStats as Stats;
  }

  async function totalCount(filter: Record<string, unknown>): Promise<number> {
    const { data, errors } = await api.gql('query($f: TaskFilter) { tasks(filter: $f, first: 0) { totalCount } }', {
      f: filter,
    });
    expect(errors).toBeUndefined();
    return data.tasks.totalCount as number;
  }

  it('counts the tasks of a filter as the task list does, whatever the filter', async () => {
    const filters = [
      {},
      { implements: IDS.resolution36 },
      { agency: SO_KHCN_BAC_GIANG, role: 'LEAD', includeUnits: true },
      { province: 'Bắc Ninh', includeFormer: true },
      { domain: 'HEALTH' },
      { year: 2025 },
      { text: 'cong nghe sinh hoc', province: 'Tây Ninh' },
      { agencyKind: 'SO_Y_TE', role: 'LEAD' },
      { agencyKind: 'UBND_HUYEN', includeCollectives: true },
      { agencyKind: 'SO_NN_MT', includePredecessors: true, province: 'Hưng Yên' },
      { agencyKind: 'SO_KHCN', includeUnits: true, domain: 'AGRICULTURE' },
    ];
    for (const filter of filters) {
      const counted = await stats({ filter, groupBy: [] });
      expect(counted.tasks, JSON.stringify(filter)).toBe(await totalCount(filter));
      expect(counted.tasks).toBeGreaterThan(0);
      // No grouping: one group of them all.
      expect(counted.groups).toEqual([expect.objectContaining({ province: null, domain: null, tasks: counted.tasks })]);
    }
  });

  it('ranks province × domain cells as coverage counts them', async () => {
    const counted = await stats({
      filter: { implements: IDS.resolution36 },
      groupBy: ['PROVINCE', 'DOMAIN'],
      first: 100,
    });
    const { data } = await api.gql('query($d: ID) { coverage(directive: $d) { province domain tasks } }', {
      d: IDS.resolution36,
    });
    const cells = counted.groups.filter((group) => group.domain !== null);
    expect(new Set(cells.map((c) => `${c.province} ${c.domain} ${c.tasks}`))).toEqual(
      new Set(data.coverage.map((c: Group) => `${c.province} ${c.domain} ${c.tasks}`)),
    );
    expect(counted.groups.length).toBe(counted.groupCount);
    const tasks = counted.groups.map((group) => group.tasks);
    expect(tasks).toEqual([...tasks].sort((a, b) => b - a));
  });

  it("counts an agency's tasks by role, as its task lists do", async () => {
    const counted = await stats({ filter: { agency: SO_Y_TE_HUNG_YEN }, groupBy: ['ROLE'] });
    const { data } = await api.gql(
      `query($id: ID!) { agency(id: $id) { lead: tasks(role: LEAD, first: 0) { totalCount }
        coordinator: tasks(role: COORDINATOR, first: 0) { totalCount } } }`,
      { id: SO_Y_TE_HUNG_YEN },
    );
    const byRole = Object.fromEntries(counted.groups.map((group) => [group.role, group.tasks]));
    expect(byRole.LEAD).toBe(data.agency.lead.totalCount);
    expect(byRole.LEAD).toBeGreaterThanOrEqual(5); // II.1, II.2, III.3, IV.4, V.2
    expect(byRole.COORDINATOR ?? 0).toBe(data.agency.coordinator.totalCount);
  });

  it('ranks agencies by the tasks they lead, each count that of its own list', async () => {
    const counted = await stats({ groupBy: ['AGENCY'], role: 'LEAD', first: 5 });
    expect(counted.groups).toHaveLength(5);
    expect(counted.groupCount).toBeGreaterThan(5);
    for (const group of counted.groups) {
      if (group.agency === null) {
        // The tasks with no lead (Bắc Giang 6.1's empty "chủ trì" cell among them).
        expect(group.tasks).toBeGreaterThan(0);
        continue;
      }
      const { data } = await api.gql(
        'query($id: ID!) { agency(id: $id) { tasks(role: LEAD, first: 0) { totalCount } } }',
        {
          id: group.agency.id,
        },
      );
      expect(group.tasks, group.agency.name).toBe(data.agency.tasks.totalCount);
    }
  });

  it('counts the units of an agency apart when asked for AGENCY with includeUnits', async () => {
    const counted = await stats({
      filter: { agency: SO_KHCN_BAC_GIANG, includeUnits: true },
      groupBy: ['AGENCY'],
      first: 100,
    });
    const names = counted.groups.map((group) => group.agency?.name);
    expect(names).toContain('Trung tâm Ứng dụng Khoa học và Công nghệ');
    // Only the Sở and its units: no other agency of those tasks (a coordinator elsewhere).
    const { data } = await api.gql('query($id: ID!) { agency(id: $id) { id units { id units { id } } } }', {
      id: SO_KHCN_BAC_GIANG,
    });
    const family = new Set<string>([data.agency.id]);
    for (const unit of data.agency.units) {
      family.add(unit.id);
      for (const inner of unit.units) family.add(inner.id);
    }
    for (const group of counted.groups) expect(family.has(group.agency!.id), group.agency!.name).toBe(true);
  });

  it('counts by year as the year filter reads a time frame', async () => {
    const counted = await stats({ filter: { province: 'Hưng Yên' }, groupBy: ['YEAR'], first: 100 });
    const years = counted.groups.filter((group) => group.year !== null);
    expect(years.length).toBeGreaterThan(0);
    for (const group of years) {
      expect(group.tasks, String(group.year)).toBe(await totalCount({ province: 'Hưng Yên', year: group.year }));
    }
  });

  it('ranks the kinds of bodies by the tasks they lead across provinces, each count that of its task list', async () => {
    const counted = await stats({ groupBy: ['AGENCY_KIND'], role: 'LEAD', first: 100 });
    const byKind = new Map(counted.groups.map((group) => [group.agencyKind, group.tasks]));
    // The Sở Y tế of Hưng Yên leads 5 tasks, that of Lạng Sơn 1.
    expect(byKind.get('SO_Y_TE')).toBe(6);
    for (const group of counted.groups) {
      if (group.agencyKind === null) continue; // units, collectives, bodies of no kind, no lead
      expect(group.tasks, group.agencyKind).toBe(await totalCount({ agencyKind: group.agencyKind, role: 'LEAD' }));
    }
    expect(byKind.get('SO_KHCN')).toBeGreaterThan(byKind.get('SO_Y_TE')!);
  });

  it('counts the tasks of a kind per province, the collectives covering it under the kind when included', async () => {
    const counted = await stats({
      filter: { agencyKind: 'UBND_HUYEN', includeCollectives: true },
      groupBy: ['AGENCY_KIND', 'PROVINCE'],
    });
    // Every seed's plan gives tasks to "UBND các huyện, thành phố" (Tây Ninh's "UBND cấp huyện").
    expect(counted.groups.map((group) => `${group.agencyKind} ${group.province}`).sort()).toEqual([
      'UBND_HUYEN Bắc Giang',
      'UBND_HUYEN Hưng Yên',
      'UBND_HUYEN Lạng Sơn',
      'UBND_HUYEN Tây Ninh',
    ]);
    for (const group of counted.groups) {
      expect(group.tasks).toBe(
        await totalCount({ agencyKind: 'UBND_HUYEN', includeCollectives: true, province: group.province }),
      );
    }
  });

  it('refuses a page size outside 0..100', async () => {
    const { errors } = await api.gql(STATS, { groupBy: ['DOMAIN'], first: 101 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });
});
