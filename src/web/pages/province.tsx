/**
 * `/province/…`: a province's documents and its tasks counted by domain, with the provinces it
 * was merged from or into in 2025 linked; the documents and counts of a province of today
 * include those of its former provinces.
 */
import { useQuery } from '../api.js';
import { DocumentLine, DomainCountList } from '../components/links.js';
import { MissingPage, Page, PendingPage } from '../components/page.js';
import { formatCount, formatDate } from '../format.js';
import { useLang, useT } from '../i18n.js';
import { PROVINCE_QUERY, type ProvinceAnswer } from '../queries.js';
import { provincePath, tasksPath } from '../router.js';

export function ProvincePage({ id }: { id: string }) {
  const t = useT();
  const lang = useLang();
  const answer = useQuery<ProvinceAnswer>(PROVINCE_QUERY, { id, province: id });
  if (answer.status !== 'ready') return <PendingPage state={answer.status} error={answer.error} />;
  const node = answer.data.node;
  if (node === null || node.__typename !== 'Province' || !('name' in node)) {
    return <MissingPage what={t('type.Province').toLowerCase()} id={id} />;
  }
  const province = node;
  const scope = { province: province.name, ...(province.formerProvinces.length > 0 ? { includeFormer: true } : {}) };
  const { documents, byDomain } = answer.data;
  return (
    <Page
      kicker={t('type.Province')}
      heading={province.name}
      state="ready"
      cite={{ title: province.name, path: provincePath(province.id) }}
    >
      <p>
        {province.current ? t('province.current') : t('province.former')}
        {province.mergedInto && (
          <>
            {' · '}
            {t('province.mergedInto', { name: '\u0000', date: formatDate(province.mergedOn, lang) })
              .split('\u0000')
              .map((part, i) =>
                i === 0 ? (
                  part
                ) : (
                  <span key={i}>
                    <a href={provincePath(province.mergedInto!.id)}>{province.mergedInto!.name}</a>
                    {part}
                  </span>
                ),
              )}
          </>
        )}
      </p>
      {province.formerProvinces.length > 0 && (
        <p>
          {t('province.formerProvinces')}:{' '}
          {province.formerProvinces.map((former, i) => (
            <span key={former.id}>
              {i > 0 && ', '}
              <a href={provincePath(former.id)}>{former.name}</a>
            </span>
          ))}
        </p>
      )}

      <section aria-labelledby="province-domains">
        <h2 id="province-domains">
          {t('province.byDomain')} <span className="badge">{formatCount(byDomain.tasks, lang)}</span>
        </h2>
        {byDomain.tasks > 0 ? (
          <>
            <DomainCountList groups={byDomain.groups} scope={scope} className="counts-list" />
            <p>
              <a href={tasksPath(scope)}>{t('province.tasks', { n: formatCount(byDomain.tasks, lang) })}</a>
            </p>
          </>
        ) : (
          <p className="none">—</p>
        )}
      </section>

      <section aria-labelledby="province-documents">
        <h2 id="province-documents">
          {t('province.documents')} <span className="badge">{formatCount(documents.totalCount, lang)}</span>
        </h2>
        {documents.edges.length === 0 ? (
          <p className="none">{t('province.noDocuments')}</p>
        ) : (
          <ul className="doc-list">
            {documents.edges.map(({ node: doc }) => (
              <li key={doc.id}>
                <DocumentLine
                  doc={doc}
                  extra={
                    <>
                      {' · '}
                      {doc.inCorpus ? t('doc.inCorpus') : t('doc.citedOnly')}
                      {doc.tasks.totalCount > 0 &&
                        ` · ${t('tasks.count', { n: formatCount(doc.tasks.totalCount, lang) })}`}
                    </>
                  }
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
