/**
 * Document: a plan, resolution, decision ... either ingested (inCorpus) or known from citations.
 */
import { Field, Int, ObjectType } from 'type-graphql';
import { DOCUMENT_KINDS, LAYOUTS } from '../vocabulary/index.js';
import { graphqlEnum } from './enums.js';
import { Node } from './node.type.js';
import { connectionType } from './connection.js';

/** The kinds of documents, from the vocabulary the ingestion reads with. */
export const DocumentKind = graphqlEnum(DOCUMENT_KINDS, 'DocumentKind', 'What sort of document it is.');
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** How an ingested plan lays out its tasks. */
export const DocumentLayout = graphqlEnum(LAYOUTS, 'DocumentLayout', 'How an ingested plan assigns its tasks.');
export type DocumentLayout = (typeof LAYOUTS)[number];

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A policy document: ingested (inCorpus) or known only from citations.',
})
export class Document extends Node {
  @Field(() => String, { nullable: true, description: 'As printed, e.g. `36-NQ/TW`; null when the number is blank.' })
  symbol!: string | null;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: '`2024-02-26`, `2024-03` or `2024`: the precision printed.' })
  issuedOn!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Province name; null for national documents.' })
  province!: string | null;

  @Field(() => String, { nullable: true })
  signer!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The signature block, e.g. `TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`.',
  })
  signerRole!: string | null;

  @Field(() => Boolean, { description: 'Whether its text was ingested (false: known only from citations).' })
  inCorpus!: boolean;

  @Field(() => DocumentLayout, {
    nullable: true,
    description:
      'How an ingested plan lays out most of its tasks; a plan may also list tasks in other layouts (numbered items, agency sections and an appendix table).',
  })
  layout!: DocumentLayout | null;
}

export const DocumentConnection = connectionType('Document', () => Document);
