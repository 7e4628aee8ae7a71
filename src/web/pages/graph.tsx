/**
 * `/graph?focus=<id>`: the neighbourhood of a node, one or two relationships away, filtered by
 * node type and laid out left to right (src/web/graph-view.ts, loaded on demand); choosing a node
 * opens its page. The same nodes are listed as links under the drawing, for keyboards and
 * screen readers.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '../api.js';
import { DocumentLine } from '../components/links.js';
import { Page, PageStatus } from '../components/page.js';
import { documentShortName, formatCount } from '../format.js';
import { useLang, useT, type MessageKey, type Translate } from '../i18n.js';
import {
  HOME_QUERY,
  NEIGHBOURHOOD_QUERY,
  type GraphNode,
  type HomeAnswer,
  type NeighbourhoodAnswer,
} from '../queries.js';
import { graphPath, navigate, nodePath } from '../router.js';

/** The API's NodeType values and the labels they stand for. */
const NODE_TYPES = [
  ['DOCUMENT', 'Document'],
  ['TASK', 'Task'],
  ['AGENCY', 'Agency'],
  ['DOMAIN', 'Domain'],
  ['PROVINCE', 'Province'],
  ['TARGET', 'Target'],
] as const;
/** Shown unless the address says otherwise: provinces join everything in them, which hides the rest. */
const DEFAULT_TYPES = ['DOCUMENT', 'TASK', 'AGENCY', 'DOMAIN', 'TARGET'];

