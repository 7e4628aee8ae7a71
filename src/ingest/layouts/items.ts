/**
 * The items of a part of the body, as a careful reader lists them (test/ingest/corpus/README.md,
 * "Granularity"):
 *
 *   Part     : (Item | Section | Content)*
 *   Item     : Code "." Heading Content* Lettered*    one task; a parent when sub-items follow
 *   Lettered : Letter ")" Heading Content*            a task under the item before it ("1.a")
 *   Section  : Code "." Agency ":"? Duty+             one task per duty (agency-sections.ts)
 *   Content  : Labels | RoleSentence | Text           its text; labels and roles assign it
 *
 * The "-" bullets and paragraphs under an item are its text, not tasks of their own; labels
 * ("Đơn vị chủ trì: …", "Thời gian thực hiện: …", bullets.ts) and role sentences ("Văn phòng Sở
 * chủ trì tham mưu …", prose.ts) give it its leads, coordinators and time. A lettered line that
 * is a label ("b) Cơ quan thực hiện:", ha-noi-308-kh-ubnd-2025.txt:76) is part of its item.
 *
 * In a part of tasks ("NHIỆM VỤ, GIẢI PHÁP") every item is a task. In "TỔ CHỨC THỰC HIỆN" what
 * assigns work is: the sections of duties; an item that opens with who acts ("1. Sở Khoa học và
 * Công nghệ theo dõi, đôn đốc …"), whose "-" duties, when it ends in ":", are its agency's tasks
 * ("m) Ủy ban nhân dân các tỉnh … cụ thể:", tvpl-646f0a00d4174382.md:555); the items such an item
 * hands on ("1. Giao phòng Quản lý Công nghiệp thực hiện các công việc liên quan:" / "2. …",
 * KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx); and an item naming no agency when an item
 * under it does ("2. Phân công thực hiện Kế hoạch" / "a) Bộ … chủ trì …"). Funding and "nếu có
 * khó khăn, vướng mắc" clauses are not tasks.
 */
import type { Block, Part } from '../segment.js';
import { isUpperCaseLine } from '../text.js';
import { dutyRoles, sectionHeading } from './agency-sections.js';
import { applyLabels, readLabels, type LabelField } from './bullets.js';
import type { LayoutResult, TaskDraft } from './draft.js';
import { readParagraph } from './prose.js';
import { actorOf, inlineAssignment, isRequest, partnersOf, readRoles } from './roles.js';

/** Which kind of part is read: one that lists tasks, or "TỔ CHỨC THỰC HIỆN". */
export type PartMode = 'tasks' | 'implementation';

// A heading's trailing period: "… tích hợp vào Hệ thống quốc gia (2025 - 2030)."
// (ho-chi-minh-2820-qd-ubnd-2025.txt:306).
const TRAILING_TIME =
  /\s*\(((?:(?!số|Quyết định|Nghị quyết|Kế hoạch|Luật|Thông tư|Chỉ thị)[^()])*?(?:19|20)\d{2}(?:(?!số)[^()])*)\)\s*[.;]?$/u;
// A heading that names the period of its items: "2. Kế hoạch phát triển giai đoạn 2026 - 2030"
// (nghe-an-987-kh-ubnd-2025.txt:102). The title keeps it; items that state no time of their own
// are for that period too.
const HEADING_PERIOD = /giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/iu;
// Items that state a parameter of the plan, not work: "1. Thời gian kiểm tra: 13h30' ngày …",
// "2. Địa điểm: …" (KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx, "II. NỘI DUNG").
const PARAMETER = /^(?:Thời gian|Địa điểm|Đối tượng|Thành phần|Hình thức|Phạm vi|Số lượng)(?:[\s,][^:]{0,30})?:/u;
// Items that describe the situation the plan starts from ("1. Hiện trạng", nghe-an-987-kh-ubnd-2025.txt:85),
// or only name what follows ("1. Nội dung", "2. Hình thức", tvpl-d40513a8b25883ec.md:132).
const SITUATION =
  /^(?:Hiện trạng|Thực trạng|Tình hình)(?:\s[^:.]{0,60})?[:.]?$|^(?:Nội dung|Hình thức|Mục đích|Yêu cầu)[:.]?$/u;
