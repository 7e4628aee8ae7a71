/**
 * The GraphQL the explorer's pages send, and the shapes of their answers. Each page asks one
 * query for what it shows first; task lists page on by 100 (the API's largest page), and every
 * count comes from taskStats or totalCount rather than from paging.
 */

/** The largest page the API serves. */
export const PAGE_SIZE = 100;

export interface AgencyRef {
  id: string;
  name: string;
  province?: string | null;
}

export interface DocumentRef {
  id: string;
  symbol: string | null;
  kind: string;
  title: string;
  issuedOn: string | null;
  province: string | null;
  inCorpus?: boolean;
}

export interface SourceRef {
  file: string;
  lineStart: number;
  lineEnd: number;
  excerpt: string;
}

/** A row of a task table. */
export interface TaskRow {
  id: string;
  code: string | null;
  title: string;
  timeframe: string | null;
  startYear: number | null;
  endYear: number | null;
  province: string | null;
  ordinal: number;
  leads: AgencyRef[];
  coordinators: AgencyRef[];
  domains: { code: string }[];
  document: DocumentRef;
}

export interface TaskConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: TaskRow }[];
}

export interface TaskCount {
  province?: string | null;
  domain?: string | null;
  year?: number | null;
  role?: string | null;
  agency?: AgencyRef | null;
  tasks: number;
}

export interface TaskStats {
  tasks: number;
  groupCount: number;
  groups: TaskCount[];
}

const DOCUMENT_REF = 'id symbol kind title issuedOn province';

const TASK_ROW = `fragment TaskRow on Task {
  id code title timeframe startYear endYear province ordinal
  leads { id name } coordinators { id name } domains { code }
  document { ${DOCUMENT_REF} }
}`;

