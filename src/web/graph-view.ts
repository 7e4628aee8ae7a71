/**
 * The graph view's drawing, loaded only by /graph (a chunk of its own: Cytoscape.js is most of
 * the explorer's weight). Nodes are laid out in layers, left to right as the cascade flows: a
 * directive, the plans implementing it, their tasks, the agencies and domains of those
 * (src/web/layered-layout.ts, the lineage diagram's layout, with tall layers wrapped into
 * several columns so labels stay readable). Relationships that point against the flow (a plan
 * IMPLEMENTS its directive, a sub-task is PART_OF its task) are laid out reversed; every arrow
 * is still drawn the way its relationship points.
 */
import cytoscape from 'cytoscape';
import { layoutLayers } from './layered-layout.js';

export interface DrawNode {
  id: string;
  type: string;
  label: string;
  focus: boolean;
}

export interface DrawEdge {
  source: string;
  target: string;
  type: string;
}

/**
 * Cytoscape adds a one-rule <style> element unless an element with this id exists; the page's
 * policy refuses inline styles, so the rule is in styles.css and a marker stands in for it.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

/** Relationship types whose arrow points against the left-to-right flow. */
const AGAINST_FLOW = new Set(['IMPLEMENTS', 'CITES', 'PART_OF']);
/** Order of the types within a layer: documents first, then tasks … */
const TYPE_ORDER = ['Document', 'Task', 'Agency', 'Domain', 'Target', 'Province'];
const NODE_SIZE = 18;
const COLUMN_WIDTH = 200;
const ROW_HEIGHT = 40;
/** Most nodes in one column: a plan's two hundred tasks become columns side by side. */
const MAX_PER_COLUMN = 12;

const COLOURS: Record<string, string> = {
  Document: '#0b5394',
  Task: '#6e7781',
  Agency: '#b35900',
  Domain: '#2e7d32',
  Province: '#6a4c93',
  Target: '#00838f',
};

/** Draws the graph into `container`; `open(id)` is called when a node is chosen. Returns a function that removes it. */
export function drawGraph(
  container: HTMLElement,
  nodes: readonly DrawNode[],
  edges: readonly DrawEdge[],
  open: (id: string) => void,
): () => void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID) === null) {
    const marker = document.createElement('meta');
    marker.id = CYTOSCAPE_STYLESHEET_ID;
    document.head.append(marker);
  }
  const layout = layoutLayers(
    nodes.map((node) => ({ id: node.id, order: `${TYPE_ORDER.indexOf(node.type)}\u0001${node.label}` })),
    edges.map((edge) =>
      AGAINST_FLOW.has(edge.type) ? { from: edge.target, to: edge.source } : { from: edge.source, to: edge.target },
    ),
    {
      boxWidth: NODE_SIZE,
      boxHeight: NODE_SIZE,
      columnGap: COLUMN_WIDTH - NODE_SIZE,
      rowGap: ROW_HEIGHT - NODE_SIZE,
      maxPerColumn: MAX_PER_COLUMN,
    },
  );
  const centre = new Map(layout.boxes.map((box) => [box.id, { x: box.x + NODE_SIZE / 2, y: box.y + NODE_SIZE / 2 }]));
  const cy = cytoscape({
    container,
    elements: [
      ...nodes.map((node) => ({
        data: { id: node.id, label: node.label },
        position: centre.get(node.id) ?? { x: 0, y: 0 },
        classes: `${node.type}${node.focus ? ' focus' : ''}`,
      })),
      ...edges.map((edge, i) => ({ data: { id: `e${i}`, source: edge.source, target: edge.target } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'text-wrap': 'wrap',
          'text-max-width': `${COLUMN_WIDTH - NODE_SIZE - 24}px`,
          'font-size': '10px',
          'font-family': 'system-ui, "DejaVu Sans", sans-serif',
          'text-valign': 'center',
          'text-halign': 'right',
          'text-margin-x': 4,
          width: NODE_SIZE,
          height: NODE_SIZE,
          'background-color': '#6e7781',
          color: '#1f2328',
        },
      },
      ...Object.entries(COLOURS).map(([type, colour]) => ({
        selector: `node.${type}`,
        style: { 'background-color': colour },
      })),
      { selector: 'node.Document', style: { shape: 'round-rectangle' } },
      { selector: 'node.Task', style: { shape: 'rectangle' } },
      { selector: 'node.Agency', style: { shape: 'ellipse' } },
      { selector: 'node.Domain', style: { shape: 'diamond' } },
      { selector: 'node.Province', style: { shape: 'hexagon' } },
      { selector: 'node.Target', style: { shape: 'tag' } },
      {
        selector: 'node.focus',
        style: { 'border-width': 4, 'border-color': '#d4351c', 'font-weight': 'bold' },
      },
      {
        selector: 'edge',
        style: {
          width: 1,
          'line-color': '#c4cbd2',
          'target-arrow-color': '#8c959f',
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.7,
          'curve-style': 'straight',
        },
      },
    ],
    layout: { name: 'preset', fit: true, padding: 24 },
    minZoom: 0.2,
    maxZoom: 3,
  });
  // Never smaller than legible: a wide graph is panned rather than shrunk past this.
  if (cy.zoom() < 0.7) {
    cy.zoom(0.7);
    const focus = cy.nodes('.focus');
    if (focus.nonempty()) cy.center(focus);
  }
  cy.on('tap', 'node', (event) => open(event.target.id() as string));
  // Reachable from the container, for the browser tests (where a node is drawn) and the console.
  (container as HTMLElement & { cytoscape?: cytoscape.Core }).cytoscape = cy;
  cy.on('mouseover', 'node', () => container.classList.add('pointing'));
  cy.on('mouseout', 'node', () => container.classList.remove('pointing'));
  return () => cy.destroy();
}
