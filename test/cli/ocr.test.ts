import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { findOcr } from '../../src/cli/ocr.js';
import { decode } from '../../src/ingest/formats/index.js';
import { FILES_DIR } from '../helpers/corpus.js';

const SCAN = path.join(FILES_DIR, 'CV-813-CucHoaChat.pdf');

describe('OCR of a scanned PDF with Tesseract', () => {
  it('reads the scanned letter of Cục Hóa chất: its issuer, addressee and the decree it discusses', async () => {
    const ocr = await findOcr();
    if (ocr === null) {
      throw new Error(
        'Tesseract with Vietnamese data or pdftoppm is missing: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils (.ci/run does).',
      );
    }
    const decoded = await decode(new Uint8Array(fs.readFileSync(SCAN)), 'CV-813-CucHoaChat.pdf', { ocr });
    expect(decoded.via).toBe('OCR, because it has no text layer (the pages are scanned images)');
    const text = new TextDecoder().decode(decoded.bytes);
    expect(text).toContain('BỘ CÔNG THƯƠNG');
    expect(text).toContain('Kính gửi: Cục Hải quan');
    expect(text).toContain('Nghị định số 26/2026/NĐ-CP');
    expect(text.normalize('NFC')).toBe(text); // stored as NFC like every other text
  }, 240_000);
});