const TASK_PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { node { ...TaskRow } }`;

/** A page of any task list: the filter is TaskFilter's. */
export const TASKS_QUERY = `query Tasks($filter: TaskFilter, $after: String) {
  tasks(filter: $filter, first: ${PAGE_SIZE}, after: $after) { ${TASK_PAGE} }
}
${TASK_ROW}`;

/** A page of an agency's tasks on one side, its units' included or not. */
export const AGENCY_TASKS_QUERY = `query AgencyTasks($id: ID!, $role: AssignmentRole, $includeUnits: Boolean, $after: String) {
  agency(id: $id) { tasks(role: $role, includeUnits: $includeUnits, first: ${PAGE_SIZE}, after: $after) { ${TASK_PAGE} } }
}
${TASK_ROW}`;

export const HOME_QUERY = `query Home {
  graphStats { documents documentsInCorpus tasks agencies }
  documents(filter: { inCorpus: true }, first: ${PAGE_SIZE}) { edges { node { ${DOCUMENT_REF} } } }
}`;

export interface HomeAnswer {
  graphStats: { documents: number; documentsInCorpus: number; tasks: number; agencies: number };
  documents: { edges: { node: DocumentRef }[] };
}

export const SEARCH_QUERY = `query Search($q: String!) {
  search(text: $q, first: ${PAGE_SIZE}) {
    score
    node {
      __typename
      ... on Document { ${DOCUMENT_REF} }
      ... on Task { id code title text province document { ${DOCUMENT_REF} } }
      ... on Agency { id name aliases province }
    }
  }
}`;

export type SearchNode =
  | ({ __typename: 'Document' } & DocumentRef)
  | {
      __typename: 'Task';
      id: string;
      code: string | null;
      title: string;
      text: string;
      province: string | null;
      document: DocumentRef;
    }
  | { __typename: 'Agency'; id: string; name: string; aliases: string[]; province: string | null };

export interface SearchAnswer {
  search: { score: number; node: SearchNode }[];
}

const LINEAGE_DOCUMENT = `${DOCUMENT_REF} inCorpus implements { id }`;

export const DOCUMENT_QUERY = `query Document($id: ID!) {
  document(id: $id) {
    ${DOCUMENT_REF} year signer signerRole inCorpus layout
    issuer { id name province }
    source { file lineStart lineEnd excerpt }
    implements { id }
    ancestors { ${LINEAGE_DOCUMENT} }
    descendants { ${LINEAGE_DOCUMENT} }
    cites { ${DOCUMENT_REF} }
    targets { id text value valueMax unit year }
    tasks(first: 0) { totalCount }
  }
  implementing: taskStats(filter: { implements: $id }, groupBy: [PROVINCE], first: ${PAGE_SIZE}) {
    tasks groups { province tasks }
  }
}`;

export interface LineageDocument extends DocumentRef {
  inCorpus: boolean;
  implements: { id: string }[];
}

export interface DocumentAnswer {
  document:
    | (DocumentRef & {
        year: number | null;
        signer: string | null;
        signerRole: string | null;
        inCorpus: boolean;
        layout: string | null;
        issuer: AgencyRef | null;
        source: SourceRef | null;
        implements: { id: string }[];
        ancestors: LineageDocument[];
        descendants: LineageDocument[];
        cites: DocumentRef[];
        targets: {
          id: string;
          text: string;
          value: number | null;
          valueMax: number | null;
          unit: string | null;
          year: number | null;
        }[];
        tasks: { totalCount: number };
      })
    | null;
  implementing: TaskStats;
}

export const TASK_QUERY = `query Task($id: ID!) {
  task(id: $id) {
    id code title text timeframe startYear endYear recurrence expectedResult province
    document { ${DOCUMENT_REF} }
    parent { id code title }
    subtasks { id code title }
    leads { id name province }
    coordinators { id name province }
    domains { code }
    lineagePaths { ${DOCUMENT_REF} }
    source { file lineStart lineEnd excerpt }
  }
}`;

export interface TaskAnswer {
  task: {
    id: string;
    code: string | null;
    title: string;
    text: string;
    timeframe: string | null;
    startYear: number | null;
    endYear: number | null;
    recurrence: string | null;
    expectedResult: string | null;
    province: string | null;
    document: DocumentRef;
    parent: { id: string; code: string | null; title: string } | null;
    subtasks: { id: string; code: string | null; title: string }[];
    leads: AgencyRef[];
    coordinators: AgencyRef[];
    domains: { code: string }[];
    lineagePaths: DocumentRef[][];
    source: SourceRef;
  } | null;
}

export const AGENCY_QUERY = `query Agency($id: ID!) {
  agency(id: $id) {
    id name aliases province isCollective
    parent { id name }
    units { id name }
    issued { ${DOCUMENT_REF} }
  }
}`;

export interface AgencyAnswer {
  agency: {
    id: string;
    name: string;
    aliases: string[];
    province: string | null;
    isCollective: boolean;
    parent: AgencyRef | null;
    units: AgencyRef[];
    issued: DocumentRef[];
  } | null;
}

/** An agency's tasks counted by side, domain and year, its units' included or not. */
export const AGENCY_STATS_QUERY = `query AgencyStats($id: ID!, $includeUnits: Boolean) {
  leadByDomain: taskStats(filter: { agency: $id, role: LEAD, includeUnits: $includeUnits }, groupBy: [DOMAIN]) { tasks groups { domain tasks } }
  leadByYear: taskStats(filter: { agency: $id, role: LEAD, includeUnits: $includeUnits }, groupBy: [YEAR], first: ${PAGE_SIZE}) { groups { year tasks } }
  coordinatorByDomain: taskStats(filter: { agency: $id, role: COORDINATOR, includeUnits: $includeUnits }, groupBy: [DOMAIN]) { tasks groups { domain tasks } }
  coordinatorByYear: taskStats(filter: { agency: $id, role: COORDINATOR, includeUnits: $includeUnits }, groupBy: [YEAR], first: ${PAGE_SIZE}) { groups { year tasks } }
}`;

export interface AgencyStatsAnswer {
  leadByDomain: TaskStats;
  leadByYear: TaskStats;
  coordinatorByDomain: TaskStats;
  coordinatorByYear: TaskStats;
}

export const PROVINCE_QUERY = `query Province($id: ID!, $province: String!) {
  node(id: $id) {
    __typename
    ... on Province {
      id name current mergedOn
      mergedInto { id name }
      formerProvinces { id name mergedOn }
    }
  }
  documents(filter: { province: $province, includeFormer: true }, first: ${PAGE_SIZE}) {
    totalCount edges { node { ${DOCUMENT_REF} inCorpus tasks(first: 0) { totalCount } } }
  }
  byDomain: taskStats(filter: { province: $province, includeFormer: true }, groupBy: [DOMAIN]) { tasks groups { domain tasks } }
}`;

export interface ProvinceAnswer {
  node:
    | {
        __typename: 'Province';
        id: string;
        name: string;
        current: boolean;
        mergedOn: string | null;
        mergedInto: { id: string; name: string } | null;
        formerProvinces: { id: string; name: string; mergedOn: string | null }[];
      }
    | { __typename: string }
    | null;
  documents: {
    totalCount: number;
    edges: { node: DocumentRef & { inCorpus: boolean; tasks: { totalCount: number } } }[];
  };
  byDomain: TaskStats;
}

export const COVERAGE_QUERY = `query Coverage($directive: ID, $filter: TaskFilter, $scope: ID!) {
  coverage(directive: $directive) { province domain tasks }
  byProvince: taskStats(filter: $filter, groupBy: [PROVINCE], first: ${PAGE_SIZE}) { tasks groupCount groups { province tasks } }
  scope: node(id: $scope) { __typename ... on Document { ${DOCUMENT_REF} } }
}`;

export interface CoverageAnswer {
  coverage: { province: string; domain: string; tasks: number }[];
  byProvince: TaskStats;
  scope: (DocumentRef & { __typename: string }) | null;
}

export const TASK_LIST_QUERY = `query TaskList($filter: TaskFilter, $document: ID!, $agency: ID!, $implements: ID!) {
  document: node(id: $document) { __typename ... on Document { ${DOCUMENT_REF} } }
  agency: node(id: $agency) { __typename ... on Agency { id name province } }
  implementsDocument: node(id: $implements) { __typename ... on Document { ${DOCUMENT_REF} } }
  stats: taskStats(filter: $filter, groupBy: []) { tasks }
}`;

export interface TaskListAnswer {
  document: (DocumentRef & { __typename: string }) | null;
  agency: (AgencyRef & { __typename: string }) | null;
  implementsDocument: (DocumentRef & { __typename: string }) | null;
  stats: { tasks: number };
}

export const NEIGHBOURHOOD_QUERY = `query Neighbourhood($id: ID!, $hops: Int, $types: [NodeType!]) {
  neighbourhood(id: $id, hops: $hops, types: $types, first: ${PAGE_SIZE}) {
    truncated
    nodes {
      __typename id
      ... on Document { symbol kind title issuedOn province }
      ... on Task { code title }
      ... on Agency { name province }
      ... on Domain { domainCode: code }
      ... on Province { name }
      ... on Target { text }
    }
    edges { source target type }
  }
}`;

export interface GraphNode {
  __typename: string;
  id: string;
  symbol?: string | null;
  kind?: string;
  title?: string;
  issuedOn?: string | null;
  province?: string | null;
  code?: string | null;
  domainCode?: string;
  name?: string;
  text?: string;
}

export interface NeighbourhoodAnswer {
  neighbourhood: {
    truncated: boolean;
    nodes: GraphNode[];
    edges: { source: string; target: string; type: string }[];
  } | null;
}
