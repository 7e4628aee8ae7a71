/**
 * How a mention as printed becomes an agency (src/ingest/agencies.ts and assignees.ts): the
 * departments of the 2025 reorganisation, the province-level bodies of the centrally-run cities,
 * and the facts of the corpus texts that depend on them.
 */
import { describe, expect, it } from 'vitest';
import { AgencyDirectory, type AgencyContext } from '../../src/ingest/agencies.js';
import { splitAssignees } from '../../src/ingest/assignees.js';
import type { DocumentExtraction } from '../../src/ingest/index.js';
import { dictionaries, extractSeed, real, SEEDS, taskByCode } from '../helpers/ingest.js';

/** The task whose source starts at `line`; fails the test when there is none. */
function taskAt(extraction: DocumentExtraction, line: number) {
  const task = extraction.document.tasks.find((candidate) => candidate.source.lineStart === line);
  if (task === undefined) throw new Error(`no task at line ${line} of ${extraction.document.source?.file}`);
  return task;
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
    // Thừa Thiên Huế's provincial city, before Huế became a centrally-run city.
    expect(directory.resolve('UBND thành phố Huế', inProvince('Thừa Thiên Huế')).id).not.toBe('agency/hue/ubnd');
    expect(directory.resolve('UBND thành phố Huế', inProvince('Huế')).id).toBe('agency/hue/ubnd');
    // A province merged into a city in 2025 names the city itself.
    expect(directory.resolve('UBND Thành phố Hồ Chí Minh', inProvince('Bình Dương')).id).toBe(
      'agency/thanh-pho-ho-chi-minh/ubnd',
    );
  });

  it('does not read "Đoàn Thanh niên Cộng sản Hồ Chí Minh" as a body of the city', () => {
    const directory = new AgencyDirectory(dictionaries);
    expect(directory.resolve('Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', inProvince('Hưng Yên')).id).toBe(
      'agency/hung-yen/tinh-doan',
    );
    expect(directory.resolve('Đoàn Thanh niên Cộng sản Hồ Chí Minh', inProvince('Hưng Yên')).province).toBe('Hưng Yên');
  });

  it('Sơn La 2954: "Đoàn TNCS Hồ Chí Minh tỉnh", the lead of the youth union\'s duties, is the Tỉnh đoàn, the second of four leads', () => {
    const task = taskAt(real('tvpl-f1e0981425ec38be.md'), 585);
    expect(ids(task.leads)).toEqual([
      'agency/son-la/lien-minh-hop-tac-xa',
      'agency/son-la/tinh-doan',
      'agency/son-la/hoi-nong-dan',
      'agency/son-la/hiep-hoi-doanh-nghiep',
    ]);
  });

  it('1339/NQ-UBTVQH15: "Ban soạn thảo do UBTVQH thành lập" is the drafting board the Standing Committee set up', () => {
    const directory = new AgencyDirectory(dictionaries);
    expect(directory.key('Ban soạn thảo do UBTVQH thành lập', null)).toBe(
      directory.key('Ban soạn thảo do Ủy ban Thường vụ Quốc hội thành lập', null),
    );
    expect(names(taskAt(real('tvpl-ae8d299abf846604.md'), 46).leads)).toEqual(['Ban soạn thảo do UBTVQH thành lập']);
  });
});

describe("a province's kind of body in a national text", () => {
  it("4385/QĐ-BVHTTDL: the provinces' Sở Văn hóa, Thể thao và Du lịch / Sở Văn hóa và Thể thao are two groups", () => {
    const task = taskAt(real('tvpl-448306af3d3a91f7.md'), 393);
    expect(names(task.leads)).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở Văn hóa và Thể thao']);
    expect(task.leads.every((ref) => ref.id.startsWith('agency/vn/so-'))).toBe(true);
  });

  it('leaves the issuer of a cited "…/KH-UBND" unguessed when no province is named', () => {
    const directory = new AgencyDirectory(dictionaries);
    expect(directory.matchPrefix('UBND tỉnh về việc', inProvince(null))).toBeNull();
    expect(directory.resolve('Sở Y tế', inProvince(null), true)).toMatchObject({
      id: 'agency/vn/so-y-te',
      isCollective: true,
    });
  });
});

