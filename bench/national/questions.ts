/**
 * The questions of the national benchmark, as each system is asked them: (a) the project's
 * GraphQL API, (b) @neo4j/graphql 7 with the same graph model, (c) hand-written Cypher behind a
 * bare HTTP handler (bench/national/handwritten.ts). Each has an `answer` that reduces a response
 * to the ids it names, so the three can be checked to agree before they are timed.
 */

/** The values a question is asked with, picked from the graph being measured. */
export interface Subjects {
  /** A task of a department's plan (its lineage has three levels). */
  taskId: string;
  /** The agency leading the most tasks. */
  agencyId: string;
  /** The directive the plans carry out (36-NQ/TW): every plan reaches it through one to three others. */
  directiveId: string;
  /** One word, folded, found in task texts only. */
  word: string;
  /** The Lucene query the project's search runs for `word` (read from the project's own request). */
  lucene: string;
}

/** One system's request for one question: a path under its URL, a JSON body, and the answer in it. */
export interface Ask {
  path: string;
  body: Record<string, unknown>;
  answer(response: any): unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export type SystemKey = 'project' | 'neo4jGraphql' | 'handwritten';

export interface Question {
  name: string;
  /** What @neo4j/graphql's version of the question does differently, when it cannot ask the same. */
  note?: string;
  ask: Record<SystemKey, (s: Subjects) => Ask>;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const sorted = <T>(values: T[]) => [...values].sort();
const gql = (query: string, variables: Record<string, unknown>, answer: (data: Json) => unknown): Ask => ({
  path: '',
  body: { query, variables },
  answer: (response: Json) => {
    if (response.errors) throw new Error(JSON.stringify(response.errors).slice(0, 500));
    return answer(response.data);
  },
});
const direct = (name: string, params: Record<string, unknown>, answer: (rows: Json[]) => unknown): Ask => ({
  path: name,
  body: params,
  answer: (rows: Json) => {
    if (!Array.isArray(rows)) throw new Error(JSON.stringify(rows).slice(0, 500));
    return answer(rows);
  },
});

/** Root-to-leaf chains of a nested `implements` tree, as "id>id>id" strings. */
function chains(doc: Json, prefix: string[] = []): string[] {
  const here = [...prefix, doc.id as string];
  const next = (doc.implements ?? []) as Json[];
  return next.length === 0 ? [here.join('>')] : next.flatMap((parent) => chains(parent, here));
}

interface Hit {
  id: string;
  score: number;
}

/**
 * A page of search hits as comparable facts: how many, the lowest score, and the ids scoring above
 * it. Which of several equally scored hits fill the page's last places is the index's choice (the
 * national corpus repeats task texts), so those ids are not compared.
 */
function hits(page: Hit[]): unknown {
  const round = (score: number) => Math.round(score * 1e4) / 1e4;
  const lowest = Math.min(...page.map((hit) => round(hit.score)));
  return {
    count: page.length,
    lowest,
    above: sorted(page.filter((hit) => round(hit.score) > lowest).map((hit) => hit.id)),
  };
}

const IMPLEMENTS_4 = 'id implements { id implements { id implements { id implements { id } } } }';

/**
 * @neo4j/graphql's filter "the document implements $id through 1 to 4 IMPLEMENTS": it has no
 * transitive filter, so each depth is spelt out (the national lineage is at most three deep).
 */
function implementsWithin(hops: number): string {
  const depths = Array.from({ length: hops }, (_, depth) => {
    let filter = '{ id: { eq: $id } }';
    for (let hop = 0; hop <= depth; hop++) filter = `{ implements: { some: ${filter} } }`;
    return filter;
  });
  return `{ OR: [${depths.join(', ')}] }`;
}

export const QUESTIONS: Question[] = [
  {
    name: 'lineage of a task',
    ask: {
      project: (s) =>
        gql('query($id: ID!) { task(id: $id) { id lineagePaths { id } } }', { id: s.taskId }, (data) =>
          sorted((data.task.lineagePaths as Json[][]).map((path) => path.map((doc) => doc.id).join('>'))),
        ),
      neo4jGraphql: (s) =>
        gql(
          `query($id: ID!) { tasks(where: { id: { eq: $id } }) { id document { ${IMPLEMENTS_4} } } }`,
          { id: s.taskId },
          (data) => sorted(chains(data.tasks[0].document[0])),
        ),
      handwritten: (s) =>
        direct('lineage', { id: s.taskId }, (rows) => sorted(rows.map((row) => (row.path as string[]).join('>')))),
    },
  },
  {
    name: 'tasks an agency leads (50)',
    ask: {
      project: (s) =>
        gql(
          `query($id: ID!) { agency(id: $id) { tasks(role: LEAD, first: 50) {
            edges { node { id title province document { symbol } } } } } }`,
          { id: s.agencyId },
          (data) => (data.agency.tasks.edges as Json[]).map((edge) => edge.node.id),
        ),
      neo4jGraphql: (s) =>
        gql(
          `query($id: ID!) { agencies(where: { id: { eq: $id } }) {
            ledTasks(limit: 50, sort: [{ documentId: ASC }, { ordinal: ASC }]) { id title province document { symbol } } } }`,
          { id: s.agencyId },
          (data) => (data.agencies[0].ledTasks as Json[]).map((task) => task.id),
        ),
      handwritten: (s) => direct('responsibility', { id: s.agencyId }, (rows) => rows.map((row) => row.id)),
    },
  },
  {
    name: 'tasks implementing a directive (50)',
    note: '@neo4j/graphql has no transitive filter: the document implements it through 1 to 4 hops, each spelt out',
    ask: {
      project: (s) =>
        gql(
          `query($id: ID!) { tasks(first: 50, filter: { implements: $id }) { edges { node { id title province } } } }`,
          { id: s.directiveId },
          (data) => (data.tasks.edges as Json[]).map((edge) => edge.node.id),
        ),
      neo4jGraphql: (s) =>
        gql(
          `query($id: ID!) { tasks(where: { document: { some: ${implementsWithin(4)} } }, limit: 50,
            sort: [{ documentId: ASC }, { ordinal: ASC }]) { id title province } }`,
          { id: s.directiveId },
          (data) => (data.tasks as Json[]).map((task) => task.id),
        ),
      handwritten: (s) => direct('implementing', { id: s.directiveId }, (rows) => rows.map((row) => row.id)),
    },
  },
  {
    name: "a task's neighbourhood (explorer, 1 hop)",
    note: '@neo4j/graphql cannot list the relationships among the neighbours: it reads each relation of the task',
    ask: {
      project: (s) =>
        gql(
          `query($id: ID!) { neighbourhood(id: $id, hops: 1) { nodes { __typename id } edges { source target type } } }`,
          { id: s.taskId },
          (data) => sorted((data.neighbourhood.nodes as Json[]).map((node) => node.id).filter((id) => id !== s.taskId)),
        ),
      neo4jGraphql: (s) =>
        gql(
          `query($id: ID!) { tasks(where: { id: { eq: $id } }) { document { id } parent { id } subtasks { id }
            leads { id } coordinators { id } domains { id } derivesFrom { id } derivedBy { id } } }`,
          { id: s.taskId },
          (data) =>
            sorted([
              ...new Set(
                Object.values(data.tasks[0] as Record<string, Json[]>).flatMap((nodes) => nodes.map((node) => node.id)),
              ),
            ]),
        ),
      handwritten: (s) =>
        direct('neighbourhood', { id: s.taskId }, (rows) =>
          sorted((rows[0].nodes as Json[]).map((node) => node.id).filter((id) => id !== s.taskId)),
        ),
    },
  },
  {
    name: 'full-text search (20)',
    note: '@neo4j/graphql searches one label per query: Task here (the word is found in tasks only)',
    ask: {
      project: (s) =>
        gql(
          `query($text: String!) { search(text: $text, first: 20) {
            score node { ... on Task { id } ... on Document { id } ... on Agency { id } } } }`,
          { text: s.word },
          (data) => hits((data.search as Json[]).map((hit) => ({ id: hit.node.id, score: hit.score }))),
        ),
      neo4jGraphql: (s) =>
        gql(
          `query($text: String!) { tasksByText(phrase: $text, first: 20) { edges { score node { id } } } }`,
          { text: s.lucene },
          (data) => hits((data.tasksByText.edges as Json[]).map((edge) => ({ id: edge.node.id, score: edge.score }))),
        ),
      handwritten: (s) => direct('search', { query: s.lucene, limit: 20 }, (rows) => hits(rows as Hit[])),
    },
  },
  {
    name: 'coverage province × domain',
    note: '@neo4j/graphql cannot group: it returns every task of every domain with its province, counted by the client',
    ask: {
      project: () =>
        gql('{ coverage { province domain tasks } }', {}, (data) =>
          (data.coverage as Json[]).map((cell) => `${cell.province}|${cell.domain}|${cell.tasks}`),
        ),
      neo4jGraphql: () =>
        gql('{ domains { code tasks { id province } } }', {}, (data) => {
          const cells = new Map<string, Set<string>>();
          for (const domain of data.domains as Json[]) {
            for (const task of domain.tasks as Json[]) {
              if (task.province === null) continue;
              const key = `${task.province}|${domain.code}`;
              if (!cells.has(key)) cells.set(key, new Set());
              cells.get(key)!.add(task.id);
            }
          }
          return [...cells.entries()]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([key, ids]) => `${key}|${ids.size}`);
        }),
      handwritten: () =>
        direct('coverage', {}, (rows) => rows.map((row) => `${row.province}|${row.domain}|${row.tasks}`)),
    },
  },
  {
    name: 'nested page: 50 tasks + leads + document',
    ask: {
      project: () =>
        gql(
          '{ tasks(first: 50) { edges { node { id title leads { id name } document { id symbol } } } } }',
          {},
          (data) =>
            (data.tasks.edges as Json[]).map(
              (edge) =>
                `${edge.node.id}|${sorted((edge.node.leads as Json[]).map((l) => l.id)).join(',')}|${edge.node.document.id}`,
            ),
        ),
      neo4jGraphql: () =>
        gql(
          '{ tasks(limit: 50, sort: [{ documentId: ASC }, { ordinal: ASC }]) { id title leads { id name } document { id symbol } } }',
          {},
          (data) =>
            (data.tasks as Json[]).map(
              (task) =>
                `${task.id}|${sorted((task.leads as Json[]).map((l) => l.id)).join(',')}|${task.document[0].id}`,
            ),
        ),
      handwritten: () =>
        direct('page', {}, (rows) =>
          rows.map((row) => `${row.id}|${sorted((row.leads as Json[]).map((l) => l.id)).join(',')}|${row.document.id}`),
        ),
    },
  },
];
