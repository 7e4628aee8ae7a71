/**
 * The body's layouts (src/ingest/layouts/): what a careful reader lists in the parts of tasks and
 * "TỔ CHỨC THỰC HIỆN" of real texts (test/ingest/corpus/README.md, "Rules of reading" and
 * "Granularity") — a numbered or lettered item is one task, its bullets its text; each duty under
 * an agency's heading is a task of that agency; labels and trailing assignment lines give leads,
 * coordinators and times.
 */
import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../src/ingest/index.js';
import { partnersOf } from '../../src/ingest/layouts/roles.js';
import { corpus, extractSeed, extractText, real } from '../helpers/ingest.js';

/** The task whose source starts at a line of the text (of a text of real/, unless its tasks are given). */
function at(file: string, line: number, tasks: TaskRecord[] = real(file).document.tasks): TaskRecord {
  const task = tasks.find((candidate) => candidate.source.lineStart === line);
  if (task === undefined) throw new Error(`${file}: no task starts at line ${line}`);
  return task;
}

const names = (refs: { name: string }[]) => refs.map((ref) => ref.name);

describe('the items of a part of tasks', () => {
  it('Hà Nội 308: "b) Cơ quan thực hiện:" and "c) Thời gian thực hiện:" lines are part of item 1.1, not tasks', () => {
    const task = at('ha-noi-308-kh-ubnd-2025.txt', 68);
    expect(task.title).toBe('Xây dựng các Chiến lược triển khai của thành phố Hà Nôi');
    expect(names(task.leads)).toEqual(['Sở Khoa học và Công nghệ']);
    expect(task.timeframe).toBe('Hoàn thành trong năm 2025');
    expect(real('ha-noi-308-kh-ubnd-2025.txt').document.tasks.some((t) => t.source.lineStart === 84)).toBe(false);
  });

  it('Sở Công Thương Lào Cai: a trailing "Đơn vị chủ trì: X; Đơn vị phối hợp: Y" line assigns its item', () => {
    const task = at('lao-cai-sct-duthao-kh-de-an-08-2026.txt', 41);
    expect(task.title).toMatch(/^Tái cơ cấu ngành công nghiệp theo chiều sâu/);
    expect(names(task.leads)).toEqual(['Phòng Quản lý Công nghiệp']);
    // The trailing line's units, beside the partners its "-" lines name (see below).
    expect(names(task.coordinators)).toEqual(
      expect.arrayContaining(['Phòng Quản lý Năng lượng', 'Phòng Quản lý Thương mại']),
    );
    // Its "-" lines (42-47) are its text, not tasks of their own.
    expect(real('lao-cai-sct-duthao-kh-de-an-08-2026.txt').document.tasks.some((t) => t.source.lineStart === 42)).toBe(
      false,
    );
  });

  it('Lương Minh 16: the labels printed after items 3.1-3.3 cover all of them', () => {
    const file = 'quang-ninh-luong-minh-16-kh-mttq-btt-2025.txt';
    for (const line of [140, 142, 144, 146]) {
      expect(at(file, line).timeframe, `line ${line}`).toBe('Từ tháng 12/2025 đến quý I/2026');
      expect(at(file, line).leads.length, `line ${line}`).toBeGreaterThan(0);
    }
  });

  it('Sơn La 254: "(Giao Công an tỉnh chủ trì, phối hợp với …)" assigns item 6 and is not its title', () => {
    const task = at('son-la-254-qd-ubnd-2023.txt', 57);
    expect(task.title).toBe('Xây dựng và tham mưu với UBND tỉnh ban hành Quy chế bảo vệ BMNN trên địa bàn tỉnh');
    expect(task.leads.map((lead) => lead.name)).toEqual(['Công an tỉnh Sơn La']);
    expect(names(task.coordinators)).toContain('Sở Tư pháp');
  });

  it('Hồ Chí Minh 2820: a heading\'s trailing "(2025 - 2030)" is its time', () => {
    const task = at('ho-chi-minh-2820-qd-ubnd-2025.txt', 306);
    expect(task.title).toBe(
      'Thu thập, số hóa, chuẩn hóa cơ sở dữ liệu quy hoạch Thành phố và tích hợp vào Hệ thống quốc gia',
    );
    expect(task).toMatchObject({ timeframe: '2025 - 2030', startYear: 2025, endYear: 2030 });
  });

  it('Nghệ An 987: "2. Kế hoạch phát triển giai đoạn 2026 - 2030" keeps its title and is the time of items 2.1-2.3', () => {
    const group = at('nghe-an-987-kh-ubnd-2025.txt', 102);
    expect(group.title).toBe('Kế hoạch phát triển giai đoạn 2026 - 2030');
    for (const line of [102, 110, 133, 153]) {
      expect(at('nghe-an-987-kh-ubnd-2025.txt', line)).toMatchObject({ startYear: 2026, endYear: 2030 });
    }
    // Part IV's duties state no period of their own and are under no such heading.
    expect(at('nghe-an-987-kh-ubnd-2025.txt', 174).timeframe).toBeNull();
  });

  it('Thanh Hóa 235: "thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026" in an item\'s text is its time', () => {
    for (const line of [73, 156, 211, 229]) {
      expect(at('thanh-hoa-235-kh-ubnd-2025.txt', line)).toMatchObject({
        timeframe: 'từ tháng 3 đến tháng 10 năm 2026',
        startYear: 2026,
        endYear: 2026,
      });
    }
  });

  it('Ban Chỉ đạo 1237: a Roman group\'s "Cơ quan chủ trì" and "Thời gian thực hiện" blocks assign its tasks', () => {
    const file = 'bcdqg1237-252-kh-bcdqg1237-2013.txt';
    expect(at(file, 30).title).toBe('CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN');
    for (const line of [34, 36]) {
      const task = at(file, line);
      expect(task.parent, `line ${line}`).toBe(at(file, 30).id);
      expect(names(task.leads), `line ${line}`).toContain('Ban Chỉ đạo các tỉnh');
      expect(task.timeframe, `line ${line}`).toBe('Tháng 12/2013 và thường xuyên');
    }
  });
});

