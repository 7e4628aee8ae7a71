/**
 * Vietnamese alphabetical order: Đ after D and before E, tones after the bare letter ("Bà Rịa"
 * before "Bắc Ninh"), where a database's code-point order puts every Đ after Y.
 */
const VIETNAMESE = new Intl.Collator('vi');

/** Compares two names in Vietnamese alphabetical order (for Array.prototype.sort). */
export function compareVietnamese(a: string, b: string): number {
  return VIETNAMESE.compare(a, b);
}

/** The records in the Vietnamese order of their `name`s (a new array). */
export function byName<T extends Record<string, unknown>>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => compareVietnamese(String(a['name'] ?? ''), String(b['name'] ?? '')));
}
