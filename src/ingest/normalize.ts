/**
 * Stage 1: bytes → NFC lines. Decodes UTF-8 (with or without BOM), UTF-16 (BOM, or the NUL
 * pattern of BOM-less UTF-16LE/BE) and Windows-1258 (the legacy Vietnamese code page); refuses
 * binary files and empty ones with an error naming the file.
 */

/** A user-facing ingestion failure: the message names the file (and line when there is one). */
export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    message: string,
    readonly file: string,
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

/** One physical line of the text, 1-based; after cells.ts, a table row or a break may be one too. */
export interface Line {
  number: number;
  text: string;
  /** A table row's cells (its text: the cells joined by tabs); `[]` marks a break between layout cells. */
  cells?: string[];
  /** The original lines each cell is made of, as printed (none for an empty cell). */
  cellParts?: { number: number; text: string }[][];
  /** The last original line a table row spans (its first is `number`). */
  lineEnd?: number;
}

/** The decoded text of a file and the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';
}

/** Decodes a file's bytes, or throws IngestError saying why it cannot. */
export function decode(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    throw new IngestError(`${file}: the file is empty.`, file);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 4096);
  const evenNuls = countNuls(sample, 0);
  const oddNuls = countNuls(sample, 1);
  const half = sample.length / 2;
  // BOM-less UTF-16: ASCII-heavy text puts a NUL in every other byte.
  if (oddNuls > half * 0.3 && evenNuls < half * 0.05)
    return { text: decodeWith('utf-16le', bytes), encoding: 'utf-16le' };
  if (evenNuls > half * 0.3 && oddNuls < half * 0.05)
    return { text: decodeWith('utf-16be', bytes), encoding: 'utf-16be' };
  if (evenNuls + oddNuls > 0 || controlShare(sample) > 0.05) {
    throw new IngestError(`${file}: this is a binary file, not text; extract its text to UTF-8 first.`, file);
  }
  try {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), encoding: 'utf-8' };
  } catch {
    // Not UTF-8. Windows-1258 is the one legacy code page Vietnamese plans come in; accept it
    // only when the result reads as Vietnamese, else refuse rather than store mojibake.
    const text = decodeWith('windows-1258', bytes);
    if (/(?<![\p{L}])(và|của|các|thực hiện|kế hoạch)(?![\p{L}])/iu.test(text.normalize('NFC')))
      return { text, encoding: 'windows-1258' };
    throw new IngestError(
      `${file}: the text is neither UTF-8, UTF-16 nor Windows-1258 Vietnamese; convert it to UTF-8.`,
      file,
    );
  }
}

/** Splits decoded text into NFC lines, with tabs kept (tables use them) and other controls dropped. */
export function toLines(text: string): Line[] {
  return text
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({
      number: index + 1,
      // U+00A0 and the other spaces PDF extraction leaves become plain spaces; markdown bold
      // markers ("**KT. GIÁM ĐỐC") are extraction artefacts, not text.
      text: raw
        .replace(/[\u00a0\u2000-\u200b\u202f\u3000]/g, ' ')
        // eslint-disable-next-line no-control-regex -- stripping control characters is the point
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
        .replace(/\*\*/g, '')
        .replace(/ +$/, ''),
    }));
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

function countNuls(bytes: Uint8Array, parity: number): number {
  let count = 0;
  for (let i = parity; i < bytes.length; i += 2) if (bytes[i] === 0) count += 1;
  return count;
}

function controlShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls += 1;
  return bytes.length === 0 ? 0 : controls / bytes.length;
}
