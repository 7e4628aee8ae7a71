import { openDatabase } from '../src/graph/connect.js';
const db = await openDatabase('test', { timeoutMs: 60_000 });
for (;;) {
  const [r] = await db.write('MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS d');
  if ((r!.d as number) === 0) break;
}
await db.close();