describe('an agency named before the verb of its duty', () => {
  it('a department\'s duty "Phối hợp UBND các xã, phường dựng nhà bạt …": the coordinator ends before "dựng"', () => {
    const task = at('tvpl-62f25a030c183151.md', 326);
    expect(names(task.coordinators)).toEqual(['Ủy ban nhân dân các xã, phường']);
  });

  it('"o) Các cơ sở sản xuất tuân thủ nghiêm …": the lead ends before "tuân thủ"', () => {
    const task = at('tvpl-646f0a00d4174382.md', 630);
    expect(names(task.leads)).toEqual(['Các cơ sở sản xuất']);
  });

  it('Bắc Giang 2024: "Chi cục … phối hợp với Phòng Quản lý Khoa học tư vấn …" (item 3.2) names who does the work, a lead', () => {
    const task = at('', 115, extractSeed('bac-giang-skhcn-kh-2024-cong-nghe-sinh-hoc.txt').document.tasks);
    expect(names(task.leads)).toEqual([
      'Phòng Quản lý Công nghệ và Thị trường công nghệ',
      'Phòng Quản lý Khoa học Công nghệ cơ sở và Sở hữu trí tuệ',
      'Chi cục Tiêu chuẩn Đo lường Chất lượng',
      'Phòng Quản lý Khoa học',
    ]);
    expect(names(task.coordinators)).toEqual([]);
  });
});

