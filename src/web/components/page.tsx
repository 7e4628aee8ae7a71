/**
 * What every page has: its heading (also the window's title), a state the tests and the bench
 * read (`data-state`: loading, ready, error, with `data-path`, the address it was drawn for, so that
 * a reader waiting for the next page is not answered by the last one), and the "cite this" line.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n.js';

export type PageState = 'loading' | 'ready' | 'error';

/** What a citation names: title, symbol, date (any of them may be missing) and the page's path. */
export interface Citation {
  title: string;
  symbol?: string | null;
  date?: string | null;
  path: string;
}

export function Page({
  heading,
  kicker,
  state,
  cite,
  children,
}: {
  heading: string;
  /** A short line above the heading (the kind of page: Văn bản, Nhiệm vụ …). */
  kicker?: string;
  state: PageState;
  cite?: Citation;
  children?: ReactNode;
}) {
  const t = useT();
  useEffect(() => {
    document.title = heading === '' ? t('app.name') : `${heading} · ${t('app.name')}`;
  }, [heading, t]);
  return (
    <article
      className="page"
      data-state={state}
      data-path={window.location.pathname + window.location.search}
      aria-busy={state === 'loading'}
    >
      <header className="page-header">
        {kicker && <p className="kicker">{kicker}</p>}
        <h1 id="page-title">{heading}</h1>
      </header>
      {children}
      {cite && <Cite {...cite} />}
    </article>
  );
}

/** The loading and error states of a page. */
export function PageStatus({ state, error }: { state: PageState; error?: Error }) {
  const t = useT();
  if (state === 'loading') {
    return (
      <p className="status" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (state === 'error') {
    return (
      <p className="status error" role="alert">
        {t('app.error', { message: error?.message ?? '' })}
      </p>
    );
  }
  return null;
}

/** "Cite this": title, symbol, date, permalink, and a button copying the line. */
export function Cite({ title, symbol, date, path }: Citation) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const permalink = `${window.location.origin}${path}`;
  const text = [title, symbol, date].filter((part) => part !== null && part !== undefined && part !== '').join(', ');
  const line = `${text}. ${permalink}`;
  const copy = () => {
    navigator.clipboard?.writeText(line).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <footer className="cite">
      <span className="cite-label">{t('cite.label')}:</span> <cite>{text}</cite>. <a href={path}>{permalink}</a>{' '}
      <button type="button" className="small" onClick={copy} aria-live="polite">
        {copied ? t('cite.copied') : t('cite.copy')}
      </button>
    </footer>
  );
}

/** A node page before its answer: loading, or the error. */
export function PendingPage({ state, error }: { state: 'loading' | 'error'; error?: Error }) {
  const t = useT();
  return (
    <Page heading={state === 'loading' ? t('app.loading') : t('app.error', { message: '' })} state={state}>
      {state === 'error' && <PageStatus state={state} error={error} />}
    </Page>
  );
}

/** A node page for an id that names no node of its kind. */
export function MissingPage({ what, id }: { what: string; id: string }) {
  const t = useT();
  return (
    <Page heading={t('app.notFound')} state="ready">
      <p>{t('app.noNode', { what, id })}</p>
    </Page>
  );
}
