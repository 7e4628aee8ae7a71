/**
 * Folding, as search, filters and ids use it: case and diacritics dropped (đ included),
 * punctuation as spaces.
 */
import { describe, expect, it } from 'vitest';
import { foldWords, slugify, wordsOf } from '../../src/text/index.js';

describe('folding Vietnamese text', () => {
  it('finds "Sở Y tế" from "so y te", and "Đồng Nai" from "dong nai"', () => {
    expect(foldWords('Sở Y tế')).toBe('so y te');
    expect(foldWords('ĐỒNG NAI')).toBe('dong nai');
  });

  it('gives the words of a filter, none for punctuation alone', () => {
    expect(wordsOf('Khoa học, công nghệ & đổi mới')).toEqual(['khoa', 'hoc', 'cong', 'nghe', 'doi', 'moi']);
    expect(wordsOf(' ,.; ')).toEqual([]);
  });

  it('makes the slug a province id is: "Bà Rịa - Vũng Tàu" is ba-ria-vung-tau', () => {
    expect(slugify('Bà Rịa - Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(slugify('Bắc Giang')).toBe('bac-giang');
  });
});
