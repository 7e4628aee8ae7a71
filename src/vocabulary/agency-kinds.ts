/**
 * The kinds of agencies: what sort of body an agency is, the same in every province (the Sở Y tế
 * of Hưng Yên and of Lạng Sơn are both SO_Y_TE), and the names that name each kind. The
 * ingestion reads an agency's kind from its name with these (src/ingest/kinds.ts); the API's
 * AgencyKind enum is made of AGENCY_KINDS.
 *
 * What has a kind: the bodies every province has (its Sở, People's Committees at each level, the
 * Party committee, the police, the mass organisations …) and the ministries. A ministry is one
 * body, but its kind lets a question span it and the provinces' departments of its field. What
 * has none: a unit of a body (a Sở's Phòng, Chi cục or Trung tâm, a ministry's Vụ or Cục; reach
 * them with `includeUnits`), a body the list below does not name, and a collective (a group of
 * bodies: it lists the kinds it covers instead, see UBND_LEVEL_WORDS and COLLECTIVE_LEVEL_WORDS).
 *
 * The 2025 reorganisation renamed and merged departments and ministries. A kind names a body as
 * its name says, so a plan's "Sở Kế hoạch và Đầu tư" of 2023 is SO_KH_DT and never SO_TAI_CHINH:
 * the graph states what the text prints. KIND_PREDECESSORS records which former kinds were
 * merged whole into a 2025 one, for a question that wants both (`includePredecessors`).
 */

