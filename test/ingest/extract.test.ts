import { describe, expect, it } from 'vitest';
import type { DocumentExtraction } from '../../src/ingest/index.js';
import { extractSeed, extractText, seedLines, SEEDS, taskByCode } from '../helpers/ingest.js';

const names = (refs: { name: string }[]) => refs.map((ref) => ref.name);
const symbols = (refs: { symbol: string | null }[]) => refs.map((ref) => ref.symbol);

/** The symbols on every IMPLEMENTS path from the document up, as "a > b > c" strings. */
function chains(extraction: DocumentExtraction): string[] {
  const symbolOf = new Map<string, string>();
  for (const doc of extraction.citedDocuments) symbolOf.set(doc.id, doc.symbol ?? doc.id);
  const up = new Map<string, string[]>();
  up.set(
    extraction.document.id,
    extraction.document.implements.map((ref) => ref.id),
  );
  for (const edge of extraction.lineage) {
    if (edge.from === extraction.document.id) continue;
    up.set(edge.from, [...(up.get(edge.from) ?? []), edge.to]);
  }
  const out: string[] = [];
  const walk = (id: string, path: string[]) => {
    const next = up.get(id) ?? [];
    if (next.length === 0) out.push(path.join(' > '));
    for (const to of next) walk(to, [...path, symbolOf.get(to)!]);
  };
  walk(extraction.document.id, ['this']);
  return out.sort();
}

describe('the Bắc Giang 2024 biotech plan (appendix table)', () => {
  const plan = extractSeed(SEEDS.bacGiang2024);

  it('reads its identity from the header: blank number, month precision, the Sở as issuer', () => {
    expect(plan.document).toMatchObject({
      symbol: null,
      kind: 'PLAN',
      issuedOn: '2024-03',
      province: 'Bắc Giang',
      issuer: { name: 'Sở Khoa học và Công nghệ' },
      signer: 'Nguyễn Phúc Thương',
      inCorpus: true,
      layout: 'TABLE',
    });
    expect(plan.document.title).toMatch(/^Triển khai thực hiện Kế hoạch số 16\/KH-UBND/);
  });

  it('follows the title chain to 36-NQ/TW through 16/KH-UBND and 114-KH/TU', () => {
    expect(symbols(plan.document.implements)).toEqual(['16/KH-UBND']);
    expect(chains(plan)).toContain('this > 16/KH-UBND > 114-KH/TU > 36-NQ/TW');
  });

  it('leads task 1.2 by Trung tâm Ứng dụng KH&CN, coordinated among others by Báo Bắc Giang', () => {
    const task = taskByCode(plan, '1.2');
    expect(names(task.leads)).toEqual(['Trung tâm Ứng dụng Khoa học và Công nghệ']);
    expect(task.leads[0]!.id).toBe('agency/bac-giang/so-khoa-hoc-cong-nghe/trung-tam-ung-dung-khcn');
    expect(names(task.coordinators)).toEqual(
      expect.arrayContaining(['Báo Bắc Giang', 'Sở Thông tin và Truyền thông', 'Các phòng, đơn vị trực thuộc Sở']),
    );
    expect(task).toMatchObject({ timeframe: 'Hàng năm', recurrence: 'ANNUAL', parent: taskByCode(plan, '1').id });
    expect(task.expectedResult).toMatch(/^24 chuyên mục/);
  });

  it('keeps two leads printed in one cell ("Phòng A; Phòng B")', () => {
    expect(names(taskByCode(plan, '3.1').leads)).toEqual([
      'Phòng Quản lý Khoa học',
      'Phòng Quản lý Khoa học Công nghệ cơ sở và Sở hữu trí tuệ',
    ]);
  });

  it('makes group rows parent tasks and leaves an empty lead cell empty, with a warning', () => {
    const group = taskByCode(plan, '6');
    expect(group.leads).toEqual([]);
    expect(plan.document.tasks.filter((task) => task.parent === group.id).map((task) => task.code)).toEqual([
      '6.1',
      '6.2',
    ]);
    expect(taskByCode(plan, '6.1').leads).toEqual([]);
    expect(plan.warnings.map((w) => `${w.line}: ${w.message}`)).toContain(
      '249: task 6.1 has no lead: its "chủ trì" cell is empty',
    );
  });

  it('lists the 14 items of "II. NHIỆM VỤ VÀ GIẢI PHÁP", the duty of "IV. TỔ CHỨC THỰC HIỆN" and the 26 appendix rows, each once', () => {
    expect(plan.document.tasks).toHaveLength(41);
    // "Căn cứ Kế hoạch này …, Trưởng các phòng, đơn vị trực thuộc Sở xây dựng kế hoạch …" (line 201).
    const duty = plan.document.tasks.find((task) => task.source.lineStart === 201)!;
    expect(duty.code).toBeNull();
    expect(duty.timeframe).toBe('Định kỳ trước ngày 10/12 hàng năm');
    // The body's items carry their part's numeral, so item 3.1 is not the appendix row 3.1.
    const item = taskByCode(plan, 'II.3.1');
    expect(item.title).toBe('Nghiên cứu và ứng dụng CNSH trong nông nghiệp');
    expect(item.source.lineStart).toBe(53);
    expect(taskByCode(plan, '3.1').source.lineStart).toBe(231);
  });

  it('points every task at the lines it came from', () => {
    const lines = seedLines(SEEDS.bacGiang2024);
    for (const task of plan.document.tasks) {
      const printed = lines.slice(task.source.lineStart, task.source.lineEnd + 1).join(' ');
      if (task.code !== null) expect(printed, `task ${task.code}`).toContain(task.code.split('.').pop()!);
      expect(printed.replace(/\s+/g, ' '), `task ${task.code}`).toContain(task.title.slice(0, 30));
    }
  });
});

