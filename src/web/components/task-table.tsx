/**
 * A table of tasks (code, title, leads, coordinators, time, domains; optionally the document)
 * with sorting by any column, a filter by a phrase (diacritic-insensitive) and by domain, and a
 * CSV download of the rows shown. `useTaskList` loads a list page by page (100 at a time) up to MAX_ROWS; the first page
 * is shown as soon as it arrives.
 */
import { useEffect, useMemo, useState } from 'react';
import { foldWords } from '../../text/fold.js';
import { gql } from '../api.js';
import { tasksCsv } from '../csv.js';
import { documentShortName, formatCount, formatTime } from '../format.js';
import { DOMAIN_CODES, useLang, useT, type MessageKey } from '../i18n.js';
import type { TaskConnection, TaskRow } from '../queries.js';
import { nodePath } from '../router.js';
import { AgencyLinks, DocumentLink, DomainLinks, useDomainName } from './links.js';

/** Most rows a list loads (a whole national domain is thousands): beyond, the table says so. */
export const MAX_ROWS = 2000;

export interface TaskList {
  rows: TaskRow[];
  /** How many match over all pages (null until the first page answers). */
  total: number | null;
  status: 'loading' | 'partial' | 'ready' | 'error';
  error?: Error;
  capped: boolean;
}

/** Loads every page of a task list; `select` finds the connection in an answer. */
export function useTaskList(
  query: string | null,
  variables: Record<string, unknown>,
  select: (data: never) => TaskConnection | null | undefined,
): TaskList {
  const key = JSON.stringify(variables);
  const [list, setList] = useState<TaskList & { key: string }>({
    key: '',
    rows: [],
    total: null,
    status: 'loading',
    capped: false,
  });
  useEffect(() => {
    if (query === null) return;
    let live = true;
    const id = `${query}\n${key}`;
    (async () => {
      const rows: TaskRow[] = [];
      let after: string | null = null;
      for (;;) {
        const data: never = await gql<never>(query, { ...(JSON.parse(key) as object), after });
        const page = select(data);
        if (!live) return;
        if (page === null || page === undefined) {
          setList({ key: id, rows, total: rows.length, status: 'ready', capped: false });
          return;
        }
        rows.push(...page.edges.map((edge) => edge.node));
        const more = page.pageInfo.hasNextPage && rows.length < MAX_ROWS;
        setList({
          key: id,
          rows: [...rows],
          total: page.totalCount,
          status: more ? 'partial' : 'ready',
          capped: page.pageInfo.hasNextPage && !more,
        });
        if (!more) return;
        after = page.pageInfo.endCursor;
      }
    })().catch((error: unknown) => {
      if (live) setList({ key: id, rows: [], total: null, status: 'error', error: error as Error, capped: false });
    });
    return () => {
      live = false;
    };
    // `select` only reads the answer's shape, fixed per call site: not a reason to load again.
  }, [query, key]);
  return list.key === `${query}\n${key}` ? list : { rows: [], total: null, status: 'loading', capped: false };
}

type Column = 'code' | 'title' | 'leads' | 'coordinators' | 'time' | 'domains' | 'document';

interface Sort {
  column: Column;
  descending: boolean;
}

