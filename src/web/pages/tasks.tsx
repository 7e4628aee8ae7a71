/**
 * `/tasks?…`: the tasks of any TaskFilter (a coverage cell, an agency's tasks of a year, the
 * tasks implementing a directive …) as a table, with the filter spelled out.
 */
import { Fragment, type ReactNode } from 'react';
import { useQuery } from '../api.js';
import { useDomainName } from '../components/links.js';
import { Page, PageStatus } from '../components/page.js';
import { TaskTable, useTaskList } from '../components/task-table.js';
import { documentShortName, formatCount } from '../format.js';
import { useLang, useT, type MessageKey } from '../i18n.js';
import { TASK_LIST_QUERY, TASKS_QUERY, type TaskConnection, type TaskListAnswer } from '../queries.js';
import { nodePath, provincePath, tasksPath, type TaskListFilter } from '../router.js';
import { slugify } from '../../text/fold.js';

export function TasksPage({ filter }: { filter: TaskListFilter }) {
  const t = useT();
  const lang = useLang();
  const domainName = useDomainName();
  const answer = useQuery<TaskListAnswer>(TASK_LIST_QUERY, {
    filter,
    document: filter.document ?? '',
    agency: filter.agency ?? '',
    implements: filter.implements ?? '',
  });
  const tasks = useTaskList(TASKS_QUERY, { filter }, (data: { tasks: TaskConnection }) => data.tasks);
  const names = answer.data;
  const parts: [MessageKey, ReactNode, string][] = [];
  if (filter.document) {
    const doc = names?.document?.__typename === 'Document' ? names.document : null;
    const name = doc ? documentShortName(doc, t) : filter.document;
    parts.push(['filter.document', <a href={nodePath('Document', filter.document)!}>{name}</a>, name]);
  }
  if (filter.implements) {
    const doc = names?.implementsDocument?.__typename === 'Document' ? names.implementsDocument : null;
    const name = doc ? documentShortName(doc, t) : filter.implements;
    parts.push(['filter.implements', <a href={nodePath('Document', filter.implements)!}>{name}</a>, name]);
  }
  if (filter.agency) {
    const agency = names?.agency?.__typename === 'Agency' ? names.agency : null;
    const name = agency ? agency.name : filter.agency;
    parts.push(['filter.agency', <a href={nodePath('Agency', filter.agency)!}>{name}</a>, name]);
  }
  if (filter.role) parts.push(['filter.role', t(`role.${filter.role}`), t(`role.${filter.role}`)]);
  if (filter.includeUnits) parts.push(['filter.includeUnits', '✓', '✓']);
  if (filter.domain) parts.push(['filter.domain', domainName(filter.domain), domainName(filter.domain)]);
  if (filter.province)
    parts.push([
      'filter.province',
      <a href={provincePath(slugify(filter.province))}>{filter.province}</a>,
      filter.province,
    ]);
  if (filter.includeFormer) parts.push(['filter.includeFormer', '✓', '✓']);
  if (filter.year !== undefined) parts.push(['filter.year', String(filter.year), String(filter.year)]);
  if (filter.text) parts.push(['filter.text', `«${filter.text}»`, `«${filter.text}»`]);
  const total = names?.stats.tasks ?? tasks.total;
  const state =
    answer.status === 'error'
      ? 'error'
      : tasks.status === 'loading' || answer.status === 'loading'
        ? 'loading'
        : tasks.status === 'error'
          ? 'error'
          : 'ready';
  return (
    <Page
      heading={
        total === null || total === undefined ? t('tasks.title') : `${t('tasks.title')} (${formatCount(total, lang)})`
      }
      state={state}
      cite={{
        title: `${t('tasks.title')}: ${parts.map(([key, , text]) => `${t(key)}: ${text}`).join(', ')}`,
        path: tasksPath(filter),
      }}
    >
      {parts.length > 0 && (
        <p className="filters">
          {t('tasks.filters')}:{' '}
          {parts.map(([key, value], i) => (
            <Fragment key={key}>
              {i > 0 && ' · '}
              {t(key)}: {value}
            </Fragment>
          ))}
        </p>
      )}
      <PageStatus
        state={answer.status === 'error' ? 'error' : tasks.status === 'error' ? 'error' : 'ready'}
        error={answer.error ?? tasks.error}
      />
      <TaskTable list={tasks} showDocument csvName="tasks" />
    </Page>
  );
}