describe('the Hưng Yên plan (appendix table with Roman groups)', () => {
  const plan = extractSeed(SEEDS.hungYen);

  it('implements both 189/NQ-CP and 203-KH/TU, each reaching 36-NQ/TW', () => {
    expect(symbols(plan.document.implements).sort()).toEqual(['189/NQ-CP', '203-KH/TU']);
    expect(chains(plan)).toEqual(['this > 189/NQ-CP', 'this > 203-KH/TU > 36-NQ/TW']);
    expect(plan.citedDocuments.find((doc) => doc.symbol === '203-KH/TU')).toMatchObject({
      kind: 'PLAN',
      issuedOn: '2023-06-12',
      province: 'Hưng Yên',
      issuer: { name: 'Ban Thường vụ Tỉnh ủy Hưng Yên' },
      inCorpus: false,
    });
  });

  it('gives task II.2 five leads, Sở Công Thương among them, across a page break ("Sở Công" / "Thương")', () => {
    const task = taskByCode(plan, 'II.2');
    expect(task.leads).toHaveLength(5);
    expect(names(task.leads)).toContain('Sở Công Thương');
    expect(task.source.lineEnd).toBeGreaterThan(task.source.lineStart); // the row goes on after the header
  });

  it('expands "Các Sở: A; B; C" into one lead per Sở', () => {
    expect(names(taskByCode(plan, 'II.1').leads)).toEqual([
      'Sở Khoa học và Công nghệ',
      'Sở Nông nghiệp và Phát triển nông thôn',
      'Sở Tài nguyên và Môi trường',
      'Sở Công Thương',
      'Sở Y tế',
      'Sở Giáo dục và Đào tạo',
      'Sở Lao động - Thương binh và Xã hội',
    ]);
  });

  it('keeps collective assignees as collective agencies', () => {
    const collective = plan.agencies.filter((agency) => agency.isCollective).map((agency) => agency.name);
    expect(collective).toEqual(expect.arrayContaining(['Các sở, ban, ngành, địa phương', 'UBND các huyện, thành phố']));
    expect(names(taskByCode(plan, 'I.1').leads)).toEqual(['Các sở, ban, ngành, địa phương']);
  });

  it('unifies the spellings of Sở Nông nghiệp và Phát triển nông thôn, keeping each as an alias', () => {
    const agency = plan.agencies.find(
      (candidate) => candidate.id === 'agency/hung-yen/so-nong-nghiep-phat-trien-nong-thon',
    );
    expect(agency?.aliases).toEqual(
      expect.arrayContaining(['Sở Nông nghiệp và PTNT', 'Sở Nông nghiệp và Phát triển nông thôn']),
    );
    expect(agency?.parent).toBe('agency/hung-yen/ubnd');
  });

  it('reads the section domains and leaves the task without a lead whose cell is empty (III.6)', () => {
    expect(taskByCode(plan, 'III.3').domains).toEqual(['HEALTH']);
    expect(taskByCode(plan, 'III.7').domains).toEqual(['SECURITY']);
    expect(taskByCode(plan, 'III.6').leads).toEqual([]);
  });

  it('reads the GRDP targets with value, unit and year', () => {
    const grdp = plan.document.targets.filter((target) => /GRDP/.test(target.text));
    expect(grdp).toEqual([
      expect.objectContaining({ text: expect.stringMatching(/khoảng 7% vào GRDP/), value: 7, unit: '%', year: 2030 }),
      expect.objectContaining({ value: 10, valueMax: 15, unit: '%', year: 2045 }),
    ]);
    expect(grdp[0]!.source.file).toBe(SEEDS.hungYen);
  });
});

