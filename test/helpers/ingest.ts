/**
 * Extraction helpers for tests: the project's dictionaries (loaded once), the seed files and the
 * texts of the real corpus (../shared/corpus), each extracted once (extraction is pure).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import { decode } from '../../src/ingest/formats/index.js';
import { extract, loadDictionaries, type DocumentExtraction, type TaskRecord } from '../../src/ingest/index.js';
import { CORPUS_DIR, REAL_DIR } from './corpus.js';

export const SEED_DOCUMENTS = path.join(PROJECT_ROOT, 'seed', 'documents');
export const FIXTURES = path.join(PROJECT_ROOT, 'test', 'ingest', 'fixtures');
/** The real corpus: texts in real/, Word and PDF files in files/. */
export const CORPUS = CORPUS_DIR;
export const REAL = REAL_DIR;
export const dictionaries = loadDictionaries(path.join(PROJECT_ROOT, 'seed'));

/** The seed files, by a short name. */
export const SEEDS = {
  bacGiang2022: 'bac-giang-skhcn-kh-2022-khoa-hoc-cong-nghe.txt',
  bacGiang2024: 'bac-giang-skhcn-kh-2024-cong-nghe-sinh-hoc.txt',
  hungYen: 'hung-yen-ubnd-kh-2023-cong-nghe-sinh-hoc.txt',
  langSon: 'lang-son-ubnd-kh-2023-cong-nghe-sinh-hoc.txt',
  tayNinh: 'tay-ninh-skhcn-kh-2024-cong-nghe-sinh-hoc.txt',
} as const;

const cache = new Map<string, DocumentExtraction>();

/** The extraction of a seed document (cached: extraction is pure). */
export function extractSeed(file: string): DocumentExtraction {
  let extraction = cache.get(file);
  if (extraction === undefined) {
    extraction = extract(fs.readFileSync(path.join(SEED_DOCUMENTS, file)), file, dictionaries);
    cache.set(file, extraction);
  }
  return extraction;
}

const realCache = new Map<string, DocumentExtraction>();

/** The extraction of a text of ../shared/corpus/real (cached). */
export function real(file: string): DocumentExtraction {
  let extraction = realCache.get(file);
  if (extraction === undefined) {
    extraction = extract(fs.readFileSync(path.join(REAL, file)), file, dictionaries);
    realCache.set(file, extraction);
  }
  return extraction;
}

const corpusCache = new Map<string, DocumentExtraction>();

/**
 * The extraction of a corpus file (`real/…` or `files/…`, Word and web pages decoded as ingest
 * does, no OCR), under `name` (cached).
 */
export async function corpus(file: string, name = path.basename(file)): Promise<DocumentExtraction> {
  const key = `${file} ${name}`;
  let extraction = corpusCache.get(key);
  if (extraction === undefined) {
    const decoded = await decode(new Uint8Array(fs.readFileSync(path.join(CORPUS, file))), name, { ocr: null });
    extraction = extract(decoded.bytes, name, dictionaries);
    corpusCache.set(key, extraction);
  }
  return extraction;
}

/** Extracts text given in the test (UTF-8). */
export function extractText(text: string, file = 'inline.txt'): DocumentExtraction {
  return extract(new TextEncoder().encode(text), file, dictionaries);
}

/** The task printed with `code` (the first when a code repeats); fails the test when absent. */
export function taskByCode(extraction: DocumentExtraction, code: string): TaskRecord {
  const task = extraction.document.tasks.find((candidate) => candidate.code === code);
  if (task === undefined) throw new Error(`no task "${code}" in ${extraction.document.source?.file}`);
  return task;
}

/** The lines of a seed file (1-based: lines[1] is the first). */
export function seedLines(file: string): string[] {
  return ['', ...fs.readFileSync(path.join(SEED_DOCUMENTS, file), 'utf8').split(/\r?\n/)];
}

/**
 * The People's Committee plan the Bắc Giang 2024 seed implements ("Kế hoạch số 16/KH-UBND"),
 * which the seed corpus holds only as a citation: a short text of it, for tests of a document
 * another ingested one implements. Its first task's lead is an agency no seed names.
 */
export const BAC_GIANG_16 = {
  id: 'doc/bac-giang/ubnd/kh/2024/16',
  file: 'bac-giang-ubnd-kh-16.txt',
  text: `ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG

Số: 16/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bắc Giang, ngày 26 tháng 02 năm 2024

KẾ HOẠCH

Thực hiện Kế hoạch số 114-KH/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy về phát triển và ứng dụng công nghệ sinh học

Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. NHIỆM VỤ

1. Xây dựng vùng trồng dược liệu ứng dụng công nghệ sinh học theo Quyết định số 999/QĐ-UBND ngày 01/02/2023 của UBND tỉnh
- Đơn vị chủ trì: Trung tâm Giống cây trồng tỉnh Bắc Giang
- Đơn vị phối hợp: Sở Nông nghiệp và Phát triển nông thôn
- Thời gian thực hiện: 2024-2025

2. Đào tạo nhân lực công nghệ sinh học
- Đơn vị chủ trì: Sở Khoa học và Công nghệ
- Thời gian thực hiện: Hằng năm

Nơi nhận:
- Như trên;
`,
} as const;

/**
 * A short text of Resolution 36-NQ/TW written for the derivation tests
 * (test/derive/fixtures/tw-nq-2023-36.txt): its tasks restate those the four seed plans that
 * implement it take up (their headings follow the resolution's), plus a national programme no
 * province's plan carries out. The seed corpus holds the resolution only as a citation.
 */
export const RESOLUTION_36 = {
  id: 'doc/vn/tw/nq/2023/36',
  file: path.join(PROJECT_ROOT, 'test', 'derive', 'fixtures', 'tw-nq-2023-36.txt'),
} as const;
