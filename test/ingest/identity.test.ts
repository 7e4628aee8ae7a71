/**
 * A document's identity and lineage as a reader finds them in the real corpus
 * (../shared/corpus/real and files, read where they are) and in small texts written here: its
 * symbol, kind, date, province, issuer and id, and what it says it carries out.
 */
import { describe, expect, it } from 'vitest';
import { corpus, extractText } from '../helpers/ingest.js';

const symbols = (refs: { symbol: string | null }[]) => refs.map((ref) => ref.symbol);

describe('lineage: what a document says it carries out', () => {
  it('Đồng Tháp 552: a plan whose opening is one "Căn cứ" list implements nothing, and cites those bases', async () => {
    const plan = await corpus('real/dong-thap-552-kh-ubnd-2025.txt');
    expect(plan.document.implements).toEqual([]);
    expect(symbols(plan.document.cites)).toEqual(
      expect.arrayContaining(['57-NQ/TW', '71/NQ-CP', '10-CTr/TU', '283/KH-UBND']),
    );
  });

  it('Hà Nội 308: every document of the "Thực hiện A; B; C; D" list, a symbol with its year among them', async () => {
    const plan = await corpus('real/ha-noi-308-kh-ubnd-2025.txt');
    expect(symbols(plan.document.implements)).toEqual(['214/NQ-CP', '278/2025/NĐ-CP', '142/QĐ-TTg', '1229/QĐ-UBND']);
    expect(plan.citedDocuments.find((doc) => doc.symbol === '278/2025/NĐ-CP')).toMatchObject({
      id: 'doc/vn/cp/nd/2025/278',
      issuedOn: '2025-10-22',
      province: null,
    });
  });

  it('Nghệ An 987: the three plans of the "Triển khai" list, not what those plans implement', async () => {
    const plan = await corpus('real/nghe-an-987-kh-ubnd-2025.txt');
    expect(symbols(plan.document.implements)).toEqual(['328-KH/TU', '348/KH-UBND', '01/KH-BCĐ']);
    const edges = plan.lineage.map((edge) => `${edge.from} -> ${edge.to}`);
    expect(edges).toContain('doc/nghe-an/ubnd/kh/2025/348 -> doc/vn/cp/nq/2025/71');
    expect(edges).toContain('doc/nghe-an/tu/kh/2025/328 -> doc/vn/tw/nq/2024/57');
  });

  it('bcdqg1237-252: the title\'s "1237/QĐ-TTG" in capitals is the "1237/QĐ-TTg" of its "Căn cứ", once', async () => {
    const plan = await corpus('real/bcdqg1237-252-kh-bcdqg1237-2013.txt');
    expect(symbols(plan.document.implements)).toEqual(['1237/QĐ-TTg']);
    expect(symbols(plan.document.cites)).toEqual(expect.arrayContaining(['24-CT/TW', '1753/QĐ-TTg']));
  });

  it('Hồ Chí Minh 2820: a decision implements what its Điều 1 and title name, not its "Căn cứ" or its "Theo đề nghị"', async () => {
    const decision = await corpus('real/ho-chi-minh-2820-qd-ubnd-2025.txt');
    expect(symbols(decision.document.implements)).toEqual(['06/QĐ-TTg', '3103/QĐ-BTC']);
    expect(symbols(decision.document.cites)).toEqual(expect.arrayContaining(['03/NQ-CP', '4354/KH-UBND']));
  });

  it('Cần Thơ 165: a "Thực hiện" list runs on into the next paragraph ("Công văn số 6676/BYT-CDS")', async () => {
    const plan = await corpus('real/tvpl-a83fffe08d7aeed7.md');
    expect(symbols(plan.document.implements)).toEqual(['27/CT-TTg', '6676/BYT-CDS']);
  });

  it('Hồ Chí Minh 174: "Thông tri số 02-TT/TU … và hướng dẫn của Bộ Nội vụ tại Công văn số 8935/BNV-CTTN&BĐG"', async () => {
    const plan = await corpus('real/tvpl-31fb08f34535fce3.md');
    expect(symbols(plan.document.implements)).toEqual(['02-TT/TU', '8935/BNV-CTTN&BĐG']);
  });

  it('Lào Cai Sở Công Thương: the title\'s "Đề án số 08" is the 08-ĐA/TU its "Căn cứ" prints', async () => {
    const plan = await corpus('real/lao-cai-sct-duthao-kh-de-an-08-2026.txt');
    expect(symbols(plan.document.implements)).toEqual(['08-ĐA/TU']);
  });

  it('Hồ Chí Minh 2853: a plan carrying out a Đề án by its name implements the decision approving it', async () => {
    const decision = await corpus('real/tvpl-437c3beb60ae2874.md');
    expect(symbols(decision.document.implements)).toEqual(['553/QĐ-TTg']);
  });

  it('Bộ VHTTDL 4385: a Quy hoạch carried out by name is the decision approving it and those approving its adjustments', async () => {
    const decision = await corpus('real/tvpl-448306af3d3a91f7.md');
    expect(symbols(decision.document.implements)).toEqual(['991/QĐ-TTg', '1226/QĐ-BVHTTDL', '2657/QĐ-BVHTTDL']);
  });
});