// Funding, reporting and rewards clauses, objectives and a campaign's criteria are not tasks:
// "6. Kinh phí thực hiện", "a) Kinh phí thực hiện Kế hoạch này bao gồm: …", "4. Nguồn lực và
// việc sử dụng nguồn lực …", "1. Mục tiêu phát triển và tầm nhìn đến năm 2045"
// (tvpl-448306af3d3a91f7.md:155), "3. Nội dung thi đua", "3. Tiêu chí đánh giá, xếp loại"
// (tvpl-3a2db039af8c2d05.md:219), "Chế độ báo cáo".
const FUNDING =
  /^(?:Kinh phí|Nguồn kinh phí|Nguồn vốn|Nguồn lực|Phương án huy động kinh phí|Mục tiêu|Tầm nhìn|Chỉ tiêu|Chủ đề thi đua|Nội dung thi đua|Tiêu chí|Cách thức xếp hạng|Cách thức đánh giá|Hình thức khen thưởng|Khen thưởng|Chế độ (?:thông tin,? )?báo cáo|Thông tin,? báo cáo)(?![\p{L}])/u;
// "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc …" closes a plan; it assigns nothing.
// So does a request of everyone ("Ủy ban nhân dân tỉnh yêu cầu các sở …", "Trên đây là Kế hoạch
// …"); a duty printed last may still end the text with "./." (tvpl-448306af3d3a91f7.md:431).
const CLOSING = /^(?:Trong\s+)?(?:quá trình|Quá trình)[^.]{0,120}?(?:khó khăn|vướng mắc)|^Nếu có khó khăn|^Trên đây/u;

/** Reads the tasks of the given parts, each part read as `mode` says. */
export function readItems(parts: Part[], mode: PartMode): LayoutResult {
  const tasks: TaskDraft[] = [];
  for (const part of parts) new PartReader(part, mode, tasks).read();
  handDown(tasks);
  const parents = new Set(tasks.map((task) => task.parent).filter((parent) => parent !== null));
  for (const [index, task] of tasks.entries()) {
    task.text = task.text.replace(/\s+/g, ' ').trim();
    task.timeframe ??= deadlinesIn(task.text) ?? statedPeriod(task.text) ?? periodAbove(tasks, task);
    if (parents.has(index) || task.leads.length > 0 || task.missingLead !== null) continue;
    task.missingLead =
      task.coordinators.length > 0
        ? `task ${task.code} names only coordinators ("phối hợp"), no lead`
        : `task ${task.code} names no lead`;
  }
  return { tasks, warnings: [] };
}

// A deadline a duty states: "… báo cáo … trước ngày 30/11 hằng năm", "Định kỳ trước ngày 10/12 hàng
// năm", "trước ngày 20 hằng tháng", "trước ngày 15 tháng 6".
const DEADLINE =
  /(?:[Đđ]ịnh kỳ\s+)?[Tt]rước ngày \d{1,2}(?:\/\d{1,2}(?:\/\d{4})?|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)?(?:\s+(?:hằng|hàng)\s+(?:năm|tháng|quý))?/gu;
// The period of a report whose deadlines follow: "định kỳ 6 tháng báo cáo … trước ngày 15 tháng 6
// và trước ngày 01 tháng 12" (chinh-phu-03-nq-cp-2025.txt:302).
const PERIOD = /[Đđ]ịnh kỳ\s+(?:\d{1,2}\s+tháng|(?:hằng|hàng)\s+(?:năm|tháng|quý))/u;

// When a duty's text says it is done: "… tần suất 2 lần/tháng; thời gian quan trắc từ tháng 3 đến
// tháng 10 năm 2026; …" (thanh-hoa-235-kh-ubnd-2025.txt:149), the first such statement.
const STATED_PERIOD =
  /[Tt]hời gian(?:\s+\p{Ll}+){0,2}:?\s+(từ\s+(?:ngày|tháng|quý|năm)\s[^;.:()]{0,60}?\sđến\s+(?:ngày|tháng|quý|năm)\s[^;.:()]{0,30}?(?:19|20)\d{2})/u;

function statedPeriod(text: string): string | null {
  return STATED_PERIOD.exec(text)?.[1] ?? null;
}

/** The period the nearest heading above the task names for its items (HEADING_PERIOD), or null. */
function periodAbove(tasks: TaskDraft[], task: TaskDraft): string | null {
  for (let parent = task.parent; parent !== null; parent = tasks[parent]!.parent) {
    const period = tasks[parent]!.periodOfItems;
    if (period !== undefined) return period;
  }
  return null;
}

/** The deadlines a text states, joined ("trước ngày 28/2/2023; trước ngày 10/11/2023"), or null. */
function deadlinesIn(text: string): string | null {
  const found = [...new Set([...text.matchAll(DEADLINE)].map((match) => match[0]))];
  if (found.length === 0) return null;
  const period = PERIOD.exec(text);
  const first = period === null ? -1 : text.indexOf(found[0]!);
  // The period printed before the first deadline, when that deadline does not say it itself.
  if (period !== null && period.index < first && !/^[Đđ]ịnh kỳ/u.test(found[0]!)) {
    return `${period[0]}, ${found.join('; ')}`;
  }
  return found.join('; ');
}