export function GraphPage({ focus, hops, types }: { focus: string | null; hops: number; types: string[] | null }) {
  const t = useT();
  const chosen = types ?? DEFAULT_TYPES;
  const answer = useQuery<NeighbourhoodAnswer>(focus === null ? null : NEIGHBOURHOOD_QUERY, {
    id: focus,
    hops,
    types: chosen,
  });
  const home = useQuery<HomeAnswer>(focus === null ? HOME_QUERY : null);
  const around = answer.data?.neighbourhood;
  const focusNode = around?.nodes[0];
  const heading = focusNode ? `${t('graph.title')}: ${nodeLabel(focusNode, t)}` : t('graph.title');
  const state = focus === null ? home.status : answer.status;
  return (
    <Page
      heading={heading}
      state={state}
      cite={{ title: heading, path: focus === null ? '/graph' : graphPath(focus, hops, types) }}
    >
      {focus === null ? (
        <>
          <p>{t('graph.choose')}</p>
          <PageStatus state={home.status} error={home.error} />
          <ul className="doc-list">
            {home.data?.documents.edges.map(({ node }) => (
              <li key={node.id}>
                <a href={graphPath(node.id)}>{documentShortName(node, t)}</a>
                <span className="meta"> · {node.province}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <Controls focus={focus} hops={hops} chosen={chosen} />
          <PageStatus state={answer.status} error={answer.error} />
          {answer.status === 'ready' && around === null && <p>{t('app.noNode', { what: '', id: focus })}</p>}
          {around && <Neighbourhood focus={focus} answer={around} />}
        </>
      )}
    </Page>
  );
}

function Controls({ focus, hops, chosen }: { focus: string; hops: number; chosen: string[] }) {
  const t = useT();
  const go = (nextHops: number, nextTypes: string[]) => navigate(graphPath(focus, nextHops, nextTypes), true);
  return (
    <form className="graph-controls" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend>{t('graph.hops')}</legend>
        {[1, 2].map((n) => (
          <label key={n}>
            <input type="radio" name="hops" value={n} checked={hops === n} onChange={() => go(n, chosen)} />{' '}
            {t('graph.hop', { n })}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('graph.types')}</legend>
        {NODE_TYPES.map(([value, label]) => (
          <label key={value}>
            <input
              type="checkbox"
              name="types"
              value={value}
              checked={chosen.includes(value)}
              onChange={(event) =>
                go(hops, event.target.checked ? [...chosen, value] : chosen.filter((type) => type !== value))
              }
            />{' '}
            {t(`type.${label}` as MessageKey)}
          </label>
        ))}
      </fieldset>
    </form>
  );
}

function Neighbourhood({
  focus,
  answer,
}: {
  focus: string;
  answer: NonNullable<NeighbourhoodAnswer['neighbourhood']>;
}) {
  const t = useT();
  const lang = useLang();
  const canvas = useRef<HTMLDivElement>(null);
  const [drawError, setDrawError] = useState<Error | null>(null);
  useEffect(() => {
    let remove: (() => void) | undefined;
    let live = true;
    import('../graph-view.js').then(
      ({ drawGraph }) => {
        if (!live || canvas.current === null) return;
        remove = drawGraph(
          canvas.current,
          answer.nodes.map((node) => ({
            id: node.id,
            type: node.__typename,
            label: nodeLabel(node, t, 48),
            focus: node.id === focus,
          })),
          answer.edges,
          (id) => {
            const node = answer.nodes.find((n) => n.id === id);
            const path = node ? nodePath(node.__typename, node.id) : null;
            if (path !== null) navigate(path);
          },
        );
      },
      (error: unknown) => live && setDrawError(error as Error),
    );
    return () => {
      live = false;
      remove?.();
    };
  }, [answer, focus, t]);
  const byType = NODE_TYPES.map(
    ([, label]) => [label, answer.nodes.filter((node) => node.__typename === label)] as const,
  ).filter(([, nodes]) => nodes.length > 0);
  const focusNode = answer.nodes[0];
  return (
    <>
      <p className="meta" role="status">
        {t('graph.count', {
          nodes: formatCount(answer.nodes.length, lang),
          edges: formatCount(answer.edges.length, lang),
        })}
        . {t('graph.open')}
        {answer.truncated && ` ${t('graph.truncated', { n: answer.nodes.length - 1 })}`}
      </p>
      {drawError && <PageStatus state="error" error={drawError} />}
      <div
        ref={canvas}
        className="graph-canvas"
        role="img"
        aria-label={t('graph.canvas', { name: focusNode ? nodeLabel(focusNode, t) : focus })}
      />
      <section aria-labelledby="graph-list">
        <h2 id="graph-list">{t('graph.list')}</h2>
        <div className="graph-list">
          {byType.map(([label, nodes]) => (
            <div key={label}>
              <h3>
                {t(`type.${label}` as MessageKey)} <span className="badge">{nodes.length}</span>
              </h3>
              <ul>
                {nodes.map((node) => (
                  <li key={node.id}>
                    {node.__typename === 'Document' ? (
                      <DocumentLine doc={{ ...node, title: null }} />
                    ) : (
                      <a href={nodePath(node.__typename, node.id) ?? undefined}>{nodeLabel(node, t)}</a>
                    )}{' '}
                    {node.id !== focus && node.__typename !== 'Domain' && node.__typename !== 'Target' && (
                      <a
                        className="meta"
                        href={graphPath(node.id)}
                        aria-label={`${t('graph.focus')}: ${nodeLabel(node, t)}`}
                      >
                        ⊙
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
    </>
  );
}

/** A node's name on the graph: a document's short name, a task's code and title, an agency's name … */
function nodeLabel(node: GraphNode, t: Translate, length = 120): string {
  const cut = (text: string) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);
  switch (node.__typename) {
    case 'Document':
      return documentShortName({ ...node, kind: node.kind ?? null }, t);
    case 'Task':
      return cut(`${node.code ? `${node.code} ` : ''}${node.title ?? ''}`);
    case 'Agency':
      return cut(`${node.name ?? ''}${node.province ? ` (${node.province})` : ''}`);
    case 'Domain':
      return t(`domain.${node.domainCode}` as MessageKey);
    case 'Province':
      return node.name ?? node.id;
    default:
      return cut(node.text ?? node.id);
  }
}
