/**
 * The explorer's only data source: POST /graphql on its own origin. Answers are kept for the
 * page's lifetime (the graph changes only when documents are ingested), so going back to a page
 * asks nothing again.
 */
import { useEffect, useState } from 'react';

/** The API refused the query or failed; `code` is its extensions.code when it gave one. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

const ENDPOINT = '/graphql';
/** Answers kept, oldest dropped first. */
const CACHE_SIZE = 200;
const cache = new Map<string, Promise<unknown>>();

/** Runs a query, or returns the answer already had for the same query and variables. */
export function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = JSON.stringify([query, variables]);
  const kept = cache.get(key);
  if (kept !== undefined) return kept as Promise<T>;
  const answer = post<T>(query, variables);
  cache.set(key, answer);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  answer.catch(() => cache.delete(key));
  return answer;
}

async function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError(`the service does not answer (${(error as Error).message})`, null);
  }
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`the service answered ${response.status} without JSON`, null);
  }
  const first = body.errors?.[0];
  if (first !== undefined) throw new ApiError(first.message, first.extensions?.code ?? null);
  if (body.data === undefined) throw new ApiError(`the service answered ${response.status} without data`, null);
  return body.data;
}

/** A query's state in a component. */
export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error };

/** Runs `query` whenever it or its variables change; null skips it. */
export function useQuery<T>(query: string | null, variables: Record<string, unknown> = {}): QueryState<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; value: QueryState<T> }>({ key: '', value: { status: 'loading' } });
  useEffect(() => {
    if (query === null) return;
    let live = true;
    const id = `${query}\n${key}`;
    gql<T>(query, JSON.parse(key) as Record<string, unknown>).then(
      (data) => live && setState({ key: id, value: { status: 'ready', data } }),
      (error: unknown) => live && setState({ key: id, value: { status: 'error', error: error as Error } }),
    );
    return () => {
      live = false;
    };
  }, [query, key]);
  // A state left from other variables is not shown while the new answer is on its way.
  return state.key === `${query}\n${key}` ? state.value : { status: 'loading' };
}
