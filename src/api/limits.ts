/**
 * Limits checked before execution, so an abusive request never reaches Neo4j:
 * - shape (a validation rule): selection depth, aliases, root fields, and a separate bound for
 *   introspection, whose standard query (GraphiQL's) is deeper than any data query but touches
 *   no database;
 * - cost (a plugin, because it needs the request's variables): an estimate of the objects and
 *   database round trips the operation asks for, with every paged field multiplied by its
 *   `first` (graphql-query-complexity, with our estimator).
 * Each refusal has its own code and says what to change.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  GraphQLError,
  GraphQLList,
  getNullableType,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Context } from './context.js';

/** Largest page a connection or search serves (`first`). */
export const MAX_FIRST = 100;
/** Most similar tasks Task.similar returns (each is ranked from the full-text index's candidates). */
export const MAX_SIMILAR = 50;
/** Deepest selection nesting a data query may have. */
export const MAX_DEPTH = 12;
/** Deepest nesting inside `__schema` / `__type` (the standard introspection query is 15 deep). */
export const MAX_INTROSPECTION_DEPTH = 20;
/**
 * How many introspection lists may nest (`types { fields { args } }` is 3, the standard query's
 * most): a deep type reference chain is linear, nested lists multiply.
 */
export const MAX_INTROSPECTION_LISTS = 3;
/** Aliased fields a request may have (each alias is another full resolution of its field). */
export const MAX_ALIASES = 30;
/** Top-level fields an operation may have (each is at least one database round trip). */
export const MAX_ROOT_FIELDS = 20;
/** Largest estimated cost of an operation: about one unit per object, ten per round trip. */
export const MAX_COST = 50_000;

/** Cost estimates kept per parsed document (one per operation name and variables). */
const MAX_ESTIMATES_PER_DOCUMENT = 64;
/** What a database round trip costs, in objects: a root field or a connection reads once. */
const ROUND_TRIP_COST = 10;
/** Size assumed for a relation list without `first` (leads, implements, lineagePaths ...). */
const RELATION_LIST_SIZE = 5;
const INTROSPECTION_LISTS = new Set([
  'types',
  'fields',
  'inputFields',
  'interfaces',
  'possibleTypes',
  'enumValues',
  'args',
  'directives',
]);

/** The validation rules Apollo runs on every operation. */
export function validationRules(): ValidationRule[] {
  return [shapeRule];
}

/**
 * The cost estimate of one field: paged fields (those with `first`) read once and multiply what
 * is below them by `first`; other lists by a nominal size; root fields add a round trip;
 * introspection costs its size only (it never reaches the database).
 */
export const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 1 + childComplexity;
  const roundTrip = type.name === 'Query' ? ROUND_TRIP_COST : 0;
  if (field.args.some((arg) => arg.name === 'first')) {
    // Clamped: a negative `first` must not cancel the cost of the rest (checkFirst refuses it
    // only when its own field runs, after the others have started).
    const first = Number.isInteger(args.first) ? Math.min(Math.max(args.first as number, 0), MAX_FIRST) : MAX_FIRST;
    return ROUND_TRIP_COST + first * Math.max(childComplexity, 1);
  }
  // A connection's edges are already multiplied by its `first`.
  const isList = getNullableType(field.type) instanceof GraphQLList && !type.name.endsWith('Connection');
  return roundTrip + 1 + (isList ? RELATION_LIST_SIZE : 1) * childComplexity;
};

/**
 * Estimates each operation's cost with its variables and refuses it over MAX_COST; also refuses
 * operations other than queries (the API is read-only). The cost is kept on the context, so a
 * timeout can tell whether the request's size is the likely cause.
 */