/**
 * The units a group's own paragraphs name lead its items that name none: "3.1. … nông nghiệp" /
 * "Phòng Quản lý Khoa học, … chủ trì tham mưu các nội dung …" / "3.1.1. Trong trồng trọt" …
 * (bac-giang-skhcn-kh-2024-cong-nghe-sinh-hoc.txt:53-67); the group itself is assigned through them.
 */
function handDown(tasks: TaskDraft[]): void {
  for (const [index, group] of tasks.entries()) {
    if (group.part === undefined || group.leads.length === 0) continue;
    const items = tasks.filter((task) => task.parent === index);
    if (items.length === 0) continue;
    for (const item of items) {
      if (item.leads.length > 0) continue;
      item.leads.push(...group.leads);
      if (item.coordinators.length === 0) item.coordinators.push(...group.coordinators);
    }
    group.leads = [];
    group.coordinators = [];
  }
}

/** A Roman group of a lettered part, and the assignment its blocks state for all its tasks. */
interface Group {
  draft: TaskDraft;
  leads: string[];
  coordinators: string[];
  time: string | null;
  /** Which side the agencies listed next are on. */
  field: 'lead' | 'coordinator' | null;
  /** Whether the blocks read now are its assignment ("2. Cơ quan chủ trì, phối hợp" …). */
  labelling: boolean;
  /** The number of its "Nội dung, biện pháp" item, under which its lettered items are listed. */
  list: string | null;
}

// "1. Nội dung, biện pháp": the heading of a group's list of tasks.
const CONTENTS_LABEL = /^Nội dung(?:,\s*(?:biện pháp|giải pháp|nhiệm vụ))?[.:]?$/u;
// "2. Cơ quan chủ trì, phối hợp", "a) Cơ quan chủ trì", "b) Cơ quan phối hợp", "2. Chủ trì thực hiện".
const GROUP_LABEL =
  /^(?:(?:Cơ quan|Đơn vị)\s+)?(chủ trì|phối hợp|thực hiện)(?:,?\s+(?:chủ trì|phối hợp|thực hiện))*[.:]?$/iu;

/** Which side a heading of an assignment block puts the agencies under it on, or null. */
function groupLabelField(text: string): 'lead' | 'coordinator' | null {
  const match = GROUP_LABEL.exec(text.trim());
  if (match === null) return null;
  return match[1]!.toLowerCase() === 'phối hợp' ? 'coordinator' : 'lead';
}

/** An agency's section of duties. */
interface Section {
  agencies: string;
  code: string;
  heading: Block;
  /** The kind of block its duties are printed as, once the first is read. */
  dutyKind: Block['kind'] | null;
  /** The coordinators an introduction to its duties names ("Chủ trì, phối hợp với …:"). */
  partners: string | null;
  duties: TaskDraft[];
}

function newSection(agencies: string, code: string, heading: Block, partners: string | null = null): Section {
  return { agencies, code, heading, dutyKind: null, partners, duties: [] };
}

/** The state of reading one part, block by block. */
class PartReader {
  private readonly start: number;
  private readonly indexByCode = new Map<string, number>();
  /** Each item's number within the part, as printed ("1.2", "1.a"). */
  private readonly printed = new Map<TaskDraft, string>();
  /** Items of "TỔ CHỨC THỰC HIỆN" naming no agency, kept only when an item under them is a task. */
  private readonly tentative = new Set<TaskDraft>();
  /** The numbered item content goes to; null when the item is not a task. */
  private item: TaskDraft | null = null;
  /** The lettered task under `item` content goes to. */
  private lettered: TaskDraft | null = null;
  private section: Section | null = null;
  /** The duty of `section` content goes on with. */
  private duty: TaskDraft | null = null;
  /** An item of "TỔ CHỨC THỰC HIỆN" that hands the items after it to an agency. */
  private assigner: { agencies: string; depth: number } | null = null;
  /** Whether a numbered item was read in this part (lettered lines before one are items of the part). */
  private numbered = false;
  /** Items printed one after another with no content, which labels after the last cover too. */
  private bare: TaskDraft[] = [];
  /** Whether no content was read since the last of `bare`, so a next item joins them. */
  private runOpen = false;
  private last: Block | null = null;
  /** A numbered item not read as a task (funding, parameters), which its own assignment would make one. */
  private skipped: Block | null = null;
  /** The Roman group of a lettered part the blocks are in. */
  private group: Group | null = null;
  /** Whether the part numbers no items at all (its paragraphs are its tasks). */
  private readonly itemless: boolean;
  /** Whether the part lists the plan's parameters, not work. */
  private readonly parameters: boolean;

