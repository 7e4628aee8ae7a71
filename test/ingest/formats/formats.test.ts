import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { decode, detectFormat, FormatError } from '../../../src/ingest/formats/index.js';
import { htmlToText } from '../../../src/ingest/formats/html.js';
import { pdfToText } from '../../../src/ingest/formats/pdf.js';
import { extract, IngestError, type DocumentExtraction } from '../../../src/ingest/index.js';
import { dictionaries } from '../../helpers/ingest.js';
import { CORPUS_DIR } from '../../helpers/corpus.js';

const CORPUS = CORPUS_DIR;
const file = (name: string) => new Uint8Array(fs.readFileSync(path.join(CORPUS, name)));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** A corpus text without its first line (`SOURCE: …`). */
const corpusText = (name: string) => fs.readFileSync(path.join(CORPUS, name), 'utf8').split('\n').slice(1).join('\n');

describe('decode: Word', () => {
  it('reads the Sở Công Thương Lào Cai plan (.docx) as exactly the text of its Word export', async () => {
    const decoded = await decode(file('files/ke-hoach-thuc-hien-de-an-08.docx'), 'ke-hoach-thuc-hien-de-an-08.docx');
    expect(decoded.format).toBe('docx');
    expect(text(decoded.bytes)).toBe(corpusText('real/lao-cai-sct-duthao-kh-de-an-08-2026.txt'));
  });

  it('reads the UBND Lào Cai plan (.docx) as the words of its Word export, a line break in a cell kept in its row', async () => {
    const decoded = await decode(
      file('files/KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx'),
      'KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx',
    );
    const ours = text(decoded.bytes);
    const theirs = corpusText('real/lao-cai-duthao-kh-ubnd-chi-thi-11-ct-tu-2026.txt');
    expect(ours.replace(/\s+/g, ' ')).toBe(theirs.replace(/\s+/g, ' '));
    // The signature cell "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" is one cell of the last row, not two lines.
    expect(ours).toContain('| TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thành Sinh\n');
  });

  it('reads every Word plan of the corpus, tables as " | " rows', async () => {
    for (const name of fs.readdirSync(path.join(CORPUS, 'files')).filter((entry) => entry.endsWith('.docx'))) {
      const decoded = await decode(file(`files/${name}`), name);
      const lines = text(decoded.bytes).split('\n');
      expect(
        lines.some((line) => /^K[ẾE] HO[ẠA]CH/i.test(line.trim())),
        name,
      ).toBe(true);
      expect(
        lines.some((line) => line.includes(' | ')),
        name,
      ).toBe(true);
    }
  });

  it('Sở Công Thương Lào Cai KH-2242: a table cell naming its staff one per paragraph reads as a list of them', async () => {
    const name = 'KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx';
    const lines = text((await decode(file(`files/${name}`), name)).bytes).split('\n');
    // "PHÂN CÔNG NHIỆM VỤ": the TT cells are Word auto-numbering (empty in the text).
    expect(lines[65]).toBe('TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú');
    expect(lines[66]).toBe(
      ' | Rà soát việc đáp ứng các điều kiện của học viên | Đỗ Mạnh Cường; Vũ Việt Linh; Nguyễn Thị Loan | ',
    );
    // The page's layout tables keep their paragraphs joined by spaces (the signature cell).
    expect(lines.some((line) => line.includes('KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Văn Thuân'))).toBe(true);
  });

  it('keeps what the author typed: entities are decoded once, so "&lt;" stays "&lt;"', async () => {
    const xml =
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>Chỉ tiêu &amp;lt; 5% &amp;#x110000; &amp; xong</w:t></w:r></w:p></w:body></w:document>';
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
    const decoded = await decode(docx, 'entities.docx');
    expect(text(decoded.bytes)).toBe('Chỉ tiêu &lt; 5% &#x110000; & xong\n');
  });

  it('names a zip that is not a Word document, and an old .doc', () => {
    const zip = zipSync({ 'notes.txt': strToU8('x') });
    expect(() => detectFormat(zip, 'plan.docx')).toThrow(
      new FormatError('plan.docx: is a zip archive but not a Word document (no word/document.xml).', 'plan.docx'),
    );
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(() => detectFormat(doc, 'plan.doc')).toThrow(/plan\.doc: is a Word 97-2003 \(\.doc\).*save it as \.docx/);
  });

  it('finds the format from the content, whatever the name says', () => {
    expect(detectFormat(file('files/ke-hoach-thuc-hien-de-an-08.docx'), 'plan.txt')).toBe('docx');
    expect(detectFormat(file('files/KH-1105-DKT-ke-hoach-kiem-tra.pdf'), 'plan.txt')).toBe('pdf');
    expect(detectFormat(strToU8('<!DOCTYPE html><html><body>x</body></html>'), 'plan.txt')).toBe('html');
    expect(detectFormat(file('real/ha-noi-308-kh-ubnd-2025.txt'), 'plan.html')).toBe('text');
  });
});

