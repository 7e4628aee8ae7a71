/**
 * A national corpus of plan texts made from the five seed plans, for the `national` benchmark:
 * for each of the 63 provinces the plans of 2023–2024 name, the People's Committee's plan and the
 * plans of four departments (Sở KH&CN, Sở NN&PTNT, Sở Y tế, Sở TN&MT), in the seeds' layouts
 * (appendix table, numbered bullets, one section per agency), with the real lineage:
 *
 *   Sở plan → the province's UBND plan → the province's Party programme → 36-NQ/TW
 *   UBND plan → 189/NQ-CP
 *
 * Each text is a seed's body under a header written here (letterhead, number, place and date,
 * title, a preamble naming what it implements), the seed's province names and cited symbols
 * replaced by the province's, and its task part repeated (renumbered where the codes are
 * Arabic) so a plan holds about as many tasks as the issue's corpus (≈ 88). Deterministic: the
 * same seed and scale give the same bytes (a seeded PRNG, never Math.random).
 *
 *   npx tsx bench/national/generate.ts <out-dir> [--scale 10] [--seed 36]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../src/config.js';
import { slugify } from '../../src/ingest/text.js';

/** One generated plan: its file name and text. */
export interface GeneratedPlan {
  name: string;
  province: string;
  issuer: IssuerKey;
  text: string;
}

/** Options of `generateCorpus`. */
export interface CorpusOptions {
  /** PRNG seed; the same seed gives the same corpus. */
  seed?: number;
  /** Multiplies the repeats of each plan's task part (10 for the 10× corpus). */
  scale?: number;
  /** Only the first `provinces` provinces (all 63 by default). */
  provinces?: number;
}

export type IssuerKey = 'ubnd' | 'khcn' | 'snn' | 'syt' | 'stnmt';

interface Issuer {
  key: IssuerKey;
  /** The department's letterhead line (null for the People's Committee). */
  letterhead: string | null;
  /** Issuer code in the symbol ("KH-SYT"). */
  code: string;
  name: string;
}

