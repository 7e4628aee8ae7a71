/**
 * The words of documents: their kinds, the words that name a kind in a text ("Kế hoạch"), the
 * kind codes of symbols ("KH" in 16/KH-UBND) and the codes a kind gets in ids, and the layouts a
 * plan assigns its tasks in. The ingestion reads with these; the API's enums are made of them.
 */

export const DOCUMENT_KINDS = [
  'RESOLUTION',
  'ACTION_PROGRAMME',
  'PLAN',
  'DECISION',
  'NOTICE',
  'OFFICIAL_LETTER',
  'DIRECTIVE',
  'REPORT',
  'OTHER',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Words that name a kind where a text cites a document ("Nghị quyết số 36-NQ/TW") or heads
 * itself ("KẾ HOẠCH"), longest first where one starts another.
 */
export const KIND_WORDS: readonly (readonly [string, DocumentKind])[] = [
  ['Chương trình hành động', 'ACTION_PROGRAMME'],
  ['Chương trình', 'ACTION_PROGRAMME'],
  ['Nghị quyết', 'RESOLUTION'],
  ['Kế hoạch hành động', 'PLAN'],
  ['Kế hoạch', 'PLAN'],
  ['Quyết định', 'DECISION'],
  ['Thông báo kết luận', 'NOTICE'],
  ['Thông báo', 'NOTICE'],
  ['Công văn', 'OFFICIAL_LETTER'],
  ['Chỉ thị', 'DIRECTIVE'],
  ['Báo cáo', 'REPORT'],
  ['Nghị định', 'OTHER'],
  ['Thông tư', 'OTHER'],
  ['Đề án', 'OTHER'],
  ['Hướng dẫn', 'OTHER'],
  ['Thông tri', 'OTHER'],
];

/**
 * Headings of documents that are no plan but are documents (their citations and lineage count),
 * beyond KIND_WORDS: a law is cited by its name, never "Luật số …", so it heads only.
 */
export const HEADING_ONLY_KIND_WORDS: readonly (readonly [string, DocumentKind])[] = [['Luật', 'OTHER']];

/** Kind codes of symbols ("KH" in 16/KH-UBND) and the kind they mean. */
export const KIND_CODES: Readonly<Record<string, DocumentKind>> = {
  NQ: 'RESOLUTION',
  KH: 'PLAN',
  CTR: 'ACTION_PROGRAMME',
  QĐ: 'DECISION',
  QD: 'DECISION',
  TB: 'NOTICE',
  CT: 'DIRECTIVE',
  BC: 'REPORT',
  NĐ: 'OTHER',
  TT: 'OTHER',
  HD: 'OTHER',
  ĐA: 'OTHER',
  KL: 'OTHER',
  CV: 'OFFICIAL_LETTER',
  // Kế hoạch hành động ("459-KHHĐ/TU"), Tờ trình, Công điện, Giấy mời, Biên bản.
  KHHĐ: 'PLAN',
  KHHD: 'PLAN',
  TTR: 'OTHER',
  CĐ: 'OTHER',
  GM: 'OTHER',
  BB: 'OTHER',
};

/** The code a kind gets in ids when the symbol gives none. */
export const KIND_ID_CODE: Readonly<Record<DocumentKind, string>> = {
  RESOLUTION: 'nq',
  ACTION_PROGRAMME: 'ctr',
  PLAN: 'kh',
  DECISION: 'qd',
  NOTICE: 'tb',
  OFFICIAL_LETTER: 'cv',
  DIRECTIVE: 'ct',
  REPORT: 'bc',
  OTHER: 'vb',
};

/** How a plan assigns its tasks: an appendix table, bullets, numbered prose, a section per agency. */
export const LAYOUTS = ['TABLE', 'BULLETS', 'PROSE', 'AGENCY_SECTIONS'] as const;
export type Layout = (typeof LAYOUTS)[number];
