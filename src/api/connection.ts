/**
 * Relay-style connections with keyset cursors: a cursor is the base64url JSON of the sort key of
 * the last row seen (`[id]`, or `[documentId, ordinal]` for tasks), so a page is read with
 * `WHERE key > $after ORDER BY key LIMIT first + 1`, never with an offset.
 */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';
import { MAX_FIRST } from './limits.js';

@ObjectType({ simpleResolvers: true, description: 'Where a page ends and whether more follow.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether rows follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first row of the page; on an empty page, the `after` given (null from the start).',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Cursor of the last row; pass it as `after` for the next page. On an empty page (`first: 0`) it is the `after` given (null from the start), so the next page begins where this one would have.',
  })
  endCursor!: string | null;
}

/** What a connection field resolves to; `totalCount` is read lazily (a separate count query). */
export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/** The Edge and Connection object types of one node type, named `<name>Edge`, `<name>Connection`. */
export function connectionType<T extends object>(name: string, nodeType: () => ClassType<T>): ClassType<object> {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `A ${name} and its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque keyset cursor of this row.' })
    cursor!: string;

    @Field(nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} rows.` })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many rows match, over all pages (counted without loading them).' })
    totalCount!: number;
  }
  return Connection;
}

/** Checks `first` (0..100); the error names the argument. */
export function checkFirst(first: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_FIRST) {
    throw badInput(argument, `Argument "${argument}" must be from 0 to ${MAX_FIRST}, got ${first}.`);
  }
  return first;
}

export function encodeCursor(key: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key in a cursor, checked against the shape expected (`string` / `int` per position);
 * a cursor that does not decode to it is a bad `after`.
 */
export function decodeCursor(after: string, shape: readonly ('string' | 'int')[]): unknown[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const valid =
    Array.isArray(key) &&
    key.length === shape.length &&
    shape.every((kind, i) => (kind === 'string' ? typeof key[i] === 'string' : Number.isInteger(key[i])));
  if (!valid) {
    throw badInput('after', `Argument "after" must be a cursor this connection returned, got "${after}".`);
  }
  return key as unknown[];
}

/**
 * Builds a connection from the rows read with LIMIT first + 1 (the extra row only says that
 * another page follows). An empty page's cursors are the `after` it was asked with, so a client
 * paging on from `endCursor` never skips or repeats a row.
 */
export function toConnection<T>(
  rows: T[],
  first: number,
  after: string | null | undefined,
  keyOf: (row: T) => unknown[],
  count: () => Promise<number>,
): ConnectionResult<T> {
  const page = rows.slice(0, first);
  // Cursors are encoded when read: most requests select none of them, or the last one only.
  const edges = page.map((node) => ({
    node,
    get cursor() {
      return encodeCursor(keyOf(node));
    },
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      get startCursor() {
        return edges[0]?.cursor ?? after ?? null;
      },
      get endCursor() {
        return edges[edges.length - 1]?.cursor ?? after ?? null;
      },
    },
    get totalCount() {
      return count();
    },
  };
}