describe('identity: symbol, kind, date, province, issuer', () => {
  it('the Government, a ministry, a national steering committee: national, though signed "Hà Nội, ngày …"', async () => {
    const government = await corpus('real/chinh-phu-03-nq-cp-2025.txt');
    expect(government.document).toMatchObject({
      id: 'doc/vn/cp/nq/2025/03',
      province: null,
      issuer: { name: 'Chính phủ' },
    });
    expect((await corpus('real/tvpl-448306af3d3a91f7.md')).document).toMatchObject({
      province: null,
      issuer: { name: 'Bộ Văn hóa, Thể thao và Du lịch' },
    });
    expect((await corpus('real/tvpl-da8411114c03e36b.md')).document).toMatchObject({
      province: null,
      issuer: { name: 'Bộ Xây dựng' },
    });
    expect((await corpus('real/bcdqg1237-252-kh-bcdqg1237-2013.txt')).document).toMatchObject({
      id: 'doc/vn/bcdqg1237/kh/2013/252',
      symbol: '252/KH-BCĐQG1237',
      province: null,
      issuer: { name: 'Ban Chỉ đạo quốc gia về tìm kiếm, quy tập hài cốt liệt sĩ' },
    });
  });

  it('Bộ Công Thương 56: a circular whose symbol prints its year', async () => {
    expect((await corpus('real/tvpl-e13e31ece6a27b0d.md')).document).toMatchObject({
      id: 'doc/vn/bct/tt/2025/56',
      symbol: '56/2025/TT-BCT',
      kind: 'OTHER',
      province: null,
    });
  });

  it('UBTVQH 1339: a resolution copied without its header is named by the plan it issues', async () => {
    expect((await corpus('real/tvpl-ae8d299abf846604.md')).document).toMatchObject({
      symbol: '1339/NQ-UBTVQH15',
      kind: 'RESOLUTION',
      issuedOn: '2024-12-28',
      province: null,
      issuer: { name: 'Ủy ban Thường vụ Quốc hội' },
    });
  });

  it("Bộ VHTTDL 6225: an official letter, its symbol from the web copy's panel and not from its text", async () => {
    expect((await corpus('real/tvpl-987cadc82373c854.md')).document).toMatchObject({
      id: 'doc/vn/bvhttdl/cv/2025/6225',
      symbol: '6225/BVHTTDL-VP',
      kind: 'OFFICIAL_LETTER',
      province: null,
      issuer: { name: 'Bộ Văn hóa, Thể thao và Du lịch' },
    });
  });

  it('Hồ Chí Minh 2853: the place wrapped over two lines ("Thành phố Hồ" / "Chí Minh, ngày …")', async () => {
    expect((await corpus('real/tvpl-437c3beb60ae2874.md')).document.province).toBe('Thành phố Hồ Chí Minh');
  });

  it('Lương Minh 16: the issuer is the commune Fatherland Front board that closes the plan', async () => {
    expect((await corpus('real/quang-ninh-luong-minh-16-kh-mttq-btt-2025.txt')).document.issuer?.name).toBe(
      'Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh',
    );
  });

  it('Lào Cai Sở Công Thương: the draft header in one table cell gives its date with a blank day, "2026-04"', async () => {
    const text = await corpus('real/lao-cai-sct-duthao-kh-de-an-08-2026.txt');
    expect(text.document).toMatchObject({ symbol: null, issuedOn: '2026-04', issuer: { name: 'Sở Công Thương' } });
    expect((await corpus('files/ke-hoach-thuc-hien-de-an-08.docx')).document.id).toBe(text.document.id);
  });

  it('an official letter: a symbol with no kind code, a subject line, a blank day', () => {
    const letter = extractText(
      [
        'BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'CỤC HÓA CHẤT | Độc lập - Tự do - Hạnh phúc',
        'Số: 813/HC-CNHC | Hà Nội, ngày    tháng 4 năm 2026',
        'V/v trao đổi về một số quy định trong lĩnh vực hóa chất',
        '',
        'Kính gửi: Cục Hải quan',
        '',
        'Cục Hóa chất có ý kiến như sau:',
        '',
        '1. Về công bố mục đích sử dụng hóa chất',
        '',
        'Nơi nhận:',
        '- Như trên;',
      ].join('\n'),
      'cv-813.txt',
    );
    expect(letter.document).toMatchObject({
      id: 'doc/vn/hc/cv/2026/813',
      symbol: '813/HC-CNHC',
      kind: 'OFFICIAL_LETTER',
      issuedOn: '2026-04',
      province: null,
      issuer: { name: 'Cục Hóa chất' },
      title: 'V/v trao đổi về một số quy định trong lĩnh vực hóa chất',
    });
  });
});

describe('ids of documents printed without a number', () => {
  const drafts = [
    'files/KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx',
    'files/KH-3024_27.5.2026_Ky-rieng-Sin-Quyen.docx',
    'files/KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx',
    'files/KH-3957_3.7.2026_Kiem-tra-cap-GCN-19-don-vi.docx',
  ];

  it('four Lào Cai Sở Công Thương plans, three with one title, dated in four months, are four documents', async () => {
    const ids = await Promise.all(drafts.map(async (file) => (await corpus(file)).document.id));
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^doc\/lao-cai\/sct\/kh\/2026\/x-[0-9a-f]{8}$/);
  });

  it('a renamed copy of a file is the same document', async () => {
    const original = await corpus(drafts[0]!);
    const renamed = await corpus(drafts[0]!, 'ban-sao.docx');
    expect(renamed.document.id).toBe(original.document.id);
  });

  it('two drafts that print different dates are two documents, one printed twice is one', () => {
    const draft = (date: string) =>
      extractText(
        `UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\n\nSố:     /KH-SCT\n\nLào Cai, ngày ${date}\n\nKẾ HOẠCH\nKiểm tra an toàn vật liệu nổ công nghiệp\n\nI. NHIỆM VỤ\n1. Kiểm tra các đơn vị\n`,
      ).document;
    const april = draft('    tháng 4 năm 2026');
    expect(april).toMatchObject({ symbol: null, issuedOn: '2026-04' });
    expect(draft('    tháng 7 năm 2026').id).not.toBe(april.id);
    expect(draft('    tháng 4 năm 2026').id).toBe(april.id);
  });
});