describe('the Tây Ninh plan (numbered items with assignment bullets)', () => {
  const plan = extractSeed(SEEDS.tayNinh);

  it('reaches 36-NQ/TW through 3300/KH-UBND and 180-CTr/TU', () => {
    expect(symbols(plan.document.implements)).toEqual(['3300/KH-UBND']);
    expect(chains(plan)).toContain('this > 3300/KH-UBND > 180-CTr/TU > 36-NQ/TW');
  });

  it('takes the date only the catalogue gives (the header prints none) and the province from the text', () => {
    expect(plan.document).toMatchObject({ issuedOn: '2024', province: 'Tây Ninh', layout: 'BULLETS' });
  });

  it('reads lead, coordinators and timeframe bullets of task 4.1', () => {
    const task = taskByCode(plan, '4.1');
    expect(names(task.leads)).toEqual(['Trung tâm Khoa học và Công nghệ']);
    expect(task).toMatchObject({ timeframe: 'Dự kiến 2024-2026', startYear: 2024, endYear: 2026 });
    expect(taskByCode(plan, '1.1')).toMatchObject({ recurrence: 'ONGOING' });
  });
});

describe('the Bắc Giang 2022 science-and-technology plan', () => {
  const plan = extractSeed(SEEDS.bacGiang2022);

  it('reaches 824/TB-BKHCN and not 36-NQ/TW', () => {
    const all = chains(plan).join('\n');
    expect(all).toContain('824/TB-BKHCN');
    expect(all).not.toContain('36-NQ/TW');
    expect(plan.citedDocuments.find((doc) => doc.symbol === '824/TB-BKHCN')).toMatchObject({
      kind: 'NOTICE',
      province: null,
      issuer: { name: 'Bộ Khoa học và Công nghệ' },
    });
  });

  it('forces no biotech domain on its general tasks', () => {
    const withDomain = plan.document.tasks.filter((task) => task.domains.length > 0);
    expect(withDomain.length).toBeLessThanOrEqual(plan.document.tasks.length / 3);
    expect(taskByCode(plan, '1.2').domains).toEqual([]); // a start-up "ecosystem" is no environment task
  });

  it('has the Bắc Giang application centre lead tasks here too', () => {
    expect(taskByCode(plan, '2').leads.map((lead) => lead.id)).toEqual([
      'agency/bac-giang/so-khoa-hoc-cong-nghe/trung-tam-ung-dung-khcn',
    ]);
  });
});

