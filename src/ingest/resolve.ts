/**
 * Resolution: mentions as printed → the agencies of the graph. The issuer a letterhead, symbol,
 * preamble or signature names; the province a text is about; and each task draft's leads and
 * coordinators, split from their lists and resolved in the document's province and department.
 * Turns the layouts' drafts into TaskRecords with their ids, domains, time frame and source.
 */
import { AgencyDirectory, suspiciousName, type AgencyContext } from './agencies.js';
import { splitAssignees } from './assignees.js';
import type { Dictionaries } from './dictionary.js';
import { domainsIn } from './domains.js';
import { checkTextLength } from './limits.js';
import type { TaskDraft } from './layouts/index.js';
import type { Line } from './normalize.js';
import type { Block } from './segment.js';
import { sourceOf } from './source.js';
import { capitalize, squash } from './text.js';
import { parseTimeframe } from './timeframe.js';
import type { AgencyRecord, AgencyRef, DomainCode, TaskRecord } from './types.js';
import { AGENCY_START, AGENCY_WORDS, issuerCodeKey, SYMBOL_ISSUERS } from '../vocabulary/index.js';

export function ref(agency: AgencyRecord): AgencyRef {
  return { id: agency.id, name: agency.name };
}

export function mostNamedProvince(text: string, directory: AgencyDirectory): string | null {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/(?:tỉnh|Tỉnh|TỈNH)\s+((?:\p{Lu}[\p{Ll}\p{Lu}]*\s*){1,3})/gu)) {
    const province = directory.findProvince(match[1]!);
    if (province !== null) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  for (const match of text.matchAll(/((?:\p{Lu}\p{Ll}+\s){1,2}\p{Lu}\p{Ll}+)/gu)) {
    const province = directory.findProvince(match[1]!);
    if (province !== null) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}

/**
 * The issuer its letterhead names: the last line ("UBND TỈNH BẮC GIANG" / "SỞ KHOA HỌC VÀ CÔNG
 * NGHỆ" → the Sở), or the last two read as one ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN"), or the last
 * body of a line that runs two together ("UBND TỈNH LÀO CAI SỞ CÔNG THƯƠNG", a Word table's cell
 * read as one line, lao-cai-sct-duthao-kh-de-an-08-2026.txt:2).
 */
export function fromLetterhead(
  letterhead: string[],
  directory: AgencyDirectory,
  province: string | null,
): AgencyRecord | null {
  const last = letterhead.at(-1);
  if (last === undefined) return null;
  const candidates = letterhead.length >= 2 ? [`${letterhead.at(-2)!} ${last}`, last] : [last];
  const words = last.split(' ');
  for (let start = 1; start < words.length; start += 1) {
    if (AGENCY_START.test(capitalize(words.slice(start).join(' ').toLowerCase()))) {
      candidates.push(words.slice(start).join(' '));
    }
  }
  for (const candidate of candidates) {
    const found = directory.fromHeading(candidate, province);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The body a line in capitals under a decision's title names as its enactor ("CHÍNH PHỦ", "ỦY
 * BAN THƯỜNG VỤ QUỐC HỘI"; "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → the ministry), or a
 * web copy's panel does ("Nơi ban hành: Bộ Văn hoá, Thể thao và du lịch"); null if none is known.
 */
export function fromHeadingLine(
  line: string,
  directory: AgencyDirectory,
  province: string | null,
): AgencyRecord | null {
  const name = squash(line).replace(/^(?:BỘ TRƯỞNG|Bộ trưởng|CHỦ TỊCH|Chủ tịch)\s+(?=\S)/u, '');
  return directory.fromHeading(name, province);
}

const CLOSING_ISSUER = new RegExp(
  `Trên đây là (?:Kế hoạch|Chương trình)[^.]{0,20}? của ((?:${AGENCY_WORDS.filter((word) => !/^(Các|các|Chủ tịch|Lãnh đạo)$/.test(word)).join('|')})(?![\\p{L}\\p{N}])[^,.;]{2,80}?)\\s+(?:tăng cường|triển khai|thực hiện|về|nhằm)`,
  'u',
);

export function readIssuer(
  front: Block[],
  blocks: Block[],
  issuerCode: string | null,
  signerRole: string | null,
  directory: AgencyDirectory,
  province: string | null,
): AgencyRecord | null {
  const context: AgencyContext = { province, department: null };
  const fromCode = issuerCode === null ? undefined : SYMBOL_ISSUERS[issuerCodeKey(issuerCode)];
  if (fromCode !== undefined) {
    const found = directory.byKey(fromCode, province);
    if (found !== null) return found;
  }
  // "…); Sở Khoa học và Công nghệ xây dựng Kế hoạch", "Ủy ban nhân dân tỉnh ban hành Kế hoạch".
  for (const block of front) {
    const match =
      /(Sở [^,;()]{3,60}?|Ủy ban nhân dân tỉnh|UBND tỉnh|Ban Thường vụ Tỉnh ủy)\s*(?:\([^)]*\)\s*)?(?:xây dựng|ban hành)\s+(?:Kế hoạch|Chương trình)/u.exec(
        block.text,
      );
    if (match !== null) return directory.resolve(match[1]!, context);
  }
  // "Trên đây là Kế hoạch của Sở KH&CN tăng cường triển khai ..." (004:173), "Trên đây là Kế
  // hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh về thực hiện …"
  // (quang-ninh-luong-minh-16-kh-mttq-btt-2025.txt:330): the body that closes the plan so issued it.
  for (const block of blocks) {
    const match = CLOSING_ISSUER.exec(block.text);
    if (match !== null) return directory.resolve(match[1]!, context);
  }
  if (signerRole !== null && /ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN/u.test(signerRole))
    return directory.byKey('ubnd', province);
  return null;
}

export function toTaskRecords(
  drafts: TaskDraft[],
  path: string,
  file: string,
  lines: Line[],
  directory: AgencyDirectory,
  context: AgencyContext,
  dictionaries: Dictionaries,
  warn: (line: number, message: string) => void,
): TaskRecord[] {
  const seen = new Map<string, number>();
  const ids = drafts.map((draft, index) => {
    const base = draft.code ?? `n${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return `task/${path}/${count === 1 ? base : `${base}~${count}`}`;
  });
  const resolveAll = (lists: string[], line: number): AgencyRef[] => {
    const refs: AgencyRef[] = [];
    for (const list of lists) {
      for (const mention of splitAssignees(list, directory, context)) {
        // An empty lead is better than one made of stray text or code: warn and leave it out.
        const suspicion = suspiciousName(mention);
        if (suspicion !== null) {
          warn(line, `"${clip(mention)}" is not read as an agency: ${suspicion}`);
          continue;
        }
        const agency = directory.resolve(mention, context, true);
        if (!refs.some((existing) => existing.id === agency.id)) refs.push(ref(agency));
      }
    }
    return refs;
  };
  // A section's heading is every one of its tasks' section text: read its domains once.
  const sectionDomains = new Map<string, DomainCode[]>();
  return drafts.map((draft, index) => {
    checkTextLength(draft.text.length, `the text of task ${draft.code ?? index + 1}`, file, draft.lineStart);
    const leads = resolveAll(draft.leads, draft.lineStart);
    // An agency printed as lead and as coordinator of a task in cells of their own ("Các bộ,
    // ngành" in both columns of a Government plan's row) is both, as printed; elsewhere it is the
    // lead's own sentence read again (see TaskDraft.rolesApart).
    const coordinators = resolveAll(draft.coordinators, draft.lineStart).filter(
      (agency) => draft.rolesApart === true || !leads.some((lead) => lead.id === agency.id),
    );
    if (draft.missingLead !== null) warn(draft.lineStart, draft.missingLead);
    const text = squash(draft.text);
    const title = plainTitle(draft.title ?? '') || text || (draft.code ?? '');
    const printedTime = draft.timeframe ?? OPENING_TIME.exec(title)?.[0] ?? null;
    const timeframe = parseTimeframe(printedTime);
    const own = domainsIn(`${draft.text} ${draft.expectedResult ?? ''}`, dictionaries.domains);
    let section = sectionDomains.get(draft.sectionText);
    if (section === undefined) {
      section = domainsIn(draft.sectionText, dictionaries.domains);
      sectionDomains.set(draft.sectionText, section);
    }
    return {
      id: ids[index]!,
      code: draft.code,
      // The item's heading, whole (a table's task cell, a numbered item's heading, a duty).
      title,
      text,
      timeframe: printedTime,
      ...timeframe,
      expectedResult: draft.expectedResult,
      parent: draft.parent === null ? null : ids[draft.parent]!,
      leads,
      coordinators,
      domains: [...new Set([...section, ...own])],
      sectionDomains: [...section],
      source: sourceOf(file, lines, draft.lineStart, draft.lineEnd),
    };
  });
}

// A duty that opens with when it recurs, set apart by a comma: "e) Hằng năm, tổ chức kiểm tra …"
// (tvpl-69db23c781b2e9aa.md:474), "- Định kỳ hằng năm, báo cáo …" (dong-thap-552-kh-ubnd-2025.txt:410).
// Without the comma ("Thường xuyên tổ chức giao ban …") the word is how the work is done, which
// readers do not take for its time.
const OPENING_TIME = /^(?:Định kỳ\s+)?(?:[Hh]ằng|[Hh]àng)\s+(?:năm|quý|tháng|tuần|ngày)(?=,)/u;

/** A heading as a title: squashed, web copies' italics ("“*Nâng cao năng lực …*”") and its final stop dropped. */
function plainTitle(heading: string): string {
  return squash(heading)
    .replace(/\*([^*]+)\*/gu, '$1')
    .replace(/\s*[.;:]$/u, '');
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
