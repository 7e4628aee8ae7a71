/**
 * A saved web page (.html) → text, read with an HTML parser: one line per block (paragraph,
 * heading, list item, <br>), one line per table row with its cells joined by " | ". Scripts,
 * styles and the page's head are dropped; entities are decoded by the parser.
 *
 *   Page  : (Block | Table)*
 *   Block : p | div | h1..h6 | li | blockquote | section | … → a line of its inline text
 *   Table : tr → Cell* (td | th: its lines joined by spaces)
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'svg', 'button', 'select']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'ul',
]);

/** The text of an HTML page. */
export function htmlToText(html: string): string {
  return blockLines(parseDocument(html, { decodeEntities: true }).children).join('\n') + '\n';
}

/** The lines of a sequence of nodes: blocks and <br> end lines, tables give a line per row. */
function blockLines(nodes: ChildNode[]): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (line.length > 0) lines.push(line);
    current = '';
  };
  const walk = (children: ChildNode[]) => {
    for (const node of children) {
      if (node.type === 'text') {
        current += node.data.replace(/\s+/g, ' ');
        continue;
      }
      if (node.type !== 'tag') continue;
      const name = node.name.toLowerCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'br') flush();
      else if (name === 'table') {
        flush();
        lines.push(...tableLines(node));
      } else if (BLOCKS.has(name)) {
        flush();
        walk(node.children);
        flush();
      } else walk(node.children);
    }
  };
  walk(nodes);
  flush();
  return lines;
}

/** One line per row, cells joined by " | "; rows of a nested table become rows too. */
function tableLines(table: Element): string[] {
  const rows: Element[] = [];
  const collect = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type !== 'tag') continue;
      const name = node.name.toLowerCase();
      if (name === 'tr') rows.push(node);
      else if (name === 'thead' || name === 'tbody' || name === 'tfoot') collect(node.children);
    }
  };
  collect(table.children);
  return rows.flatMap((row) => {
    const cells = row.children
      .filter((node): node is Element => node.type === 'tag' && /^t[dh]$/i.test(node.name))
      .map((cell) => blockLines(cell.children).join(' '));
    return cells.some((cell) => cell.length > 0) ? [cells.join(' | ')] : [];
  });
}
