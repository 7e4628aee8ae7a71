import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseCsv, tasksCsv, type CsvTask } from '../../src/web/csv.js';

const task = (overrides: Partial<CsvTask> = {}): CsvTask => ({
  id: 'task/hung-yen/ubnd/kh/2023/x-e9a2bf0b/III.3',
  code: 'III.3',
  title: 'Xây dựng đề án "y tế", phát triển',
  timeframe: '2025-2030',
  startYear: 2025,
  endYear: 2030,
  province: 'Hưng Yên',
  leads: [{ name: 'Sở Y tế' }],
  coordinators: [{ name: 'Sở Tài chính' }, { name: 'Sở Kế hoạch và Đầu tư' }],
  domains: [{ code: 'HEALTH' }],
  document: { id: 'doc/hung-yen/ubnd/kh/2023/x-e9a2bf0b', symbol: null, title: 'Thực hiện Nghị quyết' },
  ...overrides,
});

describe('tasks as CSV', () => {
  it('writes a header and one row per task, quoting what needs it, and reads back the same', () => {
    const text = tasksCsv([task(), task({ code: null, leads: [] })], 'http://localhost:4000');
    expect(text.startsWith('\uFEFF"code","title"')).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1]![i]]));
    expect(row).toEqual({
      code: 'III.3',
      title: 'Xây dựng đề án "y tế", phát triển',
      leads: 'Sở Y tế',
      coordinators: 'Sở Tài chính; Sở Kế hoạch và Đầu tư',
      timeframe: '2025-2030',
      start_year: '2025',
      end_year: '2030',
      domains: 'HEALTH',
      document: 'Thực hiện Nghị quyết',
      province: 'Hưng Yên',
      permalink: 'http://localhost:4000/task/hung-yen/ubnd/kh/2023/x-e9a2bf0b/III.3',
    });
    expect(rows[2]![0]).toBe('');
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    const [, row] = parseCsv(tasksCsv([task({ title: '=HYPERLINK("x")' })], 'http://h'));
    expect(row![1]).toBe('\'=HYPERLINK("x")');
  });
});
