import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COST, MAX_DEPTH } from '../../src/api/limits.js';
import { seededApi, type SeededApi } from '../helpers/api.js';

describe('query depth and cost limits', () => {
  let api: SeededApi;
  beforeAll(async () => {
    api = await seededApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a query nested too deep before it reaches the database', async () => {
    let selection = 'id';
    for (let i = 0; i < 5; i += 1) selection = `document { tasks(first: 1) { edges { node { ${selection} } } } }`;
    const before = api.db.roundTrips;
    const { data, errors } = await api.gql(`{ tasks(first: 1) { edges { node { ${selection} } } } }`);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(errors?.[0]?.message).toContain(`the limit is ${MAX_DEPTH}`);
    expect(api.db.roundTrips).toBe(before);
  });

  it('refuses a query that may return too many objects, saying how to fix it', async () => {
    const before = api.db.roundTrips;
    const { errors } = await api.gql(`{ tasks(first: 100) { edges { node {
      document { tasks(first: 100) { edges { node { leads { name } coordinators { name } code } } } }
    } } } }`);
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(errors?.[0]?.message).toContain(`the limit is ${MAX_COST}`);
    expect(errors?.[0]?.message).toContain('first');
    expect(api.db.roundTrips).toBe(before);
  });

  it('runs a reasonable query under both limits', async () => {
    const { errors } = await api.gql(
      '{ tasks(first: 100) { edges { node { leads { name } document { lineagePaths { symbol } } } } } }',
    );
    expect(errors).toBeUndefined();
  });

  it('has no mutations', async () => {
    const { errors } = await api.gql('mutation { anything }');
    expect(errors?.[0]?.message).toMatch(/mutation/i);
  });
});