  constructor(
    private readonly part: Part,
    private readonly mode: PartMode,
    private readonly tasks: TaskDraft[],
  ) {
    this.start = tasks.length;
    this.itemless = !part.blocks.some((block) => block.kind === 'numbered' || block.kind === 'lettered');
    // A part most of whose items state the plan's parameters ("1. Thời gian: …", "2. Địa điểm: …",
    // "3. Đối tượng: …", "4. Nội dung kiểm tra", KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx)
    // describes a session: none of its items is a task. Its items are those of its first level
    // ("3.1. Đối tượng kiểm tra: …" in a part numbered "3.", KH-1105-DKT-ke-hoach-kiem-tra.pdf:43).
    const first = /^\d+$/.test(part.code) ? new RegExp(`^${part.code}\\.\\d+$`) : /^\d+$/;
    const top = part.blocks.filter((block) => block.kind === 'numbered' && first.test(block.code!));
    this.parameters = top.length > 0 && top.filter((block) => PARAMETER.test(block.body)).length * 2 >= top.length;
  }

  read(): void {
    for (const block of this.part.blocks) {
      if (block.kind === 'numbered' || block.kind === 'roman') this.closeSection();
      if (block.kind === 'roman') this.readGroup(block);
      else if (this.group?.labelling && block.kind !== 'numbered') this.readGroupLabel(block);
      else if (block.kind === 'numbered') this.readNumbered(block);
      else if (block.kind === 'lettered') this.readLettered(block);
      else this.readContent(block);
      this.last = block;
    }
    this.closeSection();
    this.closeGroup();
    this.dropTentative();
  }

  /**
   * A group of a lettered part ("I. CÔNG TÁC QUÁN TRIỆT, TRIỂN KHAI THỰC HIỆN" in "B. NỘI DUNG,
   * NHIỆM VỤ, GIẢI PHÁP …", bcdqg1237-252-kh-bcdqg1237-2013.txt:30): a task whose items are
   * numbered under it; its "1. Nội dung, biện pháp" lists them, and its "2. Cơ quan chủ trì,
   * phối hợp" / "a) Cơ quan chủ trì" / "- …" and "3. Thời gian thực hiện: …" blocks assign them all.
   */
  private readGroup(block: Block): void {
    this.closeGroup();
    this.item = null;
    this.lettered = null;
    this.duty = null;
    this.bare = [];
    const draft = this.pushItem(block, block.code!);
    this.group = { draft, leads: [], coordinators: [], time: null, field: null, labelling: false, list: null };
  }

  /** A line of a group's assignment block: a label ("a) Cơ quan chủ trì") or an agency under it. */
  private readGroupLabel(block: Block): void {
    const group = this.group!;
    // "(Văn phòng Ban Chỉ đạo, cơ quan thường trực …)" explains; it names no further agency.
    if (block.body.startsWith('(')) return;
    const labels = readLabels(block.body);
    if (labels.length > 0) {
      // "a) Cơ quan chủ trì: …" / "b) Đơn vị thực hiện: Các Đội chuyên trách …": beside the leads,
      // those who carry it out support them (bcdqg1237-252-kh-bcdqg1237-2013.txt:205).
      const carriesOut = /^(?:Đơn vị|Cơ quan)\s+thực hiện\s*:/u.test(block.body) && group.leads.length > 0;
      for (const label of labels)
        this.giveGroup(carriesOut && label.field === 'lead' ? 'coordinator' : label.field, label.value);
      return;
    }
    const field = groupLabelField(block.body);
    if (field !== null) {
      group.field = field;
      return;
    }
    this.giveGroup(group.field ?? 'lead', block.body);
  }

  private giveGroup(field: LabelField, value: string): void {
    const group = this.group!;
    const flat = value.replace(/[.;]+$/u, '').trim();
    if (field === 'time') {
      group.time ??= flat === '' ? null : flat;
      return;
    }
    if (field !== 'lead' && field !== 'coordinator') return;
    group.field = field;
    if (flat !== '') (field === 'lead' ? group.leads : group.coordinators).push(flat);
  }

  /** Gives a group's assignment to each of its tasks that names none of its own. */
  private closeGroup(): void {
    const group = this.group;
    if (group === null) return;
    this.group = null;
    const root = this.tasks.indexOf(group.draft);
    const under = (task: TaskDraft): boolean => {
      for (let parent = task.parent; parent !== null; parent = this.tasks[parent]!.parent) {
        if (parent === root) return true;
      }
      return false;
    };
    for (const task of this.tasks.slice(root + 1).filter(under)) {
      if (task.leads.length === 0) task.leads.push(...group.leads);
      if (task.coordinators.length === 0) task.coordinators.push(...group.coordinators);
      task.timeframe ??= group.time;
    }
  }

