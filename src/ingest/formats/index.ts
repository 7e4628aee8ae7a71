/**
 * decode: the first stage of ingestion. Finds a file's format from its content (magic bytes,
 * then markup), not only its name, and turns Word, HTML and PDF files into the text the later
 * stages read: one paragraph per line, table rows as cells joined by " | ". Plain text and
 * Markdown pass through unchanged (their encoding is read by normalize).
 *
 *   File : Text | Html | Docx | Pdf
 *   Pdf  : text layer, when it reads as Vietnamese | OCR of its pages, when an OCR is given
 */
import { docxToText } from './docx.js';
import { FormatError } from './errors.js';
import { htmlToText } from './html.js';
import { pdfToText } from './pdf.js';

export { FormatError } from './errors.js';

/** The formats ingestion reads. */
export type Format = 'text' | 'html' | 'docx' | 'pdf';

/** Reads a PDF's pages as images (src/cli/ocr.ts runs Tesseract); throws FormatError when it cannot. */
export type Ocr = (pdf: Uint8Array, file: string) => Promise<string>;

/** A file as text for the later stages. */
export interface Decoded {
  format: Format;
  /** The text (UTF-8) of a converted file, or the original bytes of a text file. */
  bytes: Uint8Array;
  /** How the text was obtained when it was not read directly ("OCR (Tesseract)"). */
  via: string | null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Word 97-2003 and other Office files

/** The format of a file, from its first bytes (a zip is Word only if it holds word/document.xml). */
export function detectFormat(bytes: Uint8Array, file: string): Format {
  if (findWithin(bytes, PDF, 1024)) return 'pdf'; // some PDFs carry a few bytes before %PDF-
  if (startsWith(bytes, ZIP)) {
    if (includesAscii(bytes, 'word/document.xml')) return 'docx';
    throw new FormatError(`${file}: is a zip archive but not a Word document (no word/document.xml).`, file);
  }
  if (startsWith(bytes, OLE)) {
    throw new FormatError(
      `${file}: is a Word 97-2003 (.doc) or other old Office file; save it as .docx (Word: File → Save As) and ingest that.`,
      file,
    );
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new FormatError(`${file}: is an RTF file; save it as .docx or plain text and ingest that.`, file);
  }
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 2048))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    (/\.html?$/i.test(file) && head.startsWith('<'))
  ) {
    return 'html';
  }
  return 'text';
}

/** The text of a file in any format ingestion reads. */
export async function decode(bytes: Uint8Array, file: string, options: { ocr?: Ocr | null } = {}): Promise<Decoded> {
  const format = detectFormat(bytes, file);
  const utf8 = (text: string) => new TextEncoder().encode(text.normalize('NFC'));
  switch (format) {
    case 'text':
      return { format, bytes, via: null };
    case 'html':
      return { format, bytes: utf8(htmlToText(new TextDecoder('utf-8').decode(bytes))), via: null };
    case 'docx':
      return { format, bytes: utf8(docxToText(bytes, file)), via: null };
    case 'pdf': {
      const layer = await pdfToText(bytes, file);
      if (layer.readable) return { format, bytes: utf8(layer.text), via: null };
      const why = layer.hasText
        ? 'its text layer is in a legacy font encoding (TCVN3, VNI or a font without a Unicode map) and does not read as Vietnamese'
        : 'it has no text layer (the pages are scanned images)';
      if (!options.ocr) {
        throw new FormatError(
          `${file}: ${why}; it can only be read by OCR. Install Tesseract with its Vietnamese data and Poppler ` +
            `(Debian: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils) and ingest it again.`,
          file,
        );
      }
      return { format, bytes: utf8(await options.ocr(bytes, file)), via: `OCR, because ${why}` };
    }
  }
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Whether `magic` starts within the first `within` bytes. */
function findWithin(bytes: Uint8Array, magic: number[], within: number): boolean {
  const limit = Math.min(bytes.length - magic.length, within);
  for (let i = 0; i <= limit; i += 1) if (magic.every((byte, j) => bytes[i + j] === byte)) return true;
  return false;
}

function includesAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}
