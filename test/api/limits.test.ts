import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_ROOT_FIELDS } from '../../src/api/limits.js';
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

  it('answers the introspection query GraphiQL sends, so its docs and autocomplete load', async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const { data, errors } = await api.gql(query);
    expect(errors).toBeUndefined();
    expect(data.__schema.queryType.name).toBe('Query');
    expect(data.__schema.types.map((type: { name: string }) => type.name)).toContain('Task');
  });

  it('refuses introspection that nests lists to multiply its size', async () => {
    const { errors } = await api.gql(
      '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }',
    );
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(errors?.[0]?.message).toContain('introspection');
  });

  it('refuses 3,000 search aliases in one request before any reaches the database', async () => {
    const before = api.db.roundTrips;
    const aliases = Array.from({ length: 3000 }, (_, i) => `s${i}: search(text: "y te ${i}") { score }`);
    const response = await fetch(api.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${aliases.join(' ')} }` }),
    });
    const { errors } = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(errors.map((error) => error.extensions.code)).toEqual(['TOO_MANY_ROOT_FIELDS', 'TOO_MANY_ALIASES']);
    expect(errors[1]!.message).toBe(
      `The request uses 3000 aliases; the limit is ${MAX_ALIASES}. Send several requests instead.`,
    );
    expect(api.db.roundTrips).toBe(before);
  });

  it('counts the aliases of a fragment each time it is spread', async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `c${i}: code`).join(' ');
    const spreads = Array.from({ length: 4 }, (_, i) => `d${i}: domains { ...D }`).join(' ');
    const { errors } = await api.gql(`{ ${spreads} } fragment D on Domain { ${aliases} }`);
    expect(errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect(errors?.[0]?.message).toContain('uses 44 aliases');
  });

  it('refuses more top-level fields than the limit, counting those inside fragments', async () => {
    const fields = Array.from({ length: MAX_ROOT_FIELDS + 1 }, (_, i) => `d${i}: domains { code }`);
    const { errors } = await api.gql(`{ ...F } fragment F on Query { ${fields.join(' ')} }`);
    expect(errors?.[0]?.extensions?.code).toBe('TOO_MANY_ROOT_FIELDS');
    expect(errors?.[0]?.message).toContain(`asks for ${MAX_ROOT_FIELDS + 1} top-level fields`);
  });

  it('costs a paged field by the first it is given in variables', async () => {
    const query = `query ($n: Int) { tasks(first: $n) { edges { node { document { tasks(first: $n) {
      edges { node { code leads { name } coordinators { name } } } } } } } } }`;
    const heavy = await api.gql(query, { n: 100 });
    expect(heavy.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    const light = await api.gql(query, { n: 2 });
    expect(light.errors).toBeUndefined();
    expect(light.data.tasks.edges).toHaveLength(2);
  });

  it('costs a search by its first, like any paged field', async () => {
    const query = `query ($n: Int) { search(text: "y te", first: $n) { node { ... on Task {
      document { tasks(first: 100) { edges { node { code leads { name } } } } } } } } }`;
    const heavy = await api.gql(query, { n: 100 });
    expect(heavy.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    const light = await api.gql(query, { n: 5 });
    expect(light.errors).toBeUndefined();
    expect(light.data.search.length).toBeGreaterThan(0);
  });

  it('does not let a negative first cancel the cost of the rest of the query', async () => {
    const before = api.db.roundTrips;
    const { errors } = await api.gql(`{ a: tasks(first: -2000000) { totalCount }
      b: agencies(first: 100) { edges { node { tasks(first: 100) { edges { node { leads { name } } } } } } } }`);
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(api.db.roundTrips).toBe(before);
  });

  it('answers a fragment that spreads itself with a 400, not a crash', async () => {
    const response = await fetch(api.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query { ...F } fragment F on Query { provinces { name } domains { code } ...F }',
      }),
    });
    const { errors } = (await response.json()) as { errors: { message: string }[] };
    expect(response.status).toBe(400);
    expect(errors[0]!.message).toMatch(/Cannot spread fragment "F" within itself/);
    const nested = await api.gql(
      'query { ...G } fragment G on Query { agencies { edges { node { ... on Agency { id } } } } ...G }',
    );
    expect(nested.errors?.[0]?.message).toMatch(/within itself/);
  });

  it('refuses a mutation with a 400 that says the API is read-only', async () => {
    const response = await fetch(api.service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { anything }' }),
    });
    const { errors } = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(errors[0]!.extensions.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(errors[0]!.message).toBe('This API is read-only and has no mutation operations; send a query.');
  });
});
