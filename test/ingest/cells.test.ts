/**
 * The cell model (src/ingest/cells.ts): every table encoding of the real corpus gives the same
 * rows, layout tables give lines, and each line keeps its original number; then the facts a
 * reader finds in the corpus texts whose tables or headers only the cell model makes readable.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCells } from '../../src/ingest/cells.js';
import { decode } from '../../src/ingest/formats/index.js';
import { readTable } from '../../src/ingest/layouts/table.js';
import type { DocumentExtraction } from '../../src/ingest/index.js';
import { decode as decodeText, toLines } from '../../src/ingest/normalize.js';
import { extractText, real, REAL, taskByCode } from '../helpers/ingest.js';

function rows(text: string): { number: number; lineEnd: number | undefined; cells: string[] }[] {
  return toCells(toLines(text))
    .filter((line) => (line.cells?.length ?? 0) > 0)
    .map((line) => ({ number: line.number, lineEnd: line.lineEnd, cells: line.cells! }));
}

const names = (agencies: { name: string }[]) => agencies.map((agency) => agency.name);

describe('the cell model', () => {
  const expected = [
    ['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp'],
    ['1', 'Rà soát cơ chế', 'Sở Tài chính', 'Sở Công Thương'],
  ];

  it('reads Markdown pipe rows, " | " rows and one-cell-per-line blocks as the same rows', () => {
    const markdown =
      '| STT | Nhiệm vụ | Chủ trì | Phối hợp |\n|---|---|---|---|\n| 1 | Rà soát cơ chế | Sở Tài chính | Sở Công Thương |\n';
    const joined = 'STT | Nhiệm vụ | Chủ trì | Phối hợp\n1 | Rà soát cơ chế | Sở Tài chính | Sở Công Thương\n';
    const perLine =
      '|\n**STT**\n|\n**Nhiệm vụ**\n|\nChủ trì\n|\nPhối hợp\n|\n|\n1\n|\nRà soát\ncơ chế\n|\nSở Tài chính\n|\nSở Công Thương\n|\n\nSau bảng.\n';
    expect(rows(markdown).map((row) => row.cells)).toEqual(expected);
    expect(rows(joined).map((row) => row.cells)).toEqual(expected);
    expect(rows(perLine).map((row) => row.cells)).toEqual(expected);
  });

  it('keeps each row at the original lines it spans', () => {
    const perLine = '|\nSTT\n|\nNhiệm vụ\n|\nChủ trì\n|\n|\n1\n|\nRà soát\ncơ chế\n|\nSở Tài chính\n|\n';
    expect(rows(perLine).map((row) => [row.number, row.lineEnd])).toEqual([
      [2, 6],
      [9, 14],
    ]);
  });

  it('splits one-cell-per-line rows at the row gap, with empty and merged cells', () => {
    const text = [
      '|',
      'TT',
      '|',
      'Nhiệm vụ',
      '|',
      'Chủ trì',
      '|',
      'Phối hợp',
      '|',
      '|',
      'I',
      '|',
      'NHÓM GIẢI PHÁP',
      '|',
      '|',
      '1',
      '|',
      'Việc một',
      '|',
      'Sở Y tế',
      '|',
      '|',
      '|',
      '2',
      '|',
      'Việc hai',
      '|',
      'Sở Tài chính',
      '|',
      'Sở Nội vụ',
      '|',
      '',
    ].join('\n');
    expect(rows(text).map((row) => row.cells)).toEqual([
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp'],
      ['I', 'NHÓM GIẢI PHÁP'],
      ['1', 'Việc một', 'Sở Y tế', ''],
      ['2', 'Việc hai', 'Sở Tài chính', 'Sở Nội vụ'],
    ]);
  });

  it('joins a header written over two rows ("Đơn vị thực hiện" over "Chủ trì" | "Phối hợp") into one', () => {
    const expectedHeader = (coordinators: string) => [
      'TT',
      'Nội dung',
      'Đơn vị thực hiện Chủ trì',
      coordinators,
      'Thời gian',
    ];
    const markdown =
      '| TT | Nội dung | Đơn vị thực hiện | | Thời gian |\n|---|---|---|---|---|\n| | | Chủ trì | Phối hợp | |\n' +
      '| 1 | Rà soát cơ chế | Sở Tài chính | Sở Công Thương | 2026 |\n';
    expect(rows(markdown).map((row) => row.cells)).toEqual([
      expectedHeader('Phối hợp'),
      ['1', 'Rà soát cơ chế', 'Sở Tài chính', 'Sở Công Thương', '2026'],
    ]);
    // A web copy prints the spanning cell once and its parts in a row of their own.
    const perLine = [
      ...['|', 'TT', '|', 'Nội dung', '|', 'Đơn vị thực hiện', '|', 'Thời gian', '|'],
      ...['|', 'Chủ trì', '|', 'Phối hợp', '|'],
      ...['|', '1', '|', 'Rà soát cơ chế', '|', 'Sở Tài chính', '|', 'Sở Công Thương', '|', '2026', '|', ''],
    ].join('\n');
    expect(rows(perLine).map((row) => row.cells)).toEqual([
      expectedHeader('Đơn vị thực hiện Phối hợp'),
      ['1', 'Rà soát cơ chế', 'Sở Tài chính', 'Sở Công Thương', '2026'],
    ]);
    const { tasks } = readTable(toCells(toLines(perLine)));
    expect(tasks.map((task) => [task.code, task.leads, task.coordinators, task.timeframe])).toEqual([
      ['1', ['Sở Tài chính'], ['Sở Công Thương'], '2026'],
    ]);
  });

  it("splits a web copy's rows under merged cells into rows of their own cells", () => {
    const text = [
      ...['|', 'STT', '|', 'Chủ trì', '|', 'Nội dung', '|', 'Thời hạn', '|'],
      ...['|', '1', '|', 'Sở Y tế', '|', 'Việc một', '|', 'Năm 2026', '|'],
      ...['|', 'Việc hai', '|', 'Năm 2027', '|'],
      ...['|', '2', '|', 'Sở Tài chính', '|', 'Việc ba', '|', 'Năm 2028', '|', ''],
    ].join('\n');
    expect(rows(text).map((row) => row.cells)).toEqual([
      ['STT', 'Chủ trì', 'Nội dung', 'Thời hạn'],
      ['1', 'Sở Y tế', 'Việc một', 'Năm 2026'],
      ['Việc hai', 'Năm 2027'],
      ['2', 'Sở Tài chính', 'Việc ba', 'Năm 2028'],
    ]);
    // The row under the merged STT and chủ trì is a task of its own that shares them.
    const { tasks } = readTable(toCells(toLines(text)));
    expect(tasks.map((task) => [task.code, task.title, task.leads, task.timeframe])).toEqual([
      ['1', 'Việc một', ['Sở Y tế'], 'Năm 2026'],
      ['1', 'Việc hai', ['Sở Y tế'], 'Năm 2027'],
      ['2', 'Việc ba', ['Sở Tài chính'], 'Năm 2028'],
    ]);
  });

  it('turns a two-column letterhead table into lines, so the symbol under a rule line is read', () => {
    const text = [
      '|',
      '**ỦY BAN NHÂN',
      'DÂN**',
      'TỈNH THANH HÓA',
      '-------',
      '|',
      '**CỘNG HÒA XÃ HỘI',
      'CHỦ NGHĨA VIỆT NAM**',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      '|',
      '|',
      'Số:',
      '188/KH-UBND',
      '|',
      '*Thanh Hóa, ngày',
      '18 tháng 11 năm 2025*',
      '|',
      '',
      '**KẾ HOẠCH**',
      '',
      'Quan trắc môi trường năm 2026',
      '',
      '**I. NHIỆM VỤ**',
      '',
      '1. Quan trắc nước.',
      '',
    ].join('\n');
    const lines = toCells(toLines(text)).filter((line) => line.text !== '');
    expect(lines.map((line) => [line.number, line.text]).slice(0, 5)).toEqual([
      [2, 'ỦY BAN NHÂN DÂN'],
      [4, 'TỈNH THANH HÓA'],
      [7, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [9, 'Độc lập - Tự do - Hạnh phúc'],
      [13, 'Số: 188/KH-UBND'],
    ]);
    const document = extractText(text).document;
    expect(document.symbol).toBe('188/KH-UBND');
    expect(document.issuedOn).toBe('2025-11-18');
    expect(document.province).toBe('Thanh Hóa');
  });

  it('does not let a "-------" rule line swallow the symbol under it, in plain text either', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH THANH HÓA',
      '-------',
      'Số: 188/KH-UBND',
      'Thanh Hóa, ngày 18 tháng 11 năm 2025',
      '',
      'KẾ HOẠCH',
      'Quan trắc môi trường năm 2026',
      '',
      'I. NHIỆM VỤ',
      '1. Sở Tài chính chủ trì quan trắc nước.',
      '',
    ].join('\n');
    expect(extractText(text).document.symbol).toBe('188/KH-UBND');
  });

  it('drops Markdown emphasis and heading marks, keeping line numbers', () => {
    const text = '|\nx\n|\n\n# NGHỊ QUYẾT\n\n*Hà Nội, ngày 09 tháng 01 năm 2025*\n';
    const lines = toCells(toLines(text)).filter((line) => line.text !== '' && line.cells === undefined);
    expect(lines.map((line) => [line.number, line.text])).toEqual([
      [2, 'x'],
      [5, 'NGHỊ QUYẾT'],
      [7, 'Hà Nội, ngày 09 tháng 01 năm 2025'],
    ]);
  });
});

describe('corpus texts the cell model makes readable', () => {
  it('Đồng Tháp 552/KH-UBND: its appendix table, written one cell per line, gives its tasks', () => {
    const { document } = real('dong-thap-552-kh-ubnd-2025.txt');
    expect(document.symbol).toBe('552/KH-UBND');
    expect(document.issuedOn).toBe('2025-11-19');
    expect(document.province).toBe('Đồng Tháp');
    // The 32 duties of "V. TỔ CHỨC THỰC HIỆN" outnumber the table's 23 rows; both are read.
    expect(document.layout).toBe('AGENCY_SECTIONS');
    // Group I "NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH", rows 1-4; group II restarts at 1.
    const first = taskByCode({ document } as DocumentExtraction, 'I.1');
    expect(first.title).toMatch(/^Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách/);
    expect(names(first.leads)).toEqual(['Sở Tài chính']);
    expect(first.timeframe).toBe('Thường xuyên');
    const second = taskByCode({ document } as DocumentExtraction, 'I.2');
    expect(names(second.leads)).toEqual(['Sở Tài chính']);
    expect(names(second.coordinators)).toEqual(['Sở Công Thương', 'Ban Quản lý Khu kinh tế tỉnh Đồng Tháp']);
    expect(second.timeframe).toBe('2026');
    const third = taskByCode({ document } as DocumentExtraction, 'I.3');
    expect(names(third.leads)).toEqual(['Liên hiệp các Hội Khoa học và Kỹ thuật']);
    const groupTwo = taskByCode({ document } as DocumentExtraction, 'II.1');
    expect(groupTwo.title).toMatch(/^Xây dựng chương trình hỗ trợ nghiên cứu, ứng dụng, chuyển giao/);
    expect(names(groupTwo.leads)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(groupTwo.timeframe).toBe('2026');
    expect(first.source.lineStart).toBe(645);
  });

  it('Hồ Chí Minh 2820/QĐ-UBND: the appendix of duties gives lead, coordinators, time and result', () => {
    const { document } = real('ho-chi-minh-2820-qd-ubnd-2025.txt');
    expect(document.symbol).toBe('2820/QĐ-UBND');
    expect(document.issuedOn).toBe('2025-11-19');
    expect(document.layout).toBe('TABLE');
    const first = taskByCode({ document } as DocumentExtraction, 'I.1');
    expect(first.title).toMatch(/^Phối hợp rà soát, sửa đổi Luật Quy hoạch/);
    expect(names(first.leads)).toEqual(['Sở Tài chính']);
    expect(first.timeframe).toBe('Quý IV/2025');
    expect(first.expectedResult).toBe('Luật Quy hoạch, Quyết định của cấp có thẩm quyền');
    // Row 4 turns the roles round: the departments and communes lead, Sở Tài chính coordinates.
    const fourth = taskByCode({ document } as DocumentExtraction, 'I.4');
    expect(names(fourth.coordinators)).toEqual(['Sở Tài chính']);
    expect(fourth.timeframe).toBe('Quý II/2027');
  });

  it('Hồ Chí Minh 2820/QĐ-UBND: a row without TT under merged cells is a task that shares the cells it lacks', () => {
    const { document } = real('ho-chi-minh-2820-qd-ubnd-2025.txt');
    const at = (line: number) => document.tasks.find((task) => task.source.lineStart === line)!;
    // Line 576: its own task and chủ trì; the TT, phối hợp and time of II.1 (line 558) are merged down.
    const backup = at(576);
    expect(backup.code).toBe('II.1');
    expect(backup.title).toMatch(/^Xây dựng hạ tầng kỹ thuật dự phòng/);
    expect(names(backup.leads)).toEqual(['Trung tâm Chuyển đổi số Thành phố']);
    expect(names(backup.coordinators)).toEqual(names(at(558).coordinators));
    expect(backup.timeframe).toBe('Quý IV/2026');
    // Line 765: its own chủ trì and phối hợp, the time of IV.2 merged down.
    expect([names(at(765).leads), names(at(765).coordinators), at(765).timeframe]).toEqual([
      ['Sở Khoa học và Công nghệ'],
      ['Sở Tài chính'],
      'Quý IV/2026',
    ]);
    // Line 837: Sở Tài chính leads; phối hợp and time are those of V.1.
    expect(names(at(837).leads)).toEqual(['Sở Tài chính']);
    expect(at(837).timeframe).toBe('Năm 2025-2030');
    // IV.4 (line 789): two duties in one cell, each beside its own line of chủ trì and phối hợp.
    expect(at(789).title).toMatch(/^Bố trí nhân lực đảm bảo đủ năng lực để thực hiện nhiệm vụ xây dựng/);
    expect(names(at(789).coordinators)).toEqual(['Sở Tài chính']);
    expect(at(794).title).toMatch(/^Bố trí nhân lực đảm bảo đủ năng lực để quản lý, vận hành/);
    expect([at(794).code, names(at(794).leads), at(794).timeframe]).toEqual(['IV.4', ['Sở Tài chính'], 'Năm 2026']);
  });

  it('Chính phủ 03/NQ-CP: the header in "#" headings is read, and the Markdown task table gives tasks', () => {
    const { document } = real('chinh-phu-03-nq-cp-2025.txt');
    expect(document.symbol).toBe('03/NQ-CP');
    expect(document.kind).toBe('RESOLUTION');
    expect(document.issuedOn).toBe('2025-01-09');
    expect(document.layout).toBe('TABLE');
    const first = taskByCode({ document } as DocumentExtraction, 'I.1');
    expect(names(first.leads)).toEqual(['Bộ Thông tin và Truyền thông']);
    expect(names(first.coordinators)).toContain('Ban Tuyên giáo Trung ương');
    expect(first.timeframe).toBe('6/2025');
    expect(first.expectedResult).toBe('Quyết định của Thủ tướng Chính phủ');
    const second = taskByCode({ document } as DocumentExtraction, 'I.2');
    expect(names(second.coordinators)).toEqual(['Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông']);
    expect(second.timeframe).toBe('Thường xuyên');
    // PHỤ LỤC I (lines 314-385) is a table of targets with a "chủ trì theo dõi" column: no tasks.
    expect(document.tasks.filter((task) => task.source.lineStart >= 314 && task.source.lineStart <= 385)).toEqual([]);
  });

  it('Thanh Hóa 235/KH-UBND: identity from the one-cell-per-line header; its site tables give no tasks', () => {
    const { document } = real('thanh-hoa-235-kh-ubnd-2025.txt');
    expect(document.symbol).toBe('235/KH-UBND');
    expect(document.issuedOn).toBe('2025-11-18');
    expect(document.province).toBe('Thanh Hóa');
    expect(document.layout).not.toBe('TABLE');
    // PHỤ LỤC I from line 358 on lists monitoring sites and counts, not tasks.
    expect(document.tasks.filter((task) => task.source.lineStart >= 358)).toEqual([]);
  });

  it('headers written as table cells give their symbols and dates (Lai Châu, Sơn La, Thủ tướng)', () => {
    const laiChau = real('lai-chau-7360-kh-ubnd-2025.txt').document;
    expect([laiChau.symbol, laiChau.issuedOn]).toEqual(['7360/KH-UBND', '2025-11-19']);
    const sonLa = real('son-la-254-qd-ubnd-2023.txt').document;
    expect([sonLa.symbol, sonLa.issuedOn, sonLa.province]).toEqual(['254/QĐ-UBND', '2023-02-17', 'Sơn La']);
    const thuTuong = real('tvpl-646f0a00d4174382.md').document;
    expect([thuTuong.symbol, thuTuong.kind, thuTuong.issuedOn]).toEqual(['2530/QĐ-TTg', 'DECISION', '2025-11-19']);
  });

  it('Lào Cai draft on Chỉ thị 11: the Word-export table (" | " cells, a "(1) (2)" row) gives its 14 tasks', () => {
    const { document } = real('lao-cai-duthao-kh-ubnd-chi-thi-11-ct-tu-2026.txt');
    // A draft: "Số:           /KH-UBND", "ngày       tháng      năm 2026".
    expect([document.symbol, document.issuedOn, document.province]).toEqual([null, '2026', 'Lào Cai']);
    // The table's rows keep their printed numbers; the body's items carry their part's numeral.
    expect(document.tasks.map((task) => task.code).filter((code) => /^\d+$/.test(code ?? ''))).toEqual(
      Array.from({ length: 14 }, (_, index) => String(index + 1)),
    );
    const sixth = taskByCode({ document } as DocumentExtraction, '6');
    expect(names(sixth.leads)).toEqual(['Sở Công Thương', 'Sở Xây dựng']);
    expect(sixth.timeframe).toBe('Thường xuyên');
    const eighth = taskByCode({ document } as DocumentExtraction, '8');
    expect(names(eighth.leads)).toEqual(['Sở Nội vụ']);
    expect(eighth.timeframe).toBe('Hàng năm');
    const eleventh = taskByCode({ document } as DocumentExtraction, '11');
    expect(names(eleventh.leads)).toEqual(['Công an tỉnh Lào Cai']);
    expect(eleventh.timeframe).toBe('Xong trong Quý II/2026');
  });

  it('Sở Công Thương Lào Cai draft: its appendix is a report template ("Vai trò (Chủ trì/ Phối hợp)"), not tasks', () => {
    const { document } = real('lao-cai-sct-duthao-kh-de-an-08-2026.txt');
    expect(document.layout).not.toBe('TABLE');
    // "Phụ lục số 01" starts at line 144.
    expect(document.tasks.filter((task) => task.source.lineStart >= 144)).toEqual([]);
  });

  it('Đồng Nai 179/KH-UBND: parts A/B/C whose groups and numbers repeat, "Đơn vị thực hiện" as the lead column', () => {
    const { document } = real('dong-nai-179-kh-ubnd-2025.txt');
    expect([document.symbol, document.issuedOn, document.province]).toEqual(['179/KH-UBND', '2025-11-18', 'Đồng Nai']);
    const extraction = { document } as DocumentExtraction;
    // Part A "PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ", group I "Hoàn thiện thể chế", row 1.1.
    const law = taskByCode(extraction, 'A.1.1');
    expect(law.title).toMatch(/^Rà soát, xây dựng, sửa đổi, bổ sung các quy định pháp luật/);
    expect(names(law.leads)).toEqual(['Sở Tư pháp']);
    expect(law.timeframe).toBe('2026 - 2030');
    expect(law.parent).toBe(taskByCode(extraction, 'A.I').id);
    expect(taskByCode(extraction, 'A.I').title).toBe('Hoàn thiện thể chế');
    const infrastructure = taskByCode(extraction, 'A.2.1');
    expect(names(infrastructure.leads)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(names(infrastructure.coordinators)).toContain('Các doanh nghiệp cung cấp dịch vụ bưu chính');
    expect(infrastructure.source.lineStart).toBe(1646);
    // Parts B and C start their groups at I again: the codes stay apart.
    expect(taskByCode(extraction, 'B.I').source.lineStart).toBeGreaterThan(2369);
    expect(taskByCode(extraction, 'C.I').source.lineStart).toBeGreaterThan(3028);
  });

  it('Sơn La 254/QĐ-UBND: the "Nơi nhận" pipe row of the decision does not hide the plan printed after it', () => {
    const { document } = real('son-la-254-qd-ubnd-2023.txt');
    // Part II "NỘI DUNG CÔNG TÁC" of the plan: items 1 to 8, lines 47 to 61.
    const contents = document.tasks.filter((task) => task.source.lineStart >= 47 && task.source.lineStart <= 61);
    expect(contents.map((task) => task.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(contents[7]!.title).toMatch(/^Thành lập Đoàn kiểm tra việc chấp hành các quy định về bảo vệ/);
  });

  it('Bộ Xây dựng 2109/QĐ-BXD: a list of administrative procedures with a "Cơ quan thực hiện" column gives no tasks', () => {
    const { document } = real('tvpl-da8411114c03e36b.md');
    expect([document.symbol, document.issuedOn]).toEqual(['2109/QĐ-BXD', '2025-11-25']);
    expect(document.tasks).toEqual([]);
  });

  it('Bộ VHTTDL letter 6225/BVHTTDL-VP: identity from the site panel when the text prints no header; its task appendix is read', () => {
    const { document } = real('tvpl-987cadc82373c854.md');
    // Only the site's panel names it: "Số hiệu: 6225/BVHTTDL-VP", "Loại văn bản: Công văn", "Ngày ban hành: 18/11/2025".
    expect([document.symbol, document.kind, document.issuedOn]).toEqual([
      '6225/BVHTTDL-VP',
      'OFFICIAL_LETTER',
      '2025-11-18',
    ]);
    expect(document.layout).toBe('TABLE');
    const tourism = taskByCode({ document } as DocumentExtraction, '2');
    expect(tourism.title).toMatch(/^Xây dựng và triển khai Mô hình du lịch thông minh/);
    expect(names(tourism.leads)).toEqual(['Cục Du lịch Quốc gia Việt Nam']);
    expect(names(tourism.coordinators)).toEqual(['Trung tâm Chuyển đổi số VHTTDL']);
    expect(tourism.timeframe).toBe('Tháng 12/2025');
    expect(tourism.expectedResult).toBe(
      'Mô hình du lịch thông minh ứng dụng các tiện ích của Đề án 06 được ban hành và triển khai.',
    );
  });

  it('Bộ Công Thương circular (THÔNG TƯ, header in table cells): a document with no tasks, not a refusal', () => {
    const { document } = real('tvpl-e13e31ece6a27b0d.md');
    expect(document.kind).toBe('OTHER');
    expect(document.tasks).toEqual([]);
  });

  it('Thủ tướng 2530/QĐ-TTg: rows under merged cells are tasks of the row above; Phụ lục II is read by its own header', () => {
    const extraction = real('tvpl-646f0a00d4174382.md');
    const { document } = extraction;
    expect(document.layout).toBe('TABLE');
    const at = (line: number) => document.tasks.find((task) => task.source.lineStart === line)!;
    // PHỤ LỤC I follows the signature table with no blank line (line 688); part A is Bộ Nông nghiệp
    // và Môi trường, its heading the lead of the part.
    const partA = taskByCode(extraction, 'A');
    expect(partA.title).toBe('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(names(partA.leads)).toEqual(['Bộ Nông nghiệp và Môi trường']);
    // Row 1 (line 718): its STT, chủ trì, phối hợp and "Thuộc nhóm nhiệm vụ" cells are merged over
    // five "Nội dung" rows (731, 743, 753, 763, 773): a group of five tasks with their own times.
    const law = taskByCode(extraction, 'A.1');
    expect(law.title).toBe(
      'Hoàn thiện hệ thống chính sách pháp luật về kiểm soát, quản lý chất lượng môi trường không khí',
    );
    const rows = document.tasks.filter((task) => task.parent === law.id);
    expect(rows.map((task) => task.source.lineStart)).toEqual([731, 743, 753, 763, 773]);
    expect(rows.every((task) => task.code === null)).toBe(true);
    expect(at(743).title).toBe('Rà soát, cập nhật các hướng dẫn kỹ thuật về hệ số phát thải và kiểm kê khí thải');
    expect(names(at(743).leads)).toEqual(['Bộ Nông nghiệp và Môi trường']);
    expect(names(at(743).coordinators)).toContain('Bộ Khoa học và Công nghệ');
    expect(at(743).timeframe).toBe(
      'Giai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật các hướng dẫn kỹ thuật (nếu có)',
    );
    // Row 4 has one "Nội dung" cell: one task, titled by it, not by its group of part II.
    const greening = taskByCode(extraction, 'A.4');
    expect(greening.title).toMatch(/^Tiếp tục triển khai hiệu quả Đề án “Trồng một tỷ cây xanh”/);
    expect(names(greening.leads)).toEqual(['Bộ Nông nghiệp và Môi trường']);
    // Printed "UBND các tỉnh/ thành phố": the provinces' committees, by the dictionary's name.
    expect(names(greening.coordinators)).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(greening.timeframe).toBe('Giai đoạn 2026 - 2030');
    expect(greening.source.lineStart).toBe(872);
    // Part D has no STT: its three rows are tasks of the part, led by the merged chủ trì cell.
    const partD = taskByCode(extraction, 'D');
    const science = document.tasks.filter((task) => task.parent === partD.id);
    expect(science.map((task) => task.source.lineStart)).toEqual([1206, 1222, 1233]);
    expect(science.every((task) => names(task.leads).join() === 'Bộ Khoa học và Công nghệ')).toBe(true);
    // Part G's second row prints its own phối hợp cell; the chủ trì is still the merged one.
    // (one collective with "Các bộ, ngành", the spelling it was first read under)
    const coordinators = at(1315).coordinators.map((ref) =>
      extraction.agencies.find((agency) => agency.id === ref.id)!,
    );
    expect(
      coordinators.map((agency) => [agency.isCollective, agency.aliases.includes('Các bộ, ngành liên quan')]),
    ).toEqual([[true, true]]);
    expect(names(at(1315).leads)).toEqual(['Bộ Giáo dục và Đào tạo']);
    // "I." after "H." is part I (Bộ Công an), not a Roman group under part H.
    expect(names(taskByCode(extraction, 'I').leads)).toEqual(['Bộ Công an']);
    expect(taskByCode(extraction, 'I').parent).toBeNull();
    // PHỤ LỤC II (line 1872) has its own columns: "Tên dự án, nhiệm vụ" is the title, chủ trì the 4th.
    const warning = at(1898);
    expect(warning.title).toBe(
      'Xây dựng, nâng cấp và vận hành Hệ thống Cảnh báo, dự báo, kiểm soát ô nhiễm môi trường không khí',
    );
    expect(names(warning.leads)).toEqual(['Bộ Nông nghiệp và Môi trường']);
    expect(warning.timeframe).toBe(
      'Xây dựng, trong giai đoạn 2026 - 2027 và vận hành, nâng cấp thường xuyên, liên tục',
    );
    // The site's own tables after the copy (line 2765, "Địa chỉ: …") are not rows of it.
    expect(document.tasks.every((task) => task.source.lineStart < 2643)).toBe(true);
  });

  it('Lai Châu 7360/KH-UBND: bold part headings wrapped over two lines ("I. MỤC" / "ĐÍCH, YÊU CẦU") are one heading', () => {
    const { document } = real('lai-chau-7360-kh-ubnd-2025.txt');
    expect(document.tasks.length).toBeGreaterThan(0);
    // Part II "NỘI DUNG KẾ HOẠCH", item 1 (line 70): coordinators and a time wrapped as "Quý" / "IV năm 2025 ...".
    const first = taskByCode({ document } as DocumentExtraction, '1');
    expect(first.source.lineStart).toBe(70);
    expect(first.title).toMatch(/^Trên cơ sở tài liệu do Trung ương biên soạn/);
    expect(names(first.coordinators)).toContain('Ủy ban nhân dân các xã, phường');
    expect(first.timeframe).toBe('Quý IV năm 2025 và các năm tiếp theo');
  });

  it('Cần Thơ 159/KH-UBND: "**V. TỔ CHỨC" / "THỰC HIỆN**" is the part of implementation, read one section per agency', () => {
    const { document } = real('tvpl-d40513a8b25883ec.md');
    expect([document.symbol, document.issuedOn, document.province]).toEqual(['159/KH-UBND', '2025-11-19', 'Cần Thơ']);
    expect(document.layout).toBe('AGENCY_SECTIONS');
    // Section 1 "Sở Nông nghiệp và Môi trường" (line 200): three duties, lines 203, 206 and 209.
    const first = document.tasks.filter((task) => task.source.lineStart >= 203 && task.source.lineStart <= 209);
    expect(first.map((task) => task.source.lineStart)).toEqual([203, 206, 209]);
    expect(first[0]!.title).toBe('Chủ trì tham mưu, tổ chức triển khai thực hiện Kế hoạch này');
  });

  it('Sở Công Thương Lào Cai KH-2242: the "Phân công nhiệm vụ" table with an empty TT column gives one task a row, led by its staff', async () => {
    const name = 'KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx';
    const decoded = await decode(new Uint8Array(fs.readFileSync(path.join(REAL, '..', 'files', name))), name);
    const lines = toCells(toLines(decodeText(decoded.bytes, name).text)).filter((line) => line.number >= 62);
    const { tasks } = readTable(lines);
    expect(tasks.map((task) => [task.lineStart, task.code, task.title])).toEqual([
      [67, null, 'Rà soát việc đáp ứng các điều kiện của học viên'],
      [68, null, 'Xây dựng bài kiểm tra, đáp án'],
      [69, null, 'Tổ chức kiểm tra'],
      [70, null, 'Tổ chức chấm bài'],
      [71, null, 'Rà soát vào điểm'],
      [72, null, 'Xây dựng quyết định công nhận kết quả kiểm tra'],
      [73, null, 'In ấn chứng chỉ'],
      [74, null, 'Rà soát chứng chỉ trước khi trình'],
      [75, null, 'Trình ký chứng chỉ'],
    ]);
    // "Người thực hiện" beside "Nhiệm vụ thực hiện" is who carries the task out: its lead.
    expect(tasks[0]!.leads).toEqual(['Đỗ Mạnh Cường; Vũ Việt Linh; Nguyễn Thị Loan']);
  });

  it('Ủy ban Thường vụ Quốc hội 1339: the table of laws to draft, its pipe rows broken over lines and its STT empty, gives one task a law', () => {
    const text = fs.readFileSync(path.join(REAL, 'tvpl-ae8d299abf846604.md'), 'utf8');
    const lines = toCells(toLines(text)).filter((line) => line.number >= 42);
    // Rows 46-48: "| | Luật … | … (…)" / "| - Ủy ban Pháp luật …" / "| - Trình … | - Hồ sơ … | |".
    expect(lines.find((line) => line.number === 46)).toMatchObject({ lineEnd: 48 });
    const { tasks } = readTable(lines);
    expect(tasks.filter((task) => task.code !== null).map((task) => [task.lineStart, task.code])).toEqual([
      [44, 'I'],
      [52, 'II'],
    ]);
    const at = (line: number) => tasks.find((task) => task.lineStart === line)!;
    expect(at(46).title).toMatch(/^Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội/);
    // The drafting body ("Cơ quan soạn thảo") is the lead; its standing body in parentheses is not listed.
    expect(at(46).leads).toEqual(['Ban soạn thảo do UBTVQH thành lập']);
    // Line 49 dropped its empty STT cell: its cells are one column to the right.
    expect(at(49).title).toMatch(/^Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 71\/2022\/QH15/);
    expect(at(49).timeframe).toMatch(/^- Trình UBTVQH cho ý kiến tại Phiên họp thứ 44/);
    // "Ban Công tác đại biểu (Viện Nghiên cứu lập pháp phối hợp chuẩn bị dự thảo)": lead and coordinator.
    expect([at(55).leads, at(55).coordinators, at(55).timeframe]).toEqual([
      ['Ban Công tác đại biểu'],
      ['Viện Nghiên cứu lập pháp'],
      'Trình UBTVQH xem xét, thông qua trước ngày 10/01/2025',
    ]);
    expect(tasks.filter((task) => task.code === null)).toHaveLength(11);
  });
});
