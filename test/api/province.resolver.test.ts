import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApi, type SeededApi } from '../helpers/api.js';

describe('provinces before and after the 2025 merger, on the seed graph', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await seededApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('lists the 34 provinces of today and the 63 of before', async () => {
    const { data } = await api.gql(`{
      current: provinces(current: true) { name }
      former: provinces(current: false) { name }
      all: provinces { name }
    }`);
    expect(data.current).toHaveLength(34);
    expect(data.current.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['Bắc Ninh', 'Hưng Yên', 'Lạng Sơn', 'Tây Ninh', 'Huế', 'Thành phố Hồ Chí Minh']),
    );
    expect(data.current.map((p: { name: string }) => p.name)).not.toContain('Bắc Giang');
    // The 63 of before: 29 merged away, Thừa Thiên Huế renamed Huế, and the 33 that kept their name.
    expect(data.former).toHaveLength(30);
    expect(data.all).toHaveLength(64);
  });

  it('says Bắc Giang became part of Bắc Ninh on 12 June 2025, and Bắc Ninh took it in', async () => {
    const { data } = await api.gql(`{
      bacGiang: node(id: "bac-giang") { ... on Province { name current mergedInto { name current } mergedOn } }
      bacNinh: node(id: "bac-ninh") { ... on Province { name current mergedInto { name } formerProvinces { name } } }
      hcm: node(id: "thanh-pho-ho-chi-minh") { ... on Province { formerProvinces { name } } }
    }`);
    expect(data.bacGiang).toEqual({
      name: 'Bắc Giang',
      current: false,
      mergedInto: { name: 'Bắc Ninh', current: true },
      mergedOn: '2025-06-12',
    });
    expect(data.bacNinh).toEqual({
      name: 'Bắc Ninh',
      current: true,
      mergedInto: null,
      formerProvinces: [{ name: 'Bắc Giang' }],
    });
    expect(data.hcm.formerProvinces.map((p: { name: string }) => p.name)).toEqual(['Bà Rịa - Vũng Tàu', 'Bình Dương']);
  });

  it('answers "tasks in today\'s Bắc Ninh" with the Bắc Giang plans when former provinces are included', async () => {
    const { data } = await api.gql(`{
      bacGiang: tasks(filter: { province: "Bắc Giang" }) { totalCount }
      bacNinh: tasks(filter: { province: "bac ninh" }) { totalCount }
      today: tasks(filter: { province: "Bắc Ninh", includeFormer: true }, first: 100) {
        totalCount edges { node { province } }
      }
      documents(filter: { province: "Bắc Ninh", includeFormer: true }) { totalCount edges { node { province } } }
      agencies(filter: { province: "Bắc Ninh", includeFormer: true, name: "so khoa hoc" }) { edges { node { name province } } }
    }`);
    expect(data.bacGiang.totalCount).toBe(58); // 17 tasks of the 2022 plan, 41 of the 2024 plan
    expect(data.bacNinh.totalCount).toBe(0); // no plan of Bắc Ninh itself in the seeds
    expect(data.today.totalCount).toBe(58);
    expect(new Set(data.today.edges.map((e: { node: { province: string } }) => e.node.province))).toEqual(
      new Set(['Bắc Giang']),
    );
    expect(data.documents.totalCount).toBeGreaterThanOrEqual(2);
    expect(data.agencies.edges).toContainEqual({ node: { name: 'Sở Khoa học và Công nghệ', province: 'Bắc Giang' } });
  });

  it('keeps each document in the province its text names', async () => {
    const { data } = await api.gql(
      '{ documents(filter: { province: "Bắc Giang", inCorpus: true }) { edges { node { province } } } }',
    );
    expect(data.documents.edges.map((e: { node: { province: string } }) => e.node.province)).toEqual([
      'Bắc Giang',
      'Bắc Giang',
    ]);
  });
});