describe('decode: web pages', () => {
  it('reads a saved page with an HTML parser: blocks as lines, table rows as cells, scripts and entities handled', () => {
    const page = `<!doctype html><html><head><title>Kế hoạch</title><script>var a = "<p>x</p>";</script></head><body>
      <div><p><b>ỦY BAN NHÂN DÂN<br>TỈNH HƯNG YÊN</b></p></div>
      <p>Căn cứ Luật Tổ chức chính quyền địa phương &amp; <i>Nghị quyết</i> số 36-NQ/TW;</p>
      <table><thead><tr><th>STT</th><th>Nhiệm vụ</th><th>Chủ trì</th></tr></thead>
      <tbody><tr><td>1</td><td><p>Xây dựng</p><p>kế hoạch</p></td><td>Sở Y tế</td></tr></tbody></table>
      <ul><li>Sở Tài chính</li><li>Sở Nội vụ</li></ul><style>p { color: red }</style></body></html>`;
    expect(htmlToText(page)).toBe(
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH HƯNG YÊN',
        'Căn cứ Luật Tổ chức chính quyền địa phương & Nghị quyết số 36-NQ/TW;',
        'STT | Nhiệm vụ | Chủ trì',
        '1 | Xây dựng kế hoạch | Sở Y tế',
        'Sở Tài chính',
        'Sở Nội vụ',
        '',
      ].join('\n'),
    );
  });
});

describe('decode: PDF', () => {
  it('reads the text layer of the Lào Cai inspection plan into lines, but knows its legacy fonts do not read as Vietnamese', async () => {
    const layer = await pdfToText(file('files/KH-1105-DKT-ke-hoach-kiem-tra.pdf'), 'KH-1105.pdf');
    expect(layer.pages).toBe(6);
    expect(layer.hasText).toBe(true);
    expect(layer.text).toContain('ng‡y 10 th·ng 3'); // "ngày 10 tháng 3" in TCVN3 codes
    expect(layer.readable).toBe(false);
  });

  it('finds no text in the scanned letter of Cục Hóa chất', async () => {
    const layer = await pdfToText(file('files/CV-813-CucHoaChat.pdf'), 'CV-813.pdf');
    expect(layer).toMatchObject({ pages: 2, hasText: false, readable: false });
  });

  it('without OCR, says why a PDF cannot be read and how to install what reads it', async () => {
    await expect(decode(file('files/CV-813-CucHoaChat.pdf'), 'CV-813-CucHoaChat.pdf', { ocr: null })).rejects.toThrow(
      new FormatError(
        'CV-813-CucHoaChat.pdf: it has no text layer (the pages are scanned images); it can only be read by OCR. ' +
          'Install Tesseract with its Vietnamese data and Poppler (Debian: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils) and ingest it again.',
        'CV-813-CucHoaChat.pdf',
      ),
    );
    await expect(decode(file('files/KH-1105-DKT-ke-hoach-kiem-tra.pdf'), 'KH-1105.pdf')).rejects.toThrow(
      /KH-1105\.pdf: its text layer is in a legacy font encoding .* can only be read by OCR/,
    );
  });

  it('refuses a truncated PDF, naming the file', async () => {
    const pdf = file('files/KH-1105-DKT-ke-hoach-kiem-tra.pdf').subarray(0, 2000);
    await expect(decode(pdf, 'broken.pdf')).rejects.toThrow(/^broken\.pdf: is not a readable PDF/);
  });
});

describe('a Word original and its text give the same document', () => {
  const facts = (extraction: DocumentExtraction) => ({
    id: extraction.document.id,
    symbol: extraction.document.symbol,
    kind: extraction.document.kind,
    province: extraction.document.province,
    tasks: extraction.document.tasks.map((task) => ({
      code: task.code,
      title: task.title,
      leads: task.leads,
      coordinators: task.coordinators,
      timeframe: task.timeframe,
    })),
  });

  it.each([
    ['ke-hoach-thuc-hien-de-an-08.docx', 'lao-cai-sct-duthao-kh-de-an-08-2026.txt'],
    ['KH-UBND-trien-khai-Chi-thi-11-CT-TU-QLNN-khoang-san.docx', 'lao-cai-duthao-kh-ubnd-chi-thi-11-ct-tu-2026.txt'],
  ])('%s reads as %s', async (docx, txt) => {
    const fromWord = extract((await decode(file(`files/${docx}`), docx)).bytes, docx, dictionaries);
    const fromText = extract(file(`real/${txt}`), txt, dictionaries);
    expect(facts(fromWord)).toEqual(facts(fromText));
  });
});

describe('decode on damaged files', () => {
  // The only error allowed out of decode is an ingest error naming the file.
  const damaged = (bytes: Uint8Array) =>
    fc
      .record({ cut: fc.integer({ min: 0, max: bytes.length }), flips: fc.array(fc.nat(), { maxLength: 8 }) })
      .map(({ cut, flips }) => {
        const copy = bytes.slice(0, cut);
        for (const at of flips) if (copy.length > 0) copy[at % copy.length]! ^= 0xff;
        return copy;
      });
  const check = async (bytes: Uint8Array, name: string) => {
    try {
      await decode(bytes, name, { ocr: null });
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).message.startsWith(`${name}: `)).toBe(true);
    }
  };

  it('a Word file cut short or with bytes flipped is read or refused by name', async () => {
    const docx = file('files/ke-hoach-thuc-hien-de-an-08.docx');
    await fc.assert(
      fc.asyncProperty(damaged(docx), (bytes) => check(bytes, 'plan.docx')),
      { seed: 8, numRuns: 60 },
    );
  });

  it('a PDF cut short or with bytes flipped is read or refused by name', async () => {
    const pdf = file('files/KH-1105-DKT-ke-hoach-kiem-tra.pdf');
    await fc.assert(
      fc.asyncProperty(damaged(pdf), (bytes) => check(bytes, 'plan.pdf')),
      { seed: 8, numRuns: 25 },
    );
  }, 120_000);
});
