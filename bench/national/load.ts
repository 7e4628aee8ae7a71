/**
 * The load generator of the national benchmark, run as its own process so it never shares an
 * event loop or a core's time slices with the servers it measures: autocannon against one URL
 * with one POST body, for a bounded duration. Reads one JSON spec per line on stdin and prints one
 * JSON line per spec: requests per second, p50 and p99 latency (ms), and the count of failed
 * requests. One process serves every round, so no round pays for its start-up.
 *
 *   echo '{"url": ..., "body": ..., "connections": 8, "seconds": 3}' | node --import tsx bench/national/load.ts
 */
import readline from 'node:readline';
import autocannon from 'autocannon';

interface LoadSpec {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}

// One spec per input line, one result per output line, until stdin closes.
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line.trim() === '') continue;
  const spec = JSON.parse(line) as LoadSpec;
  const result = await autocannon({
    url: spec.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: spec.body,
    connections: spec.connections,
    duration: spec.seconds,
  });
  console.log(
    JSON.stringify({
      requestsPerSecond: result.requests.total / spec.seconds,
      p50: result.latency.p50,
      p99: result.latency.p99,
      failed: result.errors + result.timeouts + result.non2xx,
    }),
  );
}
