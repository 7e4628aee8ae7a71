/**
 * Issuers as symbols and ids name them: the issuer codes of symbols ("UBND" in 16/KH-UBND, "TU"
 * in 114-KH/TU) and the code an issuer gets in a document's id when its symbol prints none.
 */

/**
 * The part of an issuer code that names the body: its first segment, without the number of a
 * legislature or a committee ("UBTVQH15" → "UBTVQH", "BCĐQG1237" → "BCĐQG", "BNN-KHCN" → "BNN"),
 * upper-cased.
 */
export function issuerCodeKey(code: string): string {
  return code.split('-')[0]!.replace(/\d+$/, '').toUpperCase();
}

/**
 * Issuer codes of national bodies (by issuerCodeKey): the Party's centre, the Government, the
 * Prime Minister, the National Assembly and its Standing Committee, the ministries, national
 * steering committees. A provincial body's code may start with B too ("BCĐ", a province's steering
 * committee; "BQL", a management board), so the ministries are listed, not matched by their B.
 */
export const NATIONAL_ISSUER_CODES =
  /^(TW|CP|TTG|QH|UBTVQH|BCT|BBT|CTN|VPCP|VPTW|BCĐQG|BCĐTW|BKHCN|BTC|BYT|BXD|BNV|BVHTTDL|BTTTT|BNN|BNNPTNT|BNNMT|BGDĐT|BLĐTBXH|LĐTBXH|BQP|BCA|BNG|BTP|BGTVT|BTNMT|BKHĐT|BDTTG)$/;

/**
 * Issuer codes of the Party's bodies, whose symbols put a hyphen before the kind ("114-KH/TU").
 * Not "BCT": the Politburo signs "/TW", and "…/TT-BCT" is the Ministry of Industry and Trade's.
 */
export const PARTY_ISSUER_CODES = /^(TW|TU|HU|ĐU|TƯ|BBT)$/;

/** Code spellings a symbol may print in capitals ("1237/QĐ-TTG" in a title): the usual spelling. */
export const SYMBOL_CODE_SPELLINGS: Readonly<Record<string, string>> = {
  CTR: 'CTr',
  TTG: 'TTg',
  TTR: 'TTr',
};

/** The agency (a dictionary key of seed/agencies.json) an issuer code stands for when a citation names none. */
export const ISSUER_CODE_AGENCIES: Readonly<Record<string, string>> = {
  CP: 'chinh-phu',
  TTG: 'thu-tuong-chinh-phu',
  QH: 'quoc-hoi',
  UBTVQH: 'uy-ban-thuong-vu-quoc-hoi',
  BKHCN: 'bo-khoa-hoc-cong-nghe',
  BCT: 'bo-cong-thuong',
  BXD: 'bo-xay-dung',
  BVHTTDL: 'bo-van-hoa-the-thao-du-lich',
  BYT: 'bo-y-te',
  BTC: 'bo-tai-chinh',
  UBND: 'ubnd',
  TU: 'tinh-uy',
  KHCN: 'so-khoa-hoc-cong-nghe',
  SKHCN: 'so-khoa-hoc-cong-nghe',
};

/** The issuer a document's own symbol names ("…/KH-SYT" → Sở Y tế), by dictionary key. */
export const SYMBOL_ISSUERS: Readonly<Record<string, string>> = {
  UBND: 'ubnd',
  KHCN: 'so-khoa-hoc-cong-nghe',
  SKHCN: 'so-khoa-hoc-cong-nghe',
  TU: 'tinh-uy',
  SYT: 'so-y-te',
  CP: 'chinh-phu',
  TTG: 'thu-tuong-chinh-phu',
  UBTVQH: 'uy-ban-thuong-vu-quoc-hoi',
  BKHCN: 'bo-khoa-hoc-cong-nghe',
  BCT: 'bo-cong-thuong',
  BXD: 'bo-xay-dung',
  BVHTTDL: 'bo-van-hoa-the-thao-du-lich',
};

/** The code an issuer (by dictionary key) gets in document ids when no symbol prints one. */
export const ISSUER_ID_CODES: Readonly<Record<string, string>> = {
  ubnd: 'ubnd',
  'so-khoa-hoc-cong-nghe': 'khcn',
  'so-cong-thuong': 'sct',
  'tinh-uy': 'tu',
  'ban-thuong-vu-tinh-uy': 'tu',
  'chinh-phu': 'cp',
  'bo-chinh-tri': 'tw',
  'ban-chap-hanh-trung-uong': 'tw',
  'thu-tuong-chinh-phu': 'ttg',
  'uy-ban-thuong-vu-quoc-hoi': 'ubtvqh',
  'bo-xay-dung': 'bxd',
  'bo-van-hoa-the-thao-du-lich': 'bvhttdl',
  'bo-cong-thuong': 'bct',
};

/**
 * Levels of a province's take-up of a document, told by who issued the implementing document (the
 * key of its issuer in seed/agencies.json): the provincial Party committee's programme or plan, the
 * People's Committee's plan, a department's (Sở) plan.
 */
export const IMPLEMENTATION_LEVELS = ['PARTY_PROGRAMME', 'UBND_PLAN', 'DEPARTMENT_PLAN'] as const;
export type ImplementationLevel = (typeof IMPLEMENTATION_LEVELS)[number];

/** The issuer keys of each level, as a pattern over the key (the third part of an agency id). */
export const IMPLEMENTATION_LEVEL_ISSUERS: Readonly<Record<ImplementationLevel, string>> = {
  PARTY_PROGRAMME: '^(tinh-uy|ban-thuong-vu-tinh-uy)$',
  UBND_PLAN: '^ubnd$',
  DEPARTMENT_PLAN: '^so-.+$',
};