  /**
   * A section whose heading has one duty under it is one task from the heading's line ("5. Sở
   * Khoa học và Công nghệ:" / "Chỉ đạo các doanh nghiệp viễn thông …", tvpl-62f25a030c183151.md:285).
   */
  private closeSection(): void {
    const section = this.section;
    if (section === null) return;
    this.section = null;
    if (section.duties.length === 1 && section.duties[0]!.code === section.code) {
      section.duties[0]!.lineStart = section.heading.lineStart;
    }
  }

  private readNumbered(block: Block): void {
    this.numbered = true;
    this.skipped = null;
    this.section = null;
    this.duty = null;
    this.lettered = null;
    if (this.group !== null) {
      this.group.labelling = false;
      this.group.list = null;
      // "2. Cơ quan chủ trì, phối hợp", "3. Thời gian thực hiện: Tháng 12/2013 …" assign the group.
      const field = readLabels(block.body).length > 0 ? 'labels' : groupLabelField(block.body);
      if (field !== null) {
        this.item = null;
        this.group.labelling = true;
        this.group.field = field === 'labels' ? null : field;
        if (field === 'labels') this.readGroupLabel(block);
        return;
      }
      // "1. Nội dung, biện pháp" heads the group's items, and is none itself.
      if (CONTENTS_LABEL.test(block.body)) {
        this.item = null;
        this.group.list = `${this.printed.get(this.group.draft)}.${block.code}`;
        return;
      }
    }
    const depth = block.code!.split('.').length;
    if (this.assigner !== null && depth < this.assigner.depth) this.assigner = null;
    const heading = sectionHeading(block.body);
    if (heading !== null) {
      this.item = null;
      this.bare = [];
      this.section = newSection(heading.agencies, this.qualified(block.code!), block);
      // "2. Văn phòng UBND tỉnh: Phối hợp với …" (son-la-254-qd-ubnd-2023.txt:77): the duty is on the line.
      if (heading.duty !== null && !heading.duty.endsWith(':')) this.addDuty(block, heading.duty);
      return;
    }
    if (this.mode === 'implementation') {
      this.bare = [];
      this.item = this.readAssignedItem(block, block.code!, null, depth);
      return;
    }
    if (this.parameters || PARAMETER.test(block.body) || FUNDING.test(block.body) || SITUATION.test(block.body)) {
      this.item = null;
      this.bare = [];
      this.skipped = block;
      return;
    }
    const number = this.group === null ? block.code! : `${this.printed.get(this.group.draft)}.${block.code}`;
    const draft = this.pushItem(block, number);
    const joins = this.runOpen && this.bare.length > 0 && this.bare.at(-1)!.parent === draft.parent;
    this.bare = joins ? [...this.bare, draft] : [draft];
    this.runOpen = true;
    this.item = draft;
  }

  /**
   * An item of "TỔ CHỨC THỰC HIỆN": a task when it says who acts or an agency was handed it,
   * tentatively one otherwise; null for funding and closing clauses.
   */
  private readAssignedItem(block: Block, code: string, parent: TaskDraft | null, depth: number): TaskDraft | null {
    if (CLOSING.test(block.body) || isRequest(block.body) || FUNDING.test(block.body)) return null;
    const actor = actorOf(block.body);
    // "1. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì … các nhiệm vụ sau:"
    // (tvpl-437c3beb60ae2874.md:329) heads its agency's duties, and hands on the items after it
    // (KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx:28); it is no task itself.
    if (actor !== null && block.kind === 'numbered' && block.body.endsWith(':')) {
      this.assigner = { agencies: actor, depth };
      this.section = newSection(actor, this.qualified(code), block, readRoles(block.body).partners);
      return null;
    }
    const draft = this.pushItem(block, code, parent);
    if (actor === null) {
      if (this.assigner !== null && depth >= this.assigner.depth) draft.leads.push(this.assigner.agencies);
      else this.tentative.add(draft);
      return draft;
    }
    draft.leads.push(actor);
    const roles = readRoles(block.body);
    if (roles.partners !== null) draft.coordinators.push(roles.partners);
    return draft;
  }

