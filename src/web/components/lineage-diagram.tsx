/**
 * A document's lineage drawn as layered boxes: every chain up to the root directives and every
 * document implementing it, recursively (src/web/layered-layout.ts places them). Each box is a
 * link to its document; the arrows are drawn in an SVG layer under the boxes. The boxes come in
 * column order in the page, so a keyboard or a screen reader meets them root first.
 */
import { useMemo } from 'react';
import { documentShortName, formatDate } from '../format.js';
import { useLang, useT, type MessageKey } from '../i18n.js';
import { DEFAULT_LAYOUT, layoutLayers } from '../layered-layout.js';
import type { LineageDocument } from '../queries.js';
import { nodePath } from '../router.js';

export function LineageDiagram({ focus, documents }: { focus: string; documents: LineageDocument[] }) {
  const t = useT();
  const lang = useLang();
  const layout = useMemo(
    () =>
      layoutLayers(
        documents.map((doc) => ({ id: doc.id, order: `${doc.province ?? ''}\u0001${doc.symbol ?? doc.title}` })),
        documents.flatMap((doc) => doc.implements.map((parent) => ({ from: parent.id, to: doc.id }))),
      ),
    [documents],
  );
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const focusDoc = byId.get(focus);
  const { boxWidth, boxHeight } = DEFAULT_LAYOUT;
  return (
    <div
      className="lineage-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('doc.lineageLabel', { name: focusDoc ? documentShortName(focusDoc, t) : focus })}
    >
      <div className="lineage" style={{ width: `${layout.width}px`, height: `${layout.height}px` }}>
        <svg className="lineage-edges" width={layout.width} height={layout.height} aria-hidden="true" focusable="false">
          <defs>
            <marker
              id="lineage-arrow"
              viewBox="0 0 8 8"
              refX="8"
              refY="4"
              markerWidth="8"
              markerHeight="8"
              orient="auto"
            >
              <path d="M0,0 L8,4 L0,8 z" />
            </marker>
          </defs>
          {layout.edges.map((edge) => (
            <path
              key={`${edge.from}>${edge.to}`}
              d={edge.path}
              className={edge.from === focus || edge.to === focus ? 'near' : undefined}
              markerEnd="url(#lineage-arrow)"
            />
          ))}
        </svg>
        <ol className="lineage-boxes">
          {layout.boxes.map((box) => {
            const doc = byId.get(box.id)!;
            const date = formatDate(doc.issuedOn, lang);
            return (
              <li
                key={box.id}
                className={`lineage-box${box.id === focus ? ' focus' : ''}${doc.inCorpus ? ' in-corpus' : ''}`}
                style={{ left: `${box.x}px`, top: `${box.y}px`, width: `${boxWidth}px`, height: `${boxHeight}px` }}
              >
                <a
                  href={nodePath('Document', doc.id)!}
                  aria-current={box.id === focus ? 'page' : undefined}
                  title={doc.title}
                >
                  <strong>{doc.symbol ?? t(`kind.${doc.kind}` as MessageKey)}</strong>
                  <span className="lineage-meta">
                    {[doc.province ?? t('doc.national'), date].filter(Boolean).join(' · ')}
                  </span>
                  <span className="lineage-title">{doc.title}</span>
                </a>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}
