import { describe, expect, it } from 'vitest';
import { decode, IngestError, toLines } from '../../src/ingest/normalize.js';
import { extractText } from '../helpers/ingest.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decode', () => {
  it('refuses an empty file, naming it', () => {
    expect(() => decode(new Uint8Array(), 'empty.txt')).toThrow(
      new IngestError('empty.txt: the file is empty.', 'empty.txt'),
    );
    expect(() => decode(bytes(' \n\r\n\t'), 'blank.txt')).toThrow(/blank\.txt: the file is empty/);
  });

  it('refuses a binary file (a PDF, an image) with what to do instead', () => {
    const pdf = new Uint8Array([
      0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x01, 0x02, 0xff, 0x00, 0x13,
    ]);
    expect(() => decode(pdf, 'plan.pdf')).toThrow(
      /plan\.pdf: this is a binary file, not text; extract its text to UTF-8 first/,
    );
  });

  it('reads UTF-16 without a byte-order mark', () => {
    const text = 'KẾ HOẠCH\nThực hiện Nghị quyết số 36-NQ/TW';
    const le = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      le[i * 2] = text.charCodeAt(i) & 0xff;
      le[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    expect(decode(le, 'plan.txt')).toEqual({ text, encoding: 'utf-16le' });
  });

  it('refuses bytes that are neither UTF-8, UTF-16 nor Vietnamese in Windows-1258', () => {
    const latin1 = new Uint8Array([...bytes('Gr'), 0xfc, ...bytes('n und sch'), 0xf6, ...bytes('n, das ist alles.')]);
    expect(() => decode(latin1, 'letter.txt')).toThrow(
      /letter\.txt: the text is neither UTF-8, UTF-16 nor Windows-1258 Vietnamese/,
    );
  });

  it('skips a UTF-8 byte-order mark', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Số: 16/KH-UBND')]), 'a.txt').text).toBe('Số: 16/KH-UBND');
  });
});

describe('toLines', () => {
  it('normalises to NFC, keeps tabs and numbers lines from 1', () => {
    const decomposed = 'Ke\u0302\u0301 hoa\u0323ch\r\nTT\tNhiệm vụ\u00a0chính';
    expect(toLines(decomposed)).toEqual([
      { number: 1, text: 'Kế hoạch' },
      { number: 2, text: 'TT\tNhiệm vụ chính' },
    ]);
  });
});

describe('texts that are not plans', () => {
  it('refuses a news article, saying what a plan would have', () => {
    expect(() => extractText('Hội thảo khoa học\n\nSáng nay các nhà khoa học đã trao đổi.\n', 'news.txt')).toThrow(
      /news\.txt: not a policy document: no heading such as "KẾ HOẠCH"/,
    );
  });

  it('reads a plan cut off before its tasks as an empty extraction with warnings', () => {
    const extraction = extractText(
      'Số: 12/KH-UBND\n\nBắc Giang, ngày 02 tháng 5 năm 2024\n\nKẾ HOẠCH\nPhát triển công nghệ sinh học\n',
      'cut.txt',
    );
    expect(extraction.document.tasks).toEqual([]);
    expect(extraction.warnings.map((warning) => warning.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/no closing part .* may be truncated/),
        expect.stringMatching(/^no task found: the text has no part of tasks/),
      ]),
    );
  });
});
