/**
 * Query depth and cost limits, checked before execution so an abusive query never reaches Neo4j.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Deepest selection nesting a query may have. */
export const MAX_DEPTH = 12;
/** Largest estimated number of objects a query may ask for (list fields multiply by `first`). */
export const MAX_COST = 50_000;
const DEFAULT_LIST_SIZE = 20;
const PAGED_FIELDS = new Set(['documents', 'tasks', 'agencies', 'search']);

/** The rules Apollo runs on every operation. */
export function validationRules(): ValidationRule[] {
  return [depthAndCostRule];
}

function depthAndCostRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return {
    OperationDefinition(node) {
      const { depth, cost } = measure(node.selectionSet, fragments, 1, new Set());
      if (depth > MAX_DEPTH) {
        context.reportError(
          new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${MAX_DEPTH}.`, {
            nodes: [node],
            extensions: { code: 'QUERY_TOO_DEEP' },
          }),
        );
      }
      if (cost > MAX_COST) {
        context.reportError(
          new GraphQLError(
            `The query may return about ${Math.round(cost)} objects; the limit is ${MAX_COST}. Ask for fewer items (first) or fewer nested lists.`,
            { nodes: [node], extensions: { code: 'QUERY_TOO_COSTLY' } },
          ),
        );
      }
    },
  };
}

/** Depth and cost of a selection set: each field costs 1 times the size of the lists above it. */
function measure(
  set: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
): { depth: number; cost: number } {
  let maxDepth = depth;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // Paged fields multiply what is below them by `first` (a variable counts as the cap, 100);
      // the small unpaged lists (leads, implements ...) count once.
      const first = selection.arguments?.find((arg) => arg.name.value === 'first');
      const size =
        first?.value.kind === Kind.INT
          ? Number(first.value.value)
          : first !== undefined
            ? 100
            : PAGED_FIELDS.has(selection.name.value)
              ? DEFAULT_LIST_SIZE
              : 1;
      if (selection.selectionSet) {
        const inner = measure(selection.selectionSet, fragments, depth + 1, seen);
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += 1 + size * inner.cost;
      } else {
        cost += 1;
      }
    } else {
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : seen.has(selection.name.value)
            ? undefined
            : fragments.get(selection.name.value)?.selectionSet;
      if (inner === undefined) continue;
      if (selection.kind === Kind.FRAGMENT_SPREAD) seen.add(selection.name.value);
      const measured = measure(inner, fragments, depth, seen);
      maxDepth = Math.max(maxDepth, measured.depth);
      cost += measured.cost;
    }
  }
  return { depth: maxDepth, cost };
}
