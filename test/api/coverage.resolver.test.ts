import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDS, seededApi, type SeededApi } from '../helpers/api.js';

interface Cell {
  province: string;
  domain: string;
  tasks: number;
}

describe('coverage on the seed graph', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await seededApi();
  });
  afterAll(async () => {
    await api.close();
  });

  async function coverage(directive: string | null): Promise<Cell[]> {
    const { data } = await api.gql('query($d: ID) { coverage(directive: $d) { province domain tasks } }', {
      d: directive,
    });
    return data.coverage as Cell[];
  }

  it('counts the tasks of the plans implementing 36-NQ/TW per province and domain', async () => {
    const cells = await coverage(IDS.resolution36);
    expect(cells.find((c) => c.province === 'Hưng Yên' && c.domain === 'HEALTH')?.tasks).toBeGreaterThan(0);
    expect(new Set(cells.map((c) => c.province))).toEqual(new Set(['Bắc Giang', 'Hưng Yên', 'Lạng Sơn', 'Tây Ninh']));
    for (const cell of cells) expect(cell.tasks).toBeGreaterThan(0);
    const sorted = [...cells].sort((a, b) => a.province.localeCompare(b.province) || a.domain.localeCompare(b.domain));
    expect(cells).toEqual(sorted);
    // Each cell agrees with the task list for the same question.
    const { data } = await api.gql(
      `query($d: ID!) { tasks(filter: { implements: $d, province: "Hưng Yên", domain: HEALTH }) { totalCount } }`,
      { d: IDS.resolution36 },
    );
    expect(cells.find((c) => c.province === 'Hưng Yên' && c.domain === 'HEALTH')?.tasks).toBe(data.tasks.totalCount);
  });

  it('leaves out the 2022 Bắc Giang plan, which does not implement 36-NQ/TW', async () => {
    const under36 = await coverage(IDS.resolution36);
    const all = await coverage(null);
    const bg = (cells: Cell[]) => cells.filter((c) => c.province === 'Bắc Giang').reduce((n, c) => n + c.tasks, 0);
    const { data } = await api.gql(
      '{ documents(filter: { province: "Bắc Giang", inCorpus: true }) { edges { node { issuedOn tasks(first: 100) { edges { node { domains { code } } } } } } } }',
    );
    const bg2022 = data.documents.edges.find((e: { node: { issuedOn: string } }) =>
      e.node.issuedOn.startsWith('2022'),
    ).node;
    const bg2022InDomains = bg2022.tasks.edges.filter(
      (e: { node: { domains: unknown[] } }) => e.node.domains.length > 0,
    ).length;
    expect(bg2022InDomains).toBeGreaterThan(0);
    // Tasks of both plans are counted without a directive; those of 2022 drop out under 36-NQ/TW.
    expect(bg(all)).toBeGreaterThan(bg(under36));
  });

  it('is empty for a directive nothing implements', async () => {
    expect(await coverage('doc/none')).toEqual([]);
  });
});