  /**
   * A paragraph of a part of tasks that numbers no items: a task, unnumbered ("III. GIẢI PHÁP
   * THỰC HIỆN" / "Triển khai thực hiện đồng bộ …", tvpl-448306af3d3a91f7.md:338); a heading in
   * capitals or a pointer to an appendix ("Danh mục các nhiệm vụ … tại Phụ lục II") is none.
   */
  private readItemlessParagraph(block: Block): TaskDraft | null {
    if (isUpperCaseLine(block.body) || /Phụ lục|kèm theo/iu.test(block.body)) return null;
    const draft: TaskDraft = {
      code: null,
      part: this.part.code,
      title: block.body,
      text: '',
      timeframe: null,
      expectedResult: null,
      leads: [],
      coordinators: [],
      parent: null,
      sectionText: this.part.title,
      lineStart: block.lineStart,
      lineEnd: block.lineEnd,
      missingLead: null,
    };
    readParagraph(block.body, draft);
    const actor = actorOf(block.body);
    if (draft.leads.length === 0 && actor !== null) draft.leads.push(actor);
    this.tasks.push(draft);
    return null;
  }

  /**
   * A paragraph of "TỔ CHỨC THỰC HIỆN" before its numbered items: a task, unnumbered, when it
   * opens with who acts ("Căn cứ Kế hoạch này …, Trưởng các phòng, đơn vị trực thuộc Sở xây dựng
   * kế hoạch …", bac-giang-skhcn-kh-2024-cong-nghe-sinh-hoc.txt:201); a request ("Yêu cầu các sở
   * …") or the closing "Trên đây là Kế hoạch …" is none.
   */
  private readOpeningParagraph(block: Block): TaskDraft | null {
    const body = block.body;
    if (/^Đề nghị/u.test(body) || CLOSING.test(body) || isRequest(body)) return null;
    const actor = actorOf(block.body);
    if (actor === null) return null;
    const roles = readRoles(block.body);
    // "Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc:" / "1. …" / "2. …"
    // (KH-3024_27.5.2026_Ky-rieng-Sin-Quyen.docx:39) hands on the items after it.
    if (body.endsWith(':')) {
      this.assigner = { agencies: actor, depth: 1 };
      return null;
    }
    const draft: TaskDraft = {
      code: null,
      title: block.body,
      text: block.body,
      timeframe: null,
      expectedResult: null,
      leads: [actor],
      coordinators: roles.partners === null ? [] : [roles.partners],
      parent: null,
      sectionText: this.part.title,
      lineStart: block.lineStart,
      lineEnd: block.lineEnd,
      missingLead: null,
    };
    this.tasks.push(draft);
    return draft;
  }

  private readLettered(block: Block): void {
    const target = this.duty ?? this.lettered ?? this.item;
    if (readLabels(block.body).length > 0) {
      if (target !== null) this.applyLabels(block, target);
      return;
    }
    if (this.section !== null) {
      this.section.dutyKind = 'lettered';
      this.addDuty(block, block.body, `${this.section.code}.${block.code}`);
      return;
    }
    if (this.group?.list != null && this.item === null) {
      // "1. Nội dung, biện pháp" / "a) Tổ chức Hội nghị quán triệt …": an item of the group.
      this.lettered = this.pushItem(block, `${this.group.list}.${block.code}`, this.group.draft);
      return;
    }
    if (this.numbered && this.item === null) return; // under an item that is not a task
    if (FUNDING.test(block.body)) return;
    const parent = this.item;
    const code = parent === null ? block.code! : `${this.printed.get(parent)}.${block.code}`;
    if (this.mode === 'implementation') {
      this.lettered = this.readAssignedItem(block, code, parent, code.split('.').length);
      return;
    }
    this.lettered = this.pushItem(block, code, parent);
  }

  private readContent(block: Block): void {
    let target = this.duty ?? this.lettered ?? this.item;
    const labels = readLabels(block.body);
    if (labels.length > 0) {
      // "4.1. Kinh phí thực hiện" / "b) Cơ quan thực hiện:" / "- Đơn vị chủ trì: …"
      // (ha-noi-308-kh-ubnd-2025.txt:186): an item the plan assigns is a task, funding or not.
      if (target === null && this.skipped !== null && labels.some((label) => label.field === 'lead')) {
        target = this.item = this.pushItem(this.skipped, this.skipped.code!);
      }
      if (target !== null) this.applyLabels(block, target);
      return;
    }
    if (this.section !== null) {
      this.readDuty(block);
      return;
    }
    if (this.mode === 'implementation' && !this.numbered) {
      const task = this.readOpeningParagraph(block);
      if (task !== null || target === null) {
        this.item = task ?? this.item;
        return;
      }
    }
    if (target === null && this.mode === 'tasks' && this.itemless) {
      this.item = this.readItemlessParagraph(block);
      return;
    }
    if (target === null) return;
    this.bare = [];
    this.runOpen = false;
    readParagraph(block.body, target);
    target.lineEnd = block.lineEnd;
  }

