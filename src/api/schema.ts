/**
 * Builds the executable GraphQL schema from the type-graphql classes.
 */
import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AgencyResolver } from './agency.resolver.js';
import { CoverageResolver } from './coverage.resolver.js';
import { DocumentResolver } from './document.resolver.js';
import { DomainResolver } from './domain.resolver.js';
import { NeighbourhoodResolver } from './neighbourhood.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { PathResolver } from './path.resolver.js';
import { ProvinceResolver } from './province.resolver.js';
import { SearchResolver } from './search.resolver.js';
import { StatsResolver } from './stats.resolver.js';
import { TargetResolver } from './target.resolver.js';
import { TaskResolver } from './task.resolver.js';
import { DocumentUptakeResolver, ProvincesWithoutResolver, TaskSimilarResolver } from './uptake.resolver.js';
import { Agency } from './agency.type.js';
import { Domain } from './domain.type.js';
import { Document } from './document.type.js';
import { Province } from './province.type.js';
import { Target } from './target.type.js';
import { Task } from './task.type.js';

/** Every resolver class of the API. */
export const RESOLVERS = [
  NodeResolver,
  DocumentResolver,
  TaskResolver,
  AgencyResolver,
  DomainResolver,
  TargetResolver,
  SearchResolver,
  PathResolver,
  NeighbourhoodResolver,
  ProvinceResolver,
  CoverageResolver,
  StatsResolver,
  DocumentUptakeResolver,
  TaskSimilarResolver,
  ProvincesWithoutResolver,
] as const;

/** Types reached only through the Node interface (paths), listed so they are in the schema. */
const ORPHANED_TYPES = [Document, Task, Agency, Domain, Target, Province];

let built: Promise<GraphQLSchema> | undefined;

/** The schema (built once per process). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...RESOLVERS], orphanedTypes: ORPHANED_TYPES, validate: false });
  return built;
}
