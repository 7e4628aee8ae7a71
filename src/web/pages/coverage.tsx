/**
 * `/coverage`: a province × domain heat map of task counts (all tasks, or with `?directive=`
 * those of the documents implementing it), each cell a link to that task list, and each
 * province's total.
 */
import { useQuery } from '../api.js';
import { useDomainName } from '../components/links.js';
import { Page, PageStatus } from '../components/page.js';
import { documentShortName, formatCount } from '../format.js';
import { DOMAIN_CODES, useLang, useT } from '../i18n.js';
import { COVERAGE_QUERY, type CoverageAnswer } from '../queries.js';
import { documentPath, provincePath, tasksPath } from '../router.js';
import { slugify } from '../../text/fold.js';

export function CoveragePage({ directive }: { directive: string | null }) {
  const t = useT();
  const lang = useLang();
  const domainName = useDomainName();
  const answer = useQuery<CoverageAnswer>(COVERAGE_QUERY, {
    directive,
    filter: directive === null ? null : { implements: directive },
    scope: directive ?? '',
  });
  const scope = answer.data?.scope?.__typename === 'Document' ? answer.data.scope : null;
  const path = directive === null ? '/coverage' : `/coverage?${new URLSearchParams({ directive })}`;
  return (
    <Page heading={t('coverage.title')} state={answer.status} cite={{ title: t('coverage.title'), path }}>
      <p className="meta">{t('coverage.help')}</p>
      <p>
        {t('coverage.scope')}:{' '}
        {directive === null ? (
          t('coverage.all')
        ) : (
          <>
            {t('coverage.under', { name: '' })}
            <a href={documentPath(directive)}>{scope ? documentShortName(scope, t) : directive}</a> ·{' '}
            <a href="/coverage">{t('coverage.all')}</a>
          </>
        )}
      </p>
      <PageStatus state={answer.status} error={answer.error} />
      {answer.data && <HeatMap answer={answer.data} directive={directive} domainName={domainName} lang={lang} />}
    </Page>
  );
}

function HeatMap({
  answer,
  directive,
  domainName,
  lang,
}: {
  answer: CoverageAnswer;
  directive: string | null;
  domainName: (code: string) => string;
  lang: 'vi' | 'en';
}) {
  const t = useT();
  const cells = new Map(answer.coverage.map((cell) => [`${cell.province}\n${cell.domain}`, cell.tasks]));
  const totals = new Map(answer.byProvince.groups.map((group) => [group.province ?? '', group.tasks]));
  const provinces = [...new Set([...answer.coverage.map((cell) => cell.province), ...totals.keys()])]
    .filter((name) => name !== '')
    .sort((a, b) => a.localeCompare(b, 'vi'));
  const largest = Math.max(1, ...answer.coverage.map((cell) => cell.tasks));
  const level = (n: number) => (n === 0 ? 0 : Math.min(5, 1 + Math.floor((4 * n) / largest)));
  const scope = directive === null ? {} : { implements: directive };
  if (provinces.length === 0) return <p className="none">{t('coverage.none')}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('coverage.title')}>
      <table className="heatmap">
        <caption className="visually-hidden">{t('coverage.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.province')}</th>
            {DOMAIN_CODES.map((code) => (
              <th key={code} scope="col">
                {domainName(code)}
              </th>
            ))}
            <th scope="col">{t('coverage.total')}</th>
          </tr>
        </thead>
        <tbody>
          {provinces.map((province) => (
            <tr key={province}>
              <th scope="row">
                <a href={provincePath(slugify(province))}>{province}</a>
              </th>
              {DOMAIN_CODES.map((code) => {
                const n = cells.get(`${province}\n${code}`) ?? 0;
                return (
                  <td key={code} className={`heat-${level(n)}`}>
                    {n === 0 ? (
                      <span
                        className="none"
                        aria-label={t('coverage.cell', { province, domain: domainName(code), n: 0 })}
                      >
                        ·
                      </span>
                    ) : (
                      <a
                        href={tasksPath({ ...scope, province, domain: code })}
                        aria-label={t('coverage.cell', { province, domain: domainName(code), n: formatCount(n, lang) })}
                      >
                        {formatCount(n, lang)}
                      </a>
                    )}
                  </td>
                );
              })}
              <td>
                <a href={tasksPath({ ...scope, province })}>{formatCount(totals.get(province) ?? 0, lang)}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
