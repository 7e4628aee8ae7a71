/**
 * `ingest [--dry-run] [--json] <files...>`.
 */
export async function ingestCommand(_args: string[]): Promise<number> {
  console.error('ingest: not available yet.');
  return 2;
}