describe('the Lạng Sơn plan (one section per agency)', () => {
  const plan = extractSeed(SEEDS.langSon);

  it('turns each agency section into duties led by that agency', () => {
    expect(plan.document.layout).toBe('AGENCY_SECTIONS');
    const health = plan.document.tasks.filter((task) => task.code === 'IV.3');
    expect(health.map((task) => names(task.leads))).toEqual([['Sở Y tế']]);
    expect(health[0]!.domains).toEqual(['HEALTH']);
  });

  it('leads a "Phối hợp ..." duty by the agency of its section, coordinated by those it names', () => {
    // "7. Sở Nội vụ" / "Phối hợp Sở Khoa học và Công nghệ, các cơ quan liên quan tham mưu …" (line 586).
    const task = taskByCode(plan, 'IV.7');
    expect(task.text).toMatch(/^Phối hợp/);
    expect(names(task.leads)).toEqual(['Sở Nội vụ']);
    expect(names(task.coordinators)).toContain('Sở Khoa học và Công nghệ');
  });

  it('reads the items of "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" as tasks too, with no lead where none is named', () => {
    expect(taskByCode(plan, '3.4').title).toMatch(/^Lĩnh vực y dược: nghiên cứu, ứng dụng công nghệ sinh học/);
    expect(taskByCode(plan, '3.4').parent).toBe(taskByCode(plan, '3').id);
    expect(taskByCode(plan, '5').leads).toEqual([]);
  });

  it('scopes agencies to the province: Sở Y tế of Lạng Sơn is not that of Hưng Yên', () => {
    const ids = (extraction: DocumentExtraction) =>
      extraction.agencies.filter((agency) => agency.name === 'Sở Y tế').map((agency) => agency.id);
    expect(ids(plan)).toEqual(['agency/lang-son/so-y-te']);
    expect(ids(extractSeed(SEEDS.hungYen))).toEqual(['agency/hung-yen/so-y-te']);
  });
});

