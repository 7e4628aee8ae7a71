/**
 * Query.search: full-text search through the `search_text` index over the folded searchText.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, Info, Int, Query, Resolver } from 'type-graphql';
import { wordsOf } from '../text/index.js';
import { searchNodes, type SearchRow } from '../graph/search.repository.js';
import type { Context } from './context.js';
import { checkFirst } from './connection.js';
import { badInput } from './errors.js';
import { propertiesSelected, selectionAt } from './projection.js';
import { SearchHit } from './search.type.js';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
/** Distinct words a search may have (Lucene refuses queries of more than 1,024 clauses). */
export const MAX_SEARCH_WORDS = 32;

/** A word made literal for Lucene's query parser. */
export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (ch) => `\\${ch}`);
}

@ArgsType()
class SearchArgs {
  @Field(() => String, { description: 'Words to find, in any case, with or without diacritics.' })
  text!: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many hits, 0..100.' })
  first!: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Documents, tasks and agencies matching the words, case- and diacritic-insensitive, best first: all the words if anything has them all, else any of them.',
  })
  async search(
    @Args(() => SearchArgs) { text, first }: SearchArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SearchRow[]> {
    checkFirst(first);
    const words = [...new Set(wordsOf(text))].map(escapeLucene);
    if (words.length === 0) {
      throw badInput('text', `Argument "text" must contain a letter or digit to search for, got "${text}".`);
    }
    if (words.length > MAX_SEARCH_WORDS) {
      throw badInput(
        'text',
        `Argument "text" has ${words.length} distinct words; the limit is ${MAX_SEARCH_WORDS}. Search for the few words that matter.`,
      );
    }
    if (first === 0) return [];
    // The properties the hits' fields read, over every type the request asks of them.
    const fields = propertiesSelected(info, selectionAt(info, ['node']));
    // Words are lower case after folding, so "and"/"or" in the text stay terms, not operators.
    const all = await searchNodes(ctx.db, words.join(' AND '), first, fields);
    if (all.length > 0 || words.length === 1) return all;
    return searchNodes(ctx.db, words.join(' OR '), first, fields);
  }
}