describe("the duties under an agency's heading", () => {
  it('Đắk Lắk relief plan: each "-" duty is a task of the heading\'s agency, a duty wrapped over lines whole', () => {
    const file = 'tvpl-62f25a030c183151.md';
    // "**1.**" / "Sở Công Thương:" (lines 212-213); the heading itself is no task.
    expect(real(file).document.tasks.some((task) => task.source.lineStart === 212)).toBe(false);
    const duty = at(file, 226);
    expect(duty.title).toMatch(/^Phối hợp Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh và UBND các xã, phường/);
    expect(names(duty.leads)).toEqual(['Sở Công Thương']);
    expect(names(duty.coordinators)).toContain('Công an tỉnh Đắk Lắk');
    // "5. Sở Khoa học và Công nghệ:" with one paragraph: one task from the heading's line.
    expect(names(at(file, 285).leads)).toEqual(['Sở Khoa học và Công nghệ']);
  });

  it('Sơn La export plan: a lettered duty is one task, its "-" lines its text', () => {
    const task = at('tvpl-f1e0981425ec38be.md', 438);
    expect(task.title).toBe(
      'Chủ trì, phối hợp với các sở, ban, ngành, UBND các xã, phường và cơ quan, đơn vị có liên quan',
    );
    expect(names(task.leads)).toEqual(['Sở Công Thương']);
    expect(task.text).toMatch(/Là cơ quan đầu mối chủ trì tổ chức thực hiện/);
  });

  it('Lào Cai draft plan on minerals: "phối hợp với" names its partners however the list opens', () => {
    const file = 'lao-cai-duthao-kh-ubnd-chi-thi-11-ct-tu-2026.txt';
    // Under "2. Sở Nông nghiệp và Môi trường": "Chủ trì, phối hợp với Thuế tỉnh, Sở Công Thương, Sở Xây dựng triển khai …".
    expect(names(at(file, 70).coordinators)).toEqual(['Thuế tỉnh Lào Cai', 'Sở Công Thương', 'Sở Xây dựng']);
    // Under "3. Sở Công Thương": "Phối hợp với cơ quan Thuế, Sở Nông nghiệp và Môi trường rà soát …".
    expect(names(at(file, 78).coordinators)).toEqual(['Cơ quan Thuế', 'Sở Nông nghiệp và Môi trường']);
    expect(names(at(file, 113).coordinators)).toEqual(['Chính quyền địa phương']);
    // "Phối hợp tổ chức …" without "với" is the work, and names no partner; after "với" a group does.
    expect(partnersOf('Phối hợp tổ chức hội nghị tập huấn.')).toBeNull();
    // "Phối hợp chính quyền địa phương, Mặt trận cơ sở và các đoàn thể giám sát …" (tvpl-62f25a030c183151.md:390).
    expect(names(at('tvpl-62f25a030c183151.md', 390).coordinators)).toEqual([
      'Chính quyền địa phương',
      'Mặt trận cơ sở',
      'Các đoàn thể',
    ]);
    expect(partnersOf('Phối hợp với tổ chức, cá nhân liên quan kiểm tra.')).toBe('tổ chức, cá nhân liên quan');
  });

  it('Sở Công Thương Lào Cai: a "- Phối hợp với …" bullet of an item names coordinators of the item', () => {
    const file = 'lao-cai-sct-duthao-kh-de-an-08-2026.txt';
    // Item 1: its trailing line's units, and "Phối hợp với Sở Tài nguyên và Môi trường rà soát …" (line 44).
    expect(names(at(file, 41).coordinators)).toEqual([
      'Sở Tài nguyên và Môi trường',
      // "các sở, ban ngành và địa phương", the province's group of that name.
      'Các sở, ban, ngành, địa phương',
      'Phòng Quản lý Năng lượng',
      'Phòng Quản lý Thương mại',
    ]);
    // Item 5: "Phối hợp với Sở Nội vụ và các cơ sở đào tạo trên địa bàn (…) trong đào tạo …": the gloss ends the list.
    expect(names(at(file, 79).coordinators)).toContain('Các cơ sở đào tạo trên địa bàn');
    expect(names(at(file, 79).coordinators)).not.toContain('Trong đào tạo nguồn nhân lực phục vụ');
  });

  it('Đắk Lắk 0130 and 2530/QĐ-TTg: "lực lượng quân đội, công an" is one group; what follows "đặc biệt là" is no partner', () => {
    expect(names(at('tvpl-a49ef8a0da1f62dd.md', 312).coordinators)).toEqual([
      'Lực lượng quân đội, công an',
      'Ngành giáo dục',
    ]);
    const task = at('tvpl-646f0a00d4174382.md', 555);
    expect(names(task.coordinators)).toContain('Các địa phương lân cận');
    expect(names(task.coordinators).some((name) => name.includes('Hà Nội'))).toBe(false);
  });

  it('Hà Tĩnh 624 and Đồng Tháp 552: a duty opening "Hằng năm," recurs yearly; "Thường xuyên tổ chức …" states no time', () => {
    expect(at('tvpl-69db23c781b2e9aa.md', 474).timeframe).toBe('Hằng năm');
    expect(at('dong-thap-552-kh-ubnd-2025.txt', 410).timeframe).toBe('Định kỳ hằng năm');
    expect(at('tvpl-f1e0981425ec38be.md', 597).timeframe).toBeNull();
  });

  it('Hồ Chí Minh 172 and Lai Châu 7360: each ";" clause of "Cơ quan thực hiện:" that opens with who acts adds leads', () => {
    // "Sở Nội vụ chủ trì tham mưu …; Sở Tư pháp và các sở, ban, ngành Thành phố, Đài …, cơ quan thông
    // tấn báo chí và Ủy ban nhân dân xã, phường, đặc khu chủ động tổ chức triển khai …" (lines 85-89).
    expect(names(at('tvpl-2f6f80b9918e52de.md', 78).leads)).toHaveLength(6);
    expect(names(at('tvpl-2f6f80b9918e52de.md', 78).leads)[0]).toBe('Sở Nội vụ');
    // "Sở Khoa học và Công nghệ tiến hành rà soát …; các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát …".
    expect(names(at('lai-chau-7360-kh-ubnd-2025.txt', 85).leads)).toEqual([
      'Sở Khoa học và Công nghệ',
      'Các sở, ban, ngành',
      'Ủy ban nhân dân các xã, phường',
    ]);
  });

  it('Đồng Tháp 552 and Hồ Chí Minh 2853: "viện nghiên cứu" and "cơ quan thông tấn, báo chí" are groups, not the work', () => {
    expect(names(at('dong-thap-552-kh-ubnd-2025.txt', 490).coordinators)).toEqual([
      'Doanh nghiệp, viện nghiên cứu, trường đại học',
    ]);
    expect(names(at('tvpl-437c3beb60ae2874.md', 352).coordinators)).toEqual([
      'Cơ quan thông tấn, báo chí trên địa bàn Thành phố',
    ]);
  });

  it('Hồ Chí Minh 174: a heading printed as two bold blocks names all its agencies, and its second block is no task', () => {
    const file = 'tvpl-31fb08f34535fce3.md';
    // "**3. Đề nghị Ủy ban Mặt trận / Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**" / "**Phụ nữ Thành phố và các tổ / chức thành viên của Mặt trận**".
    expect(names(at(file, 424).leads)).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh',
      'Hội Liên hiệp Phụ nữ Thành phố Hồ Chí Minh',
      'Các tổ chức thành viên của Mặt trận',
    ]);
    expect(real(file).document.tasks.some((task) => task.source.lineStart === 421)).toBe(false);
  });

  it('Thành phố Hồ Chí Minh 563: "1. Giao Sở … chủ trì … các nhiệm vụ sau:" heads duties and is no task', () => {
    const file = 'tvpl-437c3beb60ae2874.md';
    expect(real(file).document.tasks.some((task) => task.source.lineStart === 329)).toBe(false);
    expect(at(file, 334).title).toMatch(/^Điều phối chung, đôn đốc, hướng dẫn việc triển khai Kế hoạch/);
  });
});

