/**
 * Agency kinds read in ingestion: the same kind for the same sort of body in every province, the
 * 2025 departments under their own names, no kind for units and names no kind names, and the
 * kinds a collective's name says it covers. On the seeds and the real corpus in ../shared.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AgencyDirectory } from '../../src/ingest/agencies.js';
import { type AgencyRecord, type DocumentExtraction } from '../../src/ingest/index.js';
import { dictionaries, extractSeed, real, REAL, SEEDS } from '../helpers/ingest.js';

function agency(extraction: DocumentExtraction, id: string): AgencyRecord {
  const found = extraction.agencies.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no agency "${id}" in ${extraction.document.source?.file}`);
  return found;
}

describe('agency kinds in the seeds', () => {
  it('gives the Sở Y tế of Hưng Yên and of Lạng Sơn one kind, as two agencies', () => {
    const hungYen = agency(extractSeed(SEEDS.hungYen), 'agency/hung-yen/so-y-te');
    const langSon = agency(extractSeed(SEEDS.langSon), 'agency/lang-son/so-y-te');
    expect([hungYen.kind, langSon.kind]).toEqual(['SO_Y_TE', 'SO_Y_TE']);
    expect(hungYen.id).not.toBe(langSon.id);
  });

  it('reads the kind of every lead the Hưng Yên plan names in its row III.3 (Sở Y tế)', () => {
    const extraction = extractSeed(SEEDS.hungYen);
    const task = extraction.document.tasks.find((candidate) => candidate.code === 'III.3')!;
    expect(task.leads.map((lead) => agency(extraction, lead.id).kind)).toEqual(['SO_Y_TE']);
  });

  it("keeps a 2023 plan's Sở Kế hoạch và Đầu tư and Sở Nông nghiệp và Phát triển nông thôn under their own kinds", () => {
    const extraction = extractSeed(SEEDS.hungYen);
    expect(agency(extraction, 'agency/hung-yen/so-ke-hoach-dau-tu').kind).toBe('SO_KH_DT');
    expect(agency(extraction, 'agency/hung-yen/so-nong-nghiep-phat-trien-nong-thon').kind).toBe('SO_NN_PTNT');
    expect(agency(extraction, 'agency/hung-yen/so-tai-nguyen-moi-truong').kind).toBe('SO_TN_MT');
  });

  it("reads the province's People's Committee, its Party committee and standing committee", () => {
    const extraction = extractSeed(SEEDS.bacGiang2024);
    expect(agency(extraction, 'agency/bac-giang/ubnd').kind).toBe('UBND_TINH');
    expect(agency(extraction, 'agency/bac-giang/ban-thuong-vu-tinh-uy').kind).toBe('BTV_TINH_UY');
  });

  it("reads a district's People's Committee by its level, a province's city being one ('UBND thành phố Bắc Giang')", () => {
    const kinds = new Map(
      [...extractSeed(SEEDS.bacGiang2022).agencies, ...extractSeed(SEEDS.bacGiang2024).agencies].map((a) => [
        a.name,
        a.kind,
      ]),
    );
    expect(kinds.get('UBND huyện Lục Ngạn')).toBe('UBND_HUYEN');
    expect(kinds.get('UBND thành phố Bắc Giang')).toBe('UBND_HUYEN');
  });

  it("gives a Sở's units no kind of their own: they are reached through their Sở", () => {
    const extraction = extractSeed(SEEDS.tayNinh);
    const unit = agency(extraction, 'agency/tay-ninh/so-khoa-hoc-cong-nghe/phong-quan-ly-khoa-hoc');
    expect(unit.kind).toBeNull();
    expect(agency(extraction, unit.parent!).kind).toBe('SO_KHCN');
  });

  it('links "UBND các huyện, thành phố" (and "UBND cấp huyện") to the district committees it covers', () => {
    const bacGiang = agency(extractSeed(SEEDS.bacGiang2022), 'agency/bac-giang/ubnd-cac-huyen-thanh-pho');
    expect(bacGiang.aliases).toContain('UBND các huyện, thành phố');
    expect(bacGiang).toMatchObject({ isCollective: true, kind: null, coversKinds: ['UBND_HUYEN'] });
    const tayNinh = agency(extractSeed(SEEDS.tayNinh), 'agency/tay-ninh/ubnd-cac-huyen-thanh-pho');
    expect(tayNinh.aliases).toContain('UBND cấp huyện');
    expect(tayNinh.coversKinds).toEqual(['UBND_HUYEN']);
  });

  it('links "Các sở, ban, ngành" to no kind: the text does not say which departments', () => {
    const collective = agency(extractSeed(SEEDS.hungYen), 'agency/hung-yen/cac-so-ban-nganh');
    expect(collective).toMatchObject({ isCollective: true, kind: null, coversKinds: [] });
  });
});

describe('agency kinds in the real corpus', () => {
  it("gives the 2025 departments their own kinds (Lào Cai's draft plan)", () => {
    const extraction = real('lao-cai-duthao-kh-ubnd-chi-thi-11-ct-tu-2026.txt');
    expect(agency(extraction, 'agency/lao-cai/so-nong-nghiep-moi-truong').kind).toBe('SO_NN_MT');
    expect(agency(extraction, 'agency/lao-cai/so-tai-chinh').kind).toBe('SO_TAI_CHINH');
    expect(agency(extraction, 'agency/lao-cai/ubnd-cac-xa-phuong').coversKinds).toEqual(['UBND_XA']);
  });

  it("reads a centrally-run city's bodies as a province's: Thành ủy and UBND thành phố Cần Thơ", () => {
    const extraction = real('tvpl-a83fffe08d7aeed7.md');
    expect(agency(extraction, 'agency/can-tho/tinh-uy')).toMatchObject({ name: 'Thành ủy Cần Thơ', kind: 'TINH_UY' });
    expect(agency(extraction, 'agency/can-tho/ubnd').kind).toBe('UBND_TINH');
  });

  it("reads Thành phố Hồ Chí Minh's Bộ Tư lệnh as its military command", () => {
    const extraction = real('ho-chi-minh-2820-qd-ubnd-2025.txt');
    expect(agency(extraction, 'agency/thanh-pho-ho-chi-minh/bo-chi-huy-quan-su-tinh')).toMatchObject({
      name: 'Bộ Tư lệnh Thành phố Hồ Chí Minh',
      kind: 'BCH_QUAN_SU_TINH',
    });
  });

  it("reads the ministries of the Government's resolution, the former ones under their own names", () => {
    const extraction = real('chinh-phu-03-nq-cp-2025.txt');
    expect(agency(extraction, 'agency/vn/bo-cong-an').kind).toBe('BO_CONG_AN');
    expect(agency(extraction, 'agency/vn/bo-ke-hoach-dau-tu').kind).toBe('BO_KH_DT');
    expect(agency(extraction, 'agency/vn/ubnd-cac-tinh-thanh-pho').coversKinds).toEqual(['UBND_TINH']);
  });

  it('links a ministry\'s "Sở Văn hóa và Thể thao" (every province\'s) to the kind it names', () => {
    const extraction = real('tvpl-448306af3d3a91f7.md');
    expect(agency(extraction, 'agency/vn/so-van-hoa-the-thao')).toMatchObject({
      isCollective: true,
      kind: null,
      coversKinds: ['SO_VH_TT'],
    });
  });
});

describe('agency kinds over the seeds and the whole real corpus', () => {
  const all = [
    ...Object.values(SEEDS).map((file) => extractSeed(file)),
    ...fs.readdirSync(REAL).map((file) => real(file)),
  ].flatMap((extraction) => extraction.agencies);

  it("gives every province's department in the dictionary a Sở kind, and a ministry a BO_ kind", () => {
    const keys = new Set(
      dictionaries.agencies.provincial.map((entry) => entry.key).filter((key) => key.startsWith('so-')),
    );
    const departments = all.filter(
      (a) => keys.has(a.id.split('/')[2]!) && a.id.split('/').length === 3 && !a.isCollective,
    );
    expect(departments.length).toBeGreaterThan(100);
    for (const department of departments) expect(department.kind, department.id).toMatch(/^SO_/);
    // The ministries of the dictionary; Bộ Chính trị (the Politburo) is no ministry.
    const ministryIds = new Set(
      dictionaries.agencies.national
        .filter((entry) => entry.key.startsWith('bo-') && entry.key !== 'bo-chinh-tri')
        .map((entry) => `agency/vn/${entry.key}`),
    );
    const ministries = all.filter((a) => ministryIds.has(a.id));
    expect(ministries.length).toBeGreaterThan(15);
    for (const ministry of ministries) expect(ministry.kind, ministry.id).toMatch(/^BO_/);
  });

  it('gives no unit a kind, and no collective one', () => {
    const units = all.filter((a) => a.parent !== null && a.id.startsWith(`${a.parent}/`) && !a.isCollective);
    expect(units.length).toBeGreaterThan(20);
    for (const unit of units) expect(unit.kind, unit.id).toBeNull();
    for (const collective of all.filter((a) => a.isCollective)) expect(collective.kind, collective.id).toBeNull();
  });
});

describe('agency kinds of names the texts print', () => {
  const directory = new AgencyDirectory(dictionaries);
  const hungYen = { province: 'Hưng Yên', department: null };

  it('links "Sở Y tế các tỉnh, thành phố" to SO_Y_TE, and "Ban Chỉ đạo các tỉnh" to nothing', () => {
    expect(directory.resolve('Sở Y tế các tỉnh, thành phố', hungYen)).toMatchObject({
      isCollective: true,
      coversKinds: ['SO_Y_TE'],
    });
    expect(directory.resolve('Ban Chỉ đạo các tỉnh', hungYen).coversKinds).toEqual([]);
  });

  it('gives no kind to a name the vocabulary does not know, however close', () => {
    expect(directory.resolve('Trung tâm Y tế huyện Khoái Châu', hungYen).kind).toBeNull();
    expect(directory.resolve('Sở Y tế Hà Nội cũ', hungYen).kind).toBeNull();
  });

  it('reads a commune\'s committee by its level: "UBND xã Lương Minh"', () => {
    expect(directory.resolve('UBND xã Lương Minh', hungYen).kind).toBe('UBND_XA');
  });
});
