/**
 * PDF → text from its text layer (pdfjs-dist): the page's text items grouped into lines by their
 * baseline, ordered by x, with a wide horizontal gap read as a table column boundary (" | "), so
 * a table printed in a PDF reads like a Word export's rows.
 *
 *   Page : Line*;  Line : items with one baseline (± half a line) → Cell ( " | " Cell )*
 *
 * A text layer is not always text: scans have none, and PDFs made with legacy Vietnamese fonts
 * (TCVN3, VNI, subset fonts without a Unicode map) have one that decodes to other characters.
 * `readable` says whether the layer looks like Vietnamese; when it does not, the caller OCRs.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { FormatError } from './errors.js';

/** What a PDF's text layer gives. */
export interface PdfText {
  text: string;
  pages: number;
  /** Whether the layer has any text at all (a scan has none). */
  hasText: boolean;
  /** Whether that text is Unicode Vietnamese (not a legacy font's codes). */
  readable: boolean;
}

/** Letters of Vietnamese in Unicode (Latin, Latin-1, Latin Extended-A/B, and the Ạ..ỹ block). */
const VIETNAMESE_WORD = /^[\p{P}\p{S}\d]*[A-Za-z\u00C0-\u024F\u1EA0-\u1EF9]+[\p{P}\p{S}\d]*$/u;

export async function pdfToText(bytes: Uint8Array, file: string): Promise<PdfText> {
  let document;
  try {
    document = await getDocument({
      data: new Uint8Array(bytes), // pdfjs takes ownership of the buffer it is given
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new FormatError(`${file}: is not a readable PDF (${(error as Error).message}).`, file);
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        pages.push(pageLines(content.items.filter((item): item is TextItem => 'str' in item)).join('\n'));
        page.cleanup();
      } catch (error) {
        throw new FormatError(`${file}: page ${number} of the PDF cannot be read (${(error as Error).message}).`, file);
      }
    }
    const text = pages.join('\n');
    const words = text.split(/[\s|]+/).filter((word) => /[^\d\p{P}\p{S}]/u.test(word));
    const vietnamese = words.filter((word) => VIETNAMESE_WORD.test(word.normalize('NFC'))).length;
    return {
      text: text.endsWith('\n') ? text : `${text}\n`,
      pages: document.numPages,
      hasText: words.length > 0,
      readable: words.length > 0 && vietnamese / words.length >= 0.9,
    };
  } finally {
    await document.destroy();
  }
}

interface Placed {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** The lines of one page, top to bottom; cells of a line split at wide gaps. */
function pageLines(items: TextItem[]): string[] {
  const placed: Placed[] = items
    .filter((item) => item.str.length > 0)
    .map((item) => ({
      text: item.str,
      x: item.transform[4] as number,
      y: item.transform[5] as number,
      width: item.width,
      size: Math.max(Math.abs(item.transform[3] as number), item.height, 1),
    }));
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Placed[][] = [];
  for (const item of placed) {
    const line = lines[lines.length - 1];
    if (line !== undefined && Math.abs(line[0]!.y - item.y) <= Math.max(2, line[0]!.size * 0.5)) line.push(item);
    else lines.push([item]);
  }
  return lines
    .map((line) => {
      line.sort((a, b) => a.x - b.x);
      let out = '';
      let end: number | null = null;
      for (const item of line) {
        const gap = end === null ? 0 : item.x - end;
        if (end !== null && item.text.trim() !== '') {
          // A gap wider than two characters' height is a column boundary; a small one a space.
          if (gap > item.size * 2) out = `${out.trimEnd()} | `;
          else if (gap > item.size * 0.15 && !out.endsWith(' ')) out += ' ';
        }
        out += item.text;
        end = item.x + item.width;
      }
      return out.replace(/\s+/g, ' ').trim();
    })
    .filter((line) => line.length > 0);
}
