/**
 * How a mention as printed becomes an agency (src/ingest/agencies.ts and assignees.ts): the
 * departments of the 2025 reorganisation, the province-level bodies of the centrally-run cities,
 * and the facts of the corpus texts that depend on them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { AgencyDirectory, type AgencyContext } from '../../src/ingest/agencies.js';
import { extract, type DocumentExtraction } from '../../src/ingest/index.js';
import { dictionaries, extractSeed, SEEDS, taskByCode } from '../helpers/ingest.js';

const REAL = path.join(PROJECT_ROOT, '..', 'shared', 'corpus', 'real');
const cache = new Map<string, DocumentExtraction>();

function real(file: string): DocumentExtraction {
  let extraction = cache.get(file);
  if (extraction === undefined) {
    extraction = extract(fs.readFileSync(path.join(REAL, file)), file, dictionaries);
    cache.set(file, extraction);
  }
  return extraction;
}

const names = (refs: { name: string }[]) => refs.map((ref) => ref.name);
const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id);
const inProvince = (province: string | null): AgencyContext => ({ province, department: null });

describe('the departments of the 2025 reorganisation', () => {
  it('Đồng Tháp 552: "Sở Nông nghiệp và Môi trường" is one department, not Sở NN&PTNT and a "Sở Môi trường"', () => {
    const task = taskByCode(real('dong-thap-552-kh-ubnd-2025.txt'), 'III.1');
    expect(ids(task.leads)).toEqual(['agency/dong-thap/so-nong-nghiep-moi-truong']);
    expect(names(task.leads)).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  it('keeps the departments it replaced as their own agencies, for the plans of before', () => {
    const directory = new AgencyDirectory(dictionaries);
    const hungYen = inProvince('Hưng Yên');
    expect(directory.resolve('Sở NN&PTNT', hungYen).id).toBe('agency/hung-yen/so-nong-nghiep-phat-trien-nong-thon');
    expect(directory.resolve('Sở TN&MT', hungYen).id).toBe('agency/hung-yen/so-tai-nguyen-moi-truong');
    expect(directory.resolve('Sở NN&MT', hungYen).id).toBe('agency/hung-yen/so-nong-nghiep-moi-truong');
    expect(directory.resolve('Sở Dân tộc và Tôn giáo', hungYen).id).toBe('agency/hung-yen/so-dan-toc-ton-giao');
    // The merged departments kept their names, and so their ids.
    expect(directory.resolve('Sở Khoa học và Công nghệ', hungYen).id).toBe('agency/hung-yen/so-khoa-hoc-cong-nghe');
    expect(directory.resolve('Sở Tài chính', hungYen).id).toBe('agency/hung-yen/so-tai-chinh');
  });

  it('Đồng Nai 179: the merged "Báo và Phát thanh, Truyền hình Đồng Nai" is one body', () => {
    const directory = new AgencyDirectory(dictionaries);
    const agency = directory.resolve('Báo và Phát thanh, Truyền hình Đồng Nai', inProvince('Đồng Nai'));
    expect(agency.id).toBe('agency/dong-nai/bao-phat-thanh-truyen-hinh');
    expect(agency.name).toBe('Báo và Phát thanh, Truyền hình Đồng Nai');
  });

  it("reads the 2025 ministries in a ministry's and the Government's texts", () => {
    const directory = new AgencyDirectory(dictionaries);
    expect(directory.resolve('Bộ Nông nghiệp và Môi trường', inProvince(null)).id).toBe(
      'agency/vn/bo-nong-nghiep-moi-truong',
    );
    expect(directory.resolve('Bộ VHTTDL', inProvince(null)).name).toBe('Bộ Văn hóa, Thể thao và Du lịch');
    expect(directory.resolve('VTV', inProvince(null)).name).toBe('Đài Truyền hình Việt Nam');
  });
});

describe('the centrally-run cities', () => {
  it("Cần Thơ 157: the issuer is Ủy ban nhân dân thành phố Cần Thơ, with the id of a province's UBND", () => {
    const { document } = real('tvpl-3a2db039af8c2d05.md');
    expect(document.issuer).toEqual({ id: 'agency/can-tho/ubnd', name: 'Ủy ban nhân dân thành phố Cần Thơ' });
  });

  it('Hà Nội 308 and Hồ Chí Minh 2820: the issuer is named as the city names it', () => {
    expect(real('ha-noi-308-kh-ubnd-2025.txt').document.issuer?.name).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(real('ho-chi-minh-2820-qd-ubnd-2025.txt').document.issuer).toEqual({
      id: 'agency/thanh-pho-ho-chi-minh/ubnd',
      name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    });
  });

  it("Cần Thơ 165: the Party programmes it cites are the Thành ủy's, the body a province calls Tỉnh ủy", () => {
    const extraction = real('tvpl-a83fffe08d7aeed7.md');
    const programme = extraction.citedDocuments.find((doc) => doc.id === 'doc/can-tho/tu/ctr/2017/30');
    expect(programme?.issuer).toEqual({ id: 'agency/can-tho/tinh-uy', name: 'Thành ủy Cần Thơ' });
  });

  it("reads a city's bodies as the city writes them, under a province's ids", () => {
    const directory = new AgencyDirectory(dictionaries);
    const canTho = inProvince('Cần Thơ');
    expect(directory.resolve('UBND thành phố', canTho).id).toBe('agency/can-tho/ubnd');
    expect(directory.resolve('Ủy ban nhân dân Thành phố', canTho).id).toBe('agency/can-tho/ubnd');
    expect(directory.resolve('Ban Thường vụ Thành ủy', canTho).id).toBe('agency/can-tho/ban-thuong-vu-tinh-uy');
    expect(directory.resolve('Công an thành phố', canTho)).toMatchObject({
      id: 'agency/can-tho/cong-an-tinh',
      name: 'Công an thành phố Cần Thơ',
    });
    const haNoi = directory.resolve('Bộ Tư lệnh Thủ đô', inProvince('Hà Nội'));
    expect(haNoi).toMatchObject({ id: 'agency/ha-noi/bo-chi-huy-quan-su-tinh', name: 'Bộ Tư lệnh Thủ đô Hà Nội' });
    // A national plan names a city's committee: the same body.
    expect(directory.resolve('UBND thành phố Hà Nội', inProvince(null)).id).toBe('agency/ha-noi/ubnd');
    expect(directory.resolve('UBND TP. Hồ Chí Minh', inProvince(null)).id).toBe('agency/thanh-pho-ho-chi-minh/ubnd');
  });

  it('keeps "UBND thành phố X" of a province a district-level body, not the province\'s UBND', () => {
    const directory = new AgencyDirectory(dictionaries);
    const agency = directory.resolve('UBND thành phố Bắc Giang', inProvince('Bắc Giang'));
    expect(agency.id).not.toBe('agency/bac-giang/ubnd');
    expect(directory.resolve('Ủy ban nhân dân thành phố', inProvince('Bắc Giang')).id).not.toBe(
      'agency/bac-giang/ubnd',
    );
  });

  it('does not read "Đoàn Thanh niên Cộng sản Hồ Chí Minh" as a body of the city', () => {
    const directory = new AgencyDirectory(dictionaries);
    expect(directory.resolve('Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', inProvince('Hưng Yên')).id).toBe(
      'agency/hung-yen/tinh-doan',
    );
    expect(directory.resolve('Đoàn Thanh niên Cộng sản Hồ Chí Minh', inProvince('Hưng Yên')).province).toBe('Hưng Yên');
  });
});

describe("a province's kind of body in a national text", () => {
  it('leaves the issuer of a cited "…/KH-UBND" unguessed when no province is named', () => {
    const directory = new AgencyDirectory(dictionaries);
    expect(directory.matchPrefix('UBND tỉnh về việc', inProvince(null))).toBeNull();
    expect(directory.resolve('Sở Y tế', inProvince(null), true)).toMatchObject({
      id: 'agency/vn/so-y-te',
      isCollective: true,
    });
  });
});

describe('the seeds keep their agencies', () => {
  it('Hưng Yên: "UBND huyện, thị xã, thành phố" is still the one collective', () => {
    const task = taskByCode(extractSeed(SEEDS.hungYen), 'IV.3');
    expect(ids(task.coordinators)).toContain('agency/hung-yen/ubnd-cac-huyen-thanh-pho');
  });
});
