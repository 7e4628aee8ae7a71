/**
 * Size bounds (src/ingest/limits.ts): a file, a line, a paragraph or a task's text far past any
 * real plan's is refused with an error naming the file and the line, instead of being read for
 * minutes into gigabytes of memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, IngestError } from '../../src/ingest/index.js';
import { MAX_FILE_BYTES } from '../../src/ingest/limits.js';
import { dictionaries, SEED_DOCUMENTS, SEEDS } from '../helpers/ingest.js';

const seed = fs.readFileSync(path.join(SEED_DOCUMENTS, SEEDS.tayNinh), 'utf8').split('\n');
// Task 4.1's heading, and the line after it (its first bullet).
const item = seed.findIndex((line) => line.startsWith('4.1.'));

function refusal(text: string | Uint8Array, file = 'padded.txt'): IngestError {
  try {
    extract(typeof text === 'string' ? new TextEncoder().encode(text) : text, file, dictionaries);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error(`${file} was read`);
}

describe('size bounds on ingestion', () => {
  it('keep well clear of every seed', () => {
    const text = seed.join('\n');
    expect(() => extract(new TextEncoder().encode(text), SEEDS.tayNinh, dictionaries)).not.toThrow();
  });

  it('refuse a file over the size limit before decoding it', () => {
    const error = refusal(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), 'huge.txt');
    expect(error.message).toBe(
      "huge.txt: the file is 5,242,881 bytes; a plan's text is at most 5,242,880 (5 MiB), so it is not read.",
    );
  });

  it('refuse a padded task line, naming the file and the line', () => {
    const lines = [...seed];
    lines[item] = `${lines[item]} ${'nội dung '.repeat(3000)}`;
    const error = refusal(lines.join('\n'));
    expect(error.line).toBe(item + 1);
    expect(error.message).toMatch(
      new RegExp(`^padded\\.txt:${item + 1}: the line is 27,\\d{3} characters long; at most 20,000 are read\\.$`),
    );
  });

  it('refuse a task whose text, gathered from many bullets, is over the limit', () => {
    const lines = [...seed];
    const bullets = Array.from(
      { length: 30 },
      (_, index) => `- Nội dung bổ sung số ${index + 1}: ${'thực hiện '.repeat(80)}`,
    );
    lines.splice(item + 1, 0, ...bullets);
    const error = refusal(lines.join('\n'));
    expect(error.message).toMatch(
      new RegExp(
        `^padded\\.txt:${item + 1}: the text of task 4\\.1 is \\d{2},\\d{3} characters long; at most 20,000 are read\\.$`,
      ),
    );
  });

  it('refuse a text that names more agencies than any plan, long before reading them all', () => {
    // Lists of generated names, each line under the line limit: 20 lists of 700 names.
    const words = ['Xuân', 'Hạ', 'Thu', 'Đông', 'Nam', 'Bắc', 'Tây', 'Trung'];
    const name = (i: number) => `Sở ${[0, 3, 6, 9].map((shift) => words[(i >> shift) % 8]).join(' ')}`;
    const tasks = Array.from({ length: 20 }, (_, task) => {
      const names = Array.from({ length: 700 }, (_, index) => name(task * 700 + index));
      return `${task + 1}. Việc số ${task + 1}\n- Đơn vị chủ trì: ${names.join(', ')}`;
    });
    const lines = [...seed];
    lines.splice(item, 0, ...tasks);
    const started = Date.now();
    const error = refusal(lines.join('\n'));
    expect(error.message).toBe(
      'padded.txt: more than 5,000 agency names to read; a plan names a few hundred at most, so this is not read.',
    );
    expect(Date.now() - started).toBeLessThan(60_000); // reading every name costs about 1 ms each
  });
});
