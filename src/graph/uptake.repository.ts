/**
 * Reads of how documents were taken up: each task with the tasks that derive from it (the
 * derived DERIVES_FROM links), the provinces with no plan implementing a document, and the tasks
 * of other provinces most like a task (ranked on demand).
 */
import { terms, tfidf, cosine } from '../derive/index.js';
import { byName } from '../text/index.js';
import type { Reader } from './driver.js';
import type { NodeRecord } from './node.repository.js';

/** A task that derives from another, with how the link was found. */
export interface DerivedTaskRecord {
  task: NodeRecord;
  score: number;
  method: string;
}

/** One of a document's tasks, with the tasks deriving from it and the ids of those it derives from. */
export interface TaskUptakeRecord {
  task: NodeRecord;
  derived: DerivedTaskRecord[];
  derivesFrom: string[];
}

/** A document's tasks as taken up, and the documents above it its tasks were compared with. */
export interface DocumentUptakeRecord {
  tasks: TaskUptakeRecord[];
  comparedWith: NodeRecord[];
}

const NO_UPTAKE: DocumentUptakeRecord = { tasks: [], comparedWith: [] };

/** The uptake of each document, aligned with `ids`. */
export async function listDocumentUptake(db: Reader, ids: readonly string[]): Promise<DocumentUptakeRecord[]> {
  const rows = await db.read('api/list-document-uptake', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id as string, row as unknown as DocumentUptakeRecord]));
  return ids.map((id) => byId.get(id) ?? NO_UPTAKE);
}

/** Which provinces provincesWithout looks at, and which documents count. */
export interface ProvincesWithoutQuery {
  id: string;
  /** Pattern over the issuer's key; null: any issuer. */
  issuerPattern: string | null;
  kind: string | null;
  /** Null: the current provinces with the former ones folded in. */
  provinceIds: string[] | null;
}

/** The provinces with no document implementing `query.id`, in name order. */
export async function listProvincesWithout(db: Reader, query: ProvincesWithoutQuery): Promise<NodeRecord[]> {
  const rows = await db.read('api/list-provinces-without', { ...query });
  return byName(rows.map((row) => row.province as NodeRecord));
}

/** A task like another, with its cosine. */
export interface SimilarTaskRecord {
  task: NodeRecord;
  score: number;
}

/** Index hits looked at per task: enough to rank, bounded so one task never reads the corpus. */
export const SIMILAR_CANDIDATES = 200;

/** Words of a task sent to the full-text index (Lucene's default limit is 1024 clauses). */
const QUERY_WORDS = 60;

/**
 * For each task, the `first` tasks of other provinces most like it: candidates from the full-text
 * index over folded words, ranked by the TF-IDF cosine of src/derive/ (idf over the task and its
 * candidates), best first; ties by id. Only tasks with a cosine above 0.
 */
export async function listSimilarTasks(
  db: Reader,
  tasks: readonly NodeRecord[],
  first: number,
): Promise<SimilarTaskRecord[][]> {
  const requests = tasks.map((task) => ({ id: task.id, query: queryOf(String(task.text ?? task.title ?? '')) }));
  const usable = requests.filter((request) => request.query.length > 0);
  const rows =
    usable.length === 0
      ? []
      : await db.read('api/list-similar-candidates', { requests: usable, limit: SIMILAR_CANDIDATES });
  const byId = new Map(rows.map((row) => [row.id as string, row.candidates as NodeRecord[]]));
  return tasks.map((task) => {
    const candidates = byId.get(task.id) ?? [];
    if (candidates.length === 0) return [];
    const vectors = tfidf([task, ...candidates].map((node) => String(node.text ?? '')));
    return candidates
      .map((candidate, i) => ({
        task: candidate,
        score: Math.round(cosine(vectors[0]!, vectors[i + 1]!) * 1000) / 1000,
      }))
      .filter((similar) => similar.score > 0)
      .sort((a, b) => b.score - a.score || a.task.id.localeCompare(b.task.id))
      .slice(0, first);
  });
}

/** The task's distinct folded words (function words dropped), as a Lucene query of OR'd terms. */
function queryOf(text: string): string {
  const words = new Set(terms(text).filter((term) => !term.includes(' ')));
  return [...words].slice(0, QUERY_WORDS).join(' ');
}
