/**
 * OCR of a PDF's pages with the machine's Tesseract (pages rendered by Poppler's pdftoppm), for
 * scans and PDFs whose text layer cannot be read. Lives in cli/ because it runs programs; the
 * ingest stages receive it as a function (see ingest/formats).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FormatError, type Ocr } from '../ingest/formats/index.js';

const run = promisify(execFile);

/** Resolution pages are rendered at: 300 dpi is what Tesseract reads Vietnamese diacritics best at. */
const DPI = 300;

/** An Ocr when Tesseract (with Vietnamese) and pdftoppm are installed, else null. */
export async function findOcr(): Promise<Ocr | null> {
  try {
    const [{ stdout, stderr }] = await Promise.all([run('tesseract', ['--list-langs']), run('pdftoppm', ['-v'])]);
    if (!/^vie$/m.test(`${stdout}\n${stderr}`)) return null;
  } catch {
    return null;
  }
  return ocrPdf;
}

async function ocrPdf(pdf: Uint8Array, file: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-graph-ocr-'));
  try {
    const input = path.join(dir, 'input.pdf');
    fs.writeFileSync(input, pdf);
    await run('pdftoppm', ['-r', String(DPI), '-gray', '-png', input, path.join(dir, 'page')], { timeout: 120_000 });
    const pages = fs
      .readdirSync(dir)
      .filter((name) => /^page-\d+\.png$/.test(name))
      .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
    const texts: string[] = [];
    for (const page of pages) {
      // --psm 4: a single column of text of variable sizes, which keeps table rows on one line.
      const { stdout } = await run('tesseract', [path.join(dir, page), '-', '-l', 'vie', '--psm', '4'], {
        timeout: 120_000,
        maxBuffer: 16 * 1024 * 1024,
      });
      texts.push(stdout);
    }
    return texts.join('\n');
  } catch (error) {
    throw new FormatError(`${file}: OCR failed (${(error as Error).message.split('\n')[0]}).`, file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