describe('a task table wherever its header row is', () => {
  it('Sở Công Thương Lào Cai KH-2242: the "PHÂN CÔNG NHIỆM VỤ" table after the signature, with no "PHỤ LỤC" heading, gives a task a row', async () => {
    const { document } = await corpus('files/KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx');
    const rows = document.tasks.filter((task) => task.source.lineStart >= 66);
    expect(rows.map((task) => [task.source.lineStart, task.code, task.title])).toEqual([
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
    // "Người thực hiện": the staff named in the cell, each a lead.
    expect(names(rows[0]!.leads)).toEqual(['Đỗ Mạnh Cường', 'Vũ Việt Linh', 'Nguyễn Thị Loan']);
    // The body's "III. TỔ CHỨC THỰC HIỆN" still gives its duties beside the table's rows.
    expect(names(at('KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx', 29, document.tasks).leads)).toEqual([
      'Phòng Quản lý Công nghiệp',
    ]);
  });

  it('Ủy ban Thường vụ Quốc hội 1339: the plan a resolution issues, printed as a table under its title, gives its laws as tasks', () => {
    const file = 'tvpl-ae8d299abf846604.md';
    expect(at(file, 44)).toMatchObject({ code: 'I', title: 'Văn bản thuộc thẩm quyền ban hành của Quốc hội' });
    const law = at(file, 46);
    expect(law.title).toMatch(/^Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Quốc hội/);
    expect(law.parent).toBe(at(file, 44).id);
    expect(names(at(file, 55).leads)).toEqual(['Ban Công tác đại biểu']);
  });

  it("tables that are no task tables give no tasks: a list of procedures, a circular's blank forms", () => {
    expect(real('tvpl-da8411114c03e36b.md').document.tasks).toEqual([]);
    expect(real('tvpl-e13e31ece6a27b0d.md').document.tasks).toEqual([]);
  });
});

describe('a plan that numbers its parts "1.", "2." …', () => {
  // The opening and assignment part of the Lào Cai inspection team's plan as its OCR reads
  // (../shared/corpus/files/KH-1105-DKT-ke-hoach-kiem-tra.pdf, lines 7-102, shortened).
  const plan = extractText(`SỞ CÔNG THƯƠNG
ĐOÀN KIỂM TRA

Số: 1105/KH-ĐKT
Lào Cai, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra việc chấp hành Quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp

1. Mục tiêu

- Đánh giá toàn diện, khách quan tình hình chấp hành các quy định của pháp luật.

2. Yêu cầu

- Hoàn thành nội dung kiểm tra theo đúng kế hoạch.

3. Đối tượng, nội dung kiểm tra:

3.1. Đối tượng kiểm tra: Quy định tại khoản 1 Điều 2 Quyết định số 1050/QĐ-SCT.

3.2. Nội dung kiểm tra

3.3. Thời gian kiểm tra: Dự kiến khoảng 02 ngày làm việc/01 đơn vị.

3.4. Địa điểm kiểm tra: Tại trụ sở làm việc và hiện trường khu vực sử dụng.

4. Phân công nhiệm vụ

4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo toàn diện hoạt động của Đoàn;

4.2. Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn: Tổng hợp, dự thảo Báo cáo kết quả kiểm tra của Đoàn.

5. Dự kiến các nguồn lực cho hoạt động kiểm tra chuyên ngành:

5.1. Kinh phí cho hoạt động kiểm tra: Được thực hiện theo quy định của pháp luật hiện hành.

Nơi nhận:
- Lưu: VT.
`);

  it('"4. Phân công nhiệm vụ" is its part of tasks: one task a member of the team, led by that person', () => {
    const tasks = plan.document.tasks;
    expect(tasks.map((task) => [task.code, task.title, names(task.leads)])).toEqual([
      ['4.1', 'Phụ trách chung; chỉ đạo toàn diện hoạt động của Đoàn', ['Hoàng Văn Thuân']],
      ['4.2', 'Tổng hợp, dự thảo Báo cáo kết quả kiểm tra của Đoàn', ['Đỗ Mạnh Cường']],
    ]);
  });

  it('the parameters of "3. Đối tượng, nội dung kiểm tra" and the resources of part 5 are no tasks', () => {
    expect(plan.document.tasks.some((task) => task.code?.startsWith('3') || task.code?.startsWith('5'))).toBe(false);
  });
});
