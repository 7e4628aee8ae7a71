/**
 * Reads of agencies: filtered keyset pages, and the batch function behind Agency's relation fields.
 */
import type { Reader } from './driver.js';
import type { NodeRecord } from './node.repository.js';

/** Filters of an agency list. */
export interface AgencyQuery {
  /** Folded words that must all occur in the folded name or an alias ([] for any). */
  words: string[];
  /** Province id (the slug of its name, `hung-yen`). */
  province: string | null;
  /** With province: also the provinces merged into it (MERGED_INTO). */
  includeFormer: boolean;
  /** Only agencies of this kind (Agency.kind). */
  kind: string | null;
}

/** Up to `limit` agencies after the id `after`, in id order. */
export async function listAgencies(
  db: Reader,
  query: AgencyQuery,
  after: string | null,
  limit: number,
): Promise<NodeRecord[]> {
  const rows = await db.read('api/list-agencies', { ...query, after, limit });
  return rows.map((row) => row.agency as NodeRecord);
}

/** How many agencies match (no node is loaded). */
export async function countAgencies(db: Reader, query: AgencyQuery): Promise<number> {
  const [row] = await db.read('api/count-agencies', { ...query });
  return (row?.total as number | undefined) ?? 0;
}

/** The nodes next to one agency. */
export interface AgencyRelations {
  parent: NodeRecord | null;
  units: NodeRecord[];
  issued: NodeRecord[];
}

const NO_RELATIONS: AgencyRelations = { parent: null, units: [], issued: [] };

export async function listAgencyRelations(db: Reader, ids: readonly string[]): Promise<AgencyRelations[]> {
  const rows = await db.read('api/list-agency-relations', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id as string, row as unknown as AgencyRelations]));
  return ids.map((id) => byId.get(id) ?? NO_RELATIONS);
}
