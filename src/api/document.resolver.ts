/**
 * Query.document, Query.documents and Document's relation fields (all through the request's loaders).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { NodeRecord } from '../graph/node.repository.js';
import { countDocuments, listDocuments } from '../graph/document.repository.js';
import type { Context } from './context.js';
import { checkFirst, decodeCursor, toConnection, type ConnectionResult } from './connection.js';
import { Agency } from './agency.type.js';
import { DocumentPageArgs, toDocumentQuery } from './document.input.js';
import { Document, DocumentConnection } from './document.type.js';
import { ofLabel, Source, sourceOf } from './node.type.js';
import { Target } from './target.type.js';
import { TaskPageArgs, toTaskQuery } from './task.input.js';
import { taskConnection } from './task.connection.js';
import { TaskConnection } from './task.type.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => Document, { nullable: true, description: 'A document by id; null when there is none.' })
  async document(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeRecord | null> {
    return ofLabel(await ctx.loaders.nodes.load(id), 'Document');
  }

  @Query(() => DocumentConnection, { description: 'Documents matching the filter, in id order.' })
  async documents(
    @Args(() => DocumentPageArgs) { filter, first, after }: DocumentPageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionResult<NodeRecord>> {
    checkFirst(first);
    const key = after ? (decodeCursor(after, ['string'])[0] as string) : null;
    const query = toDocumentQuery(filter);
    const rows = await listDocuments(ctx.db, query, key, first + 1);
    return toConnection(
      rows,
      first,
      after,
      (document) => [document.id],
      () => countDocuments(ctx.db, query),
    );
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency that issued it.' })
  async issuer(@Root() document: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord | null> {
    return (await ctx.loaders.documentRelations.load(document.id)).issuer;
  }

  @FieldResolver(() => [Document], { description: 'Documents it directly implements.' })
  async implements(@Root() document: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[]> {
    return (await ctx.loaders.documentRelations.load(document.id)).implements;
  }

  @FieldResolver(() => [Document], { description: 'Documents that directly implement it.' })
  async implementedBy(@Root() document: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[]> {
    return (await ctx.loaders.documentRelations.load(document.id)).implementedBy;
  }

  @FieldResolver(() => [Document], { description: 'Documents it cites.' })
  async cites(@Root() document: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[]> {
    return (await ctx.loaders.documentRelations.load(document.id)).cites;
  }

  @FieldResolver(() => [Document], { description: 'Documents citing it.' })
  async citedBy(@Root() document: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[]> {
    return (await ctx.loaders.documentRelations.load(document.id)).citedBy;
  }

  @FieldResolver(() => [Document], {
    description: 'Every document it implements, transitively, nearest first (then by id).',
  })
  async ancestors(@Root() document: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[]> {
    return (await ctx.loaders.documentLineage.load(document.id)).ancestors;
  }

  @FieldResolver(() => [[Document]], {
    description: 'Each chain of IMPLEMENTS from this document up to a root directive, starting with this document.',
  })
  async lineagePaths(@Root() document: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[][]> {
    return (await ctx.loaders.documentLineage.load(document.id)).lineagePaths;
  }

  @FieldResolver(() => [Document], {
    description: 'Every document implementing it, transitively, nearest first (then by id).',
  })
  async descendants(@Root() document: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[]> {
    return (await ctx.loaders.documentLineage.load(document.id)).descendants;
  }

  @FieldResolver(() => TaskConnection, { description: 'Its tasks, in text order.' })
  async tasks(
    @Root() document: NodeRecord,
    @Args(() => TaskPageArgs) { filter, first, after }: TaskPageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionResult<NodeRecord>> {
    return taskConnection(ctx, toTaskQuery(filter, { document: document.id }), first, after, info);
  }

  @FieldResolver(() => [Target], { description: 'The quantified targets it sets.' })
  async targets(@Root() document: NodeRecord, @Ctx() ctx: Context): Promise<NodeRecord[]> {
    return ctx.loaders.documentTargets.load(document.id);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'Where it is written (or first cited).' })
  source(@Root() document: NodeRecord): Source | null {
    return sourceOf(document);
  }
}
