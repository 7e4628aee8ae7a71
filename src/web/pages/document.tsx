/**
 * `/doc/…`: a document's identity (symbol, kind, issuer, date, signer) and source excerpt; its
 * lineage as a layered diagram (every chain up to the root directives and every document
 * implementing it, recursively); its tasks as a table; its targets. A directive known only from
 * citations has no tasks of its own: the page counts those of the documents implementing it.
 */
import { useQuery } from '../api.js';
import { LineageDiagram } from '../components/lineage-diagram.js';
import { AgencyLinks, DocumentLine, ProvinceLink } from '../components/links.js';
import { MissingPage, Page, PendingPage } from '../components/page.js';
import { TaskTable, useTaskList } from '../components/task-table.js';
import { documentShortName, formatCount, formatDate } from '../format.js';
import { useLang, useT, type MessageKey } from '../i18n.js';
import { DOCUMENT_QUERY, TASKS_QUERY, type DocumentAnswer, type TaskConnection } from '../queries.js';
import { documentPath, graphPath, tasksPath } from '../router.js';

export function DocumentPage({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const answer = useQuery<DocumentAnswer>(DOCUMENT_QUERY, { id });
  const doc = answer.data?.document;
  const tasks = useTaskList(
    doc && doc.tasks.totalCount > 0 ? TASKS_QUERY : null,
    { filter: { document: id } },
    (data: { tasks: TaskConnection }) => data.tasks,
  );
  if (answer.status !== 'ready') return <PendingPage state={answer.status} error={answer.error} />;
  if (!doc) return <MissingPage what={t('type.Document').toLowerCase()} id={id} />;
  const name = documentShortName(doc, t);
  const date = formatDate(doc.issuedOn, lang);
  const lineage = [...doc.ancestors, { ...doc, implements: doc.implements }, ...doc.descendants];
  const implementing = answer.data.implementing;
  return (
    <Page
      kicker={`${t(`kind.${doc.kind}` as MessageKey)}${doc.province ? ` · ${doc.province}` : ''}`}
      heading={doc.symbol ? `${doc.symbol} — ${doc.title}` : doc.title}
      state="ready"
      cite={{ title: doc.title, symbol: doc.symbol ?? t('doc.noSymbol'), date, path: documentPath(doc.id) }}
    >
      <div className="two-columns">
        <section aria-labelledby="doc-identity">
          <h2 id="doc-identity" className="visually-hidden">
            {name}
          </h2>
          <dl className="facts">
            <dt>{t('doc.symbol')}</dt>
            <dd>{doc.symbol ?? <span className="none">{t('doc.noSymbol')}</span>}</dd>
            <dt>{t('doc.kind')}</dt>
            <dd>{t(`kind.${doc.kind}` as MessageKey)}</dd>
            <dt>{t('doc.issuer')}</dt>
            <dd>
              <AgencyLinks agencies={doc.issuer ? [doc.issuer] : []} />
            </dd>
            <dt>{t('doc.date')}</dt>
            <dd>{date || '—'}</dd>
            <dt>{t('doc.signer')}</dt>
            <dd>
              {doc.signer ?? '—'}
              {doc.signerRole && <span className="meta"> ({doc.signerRole})</span>}
            </dd>
            <dt>{t('doc.province')}</dt>
            <dd>
              <ProvinceLink name={doc.province} />
            </dd>
            <dt>{t('doc.status')}</dt>
            <dd>
              {doc.inCorpus ? t('doc.inCorpus') : t('doc.citedOnly')}
              {doc.layout && (
                <span className="meta">
                  {' '}
                  · {t('doc.layout')}: {t(`layout.${doc.layout}` as MessageKey)}
                </span>
              )}
            </dd>
          </dl>
          <p>
            <a href={graphPath(doc.id)}>{t('doc.graph')}</a>
          </p>
        </section>
        {doc.source && (
          <section aria-labelledby="doc-source">
            <h2 id="doc-source">{doc.inCorpus ? t('doc.source') : t('doc.sourceCited')}</h2>
            <p className="meta">
              {t('doc.lines', { file: doc.source.file, from: doc.source.lineStart, to: doc.source.lineEnd })}
            </p>
            <blockquote className="excerpt">{doc.source.excerpt}</blockquote>
          </section>
        )}
      </div>

      <section aria-labelledby="doc-lineage">
        <h2 id="doc-lineage">{t('doc.lineage')}</h2>
        {lineage.length > 1 ? (
          <>
            <p className="meta">{t('doc.lineageHelp')}</p>
            <LineageDiagram focus={doc.id} documents={lineage} />
          </>
        ) : (
          <p className="none">{t('doc.lineageNone')}</p>
        )}
      </section>

      <section aria-labelledby="doc-tasks">
        <h2 id="doc-tasks">
          {t('doc.tasks')} <span className="badge">{formatCount(doc.tasks.totalCount, lang)}</span>
        </h2>
        {doc.tasks.totalCount > 0 ? (
          <TaskTable
            list={tasks}
            csvName={`tasks-${doc.id.replace(/\//g, '-')}`}
            caption={`${t('doc.tasks')}: ${name}`}
          />
        ) : (
          <p className="none">{t('doc.noTasks')}</p>
        )}
      </section>

      {implementing.tasks > 0 && (
        <section aria-labelledby="doc-implementing">
          <h2 id="doc-implementing">{t('doc.implementing')}</h2>
          <p>
            {t('doc.implementingText', { n: formatCount(implementing.tasks, lang) })}{' '}
            <a href={tasksPath({ implements: doc.id })}>
              {t('doc.implementingAll', { n: formatCount(implementing.tasks, lang) })}
            </a>{' '}
            · <a href={`/coverage?${new URLSearchParams({ directive: doc.id })}`}>{t('nav.coverage')}</a>
          </p>
          <ul className="counts-list">
            {implementing.groups.map((group) => (
              <li key={group.province ?? ''}>
                <a href={tasksPath({ implements: doc.id, ...(group.province ? { province: group.province } : {}) })}>
                  {group.province ?? t('doc.national')}
                </a>
                : {formatCount(group.tasks, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="doc-targets">
        <h2 id="doc-targets">
          {t('doc.targets')} <span className="badge">{doc.targets.length}</span>
        </h2>
        {doc.targets.length === 0 ? (
          <p className="none">{t('doc.noTargets')}</p>
        ) : (
          <ul className="plain-list">
            {doc.targets.map((target) => (
              <li key={target.id}>
                {target.text}
                {target.year !== null && <span className="meta"> ({t('doc.targetYear', { year: target.year })})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {doc.cites.length > 0 && (
        <section aria-labelledby="doc-cites">
          <h2 id="doc-cites">
            {t('doc.cites')} <span className="badge">{doc.cites.length}</span>
          </h2>
          <ul className="doc-list">
            {doc.cites.map((cited) => (
              <li key={cited.id}>
                <DocumentLine doc={cited} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}
