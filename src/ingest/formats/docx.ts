/**
 * Word (.docx) → text: the body of word/document.xml read with an XML parser, one paragraph per
 * line and one table row per line with its cells joined by " | " (a cell's paragraphs joined by
 * spaces, or as a list by "; ", see cellText) — the text a Word export gives, which the layouts
 * read like any other.
 *
 *   Body      : (Paragraph | Table)*
 *   Paragraph : w:p  → its runs' w:t text, w:tab as a tab, w:br as a line break (a space in a cell)
 *   Table     : w:tbl → Row*;  Row : w:tr → Cell*;  Cell : w:tc → (Paragraph | Table)*
 */
import { unzipSync, strFromU8 } from 'fflate';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { FormatError } from './errors.js';

/** The text of a .docx file's body. */
export function docxToText(bytes: Uint8Array, file: string): string {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (entry) => entry.name === 'word/document.xml' });
  } catch (error) {
    throw new FormatError(`${file}: is not a readable Word file (${(error as Error).message}).`, file);
  }
  const xml = entries['word/document.xml'];
  if (xml === undefined)
    throw new FormatError(`${file}: is a zip file without word/document.xml, not a Word document.`, file);
  const document = parseDocument(strFromU8(xml), { xmlMode: true });
  const body = findFirst(document.children, 'w:body');
  if (body === null) throw new FormatError(`${file}: its word/document.xml has no w:body.`, file);
  return blockLines(body.children).join('\n') + '\n';
}

/** The lines of a sequence of paragraphs and tables. */
function blockLines(nodes: ChildNode[]): string[] {
  const lines: string[] = [];
  for (const node of elements(nodes)) {
    // Tabs opening a paragraph indent it ("\tCăn cứ Quyết định …", KH-2242…docx:11; "\t- Rà soát …",
    // KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx:46): no empty cell before its text.
    if (node.name === 'w:p') lines.push(paragraphText(node).replace(/^\t+/, ''));
    else if (node.name === 'w:tbl') {
      const rows = elements(node.children).filter((child) => child.name === 'w:tr');
      for (const row of rows) {
        const cells = elements(row.children).filter((child) => child.name === 'w:tc');
        // A table of data has a header and rows under it, and three columns or more; the page's
        // layout (letterhead, "Nơi nhận" beside the signature) one or two rows.
        const data = rows.length >= 3 && cells.length >= 3;
        lines.push(cells.map((cell) => cellText(cell, data)).join(' | '));
      }
    } else if (node.name === 'w:sdt' || node.name === 'w:sdtContent' || node.name === 'w:customXml') {
      lines.push(...blockLines(node.children)); // content controls wrap ordinary paragraphs
    }
  }
  return lines;
}

/**
 * A cell's paragraphs on one line. In a table of data, paragraphs that end without a stop are the
 * items of a list, one a line: the staff a "Người thực hiện" cell names (KH-2242…docx: "Đỗ Mạnh
 * Cường", "Vũ Việt Linh"), so they are joined by "; "; other paragraphs by a space.
 */
function cellText(cell: Element, data: boolean): string {
  const paragraphs = blockLines(cell.children)
    .map((line) => line.replace(/\s*\n\s*/g, ' ').trim())
    .filter((line) => line.length > 0);
  return paragraphs
    .map((text, index) => (index === paragraphs.length - 1 || !data || /[.,;:!?…-]$/u.test(text) ? text : `${text};`))
    .join(' ');
}

/** A paragraph's text: its runs in order (inserted text included, deleted text left out). */
function paragraphText(paragraph: Element): string {
  let text = '';
  const walk = (nodes: ChildNode[]) => {
    for (const node of elements(nodes)) {
      if (node.name === 'w:t') text += textOf(node);
      else if (node.name === 'w:tab') text += '\t';
      else if (node.name === 'w:br' || node.name === 'w:cr') text += '\n';
      else if (node.name === 'w:noBreakHyphen') text += '-';
      else if (node.name !== 'w:del' && node.name !== 'w:pPr' && node.name !== 'w:rPr') walk(node.children);
    }
  };
  walk(paragraph.children);
  return text;
}

/** A w:t's text (the XML parser has already decoded its entities, once). */
function textOf(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.data : '')).join('');
}

function elements(nodes: ChildNode[]): Element[] {
  return nodes.filter((node): node is Element => node.type === 'tag');
}

function findFirst(nodes: ChildNode[], name: string): Element | null {
  for (const node of elements(nodes)) {
    if (node.name === name) return node;
    const inner = findFirst(node.children, name);
    if (inner !== null) return inner;
  }
  return null;
}
