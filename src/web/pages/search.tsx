/**
 * `/` and `/search?q=`: one box; the hits grouped as documents, tasks and agencies, with the
 * words that matched marked (diacritic-insensitively: "so y te" marks "Sở Y tế"). Without a
 * query, the page says what the graph holds and lists the documents read in full.
 */
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '../api.js';
import { DocumentLine, DocumentLink } from '../components/links.js';
import { Page, PageStatus } from '../components/page.js';
import { documentShortName, formatCount } from '../format.js';
import { highlightPieces, matchRanges, searchWords, snippet } from '../highlight.js';
import { useLang, useT } from '../i18n.js';
import { HOME_QUERY, SEARCH_QUERY, type HomeAnswer, type SearchAnswer, type SearchNode } from '../queries.js';
import { navigate, nodePath, searchPath } from '../router.js';

export function SearchPage({ q }: { q: string }) {
  const t = useT();
  const query = q.trim();
  const home = useQuery<HomeAnswer>(query === '' ? HOME_QUERY : null);
  const results = useQuery<SearchAnswer>(query === '' ? null : SEARCH_QUERY, { q: query });
  const answer = query === '' ? home : results;
  return (
    <Page
      heading={query === '' ? t('search.title') : t('search.results', { q: query })}
      state={answer.status}
      cite={{ title: query === '' ? t('search.title') : t('search.cite', { q: query }), path: searchPath(query) }}
    >
      <SearchForm q={query} />
      <PageStatus state={answer.status} error={answer.error} />
      {query === ''
        ? home.data && <Home answer={home.data} />
        : results.data && <Results q={query} answer={results.data} />}
    </Page>
  );
}

/** The search box; submitting it opens /search?q=. */
export function SearchForm({ q, compact = false }: { q: string; compact?: boolean }) {
  const t = useT();
  const [value, setValue] = useState(q);
  useEffect(() => setValue(q), [q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(searchPath(value.trim()));
  };
  const id = compact ? 'search-compact' : 'search-main';
  return (
    <form role="search" className={compact ? 'search-form compact' : 'search-form'} onSubmit={submit} action="/search">
      <label htmlFor={id} className={compact ? 'visually-hidden' : undefined}>
        {t('search.label')}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        value={value}
        placeholder={t('search.placeholder')}
        onChange={(event) => setValue(event.target.value)}
        autoComplete="off"
      />
      <button type="submit">{t('search.submit')}</button>
      {!compact && <p className="hint">{t('search.hint')}</p>}
    </form>
  );
}

function Home({ answer }: { answer: HomeAnswer }) {
  const t = useT();
  const lang = useLang();
  const stats = answer.graphStats;
  return (
    <section aria-labelledby="home-corpus">
      <p>
        {t('search.stats', {
          documents: formatCount(stats.documents, lang),
          inCorpus: formatCount(stats.documentsInCorpus, lang),
          tasks: formatCount(stats.tasks, lang),
          agencies: formatCount(stats.agencies, lang),
        })}
      </p>
      <h2 id="home-corpus">{t('search.inCorpus')}</h2>
      <ul className="doc-list">
        {answer.documents.edges.map(({ node }) => (
          <li key={node.id}>
            <DocumentLine doc={node} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Results({ q, answer }: { q: string; answer: SearchAnswer }) {
  const t = useT();
  const lang = useLang();
  const words = searchWords(q);
  const hits = answer.search.map((hit) => hit.node);
  const documents = hits.filter((node) => node.__typename === 'Document');
  const tasks = hits.filter((node) => node.__typename === 'Task');
  const agencies = hits.filter((node) => node.__typename === 'Agency');
  return (
    <div className="results">
      <p role="status">{t('search.count', { n: formatCount(hits.length, lang) })}</p>
      {hits.length === 0 && <p>{t('search.none', { q })}</p>}
      {/* Agencies first: a name is what most searches are for. */}
      <ResultGroup id="agencies" title={t('search.agencies')} count={agencies.length}>
        {agencies.map((node) => node.__typename === 'Agency' && <AgencyHit key={node.id} node={node} words={words} />)}
      </ResultGroup>
      <ResultGroup id="documents" title={t('search.documents')} count={documents.length}>
        {documents.map(
          (node) =>
            node.__typename === 'Document' && (
              <li key={node.id}>
                <a href={nodePath('Document', node.id)!}>
                  <Marked text={documentShortName(node, t)} words={words} />
                </a>
                {node.province && <span className="meta"> · {node.province}</span>}
                <p className="snippet">
                  <Marked text={snippet(node.title, words)} words={words} />
                </p>
              </li>
            ),
        )}
      </ResultGroup>
      <ResultGroup id="tasks" title={t('search.tasks')} count={tasks.length}>
        {tasks.map(
          (node) =>
            node.__typename === 'Task' && (
              <li key={node.id}>
                <a href={nodePath('Task', node.id)!}>
                  {node.code && <span className="code">{node.code} </span>}
                  <Marked text={node.title} words={words} />
                </a>
                <span className="meta">
                  {' '}
                  · <DocumentLink doc={node.document} />
                  {node.province && ` · ${node.province}`}
                </span>
                {matchRanges(node.title, words).length < words.length && (
                  <p className="snippet">
                    <Marked text={snippet(node.text, words)} words={words} />
                  </p>
                )}
              </li>
            ),
        )}
      </ResultGroup>
    </div>
  );
}

function ResultGroup({
  id,
  title,
  count,
  children,
}: {
  id: string;
  title: string;
  count: number;
  children: ReactNode;
}) {
  if (count === 0) return null;
  return (
    <section className={`result-group result-${id}`} aria-labelledby={`results-${id}`}>
      <h2 id={`results-${id}`}>
        {title} <span className="badge">{count}</span>
      </h2>
      <ul>{children}</ul>
    </section>
  );
}

function AgencyHit({ node, words }: { node: Extract<SearchNode, { __typename: 'Agency' }>; words: string[] }) {
  const t = useT();
  // The spellings that hold words the name does not: why this agency matched.
  const nameMatches = matchRanges(node.name, words).length;
  const aliases = node.aliases.filter((alias) => alias !== node.name && matchRanges(alias, words).length > nameMatches);
  return (
    <li>
      <a href={nodePath('Agency', node.id)!}>
        <Marked text={node.name} words={words} />
      </a>
      <span className="meta">
        {' '}
        · {node.province ? <Marked text={node.province} words={words} /> : t('doc.national')}
      </span>
      {aliases.length > 0 && (
        <p className="snippet">
          {t('search.alsoKnown')}:{' '}
          {aliases.slice(0, 3).map((alias, i) => (
            <span key={alias}>
              {i > 0 && '; '}
              <Marked text={alias} words={words} />
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

/** The text with the search's words in <mark>. */
export function Marked({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {highlightPieces(text, words).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
