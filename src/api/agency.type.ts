/**
 * Agency: a body that issues documents or is assigned tasks, scoped to its province.
 */
import { Field, ObjectType } from 'type-graphql';
import { AGENCY_KINDS } from '../vocabulary/index.js';
import { graphqlEnum } from './enums.js';
import { Node } from './node.type.js';
import { connectionType } from './connection.js';

export const AgencyKind = graphqlEnum(
  AGENCY_KINDS,
  'AgencyKind',
  "The sort of body an agency is, the same in every province: SO_* a province's departments (SO_Y_TE: Sở Y tế), UBND_TINH / UBND_HUYEN / UBND_XA the People's Committees of a province, a district and a commune, BO_* the ministries, and the Party committees, police, press and mass organisations of a province (TINH_UY, CONG_AN_TINH, MTTQ_TINH …). A kind names a body as its name says: the 2025 departments have kinds of their own (SO_NN_MT: Sở Nông nghiệp và Môi trường), and the former ones keep theirs (SO_NN_PTNT, SO_TN_MT, SO_KH_DT, SO_TT_TT); `includePredecessors` reaches the former kinds merged whole into a 2025 one.",
);
export type AgencyKind = (typeof AGENCY_KINDS)[number];

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'An agency (Sở, UBND, centre ...), province-scoped.',
})
export class Agency extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Every spelling seen in the documents.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Null for national bodies.' })
  province!: string | null;

  @Field(() => Boolean, { description: 'True for groups such as `Các sở, ban, ngành`.' })
  isCollective!: boolean;

  @Field(() => AgencyKind, {
    nullable: true,
    description:
      "The sort of body it is, read from its name; null for a unit of a body (a Sở's Phòng or Trung tâm: see `parent`), a collective (see `coversKinds`) and a body no kind names.",
  })
  kind!: AgencyKind | null;

  @Field(() => [AgencyKind], {
    description:
      'For a collective, the kinds of the bodies its name says it covers: `UBND các huyện, thị xã, thành phố` → [UBND_HUYEN], `Sở Y tế các tỉnh` → [SO_Y_TE]; none when it names no kind (`Các sở, ban, ngành`).',
  })
  coversKinds!: AgencyKind[];
}

export const AgencyConnection = connectionType('Agency', () => Agency);
