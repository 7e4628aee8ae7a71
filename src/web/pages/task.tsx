/**
 * `/task/…`: a task's full text, its leads and coordinators as links, its time and domains,
 * every lineage chain from its plan to a root directive, and its provenance: the file, the lines
 * and the excerpt as printed.
 */
import { useQuery } from '../api.js';
import { AgencyLinks, DocumentLink, DomainLinks, ProvinceLink } from '../components/links.js';
import { MissingPage, Page, PendingPage } from '../components/page.js';
import { documentShortName, formatDate, formatTime } from '../format.js';
import { useLang, useT, type MessageKey } from '../i18n.js';
import { TASK_QUERY, type TaskAnswer } from '../queries.js';
import { graphPath, nodePath } from '../router.js';

export function TaskPage({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const answer = useQuery<TaskAnswer>(TASK_QUERY, { id });
  if (answer.status !== 'ready') return <PendingPage state={answer.status} error={answer.error} />;
  const task = answer.data.task;
  if (!task) return <MissingPage what={t('type.Task').toLowerCase()} id={id} />;
  const doc = task.document;
  const docName = documentShortName(doc, t);
  const time = formatTime(task);
  return (
    <Page
      kicker={`${t('type.Task')}${task.code ? ` ${task.code}` : ''} · ${docName}`}
      heading={task.title}
      state="ready"
      cite={{
        title: `${task.code ? `${task.code}. ` : ''}${task.title}`,
        symbol: doc.symbol ?? doc.title,
        date: formatDate(doc.issuedOn, lang),
        path: nodePath('Task', task.id)!,
      }}
    >
      <dl className="facts">
        <dt>{t('task.code')}</dt>
        <dd>{task.code ?? '—'}</dd>
        <dt>{t('task.document')}</dt>
        <dd>
          <DocumentLink doc={doc} full />
        </dd>
        <dt>{t('task.province')}</dt>
        <dd>
          <ProvinceLink name={task.province} />
        </dd>
        <dt>{t('task.leads')}</dt>
        <dd>
          <AgencyLinks agencies={task.leads} none={t('task.none')} />
        </dd>
        <dt>{t('task.coordinators')}</dt>
        <dd>
          <AgencyLinks agencies={task.coordinators} none={t('task.none')} />
        </dd>
        <dt>{t('task.time')}</dt>
        <dd>
          {time || '—'}
          {task.recurrence && <span className="meta"> ({t(`task.recurrence.${task.recurrence}` as MessageKey)})</span>}
        </dd>
        <dt>{t('task.domains')}</dt>
        <dd>
          <DomainLinks domains={task.domains} />
        </dd>
        {task.parent && (
          <>
            <dt>{t('task.parent')}</dt>
            <dd>
              <a href={nodePath('Task', task.parent.id)!}>
                {task.parent.code && `${task.parent.code}. `}
                {task.parent.title}
              </a>
            </dd>
          </>
        )}
      </dl>

      <section aria-labelledby="task-text">
        <h2 id="task-text">{t('task.text')}</h2>
        <p className="task-text">{task.text}</p>
        {task.expectedResult && (
          <>
            <h3>{t('task.result')}</h3>
            <p>{task.expectedResult}</p>
          </>
        )}
      </section>

      {task.subtasks.length > 0 && (
        <section aria-labelledby="task-subtasks">
          <h2 id="task-subtasks">
            {t('task.subtasks')} <span className="badge">{task.subtasks.length}</span>
          </h2>
          <ul className="plain-list">
            {task.subtasks.map((sub) => (
              <li key={sub.id}>
                <a href={nodePath('Task', sub.id)!}>
                  {sub.code && <span className="code">{sub.code} </span>}
                  {sub.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="task-lineage">
        <h2 id="task-lineage">{t('task.lineage')}</h2>
        <p className="meta">{t('task.lineageHelp')}</p>
        <ol className="chains">
          {task.lineagePaths.map((chain) => (
            <li key={chain.map((d) => d.id).join('>')}>
              <ol className="chain" aria-label={chain.map((d) => documentShortName(d, t)).join(' → ')}>
                {chain.map((d) => (
                  <li key={d.id}>
                    <DocumentLink doc={d} />
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="task-provenance">
        <h2 id="task-provenance">{t('task.provenance')}</h2>
        <p className="meta">
          {t('task.provenanceText', { file: task.source.file, from: task.source.lineStart, to: task.source.lineEnd })}
        </p>
        <blockquote className="excerpt">{task.source.excerpt}</blockquote>
        <p>
          <a href={graphPath(task.id)}>{t('doc.graph')}</a>
        </p>
      </section>
    </Page>
  );
}
