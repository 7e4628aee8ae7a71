/**
 * Reads of provinces: the list, and the batch function behind Province's merger fields.
 */
import { byName } from '../text/index.js';
import type { Reader } from './driver.js';
import type { NodeRecord } from './node.repository.js';

/** The provinces by name; `current` true keeps the 34 of today, false the former ones. */
export async function listProvinces(db: Reader, current: boolean | null): Promise<NodeRecord[]> {
  const rows = await db.read('api/list-provinces', { current });
  return byName(rows.map((row) => row.province as NodeRecord));
}

/** A province's place in the 2025 merger. */
export interface ProvinceRelations {
  mergedInto: NodeRecord | null;
  mergedOn: string | null;
  formerProvinces: NodeRecord[];
}

const NO_RELATIONS: ProvinceRelations = { mergedInto: null, mergedOn: null, formerProvinces: [] };

export async function listProvinceRelations(db: Reader, ids: readonly string[]): Promise<ProvinceRelations[]> {
  const rows = await db.read('api/list-province-relations', { ids: [...new Set(ids)] });
  const byId = new Map(rows.map((row) => [row.id as string, row as unknown as ProvinceRelations]));
  return ids.map((id) => byId.get(id) ?? NO_RELATIONS);
}