const DEPARTMENTS: Issuer[] = [
  { key: 'khcn', letterhead: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', code: 'KHCN', name: 'Sở Khoa học và Công nghệ' },
  {
    key: 'snn',
    letterhead: 'SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN',
    code: 'SNN',
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
  },
  { key: 'syt', letterhead: 'SỞ Y TẾ', code: 'SYT', name: 'Sở Y tế' },
  { key: 'stnmt', letterhead: 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG', code: 'STNMT', name: 'Sở Tài nguyên và Môi trường' },
];

/** A seed plan used as a template: where its body starts and which lines hold its tasks. */
interface Template {
  file: string;
  /** The body starts at the first line matching this (the seed's own header is replaced). */
  bodyStart: RegExp;
  /** The task part: from the line after `tasksFrom` (or at it, for a table header) up to `tasksTo`. */
  tasksFrom: RegExp;
  tasksTo: RegExp | null;
  /** How a task line's leading code is renumbered in a repeat ("1.2. " or "1.2\t"); null: repeated as is. */
  code: RegExp | null;
  /** Repeats of the task part (about 88 tasks a plan). */
  repeats: number;
  /** The seed's own symbols of the plans it implements, replaced by the province's. */
  ubndSymbols: string[];
  partySymbols: string[];
}

const TEMPLATES: Record<string, Template> = {
  table: {
    file: 'bac-giang-skhcn-kh-2024-cong-nghe-sinh-hoc.txt',
    bodyStart: /^I\. MỤC ĐÍCH/,
    tasksFrom: /^TT\tTên nhiệm vụ/,
    tasksTo: null,
    code: /^(\d+)((?:\.\d+)*\t)/,
    repeats: 4,
    ubndSymbols: ['16/KH-UBND'],
    partySymbols: ['114-KH/TU'],
  },
  bullets: {
    file: 'tay-ninh-skhcn-kh-2024-cong-nghe-sinh-hoc.txt',
    bodyStart: /^I\. MỤC ĐÍCH/,
    tasksFrom: /^II\. MỘT SỐ NHIỆM VỤ/,
    tasksTo: /^III\. KINH PHÍ/,
    code: /^(\d+)((?:\.\d+)*\.\s)/,
    repeats: 4,
    ubndSymbols: ['3300/KH-UBND'],
    partySymbols: ['180-CTr/TU'],
  },
  numbered: {
    file: 'bac-giang-skhcn-kh-2022-khoa-hoc-cong-nghe.txt',
    bodyStart: /^I\. MỤC ĐÍCH/,
    tasksFrom: /^II\. NỘI DUNG/,
    tasksTo: /^III\. TỔ CHỨC/,
    code: /^(\d+)((?:\.\d+)*\.\s)/,
    repeats: 6,
    ubndSymbols: ['396/KH-UBND'],
    partySymbols: [],
  },
  ubndTable: {
    file: 'hung-yen-ubnd-kh-2023-cong-nghe-sinh-hoc.txt',
    bodyStart: /^I\. MỤC ĐÍCH/,
    tasksFrom: /^Stt\tNhiệm vụ/,
    tasksTo: null,
    code: null,
    repeats: 4,
    ubndSymbols: [],
    partySymbols: ['203-KH/TU'],
  },
  ubndSections: {
    file: 'lang-son-ubnd-kh-2023-cong-nghe-sinh-hoc.txt',
    bodyStart: /^I\. MỤC ĐÍCH/,
    tasksFrom: /^IV\. TỔ CHỨC THỰC HIỆN/,
    tasksTo: /^Nơi nhận/,
    code: /^(\d+)(\.\s)/,
    repeats: 4,
    ubndSymbols: [],
    partySymbols: ['88-CTr/TU', '88-\n\nCTr/TU'],
  },
};

const DEPARTMENT_TEMPLATES = ['table', 'bullets', 'numbered'] as const;
const UBND_TEMPLATES = ['ubndTable', 'ubndSections'] as const;
const SEED_PROVINCES = ['Bắc Giang', 'Hưng Yên', 'Hung Yên', 'Lạng Sơn', 'Tây Ninh'];
const CITIES = new Set(['Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ']);

/** The 63 provinces the plans of 2023–2024 name (seed/provinces.json without Huế, a city since 2025). */
export function nationalProvinces(): string[] {
  const file = path.join(PROJECT_ROOT, 'seed', 'provinces.json');
  const { provinces } = JSON.parse(fs.readFileSync(file, 'utf8')) as { provinces: { name: string }[] };
  return provinces.map((province) => province.name).filter((name) => name !== 'Huế');
}

/** Mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus: five plans per province, in province order. */
export function generateCorpus(options: CorpusOptions = {}): GeneratedPlan[] {
  const random = prng(options.seed ?? 36);
  const scale = options.scale ?? 1;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const seeds = new Map<string, string>();
  const seedText = (file: string) => {
    if (!seeds.has(file)) seeds.set(file, fs.readFileSync(path.join(PROJECT_ROOT, 'seed', 'documents', file), 'utf8'));
    return seeds.get(file)!;
  };
  const plans: GeneratedPlan[] = [];
  const provinces = nationalProvinces().slice(0, options.provinces ?? 63);
  for (const [index, province] of provinces.entries()) {
    const slug = slugify(province);
    // The province's Party programme (known only from citations) and its UBND plan.
    const partyProgramme = random() < 0.5 ? 'Kế hoạch' : 'Chương trình hành động';
    const party = {
      symbol: `${between(20, 260)}-${partyProgramme === 'Kế hoạch' ? 'KH' : 'CTr'}/TU`,
      kindWord: partyProgramme,
      date: date(2023, between(3, 6), between(1, 28)),
    };
    const ubnd = {
      number: String(between(100, 4200)),
      date: date(2023, between(7, 12), between(1, 28)),
    };
    const ubndSymbol = `${ubnd.number}/KH-UBND`;
    const names = { province, ubndSymbol, ubndDate: ubnd.date, party };
    const ubndTemplate = TEMPLATES[UBND_TEMPLATES[index % UBND_TEMPLATES.length]!]!;
    plans.push({
      name: `${slug}-ubnd-kh-2023-${ubnd.number}.txt`,
      province,
      issuer: 'ubnd',
      text: compose(
        ubndTemplate,
        seedText(ubndTemplate.file),
        { key: 'ubnd', letterhead: null, code: 'UBND', name: 'Ủy ban nhân dân' },
        ubnd.number,
        ubnd.date,
        names,
      ),
    });
    // Growth is more plans, not bigger ones: at scale N each department issues N plans (real
    // plans name a few hundred agencies at most, and ingestion refuses texts with thousands).
    for (let copy = 0; copy < scale; copy += 1)
      for (const [d, department] of DEPARTMENTS.entries()) {
        const template = TEMPLATES[DEPARTMENT_TEMPLATES[(index + d + copy) % DEPARTMENT_TEMPLATES.length]!]!;
        const number = String(1000 * copy + between(10, 990));
        plans.push({
          name: `${slug}-${department.key}-kh-2024-${number}.txt`,
          province,
          issuer: department.key,
          text: compose(
            template,
            seedText(template.file),
            department,
            number,
            date(2024, between(1, 12), between(1, 28)),
            names,
          ),
        });
      }
  }
  return plans;
}

interface DateParts {
  day: number;
  month: number;
  year: number;
}

function date(year: number, month: number, day: number): DateParts {
  return { year, month, day };
}

const dmy = (d: DateParts) => `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;

interface Names {
  province: string;
  ubndSymbol: string;
  ubndDate: DateParts;
  party: { symbol: string; kindWord: string; date: DateParts };
}

/** One plan's text: a header written here, then the template's body adapted to the province. */
function compose(
  template: Template,
  seed: string,
  issuer: Issuer,
  number: string,
  issued: DateParts,
  names: Names,
): string {
  const { province, ubndSymbol, ubndDate, party } = names;
  const city = CITIES.has(province) || province.startsWith('Thành phố');
  const unit = province.startsWith('Thành phố') ? province : `${city ? 'thành phố' : 'tỉnh'} ${province}`;
  const partyRef = `${party.kindWord} số ${party.symbol} ngày ${dmy(party.date)} của Ban Thường vụ Tỉnh ủy`;
  const resolution36 =
    'Nghị quyết số 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới';
  const header: string[] = [];
  header.push(`ỦY BAN NHÂN DÂN ${unit.toUpperCase()}`.replace('THÀNH PHỐ THÀNH PHỐ', 'THÀNH PHỐ'));
  if (issuer.letterhead !== null) header.push(issuer.letterhead);
  header.push(`Số: ${number}/KH-${issuer.code}`);
  header.push(`${province}, ngày ${issued.day} tháng ${issued.month} năm ${issued.year}`);
  header.push('KẾ HOẠCH');
  let title: string;
  let preamble: string;
  if (issuer.key === 'ubnd') {
    title = `Thực hiện Nghị quyết số 189/NQ-CP ngày 16/11/2023 của Chính phủ và ${partyRef} thực hiện ${resolution36}`;
    preamble = `Thực hiện Nghị quyết số 189/NQ-CP ngày 16/11/2023 của Chính phủ và ${partyRef} thực hiện ${resolution36} (sau đây viết tắt là Nghị quyết 36-NQ/TW, Nghị quyết 189/NQ-CP và ${party.kindWord} số ${party.symbol}), Ủy ban nhân dân ${unit} ban hành Kế hoạch thực hiện với những nội dung cụ thể như sau:`;
  } else {
    title = `Triển khai thực hiện Kế hoạch số ${ubndSymbol} ngày ${dmy(ubndDate)} của UBND tỉnh triển khai ${partyRef} triển khai thực hiện ${resolution36}`;
    preamble = `Thực hiện Kế hoạch số ${ubndSymbol} ngày ${dmy(ubndDate)} của UBND tỉnh triển khai thực hiện ${partyRef} triển khai thực hiện ${resolution36} (sau đây viết tắt là Kế hoạch số ${ubndSymbol}); ${issuer.name} xây dựng Kế hoạch triển khai thực hiện, cụ thể như sau:`;
  }
  header.push(title, preamble);

  const lines = seed.split('\n');
  const start = lines.findIndex((line) => template.bodyStart.test(line.trim()));
  if (start === -1) throw new Error(`Template "${template.file}": no line matches ${template.bodyStart}.`);
  let body = repeatTasks(lines.slice(start), template, template.repeats).join('\n');
  // The seed's province, its plans' symbols (with the date printed after them) and its UBND.
  for (const symbol of template.ubndSymbols) {
    body = body.replace(new RegExp(`${escape(symbol)}(\\s+ngày\\s+\\d{1,2}/\\d{1,2}/\\d{4})?`, 'g'), (_m, dated) =>
      dated ? `${ubndSymbol} ngày ${dmy(ubndDate)}` : ubndSymbol,
    );
  }
  for (const symbol of template.partySymbols) {
    body = body.replace(new RegExp(`${escape(symbol)}(\\s+ngày\\s+\\d{1,2}/\\d{1,2}/\\d{4})?`, 'g'), (_m, dated) =>
      dated ? `${party.symbol} ngày ${dmy(party.date)}` : party.symbol,
    );
  }
  for (const seedProvince of SEED_PROVINCES) {
    body = body
      .replace(new RegExp(`(UBND|Ủy ban nhân dân) tỉnh ${seedProvince}`, 'g'), `$1 ${unit}`)
      .replace(new RegExp(`tỉnh ${seedProvince}`, 'g'), unit)
      .replace(new RegExp(seedProvince, 'g'), province);
  }
  // A department's plan names its own Sở where the seed named Sở KH&CN's.
  if (issuer.key !== 'ubnd' && issuer.key !== 'khcn') {
    body = body.replace(/Sở KH&CN|Sở Khoa học và Công nghệ \(KH&CN\)/g, issuer.name);
  }
  return `${header.join('\n\n')}\n\n${body}`;
}

/** The task part repeated `times` times; a repeat's top-level codes continue the numbering. */
function repeatTasks(lines: string[], template: Template, times: number): string[] {
  const from = lines.findIndex((line) => template.tasksFrom.test(line.trim()));
  if (from === -1) throw new Error(`Template "${template.file}": no line matches ${template.tasksFrom}.`);
  // A table repeats its rows under one header; a section repeats what follows its heading.
  const first = from + 1;
  const rest = template.tasksTo === null ? -1 : lines.findIndex((line, i) => i > from && template.tasksTo!.test(line));
  const last = rest === -1 ? lines.length : rest;
  const part = lines.slice(first, last);
  let top = 0;
  if (template.code !== null) {
    for (const line of part) {
      const match = template.code.exec(line);
      if (match !== null) top = Math.max(top, Number(match[1]));
    }
  }
  const repeated: string[] = [];
  for (let r = 0; r < times; r += 1) {
    for (const line of part) {
      repeated.push(
        r === 0 || template.code === null
          ? line
          : line.replace(template.code, (_m, n: string, tail: string) => `${Number(n) + r * top}${tail}`),
      );
    }
  }
  return [...lines.slice(0, first), ...repeated, ...lines.slice(last)];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Writes the corpus to `dir` (created; existing .txt files in it removed) and returns the paths. */
export function writeCorpus(dir: string, options: CorpusOptions = {}): string[] {
  fs.mkdirSync(dir, { recursive: true });
  for (const name of fs.readdirSync(dir)) if (name.endsWith('.txt')) fs.rmSync(path.join(dir, name));
  return generateCorpus(options).map((plan) => {
    const file = path.join(dir, plan.name);
    fs.writeFileSync(file, plan.text);
    return file;
  });
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : Number(args[at + 1]);
  };
  const dir = args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (dir === undefined) {
    console.error('usage: npx tsx bench/national/generate.ts <out-dir> [--scale 10] [--seed 36] [--provinces 63]');
    process.exit(2);
  }
  const files = writeCorpus(dir, {
    scale: option('--scale'),
    seed: option('--seed'),
    provinces: option('--provinces'),
  });
  console.log(`${files.length} plans written to ${dir}`);
}