export const AGENCY_KINDS = [
  // The provinces' departments (Sở).
  'SO_KHCN',
  'SO_TT_TT',
  'SO_NN_PTNT',
  'SO_TN_MT',
  'SO_NN_MT',
  'SO_Y_TE',
  'SO_CONG_THUONG',
  'SO_GD_DT',
  'SO_LD_TBXH',
  'SO_KH_DT',
  'SO_TAI_CHINH',
  'SO_NOI_VU',
  'SO_DAN_TOC_TON_GIAO',
  'SO_XAY_DUNG',
  'SO_GTVT',
  'SO_NGOAI_VU',
  'SO_TU_PHAP',
  'SO_VH_TT_DL',
  'SO_VH_TT',
  'SO_DU_LICH',
  'SO_QH_KT',
  // Government and Party in a province.
  'UBND_TINH',
  'UBND_HUYEN',
  'UBND_XA',
  'VP_UBND_TINH',
  'HDND_TINH',
  'TINH_UY',
  'BTV_TINH_UY',
  'THANH_TRA_TINH',
  'BQL_KKT',
  'BAN_TDKT',
  // Provincial branches of national bodies, the armed forces, the press.
  'CONG_AN_TINH',
  'BCH_QUAN_SU_TINH',
  'CUC_THONG_KE_TINH',
  'THUE_TINH',
  'BHXH_TINH',
  'DIEN_LUC_TINH',
  'BAO_TINH',
  'DAI_PT_TH_TINH',
  'BAO_PT_TH_TINH',
  // The Fatherland Front and the mass organisations of a province.
  'MTTQ_TINH',
  'TINH_DOAN',
  'HOI_LHPN_TINH',
  'HOI_NONG_DAN_TINH',
  'HOI_CCB_TINH',
  'LDLD_TINH',
  'LIEN_MINH_HTX_TINH',
  'HIEP_HOI_DN_TINH',
  // Ministries.
  'BO_KHCN',
  'BO_TT_TT',
  'BO_NN_PTNT',
  'BO_TN_MT',
  'BO_NN_MT',
  'BO_Y_TE',
  'BO_CONG_THUONG',
  'BO_GD_DT',
  'BO_LD_TBXH',
  'BO_KH_DT',
  'BO_TAI_CHINH',
  'BO_NOI_VU',
  'BO_DAN_TOC_TON_GIAO',
  'BO_XAY_DUNG',
  'BO_GTVT',
  'BO_NGOAI_GIAO',
  'BO_TU_PHAP',
  'BO_VH_TT_DL',
  'BO_CONG_AN',
  'BO_QUOC_PHONG',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/**
 * The names of each kind, as a province prints them: "tỉnh" where the body names its province's
 * level ("Công an tỉnh"). A centrally-run city's names ("Thành ủy", "Ủy ban nhân dân thành phố")
 * are read from these with asCityName, as the agency dictionary's are. Abbreviations
 * (seed/abbreviations.json), case, diacritics, "và" and a trailing province name are ignored
 * when comparing, so "Sở KH&CN tỉnh Tây Ninh" is "Sở Khoa học và Công nghệ".
 */
export const KIND_NAMES: Readonly<Record<AgencyKind, readonly string[]>> = {
  SO_KHCN: ['Sở Khoa học và Công nghệ'],
  SO_TT_TT: ['Sở Thông tin và Truyền thông'],
  SO_NN_PTNT: ['Sở Nông nghiệp và Phát triển nông thôn'],
  SO_TN_MT: ['Sở Tài nguyên và Môi trường'],
  SO_NN_MT: ['Sở Nông nghiệp và Môi trường'],
  SO_Y_TE: ['Sở Y tế'],
  SO_CONG_THUONG: ['Sở Công Thương'],
  SO_GD_DT: ['Sở Giáo dục và Đào tạo'],
  SO_LD_TBXH: ['Sở Lao động - Thương binh và Xã hội'],
  SO_KH_DT: ['Sở Kế hoạch và Đầu tư'],
  SO_TAI_CHINH: ['Sở Tài chính'],
  SO_NOI_VU: ['Sở Nội vụ'],
  SO_DAN_TOC_TON_GIAO: ['Sở Dân tộc và Tôn giáo'],
  SO_XAY_DUNG: ['Sở Xây dựng'],
  SO_GTVT: ['Sở Giao thông vận tải'],
  SO_NGOAI_VU: ['Sở Ngoại vụ'],
  SO_TU_PHAP: ['Sở Tư pháp'],
  SO_VH_TT_DL: ['Sở Văn hóa, Thể thao và Du lịch'],
  SO_VH_TT: ['Sở Văn hóa và Thể thao'],
  SO_DU_LICH: ['Sở Du lịch'],
  SO_QH_KT: ['Sở Quy hoạch - Kiến trúc'],
  UBND_TINH: ['Ủy ban nhân dân tỉnh'],
  // A People's Committee below the province is named by its place: see UBND_LEVEL_WORDS.
  UBND_HUYEN: [],
  UBND_XA: [],
  VP_UBND_TINH: ['Văn phòng Ủy ban nhân dân tỉnh'],
  HDND_TINH: ['Hội đồng nhân dân tỉnh'],
  TINH_UY: ['Tỉnh ủy', 'Ban Chấp hành Đảng bộ tỉnh'],
  BTV_TINH_UY: ['Ban Thường vụ Tỉnh ủy'],
  THANH_TRA_TINH: ['Thanh tra tỉnh'],
  BQL_KKT: ['Ban Quản lý Khu kinh tế tỉnh'],
  BAN_TDKT: ['Ban Thi đua - Khen thưởng tỉnh'],
  CONG_AN_TINH: ['Công an tỉnh'],
  // Hà Nội's and Thành phố Hồ Chí Minh's military command is a Bộ Tư lệnh.
  BCH_QUAN_SU_TINH: ['Bộ Chỉ huy Quân sự tỉnh', 'Bộ Tư lệnh Thủ đô', 'Bộ Tư lệnh Thành phố', 'Bộ Tư lệnh'],
  CUC_THONG_KE_TINH: ['Cục Thống kê tỉnh'],
  THUE_TINH: ['Thuế tỉnh'],
  BHXH_TINH: ['Bảo hiểm xã hội tỉnh'],
  DIEN_LUC_TINH: ['Điện lực tỉnh', 'Công ty Điện lực tỉnh'],
  BAO_TINH: ['Báo tỉnh'],
  DAI_PT_TH_TINH: ['Đài Phát thanh và Truyền hình tỉnh'],
  BAO_PT_TH_TINH: ['Báo và Phát thanh, Truyền hình tỉnh'],
  MTTQ_TINH: [
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    'Ủy ban Mặt trận Tổ quốc tỉnh',
    'Mặt trận Tổ quốc Việt Nam tỉnh',
  ],
  TINH_DOAN: ['Tỉnh đoàn', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh', 'Đoàn TNCS Hồ Chí Minh tỉnh'],
  HOI_LHPN_TINH: ['Hội Liên hiệp Phụ nữ tỉnh'],
  HOI_NONG_DAN_TINH: ['Hội Nông dân tỉnh'],
  HOI_CCB_TINH: ['Hội Cựu chiến binh tỉnh'],
  LDLD_TINH: ['Liên đoàn Lao động tỉnh'],
  LIEN_MINH_HTX_TINH: ['Liên minh Hợp tác xã tỉnh'],
  HIEP_HOI_DN_TINH: ['Hiệp hội Doanh nghiệp tỉnh'],
  BO_KHCN: ['Bộ Khoa học và Công nghệ'],
  BO_TT_TT: ['Bộ Thông tin và Truyền thông'],
  BO_NN_PTNT: ['Bộ Nông nghiệp và Phát triển nông thôn'],
  BO_TN_MT: ['Bộ Tài nguyên và Môi trường'],
  BO_NN_MT: ['Bộ Nông nghiệp và Môi trường'],
  BO_Y_TE: ['Bộ Y tế'],
  BO_CONG_THUONG: ['Bộ Công Thương'],
  BO_GD_DT: ['Bộ Giáo dục và Đào tạo'],
  BO_LD_TBXH: ['Bộ Lao động - Thương binh và Xã hội'],
  BO_KH_DT: ['Bộ Kế hoạch và Đầu tư'],
  BO_TAI_CHINH: ['Bộ Tài chính'],
  BO_NOI_VU: ['Bộ Nội vụ'],
  BO_DAN_TOC_TON_GIAO: ['Bộ Dân tộc và Tôn giáo'],
  BO_XAY_DUNG: ['Bộ Xây dựng'],
  BO_GTVT: ['Bộ Giao thông vận tải'],
  BO_NGOAI_GIAO: ['Bộ Ngoại giao'],
  BO_TU_PHAP: ['Bộ Tư pháp'],
  BO_VH_TT_DL: ['Bộ Văn hóa, Thể thao và Du lịch'],
  BO_CONG_AN: ['Bộ Công an'],
  BO_QUOC_PHONG: ['Bộ Quốc phòng'],
};

/**
 * The level a People's Committee names after "Ủy ban nhân dân" (or "UBND"), and its kind:
 * "UBND huyện Lục Ngạn", "UBND thành phố Bắc Giang" (a province's city, a district-level body;
 * a centrally-run city's own committee is UBND_TINH by its name above), "UBND xã Lương Minh".
 * A collective is read the same way by the first level it names: "UBND các huyện, thị xã,
 * thành phố" covers UBND_HUYEN, "UBND các tỉnh, thành phố" UBND_TINH.
 */
export const UBND_LEVEL_WORDS: readonly (readonly [string, AgencyKind])[] = [
  ['tỉnh', 'UBND_TINH'],
  ['huyện', 'UBND_HUYEN'],
  ['quận', 'UBND_HUYEN'],
  ['thị xã', 'UBND_HUYEN'],
  ['thành phố', 'UBND_HUYEN'],
  ['xã', 'UBND_XA'],
  ['phường', 'UBND_XA'],
  ['thị trấn', 'UBND_XA'],
  ['đặc khu', 'UBND_XA'],
];

/** Words a collective's name may open with before the bodies it names: "Các Sở Y tế", "Chủ tịch UBND các xã". */
export const COLLECTIVE_LEAD_WORDS = ['Các', 'Chủ tịch', 'Giám đốc', 'Thủ trưởng'] as const;

/**
 * Words between "Ủy ban nhân dân" and the level in a collective's name ("UBND các huyện", "UBND
 * cấp xã"), and the word after which one kind's name is followed by the places it spans ("Sở Y tế
 * các tỉnh, thành phố", "Công an các tỉnh"). "Các sở, ban, ngành" names no kind and covers none:
 * which departments it means is not said.
 */
export const COLLECTIVE_LEVEL_WORDS = ['các', 'cấp'] as const;

/**
 * The kinds merged whole into a kind in the 2025 reorganisation: Sở Nông nghiệp và Môi trường
 * from the Sở Nông nghiệp và Phát triển nông thôn and the Sở Tài nguyên và Môi trường; Sở Tài
 * chính took in the Sở Kế hoạch và Đầu tư; Sở Khoa học và Công nghệ the Sở Thông tin và
 * Truyền thông; Sở Xây dựng the Sở Giao thông vận tải; the ministries alike. A body whose
 * duties were split among several (Sở Lao động - Thương binh và Xã hội, between the Sở Nội vụ,
 * Sở Y tế and Sở Giáo dục và Đào tạo) is no one's predecessor: no one kind carries its tasks.
 */
export const KIND_PREDECESSORS: Readonly<Partial<Record<AgencyKind, readonly AgencyKind[]>>> = {
  SO_NN_MT: ['SO_NN_PTNT', 'SO_TN_MT'],
  SO_TAI_CHINH: ['SO_KH_DT'],
  SO_KHCN: ['SO_TT_TT'],
  SO_XAY_DUNG: ['SO_GTVT'],
  BO_NN_MT: ['BO_NN_PTNT', 'BO_TN_MT'],
  BO_TAI_CHINH: ['BO_KH_DT'],
  BO_KHCN: ['BO_TT_TT'],
  BO_XAY_DUNG: ['BO_GTVT'],
};

/** A kind with the kinds merged into it (itself first). */
export function withPredecessors(kind: AgencyKind): AgencyKind[] {
  return [kind, ...(KIND_PREDECESSORS[kind] ?? [])];
}
