/**
 * Target.source.
 */
import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import { Source, sourceOf } from './node.type.js';
import { Target } from './target.type.js';

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Source, { description: 'Where the target is stated.' })
  source(@Root() target: NodeRecord): Source | null {
    return sourceOf(target);
  }
}
