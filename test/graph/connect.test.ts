import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jTarget } from '../../src/config.js';
import { Database } from '../../src/graph/driver.js';
import { instancePassword } from '../../src/graph/server/local-server.js';
import { ensureSeeded } from '../../src/cli/seed.js';
import { startService, type RunningService } from '../../src/api/server.js';
import { postQuery, TEST_SERVICE_CONFIG } from '../helpers/api.js';
import { resetGraph, testDatabase } from '../helpers/database.js';

/**
 * A cluster or Aura is reached with a routing URI (neo4j://, neo4j+s://): the driver asks the
 * server for a routing table and sends reads to readers and writes to the leader. The test
 * instance answers routing too, so the same code is checked on that path here.
 */
describe('the project through a routing (neo4j://) URI', () => {
  let db: Database;
  let service: RunningService;
  beforeAll(async () => {
    const seeded = await testDatabase();
    await resetGraph(seeded);
    await ensureSeeded(seeded, () => {});
    await seeded.close();
    const target = neo4jTarget('test');
    const uri = target.uri.replace(/^bolt:/, 'neo4j:');
    db = await Database.connect({ ...target, uri, password: target.password ?? instancePassword('test') });
    service = await startService(db, TEST_SERVICE_CONFIG);
  });
  afterAll(async () => {
    await service.stop();
    await db.close();
  });

  it('routes reads and writes, each in its own kind of transaction', async () => {
    expect(db.uri).toMatch(/^neo4j:\/\//);
    await db.write("MERGE (:Domain {code: 'ROUTING_TEST'})");
    // A write issued in a read transaction is refused: reads really run as reads.
    await expect(db.read("CREATE (:Domain {code: 'NOT_WRITTEN'})")).rejects.toThrow(/write|read/i);
    const rows = await db.read("MATCH (d:Domain {code: 'ROUTING_TEST'}) RETURN count(d) AS n");
    expect(rows).toEqual([{ n: 1 }]);
    await db.write("MATCH (d:Domain {code: 'ROUTING_TEST'}) DELETE d");
  });

  it('answers the API over it: a task traced to 36-NQ/TW', async () => {
    const { data, errors } = await postQuery(
      service.url,
      '{ task(id: "task/tay-ninh/khcn/kh/2024/x-8ec80726/4.1") { lineagePaths { symbol } } }',
    );
    expect(errors).toBeUndefined();
    expect(
      (data as { task: { lineagePaths: { symbol: string | null }[][] } }).task.lineagePaths[0]!.map((d) => d.symbol),
    ).toEqual([null, '3300/KH-UBND', '180-CTr/TU', '36-NQ/TW']);
  });
});
