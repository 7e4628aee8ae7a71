/**
 * Routes: the explorer's permalinks are the graph's ids (`/doc/vn/tw/nq/2023/36` is the page of
 * the document `doc/vn/tw/nq/2023/36`), plus `/search?q=`, `/tasks?…`, `/coverage` and
 * `/graph?focus=`. Links are ordinary `<a href>`s; a click on one is taken over and the page
 * changes without a reload (history.pushState), so back and forward work as on any site.
 */
import { useEffect, useState } from 'react';

/** The filters of a task list page, as TaskFilter names them. */
export interface TaskListFilter {
  document?: string;
  implements?: string;
  agency?: string;
  role?: 'LEAD' | 'COORDINATOR';
  includeUnits?: boolean;
  domain?: string;
  province?: string;
  includeFormer?: boolean;
  year?: number;
  text?: string;
}

export type Route =
  | { page: 'search'; q: string }
  | { page: 'document' | 'task' | 'agency' | 'province'; id: string }
  | { page: 'tasks'; filter: TaskListFilter }
  | { page: 'coverage'; directive: string | null }
  | { page: 'graph'; focus: string | null; hops: number; types: string[] | null }
  | { page: 'notFound'; path: string };

/** The node pages: path prefix → page. Document, task and agency ids begin with the prefix. */
const NODE_PAGES = [
  ['/doc/', 'document'],
  ['/task/', 'task'],
  ['/agency/', 'agency'],
  ['/province/', 'province'],
] as const;

const FILTER_STRINGS = ['document', 'implements', 'agency', 'domain', 'province', 'text'] as const;
const FILTER_FLAGS = ['includeUnits', 'includeFormer'] as const;

/** The route of a location. */
export function routeOf(location: { pathname: string; search: string }): Route {
  const { pathname } = location;
  const params = new URLSearchParams(location.search);
  if (pathname === '/' || pathname === '/search') return { page: 'search', q: params.get('q') ?? '' };
  if (pathname === '/coverage') return { page: 'coverage', directive: params.get('directive') };
  if (pathname === '/tasks') return { page: 'tasks', filter: filterOf(params) };
  if (pathname === '/graph') {
    const hops = Number(params.get('hops') ?? 1);
    const types = params.get('types');
    return {
      page: 'graph',
      focus: params.get('focus'),
      hops: hops === 2 ? 2 : 1,
      types: types === null ? null : types.split(',').filter((type) => type.length > 0),
    };
  }
  for (const [prefix, page] of NODE_PAGES) {
    if (pathname.startsWith(prefix) && pathname.length > prefix.length) {
      const path = decodePath(page === 'province' ? pathname.slice(prefix.length) : pathname.slice(1));
      if (path !== null) return { page, id: path };
    }
  }
  return { page: 'notFound', path: pathname };
}

function filterOf(params: URLSearchParams): TaskListFilter {
  const filter: TaskListFilter = {};
  for (const name of FILTER_STRINGS) {
    const value = params.get(name);
    if (value !== null && value !== '') filter[name] = value;
  }
  for (const name of FILTER_FLAGS) if (params.get(name) === 'true') filter[name] = true;
  const role = params.get('role');
  if (role === 'LEAD' || role === 'COORDINATOR') filter.role = role;
  const year = Number(params.get('year'));
  if (params.has('year') && Number.isInteger(year)) filter.year = year;
  return filter;
}

function decodePath(path: string): string | null {
  try {
    return path.split('/').map(decodeURIComponent).join('/');
  } catch {
    return null;
  }
}

/** An id as a URL path, each segment encoded (ids keep their slashes). */
function encodePath(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

/** The page of a node, by its GraphQL type and id; null for a type that has none. */
export function nodePath(typename: string, id: string): string | null {
  switch (typename) {
    case 'Document':
    case 'Task':
    case 'Agency':
      return `/${encodePath(id)}`;
    case 'Province':
      return `/province/${encodePath(id)}`;
    case 'Domain':
      // `domain/HEALTH`: its tasks.
      return tasksPath({ domain: id.replace(/^domain\//, '') });
    case 'Target':
      // `target/<document id path>#target-1` (schema/graph-model.md): the document that sets it.
      return `/${encodePath(`doc/${id.replace(/^target\//, '').replace(/#.*$/, '')}`)}`;
    default:
      return null;
  }
}

export function documentPath(id: string): string {
  return `/${encodePath(id)}`;
}

export function searchPath(q: string): string {
  return q === '' ? '/' : `/search?${new URLSearchParams({ q })}`;
}

export function tasksPath(filter: TaskListFilter): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== false) params.set(name, String(value));
  }
  return `/tasks?${params}`;
}

export function graphPath(focus: string, hops?: number, types?: readonly string[] | null): string {
  const params = new URLSearchParams({ focus });
  if (hops !== undefined && hops !== 1) params.set('hops', String(hops));
  if (types !== undefined && types !== null) params.set('types', types.join(','));
  return `/graph?${params}`;
}

export function provincePath(id: string): string {
  return `/province/${encodePath(id)}`;
}

const NAVIGATE = 'explorer:navigate';

/** How the last change of page came: a link (push), a change of the page's own settings (replace), back or forward (pop). */
let lastChange: 'push' | 'replace' | 'pop' = 'push';

/** Whether the last change of page was a page's settings changed in place (the focus stays where it is). */
export function changedInPlace(): boolean {
  return lastChange === 'replace';
}

/** Goes to `href` without reloading (replace: without a new history entry, for a page's own settings). */
export function navigate(href: string, replace = false): void {
  lastChange = replace ? 'replace' : 'push';
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE));
}

/** The current route, following navigation and back/forward. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location));
  useEffect(() => {
    const update = () => setRoute(routeOf(window.location));
    const pop = () => {
      lastChange = 'pop';
      update();
    };
    window.addEventListener('popstate', pop);
    window.addEventListener(NAVIGATE, update);
    return () => {
      window.removeEventListener('popstate', pop);
      window.removeEventListener(NAVIGATE, update);
    };
  }, []);
  return route;
}

/**
 * Takes over clicks on links to the explorer's own pages (not GraphiQL, downloads, other
 * windows or modified clicks), so they change the page in place.
 */
export function interceptLinks(): void {
  document.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.target !== '' || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin || routeOf(url).page === 'notFound') return;
    event.preventDefault();
    if (url.pathname + url.search !== window.location.pathname + window.location.search) {
      navigate(url.pathname + url.search + url.hash);
    }
  });
}
