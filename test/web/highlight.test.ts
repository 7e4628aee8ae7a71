import { describe, expect, it } from 'vitest';
import { highlightPieces, matchRanges, searchWords, snippet } from '../../src/web/highlight.js';

describe('the words of a search in a text', () => {
  it('finds words typed without diacritics in the text as printed', () => {
    const words = searchWords('so y te hung yen');
    expect(words).toEqual(['so', 'y', 'te', 'hung', 'yen']);
    const pieces = highlightPieces('Sở Y tế tỉnh Hưng Yên', words);
    expect(pieces.filter((piece) => piece.match).map((piece) => piece.text)).toEqual(['Sở', 'Y', 'tế', 'Hưng', 'Yên']);
    expect(pieces.map((piece) => piece.text).join('')).toBe('Sở Y tế tỉnh Hưng Yên');
  });

  it('marks whole words only: "so" marks "số" but not the start of "soạn"', () => {
    expect(matchRanges('Kế hoạch số 16 soạn thảo', ['so'])).toEqual([[9, 11]]);
    expect(matchRanges('soạn thảo', ['so'])).toEqual([]);
  });

  it('cuts a long text around its first match, on word boundaries', () => {
    const text = `${'mở đầu '.repeat(60)}Sở Y tế chủ trì${' kết thúc'.repeat(60)}`;
    const cut = snippet(text, searchWords('so y te'), 100);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).toContain('Sở Y tế chủ trì');
    expect(cut.length).toBeLessThanOrEqual(102);
  });
});