  /** A bullet or paragraph under a section's heading: a duty, or the rest of the duty before it. */
  private readDuty(block: Block): void {
    const section = this.section!;
    if (this.duty !== null && this.continues(block)) {
      this.duty.text = `${this.duty.text} ${block.body}`;
      this.duty.title = `${this.duty.title} ${block.body}`;
      this.duty.lineEnd = block.lineEnd;
      return;
    }
    // Under a lettered duty ("a) Chủ trì, phối hợp với …" / "- …", tvpl-f1e0981425ec38be.md:438)
    // the "-" lines are its text, and the partners they name coordinate it.
    if (section.dutyKind === 'lettered') {
      if (this.duty === null) return;
      this.duty.text = `${this.duty.text} ${block.body}`;
      this.duty.lineEnd = block.lineEnd;
      const partners = partnersOf(block.body);
      if (partners !== null) this.duty.coordinators.push(partners);
      return;
    }
    // A heading a web copy printed as two bold blocks ("3. Đề nghị Ủy ban Mặt trận … Hội Liên hiệp" /
    // "Phụ nữ Thành phố và các tổ chức thành viên của Mặt trận", tvpl-31fb08f34535fce3.md:418-421;
    // the second block is 13 words, so a rest of a name may be as long as 16).
    if (
      section.duties.length === 0 &&
      block.kind === 'text' &&
      !/[.;:!?]$/u.test(block.body) &&
      !/[.;:]$/u.test(section.heading.body) &&
      block.body.split(/\s+/).length <= 16 &&
      !/\s(?:chủ trì|phối hợp|thực hiện|triển khai|tham mưu)(?![\p{L}])/u.test(block.body)
    ) {
      section.agencies = `${section.agencies} ${block.body}`;
      return;
    }
    // "Trong đó giao Giám đốc Công an tỉnh chỉ đạo thực hiện:" (son-la-254-qd-ubnd-2023.txt:69),
    // "Chủ trì, phối hợp với các sở, ngành … :" (tvpl-f1e0981425ec38be.md:525) introduce the
    // duties below them, whose coordinators they name.
    if (block.kind === 'text' && block.body.endsWith(':')) {
      section.partners = partnersOf(block.body);
      this.duty = null;
      return;
    }
    // "(Có Danh mục nhiệm vụ … gửi kèm theo)." points elsewhere; a sentence naming everyone that
    // closes the text ("Các sở, ban, ngành; Chủ tịch UBND huyện … nghiêm túc triển khai thực
    // hiện …./.", hung-yen-ubnd-kh-2023-cong-nghe-sinh-hoc.txt:163) is no duty of the section.
    if (CLOSING.test(block.body) || /^\(.*\)\.?$/u.test(block.body)) return;
    if (/\.\/\.$/u.test(block.body) && actorOf(block.body) !== null) return;
    if (block.body !== '' && !/^Yêu cầu/u.test(block.body) && isRequest(block.body)) return;
    section.dutyKind ??= block.kind;
    this.addDuty(block, block.body);
  }

