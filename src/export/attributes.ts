/**
 * The attributes of the graph formats (GraphML, GEXF): one table for both, so Gephi shows the
 * same columns whichever file it opens. Each node has its `type` (label) and `label` (what Gephi
 * draws), then the main properties of its kind; each edge its `type` and properties. A task's
 * full text and the excerpts are left to the CSV tables (they make a graph file heavy).
 */
import type { GraphEdge, GraphNode } from '../graph/export.repository.js';
import type { NodeLabel } from '../graph/node.repository.js';

/** The value types; GraphML and GEXF each name them their own way. */
export type AttributeType = 'string' | 'int' | 'double' | 'boolean';

export interface Attribute<T> {
  name: string;
  type: AttributeType;
  /** The value of a record, or null when it has none. */
  value(record: T): unknown;
}

const PROVENANCE: readonly NodeLabel[] = ['Document', 'Task', 'Target'];

/** An attribute read from the properties of the nodes with these labels. */
function property(name: string, type: AttributeType, labels: readonly NodeLabel[]): Attribute<GraphNode> {
  return { name, type, value: (node) => (labels.includes(node.label) ? node.properties[name] : null) };
}

/** What Gephi draws for a node: a document's symbol (its title when it has none), a task's code and title, a name. */
export function nodeLabel(node: GraphNode): string {
  const p = node.properties;
  switch (node.label) {
    case 'Document':
      return String(p.symbol ?? p.title ?? node.id);
    case 'Task':
      return p.code ? `${String(p.code)}. ${String(p.title)}` : String(p.title ?? node.id);
    case 'Target':
      return String(p.text ?? node.id);
    default:
      return String(p.name ?? node.id);
  }
}

export const NODE_ATTRIBUTES: readonly Attribute<GraphNode>[] = [
  { name: 'type', type: 'string', value: (node) => node.label },
  { name: 'label', type: 'string', value: nodeLabel },
  property('symbol', 'string', ['Document']),
  // A document's kind (PLAN …) and an agency's (SO_Y_TE …): one column, read by the node's type.
  property('kind', 'string', ['Document', 'Agency']),
  property('title', 'string', ['Document', 'Task']),
  property('issuedOn', 'string', ['Document']),
  property('year', 'int', ['Document', 'Target']),
  property('province', 'string', ['Document', 'Task', 'Agency']),
  property('signer', 'string', ['Document']),
  property('inCorpus', 'boolean', ['Document']),
  property('layout', 'string', ['Document']),
  property('code', 'string', ['Task', 'Domain']),
  property('timeframe', 'string', ['Task']),
  property('startYear', 'int', ['Task']),
  property('endYear', 'int', ['Task']),
  property('recurrence', 'string', ['Task']),
  property('documentId', 'string', ['Task']),
  property('name', 'string', ['Agency', 'Province', 'Domain']),
  property('isCollective', 'boolean', ['Agency']),
  property('current', 'boolean', ['Province']),
  property('nameEn', 'string', ['Domain']),
  property('text', 'string', ['Target']),
  property('metric', 'string', ['Target']),
  property('value', 'double', ['Target']),
  property('valueMax', 'double', ['Target']),
  property('unit', 'string', ['Target']),
  property('sourceFile', 'string', PROVENANCE),
  property('lineStart', 'int', PROVENANCE),
  property('lineEnd', 'int', PROVENANCE),
];

function edgeProperty(name: string, type: AttributeType): Attribute<GraphEdge> {
  return { name, type, value: (edge) => edge.properties[name] };
}

export const EDGE_ATTRIBUTES: readonly Attribute<GraphEdge>[] = [
  { name: 'type', type: 'string', value: (edge) => edge.type },
  edgeProperty('ordinal', 'int'),
  edgeProperty('via', 'string'),
  edgeProperty('on', 'string'),
  { name: 'statedBy', type: 'string', value: (edge) => (edge.properties.statedBy as string[] | null)?.join(' ') },
  edgeProperty('sourceFile', 'string'),
  edgeProperty('lineStart', 'int'),
  edgeProperty('lineEnd', 'int'),
];

/** The text of a value as both formats write it, or null when there is none. */
export function attributeText(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  return String(value);
}

/** A task's years, or a document's date, as GEXF times (`2025-01-01`); null when it names none. */
export function lifetime(node: GraphNode): { start: string | null; end: string | null } {
  const p = node.properties;
  if (node.label === 'Task') {
    return {
      start: typeof p.startYear === 'number' ? `${p.startYear}-01-01` : null,
      end: typeof p.endYear === 'number' ? `${p.endYear}-12-31` : null,
    };
  }
  if (node.label === 'Document' && typeof p.issuedOn === 'string') {
    // issuedOn has the precision printed: 2024-02-26, 2024-03 or 2024.
    const [year, month = '01', day = '01'] = p.issuedOn.split('-');
    if (/^\d{4}$/.test(year!) && /^\d{2}$/.test(month) && /^\d{2}$/.test(day)) {
      return { start: `${year}-${month}-${day}`, end: null };
    }
  }
  return { start: null, end: null };
}

/** The id of an edge: its ends and type, and its ordinal for assignments (unique per task). */
export function edgeId(edge: GraphEdge): string {
  const ordinal = edge.properties.ordinal;
  return `${edge.source}|${edge.type}${typeof ordinal === 'number' ? `#${ordinal}` : ''}|${edge.target}`;
}
