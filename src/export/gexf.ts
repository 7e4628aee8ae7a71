/**
 * GEXF 1.2 (https://gexf.net/), Gephi's own format: the attributes of NODE_ATTRIBUTES and
 * EDGE_ATTRIBUTES, then every node and every edge of the export, written as they come. When some
 * task has years (or a document a date) the graph is dynamic for Gephi's timeline: a task lives
 * from 1 January of its startYear to 31 December of its endYear (open-ended without one), a
 * document from its date of issue; nodes without a time are always there.
 */
import type { GraphEdge, GraphNode } from '../graph/export.repository.js';
import { attributeText, EDGE_ATTRIBUTES, edgeId, lifetime, nodeLabel, NODE_ATTRIBUTES } from './attributes.js';
import type { AttributeType } from './attributes.js';
import type { ExportHeader } from './header.js';
import { xmlStart, xmlText } from './xml.js';

const GEXF_TYPES: Record<AttributeType, string> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
};

// The node's label is the <node label=""> itself; the other attributes are columns.
const NODE_COLUMNS = NODE_ATTRIBUTES.filter((attribute) => attribute.name !== 'label');

/** The GEXF text of an export, in pieces; `dynamic` when some node has a time (ExportScope.dated). */
export async function* writeGexf(
  header: ExportHeader,
  dynamic: boolean,
  nodes: AsyncIterable<GraphNode>,
  edges: AsyncIterable<GraphEdge>,
): AsyncGenerator<string> {
  yield xmlStart(
    header.text,
    'gexf',
    'http://www.gexf.net/1.2draft',
    'http://www.gexf.net/1.2draft/gexf.xsd',
    ' version="1.2"',
  );
  yield `  <meta>\n    <creator>policy-graph</creator>\n    <description>${xmlText(header.citation)}</description>\n  </meta>\n`;
  yield dynamic
    ? '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n'
    : '  <graph defaultedgetype="directed" mode="static">\n';
  yield '    <attributes class="node" mode="static">\n';
  for (const attribute of NODE_COLUMNS) yield attributeLine(attribute.name, attribute.type);
  yield '    </attributes>\n    <attributes class="edge" mode="static">\n';
  for (const attribute of EDGE_ATTRIBUTES) yield attributeLine(attribute.name, attribute.type);
  yield '    </attributes>\n    <nodes>\n';
  for await (const node of nodes) {
    const { start, end } = dynamic ? lifetime(node) : { start: null, end: null };
    const times = `${start === null ? '' : ` start="${start}"`}${end === null ? '' : ` end="${end}"`}`;
    const values = NODE_COLUMNS.map((attribute) => attvalue(attribute.name, attribute.value(node))).join('');
    yield `      <node id="${xmlText(node.id)}" label="${xmlText(nodeLabel(node))}"${times}><attvalues>${values}</attvalues></node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for await (const edge of edges) {
    const values = EDGE_ATTRIBUTES.map((attribute) => attvalue(attribute.name, attribute.value(edge))).join('');
    yield `      <edge id="${xmlText(edgeId(edge))}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" label="${edge.type}"><attvalues>${values}</attvalues></edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function attributeLine(name: string, type: AttributeType): string {
  return `      <attribute id="${name}" title="${name}" type="${GEXF_TYPES[type]}"/>\n`;
}

function attvalue(name: string, value: unknown): string {
  const text = attributeText(value);
  return text === null ? '' : `<attvalue for="${name}" value="${xmlText(text)}"/>`;
}
