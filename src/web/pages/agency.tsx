/**
 * `/agency/…`: an agency's name, aliases, province, parent and units; the tasks it leads and
 * those it coordinates, as two tabs with their counts by domain and by year (its units' tasks
 * included or not), each a table with a CSV download.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from '../api.js';
import { AgencyLinks, DocumentLine, DomainCountList, ProvinceLink } from '../components/links.js';
import { MissingPage, Page, PageStatus, PendingPage } from '../components/page.js';
import { TaskTable, useTaskList } from '../components/task-table.js';
import { formatCount } from '../format.js';
import { useLang, useT } from '../i18n.js';
import {
  AGENCY_QUERY,
  AGENCY_STATS_QUERY,
  AGENCY_TASKS_QUERY,
  type AgencyAnswer,
  type AgencyStatsAnswer,
  type TaskConnection,
  type TaskStats,
} from '../queries.js';
import { graphPath, nodePath, tasksPath } from '../router.js';

const ROLES = ['LEAD', 'COORDINATOR'] as const;
type Role = (typeof ROLES)[number];

export function AgencyPage({ id }: { id: string }) {
  const t = useT();
  const [role, setRole] = useState<Role>('LEAD');
  const [includeUnits, setIncludeUnits] = useState(false);
  const answer = useQuery<AgencyAnswer>(AGENCY_QUERY, { id });
  // Counted apart, so turning the units on or off redraws the counts and the table, not the page.
  const counts = useQuery<AgencyStatsAnswer>(AGENCY_STATS_QUERY, { id, includeUnits });
  const tasks = useTaskList(
    answer.data?.agency ? AGENCY_TASKS_QUERY : null,
    { id, role, includeUnits },
    (data: { agency: { tasks: TaskConnection } | null }) => data.agency?.tasks,
  );
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  if (answer.status !== 'ready') return <PendingPage state={answer.status} error={answer.error} />;
  const agency = answer.data.agency;
  if (!agency) return <MissingPage what={t('type.Agency').toLowerCase()} id={id} />;
  const stats: Record<Role, { byDomain: TaskStats; byYear: TaskStats } | null> = counts.data
    ? {
        LEAD: { byDomain: counts.data.leadByDomain, byYear: counts.data.leadByYear },
        COORDINATOR: { byDomain: counts.data.coordinatorByDomain, byYear: counts.data.coordinatorByYear },
      }
    : { LEAD: null, COORDINATOR: null };
  // Arrow keys move between the tabs (the WAI-ARIA tabs pattern); Tab moves into the panel.
  const onKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = ROLES[(ROLES.indexOf(role) + step + ROLES.length) % ROLES.length]!;
    setRole(next);
    tabs.current[ROLES.indexOf(next)]?.focus();
  };
  const roleLabel = (r: Role) => (r === 'LEAD' ? t('agency.lead') : t('agency.coordinator'));
  return (
    <Page
      kicker={`${t('type.Agency')}${agency.province ? ` · ${agency.province}` : ''}`}
      heading={agency.name}
      state="ready"
      cite={{ title: agency.name, symbol: agency.province ?? t('doc.national'), path: nodePath('Agency', agency.id)! }}
    >
      <dl className="facts">
        <dt>{t('agency.province')}</dt>
        <dd>
          <ProvinceLink name={agency.province} />
        </dd>
        {agency.aliases.filter((alias) => alias !== agency.name).length > 0 && (
          <>
            <dt>{t('agency.aliases')}</dt>
            <dd>{agency.aliases.filter((alias) => alias !== agency.name).join('; ')}</dd>
          </>
        )}
        <dt>{t('agency.parent')}</dt>
        <dd>
          <AgencyLinks agencies={agency.parent ? [agency.parent] : []} />
        </dd>
        <dt>{t('agency.units')}</dt>
        <dd>
          <AgencyLinks agencies={agency.units} />
        </dd>
        {agency.isCollective && (
          <>
            <dt />
            <dd className="meta">{t('agency.collective')}</dd>
          </>
        )}
      </dl>
      <p>
        <a href={graphPath(agency.id)}>{t('doc.graph')}</a>
      </p>

      {agency.issued.length > 0 && (
        <section aria-labelledby="agency-issued">
          <h2 id="agency-issued">
            {t('agency.issued')} <span className="badge">{agency.issued.length}</span>
          </h2>
          <ul className="doc-list">
            {agency.issued.map((doc) => (
              <li key={doc.id}>
                <DocumentLine doc={doc} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="agency-tasks">
        <h2 id="agency-tasks">{t('agency.tabs')}</h2>
        {agency.units.length > 0 && (
          <label className="check">
            <input type="checkbox" checked={includeUnits} onChange={(event) => setIncludeUnits(event.target.checked)} />{' '}
            {t('agency.includeUnits')}
          </label>
        )}
        <div role="tablist" aria-labelledby="agency-tasks" onKeyDown={onKey}>
          {ROLES.map((r, i) => (
            <button
              key={r}
              ref={(element) => {
                tabs.current[i] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${r}`}
              aria-selected={role === r}
              aria-controls={`panel-${r}`}
              tabIndex={role === r ? 0 : -1}
              onClick={() => setRole(r)}
            >
              {roleLabel(r)} <span className="badge">{stats[r]?.byDomain.tasks ?? '…'}</span>
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${role}`} aria-labelledby={`tab-${role}`}>
          {stats[role] ? (
            <Counts agencyId={agency.id} role={role} includeUnits={includeUnits} {...stats[role]} />
          ) : (
            <PageStatus state={counts.status === 'error' ? 'error' : 'loading'} error={counts.error} />
          )}
          <TaskTable
            list={tasks}
            showDocument
            csvName={`tasks-${role === 'LEAD' ? 'led' : 'coordinated'}-${agency.id.replace(/\//g, '-')}`}
            caption={`${roleLabel(role)}: ${agency.name}`}
          />
        </div>
      </section>
    </Page>
  );
}

/** The tab's counts by domain and by year, each a link to that task list. */
function Counts({
  agencyId,
  role,
  includeUnits,
  byDomain,
  byYear,
}: {
  agencyId: string;
  role: Role;
  includeUnits: boolean;
  byDomain: TaskStats;
  byYear: TaskStats;
}) {
  const t = useT();
  const lang = useLang();
  const scope = { agency: agencyId, role, ...(includeUnits ? { includeUnits: true } : {}) };
  const years = [...byYear.groups].sort((a, b) => (a.year ?? 99999) - (b.year ?? 99999));
  return (
    <div className="counts">
      <div>
        <h3>{t('agency.byDomain')}</h3>
        <DomainCountList groups={byDomain.groups} scope={scope} />
      </div>
      <div>
        <h3>{t('agency.byYear')}</h3>
        <ul>
          {years.map((group) => (
            <li key={group.year ?? 'none'}>
              {group.year !== null && group.year !== undefined ? (
                <a href={tasksPath({ ...scope, year: group.year })}>{group.year}</a>
              ) : (
                <span className="meta">{t('agency.noYear')}</span>
              )}
              : {formatCount(group.tasks, lang)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
