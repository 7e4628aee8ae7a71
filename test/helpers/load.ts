/**
 * A load generator run as its own Node process (see test/api/outage.test.ts): `workers` loops
 * POST one GraphQL query to the service until the parent says stop, or the time or request bound
 * is reached, and report every answer (when it was sent, how long it took, whether it was JSON,
 * its error code) back over IPC. Bounded in count and time, and only ever to 127.0.0.1.
 *
 * Usage: fork(this file, [url, workers, maxRequests, maxMs]); the parent sends 'stop'; the child
 * answers with one `LoadReport` message and exits 0.
 */
import { pathToFileURL } from 'node:url';

/** One request's fate. `sentAt` is ms since the epoch; `code` is OK, an extensions.code, or what failed. */
export interface Answer {
  sentAt: number;
  ms: number;
  status: number;
  json: boolean;
  code: string;
}

/** What the child sends back. */
export interface LoadReport {
  answers: Answer[];
}

/**
 * A question a user asks, answered by one short transaction. Light on purpose: right after a
 * restart Neo4j plans every query cold, and the lineage and task-page queries took 6-12 s to
 * plan on the busy 2-core machine, which would measure Neo4j's planner, not the service's
 * reconnection. The test reports how long the first heavy query took after the restart.
 */
/** The document the load asks for. */
export const LOAD_DOCUMENT = 'doc/vn/tw/nq/2023/36';
export const LOAD_QUERY = `{ document(id: "${LOAD_DOCUMENT}") { symbol kind title } }`;

/** A request that takes longer than this is cut off and counted as hung (code HUNG). */
const REQUEST_BOUND_MS = 15_000;

async function ask(url: string): Promise<Answer> {
  const sentAt = Date.now();
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOAD_QUERY }),
      signal: AbortSignal.timeout(REQUEST_BOUND_MS),
    });
    const text = await response.text();
    const ms = Date.now() - sentAt;
    let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return { sentAt, ms, status: response.status, json: false, code: 'NOT_JSON' };
    }
    const code = body.errors?.length ? String(body.errors[0]!.extensions?.code ?? 'NO_CODE') : 'OK';
    return { sentAt, ms, status: response.status, json: true, code };
  } catch (error) {
    const name = (error as Error).name;
    return {
      sentAt,
      ms: Date.now() - sentAt,
      status: 0,
      json: false,
      code: name === 'TimeoutError' ? 'HUNG' : `FETCH_FAILED ${name}`,
    };
  }
}

async function main(): Promise<void> {
  const [url = '', workers = '4', maxRequests = '20000', maxMs = '90000'] = process.argv.slice(2);
  if (!/^http:\/\/(127\.0\.0\.1|localhost):\d+\//.test(url)) {
    throw new Error(`The load generator only targets 127.0.0.1, got "${url}".`);
  }
  const answers: Answer[] = [];
  const deadline = Date.now() + Number(maxMs);
  let stopping = false;
  process.on('message', (message) => {
    if (message === 'stop') stopping = true;
  });
  const loop = async (): Promise<void> => {
    while (!stopping && Date.now() < deadline && answers.length < Number(maxRequests)) {
      const answer = await ask(url);
      answers.push(answer);
      // Failures come back fast during an outage; pause so the loop stays a load, not a spin.
      if (answer.code !== 'OK') await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await Promise.all(Array.from({ length: Number(workers) }, loop));
  const report: LoadReport = { answers };
  await new Promise<void>((resolve) => process.send!(report, () => resolve()));
  process.disconnect();
}

// Run only as the forked process; the test imports LOAD_QUERY from here too.
if (process.send !== undefined && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
