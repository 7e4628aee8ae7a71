/**
 * The baseline of the national benchmark: a bare node:http handler running hand-written Cypher
 * through neo4j-driver, one auto-commit read per request. POST /<question> with the parameters as
 * a JSON body; the answer is the rows as JSON.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';

/** The best Cypher we can write for each benchmark question, one statement each. */
export const HANDWRITTEN: Record<string, string> = {
  // Every chain from the task's document up to a root directive.
  // A task's document is found by its id (an index seek), not along HAS_TASK, as in the project.
  lineage: `MATCH (t:Task {id: $id})
    MATCH (d:Document {id: t.documentId})
    MATCH p = (d)-[:IMPLEMENTS*0..12]->(root:Document)
    WHERE NOT EXISTS { (root)-[:IMPLEMENTS]->(:Document) }
    RETURN [n IN nodes(p) | n.id] AS path ORDER BY length(p), path`,
  // Starts from the agency: its LED_BY tasks, the page taken before the document is joined.
  responsibility: `MATCH (:Agency {id: $id})<-[:LED_BY]-(t:Task)
    WITH t ORDER BY t.documentId, t.ordinal LIMIT 50
    MATCH (d:Document {id: t.documentId})
    RETURN t.id AS id, t.title AS title, d.symbol AS symbol, t.province AS province`,
  // The plans below the directive in id order, each one's tasks through the task_document index
  // in text order, until 50 (rather than all their tasks sorted).
  implementing: `MATCH (:Document {id: $id})<-[:IMPLEMENTS*1..12]-(d:Document)
    WITH DISTINCT d.id AS documentId ORDER BY documentId
    CALL (documentId) {
      MATCH (t:Task) WHERE t.documentId = documentId
      RETURN t ORDER BY t.ordinal
    }
    WITH t LIMIT 50
    RETURN t.id AS id, t.title AS title, t.province AS province`,
  // The explorer's view: the task, up to 50 nodes next to it, and every relationship among them.
  neighbourhood: `MATCH (t:Task {id: $id})
    CALL (t) {
      MATCH (t)--(m)
      WITH DISTINCT m ORDER BY head(labels(m)), m.id LIMIT 50
      RETURN collect(m) AS near
    }
    WITH [t] + near AS nodes
    CALL (nodes) {
      UNWIND nodes AS a
      MATCH (a)-[r]->(b)
      WHERE b IN nodes
      RETURN collect({source: a.id, target: b.id, type: type(r)}) AS edges
    }
    RETURN [n IN nodes | n {.id, label: head(labels(n))}] AS nodes, edges`,
  search: `CALL db.index.fulltext.queryNodes('search_text', $query, {limit: $limit}) YIELD node, score
    RETURN node.id AS id, score ORDER BY score DESC, id`,
  coverage: `MATCH (t:Task)-[:IN_DOMAIN]->(m:Domain)
    WHERE t.province IS NOT NULL
    RETURN t.province AS province, m.code AS domain, count(DISTINCT t) AS tasks ORDER BY province, domain`,
  page: `MATCH (t:Task) WHERE t.documentId IS NOT NULL
    WITH t ORDER BY t.documentId, t.ordinal LIMIT 50
    MATCH (d:Document {id: t.documentId})
    CALL (t) {
      OPTIONAL MATCH (t)-[r:LED_BY]->(l:Agency)
      WITH l ORDER BY r.ordinal
      RETURN collect(l {.id, .name}) AS leads
    }
    RETURN t.id AS id, t.title AS title, leads, d {.id, .symbol} AS document`,
};

/** A running bare handler. */
export interface RunningHandwritten {
  url: string;
  stop(): Promise<void>;
}

export async function startHandwritten(driver: Driver): Promise<RunningHandwritten> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const query = HANDWRITTEN[(req.url ?? '/').slice(1)];
      if (query === undefined) {
        res.writeHead(404).end();
        return;
      }
      const params = chunks.length === 0 ? {} : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as object);
      // An auto-commit read, as the project's reads are: RUN and PULL in one round trip, where a
      // managed transaction (executeRead) adds BEGIN and COMMIT (about 1.7× the reads per second).
      const session = driver.session({ defaultAccessMode: 'READ' });
      session
        .run(query, params)
        .then((result) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(result.records.map((record) => record.toObject())));
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: String(error) }));
        })
        .finally(() => session.close());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
