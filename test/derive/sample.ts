/**
 * The hand-checked sample behind SIMILARITY_THRESHOLD: pairs of a seed plan's task (by seed and
 * the line its task starts on) and a task of the parent written for the test
 * (fixtures/tw-nq-2023-36.txt, by code; null for its unnumbered duty), each judged by reading both:
 * `same` when the provincial task carries out that parent task (restates it, or is a part of it),
 * false otherwise. Drawn from every third task of the four plans that implement 36-NQ/TW, with its
 * most similar parent task, and for every sixth also the runner-up, at a cosine before any
 * threshold was set, so the sample holds both near misses and clear cases.
 */
import type { SEEDS } from '../helpers/ingest.js';

export interface JudgedPair {
  seed: keyof typeof SEEDS;
  line: number;
  parent: string | null;
  same: boolean;
  /** Why, in a few words. */
  note: string;
}

export const SAMPLE: JudgedPair[] = [
  { seed: 'bacGiang2024', line: 223, parent: '3.3', same: false, note: 'tuyên truyền thành tựu: a task of 1' },
  { seed: 'bacGiang2024', line: 226, parent: '2', same: true, note: 'rà soát cơ chế, chính sách' },
  { seed: 'bacGiang2024', line: 226, parent: '1', same: false, note: 'policies, not awareness' },
  { seed: 'bacGiang2024', line: 230, parent: '3', same: true, note: 'restates 3' },
  { seed: 'bacGiang2024', line: 233, parent: '3.1', same: true, note: 'giống vật nuôi: agriculture' },
  { seed: 'bacGiang2024', line: 233, parent: '4', same: false, note: 'breeding, not human resources' },
  { seed: 'bacGiang2024', line: 238, parent: '3.2', same: true, note: 'chẩn đoán, điều trị: health' },
  { seed: 'bacGiang2024', line: 243, parent: '4', same: true, note: 'đào tạo, thu hút nhân lực' },
  { seed: 'bacGiang2024', line: 243, parent: '5', same: false, note: 'training, not cooperation' },
  { seed: 'bacGiang2024', line: 246, parent: '4', same: true, note: 'đầu tư cơ sở vật chất' },
  { seed: 'bacGiang2024', line: 249, parent: '5', same: true, note: 'hợp tác trong và ngoài nước' },
  { seed: 'bacGiang2024', line: 249, parent: '3', same: false, note: 'cooperation, not application' },
  { seed: 'bacGiang2024', line: 37, parent: '1', same: true, note: 'tuyên truyền nâng cao nhận thức' },
  { seed: 'bacGiang2024', line: 53, parent: '3.1', same: true, note: 'CNSH trong nông nghiệp' },
  { seed: 'bacGiang2024', line: 53, parent: '3.3', same: false, note: 'agriculture, not industry' },
  { seed: 'bacGiang2024', line: 91, parent: '3.1', same: true, note: 'chăn nuôi: agriculture' },
  { seed: 'bacGiang2024', line: 125, parent: '3.2', same: true, note: 'CNSH trong y tế' },
  { seed: 'bacGiang2024', line: 125, parent: '3.4', same: false, note: 'health, not environment' },
  { seed: 'bacGiang2024', line: 163, parent: '4', same: true, note: 'đầu tư cơ sở vật chất' },
  { seed: 'hungYen', line: 190, parent: '1', same: true, note: 'tuyên truyền, cập nhật thành tựu' },
  { seed: 'hungYen', line: 190, parent: '3.3', same: false, note: 'awareness, not industry' },
  { seed: 'hungYen', line: 193, parent: '3.5', same: false, note: 'reviews policies: a task of 2' },
  { seed: 'hungYen', line: 199, parent: '3', same: true, note: 'restates 3' },
  { seed: 'hungYen', line: 199, parent: '3.3', same: false, note: 'the whole of 3, not its industry part' },
  { seed: 'hungYen', line: 202, parent: '3.3', same: false, note: 'bio-industry in health: 3.2 or 3' },
  { seed: 'hungYen', line: 205, parent: '3.5', same: false, note: 'wildlife crime, not biosecurity' },
  { seed: 'hungYen', line: 205, parent: '4', same: false, note: 'not human resources' },
  { seed: 'hungYen', line: 211, parent: '4', same: true, note: 'nguồn nhân lực, cơ sở vật chất' },
  { seed: 'hungYen', line: 214, parent: '1', same: false, note: 'investment: a task of 4' },
  { seed: 'hungYen', line: 214, parent: '3.3', same: false, note: 'investment, not industry' },
  { seed: 'hungYen', line: 220, parent: '5', same: true, note: 'hợp tác trong nước và quốc tế' },
  { seed: 'hungYen', line: 223, parent: '5', same: true, note: 'hợp tác với trường, viện' },
  { seed: 'hungYen', line: 223, parent: '4', same: false, note: 'cooperation, not resources' },
  { seed: 'hungYen', line: 69, parent: '3', same: true, note: 'restates 3' },
  { seed: 'hungYen', line: 101, parent: '3.4', same: true, note: 'CNSH trong môi trường' },
  { seed: 'hungYen', line: 101, parent: '3.1', same: false, note: 'environment, not agriculture' },
  { seed: 'hungYen', line: 137, parent: '5', same: true, note: 'đẩy mạnh hợp tác' },
  { seed: 'hungYen', line: 157, parent: null, same: true, note: 'xây dựng chương trình, kế hoạch của đơn vị' },
  { seed: 'hungYen', line: 157, parent: '6', same: false, note: 'own plan, not the national programme' },
  { seed: 'langSon', line: 233, parent: '3', same: true, note: 'restates 3' },
  { seed: 'langSon', line: 329, parent: '3.4', same: true, note: 'lĩnh vực môi trường' },
  { seed: 'langSon', line: 329, parent: '2', same: false, note: 'environment, not policies' },
  { seed: 'langSon', line: 369, parent: '4', same: true, note: 'restates 4' },
  { seed: 'langSon', line: 489, parent: '4', same: false, note: 'ordering S&T tasks, not resources' },
  { seed: 'langSon', line: 489, parent: '3', same: true, note: 'đặt hàng đề tài ứng dụng, as its 3 says' },
  { seed: 'langSon', line: 513, parent: '3.3', same: false, note: 'vùng chuyên canh: agriculture' },
  { seed: 'langSon', line: 551, parent: '6', same: false, note: "the province's industry, not the national programme" },
  { seed: 'langSon', line: 551, parent: '3.3', same: true, note: 'CNSH trong lĩnh vực công nghiệp' },
  { seed: 'langSon', line: 569, parent: '3.5', same: true, note: 'an ninh quốc phòng' },
  { seed: 'langSon', line: 592, parent: '4', same: true, note: 'tiềm lực cơ sở vật chất' },
  { seed: 'langSon', line: 592, parent: '6', same: false, note: 'not the national programme' },
  { seed: 'langSon', line: 622, parent: '1', same: true, note: 'thông tin, tuyên truyền' },
  { seed: 'langSon', line: 651, parent: '1', same: true, note: 'phổ biến thành tựu' },
  { seed: 'langSon', line: 651, parent: '3', same: false, note: 'awareness, not application' },
  { seed: 'langSon', line: 681, parent: '5', same: false, note: 'mobilises investment, not cooperation' },
  { seed: 'tayNinh', line: 27, parent: '1', same: true, note: 'tuyên truyền, quán triệt' },
  { seed: 'tayNinh', line: 27, parent: '2', same: false, note: 'awareness, not policies' },
  { seed: 'tayNinh', line: 41, parent: '3', same: false, note: 'commendations, not application' },
  { seed: 'tayNinh', line: 55, parent: '5', same: false, note: 'training, not cooperation' },
  { seed: 'tayNinh', line: 55, parent: '4', same: true, note: 'bồi dưỡng nhân lực' },
  { seed: 'tayNinh', line: 69, parent: '1', same: false, note: 'demonstration models, not awareness' },
  { seed: 'tayNinh', line: 91, parent: '5', same: false, note: 'support to firms, not cooperation' },
  { seed: 'tayNinh', line: 91, parent: '4', same: false, note: 'support to firms, not resources' },
  { seed: 'tayNinh', line: 115, parent: '4', same: true, note: 'tăng cường tiềm lực' },
  { seed: 'tayNinh', line: 131, parent: '1', same: false, note: 'staffing the farm, not awareness' },
  { seed: 'tayNinh', line: 131, parent: '5', same: false, note: 'staffing, not cooperation' },
  { seed: 'tayNinh', line: 146, parent: '1', same: false, note: 'study tours, not awareness' },
  { seed: 'tayNinh', line: 169, parent: null, same: false, note: "follows up the plan, not one's own plan" },
  { seed: 'tayNinh', line: 169, parent: '6', same: false, note: 'not the national programme' },
];