export function TaskTable({
  list,
  showDocument = false,
  csvName,
  caption,
}: {
  list: TaskList;
  showDocument?: boolean;
  /** The CSV file's name, without `.csv`. */
  csvName: string;
  caption?: string;
}) {
  const t = useT();
  const lang = useLang();
  const domainName = useDomainName();
  const [words, setWords] = useState('');
  const [domain, setDomain] = useState('');
  const [sort, setSort] = useState<Sort>({ column: 'code', descending: false });

  // Each row's words, folded, its fields kept apart so a phrase never runs from one into the next.
  const searchable = useMemo(
    () =>
      new Map(
        list.rows.map((row) => [
          row.id,
          ` ${[
            row.code ?? '',
            row.title,
            ...row.leads.map((a) => a.name),
            ...row.coordinators.map((a) => a.name),
            row.timeframe ?? '',
            documentShortName(row.document, t),
          ]
            .map(foldWords)
            .join(' \u0001 ')} `,
        ]),
      ),
    [list.rows, t],
  );

  const shown = useMemo(() => {
    // The words typed as a phrase, from a word's start: "so y te" finds "Sở Y tế", not "số … tế".
    const phrase = foldWords(words);
    const rows = list.rows.filter(
      (row) =>
        (domain === '' || row.domains.some((d) => d.code === domain)) &&
        (phrase === '' || searchable.get(row.id)!.includes(` ${phrase}`)),
    );
    const collator = new Intl.Collator(lang === 'vi' ? 'vi' : 'en', { numeric: true, sensitivity: 'base' });
    const text = (row: TaskRow): string => {
      switch (sort.column) {
        case 'title':
          return row.title;
        case 'leads':
          return row.leads[0]?.name ?? '\uffff';
        case 'coordinators':
          return row.coordinators[0]?.name ?? '\uffff';
        case 'domains':
          return row.domains.map((d) => domainName(d.code)).join(', ') || '\uffff';
        case 'document':
          return documentShortName(row.document, t);
        default:
          return '';
      }
    };
    const position = new Map(list.rows.map((row, i) => [row.id, i]));
    const compare = (a: TaskRow, b: TaskRow): number => {
      if (sort.column === 'code') return position.get(a.id)! - position.get(b.id)!;
      if (sort.column === 'time') {
        const year = (row: TaskRow) => row.startYear ?? row.endYear ?? Number.MAX_SAFE_INTEGER;
        return (
          year(a) - year(b) || (a.endYear ?? 0) - (b.endYear ?? 0) || collator.compare(formatTime(a), formatTime(b))
        );
      }
      return collator.compare(text(a), text(b));
    };
    const sorted = [...rows].sort((a, b) => compare(a, b) || position.get(a.id)! - position.get(b.id)!);
    return sort.descending ? sorted.reverse() : sorted;
  }, [list.rows, words, domain, sort, searchable, lang, t, domainName]);

  const download = () => {
    const blob = new Blob([tasksCsv(shown, window.location.origin)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${csvName}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const columns: { column: Column; label: MessageKey }[] = [
    { column: 'code', label: 'task.code' },
    { column: 'title', label: 'task.title' },
    ...(showDocument ? [{ column: 'document' as const, label: 'task.document' as const }] : []),
    { column: 'leads', label: 'task.leads' },
    { column: 'coordinators', label: 'task.coordinators' },
    { column: 'time', label: 'task.time' },
    { column: 'domains', label: 'task.domains' },
  ];
  const total = list.total ?? list.rows.length;

  return (
    <div className="task-table">
      <div className="toolbar" role="group" aria-label={t('tasks.filters')}>
        <label>
          {t('table.filter')}{' '}
          <input
            type="search"
            value={words}
            placeholder={t('table.filterPlaceholder')}
            onChange={(event) => setWords(event.target.value)}
          />
        </label>
        <label>
          {t('table.domain')}{' '}
          <select value={domain} onChange={(event) => setDomain(event.target.value)}>
            <option value="">{t('table.allDomains')}</option>
            {DOMAIN_CODES.map((code) => (
              <option key={code} value={code}>
                {domainName(code)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={download} aria-label={t('table.csvLabel')} disabled={list.rows.length === 0}>
          {t('table.csv')}
        </button>
        <span className="count" role="status">
          {t('table.shown', { shown: formatCount(shown.length, lang), total: formatCount(total, lang) })}
          {list.status === 'partial' && ` — ${t('table.loadingMore')}`}
          {list.capped && ` ${t('table.capped', { n: formatCount(list.rows.length, lang) })}`}
        </span>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption ?? t('table.caption')}>
        <table>
          <caption className="visually-hidden">{caption ?? t('table.caption')}</caption>
          <thead>
            <tr>
              {columns.map(({ column, label }) => (
                <th
                  key={column}
                  scope="col"
                  className={`col-${column}`}
                  aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}
                >
                  <button
                    type="button"
                    className="sort"
                    title={t('table.sortBy', { column: t(label) })}
                    onClick={() =>
                      setSort((now) => ({ column, descending: now.column === column ? !now.descending : false }))
                    }
                  >
                    {t(label)}
                    <span aria-hidden="true" className="sort-mark">
                      {sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                <td className="col-code">{row.code ?? ''}</td>
                <td className="col-title">
                  <a href={nodePath('Task', row.id)!}>{row.title}</a>
                </td>
                {showDocument && (
                  <td className="col-document">
                    <DocumentLink doc={row.document} />
                    {row.province && row.document.symbol && <span className="meta"> · {row.province}</span>}
                  </td>
                )}
                <td className="col-leads">
                  <AgencyLinks agencies={row.leads} />
                </td>
                <td className="col-coordinators">
                  <AgencyLinks agencies={row.coordinators} />
                </td>
                <td className="col-time">{formatTime(row)}</td>
                <td className="col-domains">
                  <DomainLinks domains={row.domains} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && list.status !== 'loading' && <p className="none">{t('table.empty')}</p>}
      </div>
    </div>
  );
}
