/**
 * SearchResult and SearchHit.
 */
import { createUnionType, Field, Float, ObjectType } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import { Agency } from './agency.type.js';
import { Document } from './document.type.js';
import { Task } from './task.type.js';

export const SearchResult = createUnionType({
  name: 'SearchResult',
  description: 'What full-text search finds.',
  types: () => [Document, Task, Agency] as const,
  resolveType: (value) => (value as unknown as NodeRecord).label,
});

@ObjectType({ simpleResolvers: true, description: 'A search result and its relevance.' })
export class SearchHit {
  @Field(() => Float, { description: 'Lucene relevance; higher is better.' })
  score!: number;

  @Field(() => SearchResult)
  node!: typeof SearchResult;
}