describe('every seed', () => {
  it.each(Object.values(SEEDS))('%s keeps provenance on its document, tasks and targets', (file) => {
    const plan = extractSeed(file);
    const lines = seedLines(file);
    const sources = [
      plan.document.source!,
      ...plan.document.tasks.map((t) => t.source),
      ...plan.document.targets.map((t) => t.source),
    ];
    for (const source of sources) {
      expect(source.file).toBe(file);
      expect(source.lineStart).toBeGreaterThanOrEqual(1);
      expect(source.lineEnd).toBeGreaterThanOrEqual(source.lineStart);
      expect(source.lineEnd).toBeLessThan(lines.length);
      expect(source.excerpt.length).toBeGreaterThan(0);
    }
  });

  it.each(Object.values(SEEDS))('%s gives every task a unique id that reads as its document and code', (file) => {
    const plan = extractSeed(file);
    const ids = plan.document.tasks.map((task) => task.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const task of plan.document.tasks) {
      expect(task.id.startsWith(plan.document.id.replace(/^doc\//, 'task/'))).toBe(true);
    }
  });
});

describe('broken and hostile plans', () => {
  // A small Bullets plan; tests change one thing in it.
  const plan = (tasks: string, head = 'UBND TỈNH BẮC GIANG\n\nBắc Giang, ngày 02 tháng 5 năm 2024\n\nKẾ HOẠCH\n') =>
    `${head}Triển khai Kế hoạch số 16/KH-UBND ngày 15/01/2024 của UBND tỉnh\n\nI. NHIỆM VỤ\n${tasks}\nNơi nhận:\n- Như trên;\n`;
  const warningsOf = (extraction: DocumentExtraction) =>
    extraction.warnings.map((warning) => `${warning.file}:${warning.line}: ${warning.message}`);

  it('reads a plan that names no province but cites a ".../KH-UBND", instead of crashing', () => {
    const extraction = extractText(
      plan('1. Ứng dụng công nghệ sinh học\n- Đơn vị chủ trì: Sở Y tế\n', 'KẾ HOẠCH\n'),
      'no-province.txt',
    );
    expect(extraction.document.province).toBeNull();
    expect(symbols(extraction.document.implements)).toEqual(['16/KH-UBND']);
    // Whose People's Committee issued 16/KH-UBND the text does not say: no issuer is guessed.
    expect(extraction.citedDocuments.find((doc) => doc.symbol === '16/KH-UBND')?.issuer).toBeNull();
    expect(names(taskByCode(extraction, '1').leads)).toEqual(['Sở Y tế']);
  });

  it('keeps every level of a deep number ("1.2.3.4.5", not "1.2.3.4")', () => {
    const extraction = extractText(
      plan(
        [
          '1. Nhóm nhiệm vụ',
          '1.2. Nhóm con',
          '1.2.3. Nhóm nhỏ',
          '1.2.3.4. Việc',
          '1.2.3.4.5. Việc sâu nhất',
          '- Đơn vị chủ trì: Sở Y tế',
          '1.2.3.4.6 Việc thứ hai',
          '- Đơn vị chủ trì: Sở Tài chính',
        ].join('\n'),
      ),
      'deep.txt',
    );
    expect(extraction.document.tasks.map((task) => task.code)).toEqual([
      '1',
      '1.2',
      '1.2.3',
      '1.2.3.4',
      '1.2.3.4.5',
      '1.2.3.4.6',
    ]);
    const deepest = taskByCode(extraction, '1.2.3.4.5');
    expect(deepest.title).toBe('Việc sâu nhất');
    expect(deepest.parent).toBe(taskByCode(extraction, '1.2.3.4').id);
    expect(names(deepest.leads)).toEqual(['Sở Y tế']);
    expect(names(taskByCode(extraction, '1.2.3.4.6').leads)).toEqual(['Sở Tài chính']);
  });

  it('makes no agency of code or stray symbols in a "chủ trì" list, and says so with file and line', () => {
    const extraction = extractText(
      plan(
        [
          '1. Ứng dụng công nghệ sinh học',
          "- Đơn vị chủ trì: Sở Y tế; '}) DETACH DELETE n //",
          '2. Bảo tồn nguồn gen',
          '- Đơn vị chủ trì: <script>alert(1)</script>',
          '- Đơn vị phối hợp: Sở Tài chính; 12/34 %%',
        ].join('\n'),
      ),
      'hostile.txt',
    );
    expect(names(taskByCode(extraction, '1').leads)).toEqual(['Sở Y tế']);
    expect(taskByCode(extraction, '2').leads).toEqual([]); // an empty lead, not a guessed one
    expect(names(taskByCode(extraction, '2').coordinators)).toEqual(['Sở Tài chính']);
    expect(names(extraction.agencies).filter((name) => /[{}<>'/%]/.test(name))).toEqual([]);
    const warnings = warningsOf(extraction);
    expect(warnings).toContainEqual(
      expect.stringMatching(/^hostile\.txt:9: "'}\) DETACH DELETE n \/\/" is not read as an agency: it holds "'"/),
    );
    expect(warnings).toContainEqual(
      expect.stringMatching(/^hostile\.txt:11: "<script>alert\(1\)<\/script>" is not read as an agency/),
    );
  });

  it('says why a plan with only the header row of its table has no tasks', () => {
    const extraction = extractText(
      `${plan('').replace('I. NHIỆM VỤ\n', 'I. MỤC ĐÍCH\nLàm tốt.\n')}\nPHỤ LỤC\nPhân công nhiệm vụ\nTT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n`,
      'header-row.txt',
    );
    expect(extraction.document.tasks).toEqual([]);
    expect(warningsOf(extraction)).toContain(
      'header-row.txt:16: no task found: the table at line 16 has only its header row',
    );
  });

  it('says why a header-only plan has no tasks', () => {
    const extraction = extractText(
      'UBND TỈNH BẮC GIANG\n\nKẾ HOẠCH\nTriển khai Kế hoạch số 16/KH-UBND ngày 15/01/2024 của UBND tỉnh\n',
      'header-only.txt',
    );
    expect(extraction.document.tasks).toEqual([]);
    expect(warningsOf(extraction)).toContain(
      'header-only.txt:1: no task found: the text has no part of tasks ("NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN") and no assignment table',
    );
  });

  it('reads the paragraph of a part of tasks that numbers no items as its task', () => {
    const extraction = extractText(plan('Các sở, ngành chủ động thực hiện.\n'), 'no-items.txt');
    expect(extraction.document.tasks.map((task) => [task.code, task.title, names(task.leads)])).toEqual([
      [null, 'Các sở, ngành chủ động thực hiện', ['Các sở, ban, ngành']],
    ]);
  });

  it('says why a part of tasks that only points to its appendix gives no tasks', () => {
    const extraction = extractText(plan('Nhiệm vụ cụ thể tại Phụ lục kèm theo.\n'), 'no-items.txt');
    expect(extraction.document.tasks).toEqual([]);
    expect(warningsOf(extraction)).toContain(
      'no-items.txt:8: no task found: the part "NHIỆM VỤ" at line 8 has no numbered items',
    );
  });
});