describe('lists of assignees', () => {
  const split = (list: string, province: string | null = 'Đồng Tháp') =>
    splitAssignees(list, new AgencyDirectory(dictionaries), inProvince(province));

  it('Đồng Tháp 552 I.4: "Viện, Trường; Doanh nghiệp, Sở, ban, ngành có liên quan" is three groups', () => {
    const task = taskByCode(real('dong-thap-552-kh-ubnd-2025.txt'), 'I.4');
    expect(names(task.coordinators)).toEqual(['Viện, Trường', 'Doanh nghiệp', 'Các sở, ban, ngành']);
    expect(task.coordinators.every((ref) => ref.id.startsWith('agency/dong-thap/'))).toBe(true);
    const agencies = real('dong-thap-552-kh-ubnd-2025.txt').agencies;
    const group = agencies.find((agency) => agency.id === 'agency/dong-thap/cac-so-ban-nganh');
    expect(group).toMatchObject({ isCollective: true });
    expect(group?.aliases).toContain('Sở, ban, ngành có liên quan');
    expect(agencies.find((agency) => agency.name === 'Viện, Trường')?.isCollective).toBe(true);
    expect(agencies.find((agency) => agency.name === 'Doanh nghiệp')?.isCollective).toBe(true);
  });

  it('Hồ Chí Minh 2820 I.1: "Các sở, ngành, UBND xã, phường, đặc khu" is two groups', () => {
    const task = taskByCode(real('ho-chi-minh-2820-qd-ubnd-2025.txt'), 'I.1');
    expect(ids(task.coordinators)).toEqual([
      'agency/thanh-pho-ho-chi-minh/cac-so-ban-nganh',
      'agency/thanh-pho-ho-chi-minh/ubnd-cac-xa-phuong',
    ]);
  });

  it('keeps a list of kinds one group, and splits names', () => {
    expect(split('Sở, ban, ngành có liên quan')).toEqual(['Sở, ban, ngành có liên quan']);
    expect(split('UBND xã, phường, đặc khu')).toEqual(['UBND xã, phường, đặc khu']);
    expect(split('Cơ quan, đơn vị có liên quan')).toEqual(['Cơ quan, đơn vị có liên quan']);
    expect(split('Các sở, ngành, đơn vị liên quan')).toEqual(['Các sở, ngành, đơn vị liên quan']);
    expect(split('Các trường Đại học, Viện, trung tâm nghiên cứu, doanh nghiệp')).toEqual([
      'Các trường Đại học, Viện, trung tâm nghiên cứu, doanh nghiệp',
    ]);
    expect(split('Bộ Tài chính, bộ, ngành liên quan', null)).toEqual(['Bộ Tài chính', 'Bộ, ngành liên quan']);
    // Hưng Yên IV.1: after a known group, a kind with its field is the next assignee.
    expect(split('các tổ chức chính trị, xã hội, tổ chức KH-CN, doanh nghiệp, cơ sở giáo dục đào tạo')).toEqual([
      'Các tổ chức chính trị, xã hội',
      'Tổ chức KH-CN',
      'Doanh nghiệp',
      'Cơ sở giáo dục đào tạo',
    ]);
    expect(split('Sở Y tế, Sở Tài chính và UBND các huyện')).toEqual(['Sở Y tế', 'Sở Tài chính', 'UBND các huyện']);
    expect(split('Các Sở: Y tế; Tài chính; Nội vụ')).toEqual(['Sở Y tế', 'Sở Tài chính', 'Sở Nội vụ']);
    expect(split('Các Cục: Di sản văn hóa, Bản quyền tác giả', null)).toEqual([
      'Cục Di sản văn hóa',
      'Cục Bản quyền tác giả',
    ]);
    expect(split('Sở Y tế, Tài chính')).toEqual(['Sở Y tế', 'Sở Tài chính']);
  });

  it('4385/QĐ-BVHTTDL: "Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch" is one group, the ministry\'s name whole', () => {
    expect(split('Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch', null)).toEqual([
      'Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch',
    ]);
    expect(split('Các đơn vị thuộc Bộ Văn hóa, Thể thao và Du lịch, Sở Y tế', null)).toEqual([
      'Các đơn vị thuộc Bộ Văn hóa, Thể thao và Du lịch',
      'Sở Y tế',
    ]);
    expect(names(taskAt(real('tvpl-448306af3d3a91f7.md'), 376).leads)).toEqual([
      'Các cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch',
    ]);
  });

  it('keeps a branch with its body and the levels with their group', () => {
    // Đồng Nai 179:1447, Cần Thơ 165:250.
    expect(split('Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II, Sở Tài chính')).toEqual([
      'Ngân hàng Nhà nước Việt Nam - Chi nhánh Khu vực II',
      'Sở Tài chính',
    ]);
    expect(split('các ngành, các cấp')).toEqual(['Các ngành, các cấp']);
  });

  it("keeps the fields of one name and a role's description together", () => {
    expect(split('Vụ Khoa học công nghệ, Đào tạo và Môi trường', null)).toEqual([
      'Vụ Khoa học công nghệ, Đào tạo và Môi trường',
    ]);
    expect(split('Trung tâm Xúc tiến đầu tư, thương mại và du lịch; Sở Công Thương')).toEqual([
      'Trung tâm Xúc tiến đầu tư, thương mại và du lịch',
      'Sở Công Thương',
    ]);
    expect(split('Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội')).toEqual([
      'Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội',
    ]);
    // The places of a shorthand list are still each a committee.
    expect(split('UBND huyện Tân Yên, Yên Thế, Lục Ngạn', 'Bắc Giang')).toEqual([
      'UBND huyện Tân Yên',
      'UBND huyện Yên Thế',
      'UBND huyện Lục Ngạn',
    ]);
  });

  it('splits where a separator is "và các", "/" or lost, and leaves glosses out', () => {
    expect(split('Bộ Xây dựng và các bộ, ngành liên quan', null)).toEqual(['Bộ Xây dựng', 'Các bộ, ngành liên quan']);
    expect(split('Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ', null)).toEqual([
      'Bộ Thông tin và Truyền thông',
      'Bộ Khoa học và Công nghệ',
    ]);
    expect(split('Sở Tài chính Các sở, ngành', 'Thành phố Hồ Chí Minh')).toEqual(['Sở Tài chính', 'Các sở, ngành']);
    expect(split('Sở Nội vụ (Cơ quan thường trực Ban Vì sự tiến bộ phụ nữ và Bình đẳng giới Thành phố)')).toEqual([
      'Sở Nội vụ',
    ]);
    expect(split('Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện')).toEqual(['Sở Y tế']);
    expect(split('Các đơn vị liên quan tiếp tục quan tâm đầu tư')).toEqual(['Các đơn vị liên quan']);
    expect(
      split('UBND các tỉnh, thành phố trực thuộc Trung ương theo chức năng, nhiệm vụ, quyền hạn được giao', null),
    ).toEqual(['UBND các tỉnh, thành phố trực thuộc Trung ương']);
    expect(split('UBND các tỉnh/ thành phố vùng đồng bằng sông Hồng và Đông Nam Bộ', null)).toEqual([
      'UBND các tỉnh/ thành phố vùng đồng bằng sông Hồng và Đông Nam Bộ',
    ]);
    expect(split('Các cơ quan liên quan đến công tác dân số')).toEqual(['Các cơ quan liên quan đến công tác dân số']);
    // A project's text read in the coordinators' cell is one mention, which resolution refuses.
    expect(split('- Nghiên cứu xây dựng lộ trình chi tiết tại Hà Nội, Thành phố Hồ Chí Minh', null)).toHaveLength(1);
    expect(split('Các địa phương Bắc Ninh, Bình Dương, An Giang', null)).toEqual([
      'Các địa phương Bắc Ninh, Bình Dương, An Giang',
    ]);
  });

  it('keeps a role with its portfolio, a group with its kinds or heads, and a body with its members one mention', () => {
    expect(split('Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng', 'Quảng Ninh')).toEqual([
      'Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng',
    ]);
    expect(
      split('Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng và lĩnh vực khác, Sở Nội vụ', 'Quảng Ninh'),
    ).toEqual(['Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng và lĩnh vực khác', 'Sở Nội vụ']);
    expect(split('UBND thành phố Hà Nội và UBND các tỉnh, thành phố khác (mạng lưới địa phương).', null)).toEqual([
      'UBND thành phố Hà Nội',
      'UBND các tỉnh, thành phố khác',
    ]);
    expect(split('Các Bộ, ngành, địa phương và đơn vị.', null)).toEqual(['Các Bộ, ngành, địa phương và đơn vị']);
    expect(split('các sở, ngành, địa phương và đơn vị có liên quan', 'Lạng Sơn')).toEqual([
      'Các sở, ngành, địa phương',
      'Đơn vị có liên quan',
    ]);
    expect(split('Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ', null)).toEqual([
      'Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ',
    ]);
    expect(
      split('Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh', null),
    ).toEqual(['Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Chủ tịch Ủy ban nhân dân các tỉnh']);
    expect(split('Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên', null)).toEqual([
      'Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên',
    ]);
    expect(split('Các bộ, ngành liên quan và chính quyền địa phương', null)).toEqual([
      'Các bộ, ngành liên quan',
      'Chính quyền địa phương',
    ]);
  });

  it('compares names with common misspellings mended: "Các đ/c Phó chỉ tịch" is "Các đồng chí Phó Chủ tịch"', () => {
    const directory = new AgencyDirectory(dictionaries);
    expect(directory.key('Các đ/c Phó chỉ tịch')).toBe(directory.key('Các đồng chí Phó Chủ tịch'));
    expect(directory.key('Văn phòng avf lĩnh vực khác')).toBe(directory.key('Văn phòng và lĩnh vực khác'));
  });
});

describe('mentions that are no agency', () => {
  it('2530/QĐ-TTg Phụ lục II: no project\'s text ("Xây dựng …", "Đầu tư …") is read as a lead', () => {
    const extraction = real('tvpl-646f0a00d4174382.md');
    const leads = extraction.document.tasks.flatMap((task) => names(task.leads));
    expect(leads.filter((name) => /^(Xây dựng|Yêu cầu|Đầu tư)\s/u.test(name))).toEqual([]);
  });

  it('Đồng Nai 179: the column heading "Nội dung" is no coordinator', () => {
    const extraction = real('dong-nai-179-kh-ubnd-2025.txt');
    expect(extraction.agencies.map((agency) => agency.name)).not.toContain('Nội dung');
  });
});

describe('the seeds keep their agencies', () => {
  it('Hưng Yên: "UBND huyện, thị xã, thành phố" is still the one collective', () => {
    const task = taskByCode(extractSeed(SEEDS.hungYen), 'IV.3');
    expect(ids(task.coordinators)).toContain('agency/hung-yen/ubnd-cac-huyen-thanh-pho');
  });
});
