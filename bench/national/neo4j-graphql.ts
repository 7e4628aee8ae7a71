/**
 * The comparison server of the national benchmark: @neo4j/graphql 7 on Apollo Server 5, with type
 * definitions for the project's graph model (schema/graph-model.md). @neo4j/graphql 7 has list
 * relationships only, so a task's document is `document: [Document!]!` with one element.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

export const TYPE_DEFS = /* GraphQL */ `
  type Document
    @node
    @fulltext(indexes: [{ indexName: "search_text", queryName: "documentsByText", fields: ["searchText"] }]) {
    id: ID!
    symbol: String
    kind: String!
    title: String!
    issuedOn: String
    year: Int
    province: String
    inCorpus: Boolean
    layout: String
    searchText: String
    tasks: [Task!]! @relationship(type: "HAS_TASK", direction: OUT)
    implements: [Document!]! @relationship(type: "IMPLEMENTS", direction: OUT)
    implementedBy: [Document!]! @relationship(type: "IMPLEMENTS", direction: IN)
    issuedBy: [Agency!]! @relationship(type: "ISSUED_BY", direction: OUT)
    inProvince: [Province!]! @relationship(type: "IN_PROVINCE", direction: OUT)
  }

  type Task @node @fulltext(indexes: [{ indexName: "search_text", queryName: "tasksByText", fields: ["searchText"] }]) {
    id: ID!
    code: String
    title: String!
    timeframe: String
    startYear: Int
    endYear: Int
    ordinal: Int!
    documentId: String!
    province: String
    searchText: String
    document: [Document!]! @relationship(type: "HAS_TASK", direction: IN)
    parent: [Task!]! @relationship(type: "PART_OF", direction: OUT)
    leads: [Agency!]! @relationship(type: "LED_BY", direction: OUT)
    coordinators: [Agency!]! @relationship(type: "COORDINATED_BY", direction: OUT)
    domains: [Domain!]! @relationship(type: "IN_DOMAIN", direction: OUT)
    subtasks: [Task!]! @relationship(type: "PART_OF", direction: IN)
    derivesFrom: [Task!]! @relationship(type: "DERIVES_FROM", direction: OUT)
    derivedBy: [Task!]! @relationship(type: "DERIVES_FROM", direction: IN)
  }

  type Agency @node {
    id: ID!
    name: String!
    province: String
    isCollective: Boolean
    ledTasks: [Task!]! @relationship(type: "LED_BY", direction: IN)
    coordinatedTasks: [Task!]! @relationship(type: "COORDINATED_BY", direction: IN)
    parent: [Agency!]! @relationship(type: "PART_OF", direction: OUT)
    units: [Agency!]! @relationship(type: "PART_OF", direction: IN)
    inProvince: [Province!]! @relationship(type: "IN_PROVINCE", direction: OUT)
    issued: [Document!]! @relationship(type: "ISSUED_BY", direction: IN)
  }

  type Domain @node {
    id: ID!
    code: String!
    name: String
    nameEn: String
    tasks: [Task!]! @relationship(type: "IN_DOMAIN", direction: IN)
  }

  type Province @node {
    id: ID!
    name: String!
    current: Boolean
    documents: [Document!]! @relationship(type: "IN_PROVINCE", direction: IN)
    agencies: [Agency!]! @relationship(type: "IN_PROVINCE", direction: IN)
    mergedInto: [Province!]! @relationship(type: "MERGED_INTO", direction: OUT)
  }
`;

/** A running @neo4j/graphql server. */
export interface RunningNeo4jGraphQL {
  url: string;
  stop(): Promise<void>;
}

/** Starts @neo4j/graphql on Apollo Server's standalone HTTP server, on a free loopback port. */
export async function startNeo4jGraphQL(driver: Driver): Promise<RunningNeo4jGraphQL> {
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}
