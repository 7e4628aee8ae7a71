/**
 * GraphStats: how much the graph holds; TaskStats: the tasks of a filter counted by province,
 * domain, agency, agency kind, role or year, in one query.
 */
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Agency, AgencyKind } from './agency.type.js';
import { DomainCode } from './domain.type.js';
import { AssignmentRole } from './task.type.js';

@ObjectType({ simpleResolvers: true, description: 'How much the graph holds, counted in Neo4j.' })
export class GraphStats {
  @Field(() => Int, { description: 'Documents, including those known only from citations.' })
  documents!: number;

  @Field(() => Int, { description: 'Documents whose text was ingested.' })
  documentsInCorpus!: number;

  @Field(() => Int, { description: 'Tasks assigned by the ingested documents.' })
  tasks!: number;

  @Field(() => Int, { description: 'Agencies (each province scopes its own).' })
  agencies!: number;

  @Field(() => Int, { description: 'Quantified targets.' })
  targets!: number;
}

/** What tasks can be counted by. */
export enum TaskGrouping {
  PROVINCE = 'PROVINCE',
  DOMAIN = 'DOMAIN',
  AGENCY = 'AGENCY',
  AGENCY_KIND = 'AGENCY_KIND',
  ROLE = 'ROLE',
  YEAR = 'YEAR',
}
registerEnumType(TaskGrouping, {
  name: 'TaskGrouping',
  description:
    "PROVINCE: the task's province; DOMAIN: each domain it is in; AGENCY, ROLE: each agency assigned to it and the side it is on (only the filter's agencies when it names one or a kind); AGENCY_KIND: the kind of each such agency (null: a unit, a collective or a body of no kind; with includeCollectives a collective counts under the filter's kinds it covers), so `groupBy: [AGENCY_KIND], role: LEAD` ranks the kinds of bodies by tasks led; YEAR: each year it is scheduled in, as the `year` filter reads it (an open end runs to the latest year any matching task names).",
});

@ObjectType({
  simpleResolvers: true,
  description:
    'The distinct tasks of one group; the keys the counts are not grouped by are null, and so is a key the task has none of (no domain, no years, no assignment).',
})
export class TaskCount {
  @Field(() => String, { nullable: true })
  province!: string | null;

  @Field(() => DomainCode, { nullable: true })
  domain!: DomainCode | null;

  @Field(() => Agency, { nullable: true })
  agency?: Agency | null;

  @Field(() => AgencyKind, { nullable: true })
  agencyKind!: AgencyKind | null;

  @Field(() => AssignmentRole, { nullable: true })
  role!: AssignmentRole | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => Int, { description: 'Distinct tasks in the group.' })
  tasks!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Task counts of a filter, grouped and ranked.' })
export class TaskStats {
  @Field(() => Int, { description: 'Distinct tasks matching the filter (a task in several groups counts once).' })
  tasks!: number;

  @Field(() => Int, { description: 'How many groups there are (`groups` holds the first of them).' })
  groupCount!: number;

  @Field(() => [TaskCount], { description: 'The groups, most tasks first, then by their keys.' })
  groups!: TaskCount[];
}
