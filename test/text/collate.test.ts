/**
 * Vietnamese alphabetical order, as province lists are sorted.
 */
import { describe, expect, it } from 'vitest';
import { byName, compareVietnamese } from '../../src/text/index.js';

describe('Vietnamese alphabetical order', () => {
  it('puts Đ after D and before E, and a toned letter after the bare one', () => {
    expect(['Đồng Nai', 'Yên Bái', 'Điện Biên', 'Cà Mau', 'Bắc Ninh', 'Bà Rịa'].sort(compareVietnamese)).toEqual([
      'Bà Rịa',
      'Bắc Ninh',
      'Cà Mau',
      'Điện Biên',
      'Đồng Nai',
      'Yên Bái',
    ]);
  });

  it('sorts records by name, leaving the list it was given as it was', () => {
    const provinces = [{ name: 'Đồng Tháp' }, { name: 'Gia Lai' }, { name: 'Cần Thơ' }];
    expect(byName(provinces).map((p) => p.name)).toEqual(['Cần Thơ', 'Đồng Tháp', 'Gia Lai']);
    expect(provinces[0]!.name).toBe('Đồng Tháp');
  });
});
