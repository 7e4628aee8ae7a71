/**
 * The explorer's frame: a skip link, the header (name, navigation, search box, language switch),
 * the page the route names, and a footer. Moving to another page puts the focus on its content,
 * so a screen reader starts reading there; changing a page's own settings (the graph's filters)
 * leaves the focus where it is.
 */
import { useEffect, useRef, useState } from 'react';
import { Page } from './components/page.js';
import { LangContext, saveLang, savedLang, translator, useT, type Lang } from './i18n.js';
import { AgencyPage } from './pages/agency.js';
import { CoveragePage } from './pages/coverage.js';
import { DocumentPage } from './pages/document.js';
import { GraphPage } from './pages/graph.js';
import { ProvincePage } from './pages/province.js';
import { SearchForm, SearchPage } from './pages/search.js';
import { TaskPage } from './pages/task.js';
import { TasksPage } from './pages/tasks.js';
import { changedInPlace, useRoute, type Route } from './router.js';

export function App() {
  const route = useRoute();
  const [lang, setLang] = useState<Lang>(savedLang);
  const t = translator(lang);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (changedInPlace()) return;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [route]);
  const switchLang = () => {
    const next = lang === 'vi' ? 'en' : 'vi';
    saveLang(next);
    setLang(next);
  };
  const q = route.page === 'search' ? route.q : '';
  return (
    <LangContext.Provider value={lang}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <a className="brand" href="/">
          {t('app.name')}
        </a>
        <nav aria-label={t('app.nav')}>
          <ul>
            <li>
              <a href="/" aria-current={route.page === 'search' ? 'page' : undefined}>
                {t('nav.search')}
              </a>
            </li>
            <li>
              <a href="/coverage" aria-current={route.page === 'coverage' ? 'page' : undefined}>
                {t('nav.coverage')}
              </a>
            </li>
            <li>
              <a href="/graph" aria-current={route.page === 'graph' ? 'page' : undefined}>
                {t('nav.graph')}
              </a>
            </li>
            <li>
              <a href="/graphql">{t('nav.graphiql')}</a>
            </li>
          </ul>
        </nav>
        {route.page !== 'search' && <SearchForm q={q} compact />}
        <button
          type="button"
          className="lang-switch"
          onClick={switchLang}
          lang={lang === 'vi' ? 'en' : 'vi'}
          aria-label={t('app.switchLabel')}
        >
          {t('app.switch')}
        </button>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <RoutePage route={route} />
      </main>
      <footer className="site-footer">
        <p>
          {t('app.footer')} <a href="/graphql">GraphiQL</a>
        </p>
      </footer>
    </LangContext.Provider>
  );
}

function RoutePage({ route }: { route: Route }) {
  switch (route.page) {
    case 'search':
      return <SearchPage q={route.q} />;
    case 'document':
      return <DocumentPage id={route.id} />;
    case 'task':
      return <TaskPage id={route.id} />;
    case 'agency':
      return <AgencyPage id={route.id} />;
    case 'province':
      return <ProvincePage id={route.id} />;
    case 'tasks':
      return <TasksPage filter={route.filter} />;
    case 'coverage':
      return <CoveragePage directive={route.directive} />;
    case 'graph':
      return <GraphPage focus={route.focus} hops={route.hops} types={route.types} />;
    case 'notFound':
      return <NotFound path={route.path} />;
  }
}

function NotFound({ path }: { path: string }) {
  const t = useT();
  return (
    <Page heading={t('app.notFound')} state="ready">
      <p>{t('app.notFoundText', { path })}</p>
    </Page>
  );
}