  /** Whether a block goes on with the duty before it: cut mid-sentence, it starts in lower case. */
  private continues(block: Block): boolean {
    const previous = this.last;
    if (previous === null || previous.kind === 'numbered') return false;
    return !/[.;:!?…)"”]$/u.test(previous.body) && /^[\p{Ll}(“"]/u.test(block.body);
  }

  private addDuty(block: Block, duty: string, code = this.section!.code): void {
    const section = this.section!;
    const { leads, coordinators } = dutyRoles(section.agencies, duty);
    // A duty that names no partner has those its heading or introduction names.
    if (coordinators.length === 0 && section.partners !== null) coordinators.push(section.partners);
    const draft: TaskDraft = {
      code,
      title: duty,
      text: duty,
      timeframe: null,
      expectedResult: null,
      leads,
      coordinators,
      parent: null,
      sectionText: `${this.part.title} ${section.heading.body}`,
      lineStart: block.lineStart,
      lineEnd: block.lineEnd,
      missingLead: null,
    };
    this.tasks.push(draft);
    section.duties.push(draft);
    this.duty = draft;
  }

  private applyLabels(block: Block, target: TaskDraft): void {
    const before = { leads: target.leads.length, coordinators: target.coordinators.length, time: target.timeframe };
    applyLabels(block.body, target);
    target.lineEnd = Math.max(target.lineEnd, block.lineEnd);
    this.runOpen = false;
    // "3.1. …" / "3.2. …" / "3.3. …" / "- Thời gian …" / "- Đơn vị chủ trì: …": the labels after
    // items printed bare cover them all (quang-ninh-luong-minh-16-kh-mttq-btt-2025.txt:140-152).
    if (target !== this.item || this.bare.length < 2 || this.bare.at(-1) !== target) return;
    for (const sibling of this.bare.slice(0, -1)) {
      sibling.leads.push(...target.leads.slice(before.leads));
      sibling.coordinators.push(...target.coordinators.slice(before.coordinators));
      if (target.timeframe !== before.time) sibling.timeframe ??= target.timeframe;
    }
  }

  /** A numbered or lettered item's draft: its parent the item numbered one level up ("1" for "1.2"). */
  private pushItem(block: Block, code: string, parentDraft: TaskDraft | null = null): TaskDraft {
    const parentCode = code.includes('.') ? code.slice(0, code.lastIndexOf('.')) : null;
    const parent =
      parentDraft !== null
        ? this.tasks.indexOf(parentDraft)
        : parentCode === null
          ? null
          : (this.indexByCode.get(parentCode) ?? null);
    let heading = block.body.replace(/:$/, '').trim();
    const leads: string[] = [];
    const coordinators: string[] = [];
    const inline = inlineAssignment(heading);
    if (inline !== null) {
      heading = inline.rest.replace(/[.;]$/, '');
      leads.push(inline.lead);
      if (inline.partners !== null) coordinators.push(inline.partners);
    }
    let timeframe: string | null = null;
    const time = TRAILING_TIME.exec(heading);
    if (time !== null) {
      timeframe = time[1]!.trim();
      heading = heading.slice(0, time.index).trim();
    }
    const period = timeframe === null ? HEADING_PERIOD.exec(heading) : null;
    if (period !== null) timeframe = period[0];
    if (this.mode === 'tasks' && leads.length === 0) {
      // "1. Các sở, ban, ngành …; UBND các huyện, thành phố tiếp tục tổ chức tuyên truyền …"
      // (son-la-254-qd-ubnd-2023.txt:47): the item opens with who does it.
      const actor = actorOf(heading);
      if (actor !== null) leads.push(actor);
      const roles = readRoles(heading);
      if (actor !== null && roles.partners !== null) coordinators.push(roles.partners);
    }
    const draft: TaskDraft = {
      code: this.mode === 'tasks' ? code : this.qualified(code),
      title: heading,
      text: heading,
      timeframe,
      expectedResult: null,
      leads,
      coordinators,
      parent,
      sectionText: parent === null ? this.part.title : `${this.tasks[parent]!.sectionText} ${this.tasks[parent]!.text}`,
      lineStart: block.lineStart,
      lineEnd: block.lineEnd,
      missingLead: null,
    };
    if (this.mode === 'tasks') draft.part = this.part.code;
    if (period !== null) draft.periodOfItems = period[0];
    this.indexByCode.set(code, this.tasks.length);
    this.printed.set(draft, code);
    this.tasks.push(draft);
    return draft;
  }

  /** A code with the part's numeral ("IV.2"), as "TỔ CHỨC THỰC HIỆN" and its sections are coded. */
  private qualified(number: string): string {
    return qualify(this.part.code, number);
  }

  /** Takes out the tentative items under which nothing turned out to be a task. */
  private dropTentative(): void {
    if (this.tentative.size === 0) return;
    const mine = this.tasks.slice(this.start);
    const keep = mine.map((task) => !this.tentative.has(task) || task.leads.length > 0);
    for (let i = mine.length - 1; i >= 0; i--) {
      const parent = mine[i]!.parent;
      if (keep[i] && parent !== null && parent >= this.start) keep[parent - this.start] = true;
    }
    const index = new Map<number, number>();
    const kept: TaskDraft[] = [];
    mine.forEach((task, i) => {
      if (!keep[i]) return;
      index.set(this.start + i, this.start + kept.length);
      kept.push(task);
    });
    for (const task of kept) {
      if (task.parent !== null && task.parent >= this.start) task.parent = index.get(task.parent) ?? null;
    }
    this.tasks.splice(this.start, mine.length, ...kept);
  }
}

/**
 * A code with its part's numeral ("IV" and "2" → "IV.2"), unless it already holds it: the items
 * of a part numbered "4." are printed "4.1", "4.2" (KH-1105-DKT-ke-hoach-kiem-tra.pdf:87).
 */
export function qualify(part: string, number: string): string {
  if (part === '' || (/^\d+$/.test(part) && number.startsWith(`${part}.`))) return number;
  return `${part}.${number}`;
}
