/**
 * TaskFilter, and its translation into the repository's TaskQuery.
 */
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { wordsOf } from '../text/index.js';
import { PageArgs } from './page.input.js';
import { IncludeFormerField, ProvinceField, provinceScope } from './province.input.js';
import type { TaskQuery } from '../graph/task.repository.js';
import { withPredecessors } from '../vocabulary/index.js';
import { AgencyKind } from './agency.type.js';
import { AssignmentRole } from './task.type.js';
import { DomainCode } from './domain.type.js';
import { badInput } from './errors.js';

@InputType({ description: 'Filters of a task list; every field given must hold.' })
export class TaskFilter {
  @Field(() => ID, { nullable: true, description: 'Tasks of this document.' })
  document?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tasks of the documents implementing this one, transitively.' })
  implements?: string | null;

  @Field(() => ID, { nullable: true, description: 'Tasks this agency leads or coordinates (see role, includeUnits).' })
  agency?: string | null;

  @Field(() => AgencyKind, {
    nullable: true,
    description:
      'Tasks an agency of this kind leads or coordinates, in every province: `SO_Y_TE` for every Sở Y tế (see role, includeUnits, includeCollectives, includePredecessors). Not with agency.',
  })
  agencyKind?: AgencyKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'With agencyKind: also the tasks of collectives whose name covers the kind (`UBND các huyện, thành phố` for UBND_HUYEN). Off by default: such a task is given to a group, not to one body of the kind.',
  })
  includeCollectives?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'With agencyKind: also the former kinds merged whole into it in 2025 (SO_NN_MT then includes SO_NN_PTNT and SO_TN_MT, SO_TAI_CHINH includes SO_KH_DT).',
  })
  includePredecessors?: boolean | null;

  @Field(() => AssignmentRole, {
    nullable: true,
    description: 'With agency or agencyKind: only this role (both when null).',
  })
  role?: AssignmentRole | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "With agency or agencyKind: also the tasks of the agencies' units, transitively.",
  })
  includeUnits?: boolean | null;

  @Field(() => DomainCode, { nullable: true })
  domain?: DomainCode | null;

  @ProvinceField("Its document's province", 'Hưng Yên')
  province?: string | null;

  @IncludeFormerField()
  includeFormer?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Tasks scheduled in this year: startYear..endYear contains it (no endYear: from startYear on). Tasks with no years are left out.',
  })
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words that must all occur in the task (case- and diacritic-insensitive).',
  })
  text?: string | null;
}

/** The repository query of a filter; `fixed` pins what the parent field implies (its document, agency, domain). */
export function toTaskQuery(filter: TaskFilter | null | undefined, fixed: Partial<TaskQuery> = {}): TaskQuery {
  const query: TaskQuery = {
    document: filter?.document ?? null,
    implements: filter?.implements ?? null,
    agency: filter?.agency ?? null,
    agencyKinds: filter?.agencyKind
      ? filter.includePredecessors
        ? withPredecessors(filter.agencyKind)
        : [filter.agencyKind]
      : null,
    includeCollectives: filter?.includeCollectives ?? false,
    role: filter?.role ?? null,
    includeUnits: filter?.includeUnits ?? false,
    domain: filter?.domain ?? null,
    ...provinceScope(filter),
    year: filter?.year ?? null,
    words: filter?.text ? wordsOf(filter.text) : [],
    ...fixed,
  };
  if (query.agency !== null && query.agencyKinds !== null) {
    throw badInput(
      'filter',
      `Filter fields "agency" and "agencyKind" each choose the agencies; give one of them, not both (agencyKind "${filter?.agencyKind}").`,
    );
  }
  if (query.agency === null && query.agencyKinds === null && (query.role !== null || query.includeUnits)) {
    throw badInput(
      'filter',
      `Filter fields "role" and "includeUnits" apply to an agency; give "agency" or "agencyKind" too.`,
    );
  }
  if (query.agencyKinds === null && (query.includeCollectives || filter?.includePredecessors)) {
    throw badInput(
      'filter',
      `Filter fields "includeCollectives" and "includePredecessors" apply to an agency kind; give "agencyKind" too.`,
    );
  }
  return query;
}

@ArgsType()
export class TaskPageArgs extends PageArgs {
  @Field(() => TaskFilter, { nullable: true })
  filter?: TaskFilter | null;
}

@ArgsType()
export class AgencyTaskPageArgs extends TaskPageArgs {
  @Field(() => AssignmentRole, { nullable: true, description: 'Only this role (both when null).' })
  role?: AssignmentRole | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Also the tasks of the agency's units, transitively.",
  })
  includeUnits!: boolean;
}