export function costPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  // Apollo's document store hands every request of the same query text the same parsed document,
  // so estimates are kept per document (weakly, as long as the store keeps it) and per variables.
  const estimates = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, operationName, contextValue }) {
          if (operation !== undefined && operation.operation !== 'query') {
            throw new GraphQLError(
              `This API is read-only and has no ${operation.operation} operations; send a query.`,
              { extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } } },
            );
          }
          const key = JSON.stringify([operationName ?? null, request.variables ?? {}]);
          let known = estimates.get(document);
          if (known === undefined) estimates.set(document, (known = new Map()));
          let cost = known.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: operationName ?? undefined,
                estimators: [costEstimator],
              });
            } catch (error) {
              const message = error instanceof Error ? error.message : String(error);
              throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            }
            // Bounded: a client sending one query with ever new variables keeps no more than this.
            if (known.size < MAX_ESTIMATES_PER_DOCUMENT) known.set(key, cost);
          }
          contextValue.db.cost = cost;
          if (cost > MAX_COST) {
            throw new GraphQLError(
              `The query may return about ${Math.round(cost)} objects; the limit is ${MAX_COST}. Ask for fewer items (first), fewer nested lists or fewer aliases.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

function shapeRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const refuse = (message: string, code: string) =>
    context.reportError(new GraphQLError(message, { extensions: { code } }));
  return {
    OperationDefinition(node) {
      const roots = countRootFields(node.selectionSet, fragments, new Set());
      if (roots > MAX_ROOT_FIELDS) {
        refuse(
          `The operation asks for ${roots} top-level fields; the limit is ${MAX_ROOT_FIELDS}. Send several requests instead.`,
          'TOO_MANY_ROOT_FIELDS',
        );
      }
      const aliases = countAliases(node.selectionSet, fragments, new Map(), new Set());
      if (aliases > MAX_ALIASES) {
        refuse(
          `The request uses ${aliases} aliases; the limit is ${MAX_ALIASES}. Send several requests instead.`,
          'TOO_MANY_ALIASES',
        );
      }
      const shape = measure(node.selectionSet, fragments, { depth: 1, lists: 0, introspection: false }, new Map());
      if (shape.depth > MAX_DEPTH) {
        refuse(`The query is nested ${shape.depth} levels deep; the limit is ${MAX_DEPTH}.`, 'QUERY_TOO_DEEP');
      }
      if (shape.introspectionDepth > MAX_INTROSPECTION_DEPTH || shape.introspectionLists > MAX_INTROSPECTION_LISTS) {
        refuse(
          `The introspection query nests ${shape.introspectionDepth} levels and ${shape.introspectionLists} lists deep; ` +
            `the limits are ${MAX_INTROSPECTION_DEPTH} and ${MAX_INTROSPECTION_LISTS} (the standard introspection query fits).`,
          'QUERY_TOO_DEEP',
        );
      }
    },
  };
}

interface Position {
  depth: number;
  /** Introspection lists above this selection. */
  lists: number;
  /** Whether this selection is inside `__schema` or `__type`. */
  introspection: boolean;
}

interface Shape {
  depth: number;
  introspectionDepth: number;
  introspectionLists: number;
}

/**
 * Depths of a selection set: data fields and introspection fields measured apart. A fragment's
 * shape is remembered per position (`memo`), so fragments spread many times are measured once
 * each and a document cannot make this walk exponential; a fragment spread again inside itself
 * (`active`: a cycle, which validation refuses anyway) is not followed.
 */
function measure(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  at: Position,
  memo: Map<string, Shape>,
  active: Set<string> = new Set(),
): Shape {
  const shape: Shape = {
    depth: at.introspection ? 0 : at.depth,
    introspectionDepth: at.introspection ? at.depth : 0,
    introspectionLists: at.lists,
  };
  const merge = (inner: Shape) => {
    shape.depth = Math.max(shape.depth, inner.depth);
    shape.introspectionDepth = Math.max(shape.introspectionDepth, inner.introspectionDepth);
    shape.introspectionLists = Math.max(shape.introspectionLists, inner.introspectionLists);
  };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.selectionSet === undefined) continue;
      const name = selection.name.value;
      const introspection = at.introspection || name === '__schema' || name === '__type';
      const next: Position = introspection
        ? {
            // Introspection depth counts from the `__schema` / `__type` field itself.
            depth: at.introspection ? at.depth + 1 : 1,
            lists: at.lists + (at.introspection && INTROSPECTION_LISTS.has(name) ? 1 : 0),
            introspection: true,
          }
        : { depth: at.depth + 1, lists: 0, introspection: false };
      merge(measure(selection.selectionSet, fragments, next, memo, active));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      merge(measure(selection.selectionSet, fragments, at, memo, active));
    } else {
      const name = selection.name.value;
      const inner = fragments.get(name)?.selectionSet;
      // A fragment already open on this path is a cycle (validation refuses it): not followed.
      if (inner === undefined || active.has(name)) continue;
      const key = `${name}@${at.depth}/${at.lists}/${at.introspection}`;
      if (!memo.has(key)) {
        active.add(name);
        memo.set(key, measure(inner, fragments, at, memo, active));
        active.delete(name);
      }
      merge(memo.get(key)!);
    }
  }
  return shape;
}

/**
 * Aliased fields of a selection set with fragments expanded: a fragment spread in four places
 * resolves its aliases four times. Counts per fragment are remembered; a cycle is not followed.
 */
function countAliases(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  memo: Map<string, number>,
  active: Set<string>,
): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias !== undefined) count += 1;
      if (selection.selectionSet) count += countAliases(selection.selectionSet, fragments, memo, active);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countAliases(selection.selectionSet, fragments, memo, active);
    } else {
      const name = selection.name.value;
      const inner = fragments.get(name)?.selectionSet;
      if (inner === undefined || active.has(name)) continue;
      if (!memo.has(name)) {
        active.add(name);
        memo.set(name, countAliases(inner, fragments, memo, active));
        active.delete(name);
      }
      count += memo.get(name)!;
    }
  }
  return count;
}

/** Top-level fields of an operation, fragments expanded. */
function countRootFields(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  let count = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') count += 1;
      continue;
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, fragments, seen);
      continue;
    }
    const inner = seen.has(selection.name.value) ? undefined : fragments.get(selection.name.value)?.selectionSet;
    if (inner === undefined) continue;
    seen.add(selection.name.value);
    count += countRootFields(inner, fragments, seen);
  }
  return count;
}
