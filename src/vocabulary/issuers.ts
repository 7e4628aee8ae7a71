/**
 * Issuers as symbols and ids name them: the issuer codes of symbols ("UBND" in 16/KH-UBND, "TU"
 * in 114-KH/TU) and the code an issuer gets in a document's id when its symbol prints none.
 */

/** Issuer codes of national bodies: Trung ương, Chính phủ, Thủ tướng, Quốc hội ... and ministries (B...). */
export const NATIONAL_ISSUER_CODES = /^(TW|CP|TTG|QH|UBTVQH|BCT|BBT|CTN|VPCP|B[A-ZĐ]{2,})$/;

/** Issuer codes of the Party's bodies, whose symbols put a hyphen before the kind ("114-KH/TU"). */
export const PARTY_ISSUER_CODES = /^(TW|TU|HU|ĐU|TƯ|BCT|BBT)$/;

/** The agency (a dictionary key of seed/agencies.json) an issuer code stands for when a citation names none. */
export const ISSUER_CODE_AGENCIES: Readonly<Record<string, string>> = {
  CP: 'chinh-phu',
  TTG: 'thu-tuong-chinh-phu',
  QH: 'quoc-hoi',
  BKHCN: 'bo-khoa-hoc-cong-nghe',
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
};

/** The code an issuer (by dictionary key) gets in document ids when no symbol prints one. */
export const ISSUER_ID_CODES: Readonly<Record<string, string>> = {
  ubnd: 'ubnd',
  'so-khoa-hoc-cong-nghe': 'khcn',
  'tinh-uy': 'tu',
  'ban-thuong-vu-tinh-uy': 'tu',
  'chinh-phu': 'cp',
  'bo-chinh-tri': 'tw',
  'ban-chap-hanh-trung-uong': 'tw',
  'thu-tuong-chinh-phu': 'ttg',
};
