/**
 * Links to the graph's nodes, as every page writes them.
 */
import { Fragment, useCallback, type ReactNode } from 'react';
import { slugify } from '../../text/fold.js';
import { documentShortName, formatCount, formatDate, type DocumentName } from '../format.js';
import type { TaskCount } from '../queries.js';
import { useLang, useT, type MessageKey } from '../i18n.js';
import { nodePath, provincePath, tasksPath } from '../router.js';

/** Agencies as links, separated by commas; `none` when there are none. */
export function AgencyLinks({ agencies, none }: { agencies: { id: string; name: string }[]; none?: string }) {
  if (agencies.length === 0) return <span className="none">{none ?? '—'}</span>;
  return (
    <>
      {agencies.map((agency, i) => (
        <Fragment key={agency.id}>
          {i > 0 && ', '}
          <a href={nodePath('Agency', agency.id)!}>{agency.name}</a>
        </Fragment>
      ))}
    </>
  );
}

/** A document's short name as a link, its title as the link's description. */
export function DocumentLink({ doc, full = false }: { doc: DocumentName & { id: string }; full?: boolean }) {
  const t = useT();
  const name = documentShortName(doc, t);
  return (
    <a href={nodePath('Document', doc.id)!} title={doc.title ?? undefined}>
      {full && doc.title && doc.symbol ? `${name} — ${doc.title}` : full && doc.title ? doc.title : name}
    </a>
  );
}

/**
 * A document as a line of a list: its symbol (or, printed without one, its title) as the link,
 * then kind, date, province and `extra`, then the title under a symbol when it says more.
 */
export function DocumentLine({ doc, extra }: { doc: DocumentName & { id: string }; extra?: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const name = doc.symbol ?? doc.title ?? documentShortName(doc, t);
  const meta = [
    doc.kind ? t(`kind.${doc.kind}` as MessageKey) : null,
    formatDate(doc.issuedOn, lang) || null,
    doc.province ?? null,
  ].filter((part) => part !== null);
  return (
    <>
      <a href={nodePath('Document', doc.id)!}>{name}</a>
      <span className="meta">
        {meta.map((part) => ` · ${part}`).join('')}
        {extra}
      </span>
      {doc.symbol && doc.title && !doc.title.endsWith(doc.symbol) && <span className="doc-title">{doc.title}</span>}
    </>
  );
}

/** The name of a domain code in the page's language. */
export function useDomainName(): (code: string | null | undefined) => string {
  const t = useT();
  return useCallback((code) => (code ? t(`domain.${code}` as MessageKey) : t('agency.noDomain')), [t]);
}

/** Domains as links to their tasks (within `scope`, when given). */
export function DomainLinks({
  domains,
  scope = {},
}: {
  domains: { code: string }[];
  scope?: Parameters<typeof tasksPath>[0];
}) {
  const name = useDomainName();
  if (domains.length === 0) return <span className="none">—</span>;
  return (
    <>
      {domains.map((domain, i) => (
        <Fragment key={domain.code}>
          {i > 0 && ', '}
          <a
            href={tasksPath({ ...scope, domain: domain.code })}
            className={`domain domain-${domain.code.toLowerCase()}`}
          >
            {name(domain.code)}
          </a>
        </Fragment>
      ))}
    </>
  );
}

/** Task counts by domain as a list, each domain a link to its tasks within `scope`. */
export function DomainCountList({
  groups,
  scope,
  className,
}: {
  groups: TaskCount[];
  scope: Parameters<typeof tasksPath>[0];
  className?: string;
}) {
  const t = useT();
  const lang = useLang();
  const name = useDomainName();
  return (
    <ul className={className}>
      {groups.map((group) => (
        <li key={group.domain ?? 'none'}>
          {group.domain ? (
            <a href={tasksPath({ ...scope, domain: group.domain })}>{name(group.domain)}</a>
          ) : (
            <span className="meta">{t('agency.noDomain')}</span>
          )}
          : {formatCount(group.tasks, lang)}
        </li>
      ))}
    </ul>
  );
}

/** A province name as a link to its page. */
export function ProvinceLink({ name }: { name: string | null | undefined }) {
  const t = useT();
  if (!name) return <span>{t('doc.national')}</span>;
  return <a href={provincePath(slugify(name))}>{name}</a>;
}
