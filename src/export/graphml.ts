/**
 * GraphML (http://graphml.graphdrawing.org/), as Gephi, yEd, Cytoscape and NetworkX read it: the
 * keys of NODE_ATTRIBUTES and EDGE_ATTRIBUTES, then every node and every edge of the export,
 * written as they come. GraphML ids are XML name tokens, which the graph's ids (`doc/vn/tw/...`)
 * are not: they are written encoded (graphmlId), and each node keeps its id in `graphId`.
 */
import type { GraphEdge, GraphNode } from '../graph/export.repository.js';
import { attributeText, EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type AttributeType } from './attributes.js';
import type { ExportHeader } from './header.js';
import { xmlStart, xmlText } from './xml.js';

const GRAPHML_TYPES: Record<AttributeType, string> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
};

/**
 * A graph id as an XML name token (letters, digits, `.`, `-`, `_`, `:`): `/` becomes `:`, and
 * `_`, `:` and every other character `_` and its code in hex then `_` (`#` → `_23_`), so the
 * encoding is reversible: `doc/vn/tw/nq/2023/36` → `doc:vn:tw:nq:2023:36`.
 */
export function graphmlId(id: string): string {
  let out = '';
  for (const char of id) {
    if (char === '/') out += ':';
    else if (/[A-Za-z0-9.-]/.test(char)) out += char;
    else out += `_${char.codePointAt(0)!.toString(16).toUpperCase()}_`;
  }
  return out;
}

/** The GraphML text of an export, in pieces. */
export async function* writeGraphml(
  header: ExportHeader,
  nodes: AsyncIterable<GraphNode>,
  edges: AsyncIterable<GraphEdge>,
): AsyncGenerator<string> {
  yield xmlStart(
    header.text,
    'graphml',
    'http://graphml.graphdrawing.org/xmlns',
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  );
  yield `  <desc>${xmlText(header.citation)}</desc>\n`;
  yield `  <key id="n_graphId" for="node" attr.name="graphId" attr.type="string"/>\n`;
  for (const attribute of NODE_ATTRIBUTES) yield key('n', 'node', attribute.name, attribute.type);
  for (const attribute of EDGE_ATTRIBUTES) yield key('e', 'edge', attribute.name, attribute.type);
  yield `  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>\n`;
  yield '  <graph id="policy-graph" edgedefault="directed">\n';
  for await (const node of nodes) {
    let data = data1('n_graphId', node.id);
    for (const attribute of NODE_ATTRIBUTES) data += data1(`n_${attribute.name}`, attribute.value(node));
    yield `    <node id="${xmlText(graphmlId(node.id))}">${data}</node>\n`;
  }
  for await (const edge of edges) {
    let data = data1('e_label', edge.type);
    for (const attribute of EDGE_ATTRIBUTES) data += data1(`e_${attribute.name}`, attribute.value(edge));
    yield `    <edge source="${xmlText(graphmlId(edge.source))}" target="${xmlText(graphmlId(edge.target))}">${data}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function key(prefix: string, kind: 'node' | 'edge', name: string, type: AttributeType): string {
  return `  <key id="${prefix}_${name}" for="${kind}" attr.name="${name}" attr.type="${GRAPHML_TYPES[type]}"/>\n`;
}

function data1(key: string, value: unknown): string {
  const text = attributeText(value);
  return text === null ? '' : `<data key="${key}">${xmlText(text)}</data>`;
}
