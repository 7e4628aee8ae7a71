import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededApi, type SeededApi } from '../helpers/api.js';

interface Hit {
  score: number;
  node: { __typename: string; id: string; name?: string; province?: string };
}

const SEARCH = `query($text: String!, $first: Int) { search(text: $text, first: $first) {
  score node { __typename ... on Agency { id name province } ... on Task { id } ... on Document { id } } } }`;

describe('full-text search on the seed graph', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await seededApi();
  });
  afterAll(async () => {
    await api.close();
  });

  async function search(text: string, first = 20): Promise<Hit[]> {
    const { data, errors } = await api.gql(SEARCH, { text, first });
    expect(errors).toBeUndefined();
    return data.search as Hit[];
  }

  it('finds Sở Y tế of Hưng Yên from "so y te hung yen" as the top agency', async () => {
    const hits = await search('so y te hung yen');
    const agency = hits.find((hit) => hit.node.__typename === 'Agency');
    expect(agency?.node).toEqual({
      __typename: 'Agency',
      id: 'agency/hung-yen/so-y-te',
      name: 'Sở Y tế',
      province: 'Hưng Yên',
    });
  });

  it('ignores case and diacritics the same way', async () => {
    expect(await search('SỞ Y TẾ HƯNG YÊN')).toEqual(await search('so y te hung yen'));
  });

  it('finds the Bắc Giang centre from "trung tam ung dung", first', async () => {
    const [top] = await search('trung tam ung dung');
    expect(top?.node).toMatchObject({ name: 'Trung tâm Ứng dụng Khoa học và Công nghệ', province: 'Bắc Giang' });
  });

  it('ranks by score and honours first', async () => {
    const hits = await search('cong nghe sinh hoc', 5);
    expect(hits).toHaveLength(5);
    const scores = hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('gives a task hit its document and where the text says it, though the hit reads only what is asked', async () => {
    const { data, errors } = await api.gql(`{ search(text: "cong nghe sinh hoc", first: 50) { node {
      ... on Task { id title document { symbol } source { file lineStart } } } } }`);
    expect(errors).toBeUndefined();
    type TaskHit = {
      id?: string;
      title?: string;
      document?: { symbol: string | null };
      source?: { file: string; lineStart: number };
    };
    const tasks = (data.search as { node: TaskHit }[]).map((hit) => hit.node).filter((node) => node.id !== undefined);
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect(task.title).toEqual(expect.any(String));
      expect(task.document).toHaveProperty('symbol');
      expect(task.source?.file).toMatch(/\.txt$/);
      expect(task.source?.lineStart).toBeGreaterThan(0);
    }
  });

  it('falls back to any word when no node has them all', async () => {
    const hits = await search('hung yen zzzqqq');
    expect(hits.length).toBeGreaterThan(0);
  });

  it('treats Lucene syntax in the text as plain words', async () => {
    const { errors } = await api.gql(SEARCH, { text: 'so "y te" AND (hung yen) OR NOT ~*?:\\/' });
    expect(errors).toBeUndefined();
  });

  it('rejects blank text, naming the argument', async () => {
    for (const text of ['', '   ', '!!!']) {
      const { errors } = await api.gql(SEARCH, { text });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toContain('"text"');
    }
  });
});
