/**
 * The Node interface (anything with a graph id) and Source (where a fact was read).
 */
import { Field, ID, InterfaceType, Int, ObjectType } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';

@InterfaceType({
  description: 'Anything in the graph with a stable id: documents, tasks, agencies, domains, targets, provinces.',
  resolveType: (value: NodeRecord) => value.label,
})
export abstract class Node {
  @Field(() => ID, { description: 'The graph id, e.g. `doc/vn/tw/nq/2023/36`.' })
  id!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Where a fact was read: file under seed/documents/, 1-based inclusive lines, the text there.',
})
export class Source {
  @Field(() => String)
  file!: string;

  @Field(() => Int)
  lineStart!: number;

  @Field(() => Int)
  lineEnd!: number;

  @Field(() => String)
  excerpt!: string;
}

/** The provenance of a node, or null when it has none. */
export function sourceOf(record: NodeRecord): Source | null {
  if (typeof record.sourceFile !== 'string') return null;
  return {
    file: record.sourceFile,
    lineStart: record.lineStart as number,
    lineEnd: record.lineEnd as number,
    excerpt: (record.excerpt as string | undefined) ?? '',
  };
}

/** The record when it has the label wanted, else null (an id of another kind). */
export function ofLabel(record: NodeRecord | null, label: NodeRecord['label']): NodeRecord | null {
  return record !== null && record.label === label ? record : null;
}
