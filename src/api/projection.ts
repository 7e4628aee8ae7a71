/**
 * What a request asks of the nodes a resolver reads: the names of the fields selected below it,
 * so a repository reads and decodes those properties only, not whole nodes (a task's `text`,
 * `searchText` and `excerpt` are most of its bytes and seldom asked for).
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** What of a resolver's info a selection is read from: its field nodes and the request's fragments. */
export type Selection = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The properties `source` (Source, from node.type.ts) reads. */
const PROVENANCE = ['sourceFile', 'lineStart', 'lineEnd', 'excerpt'];

/** Fields that read stored properties of other names. */
const PROPERTIES_OF: Record<string, readonly string[]> = {
  source: PROVENANCE,
  __typename: [],
  // Task.similar ranks other tasks by their words (uptake.repository.ts).
  similar: ['text', 'title'],
};

/**
 * The field nodes selected at `path` below the field being resolved (`['edges', 'node']` for a
 * connection's nodes), fragments and inline fragments expanded whatever their type condition and
 * directives: a superset of what will be resolved, never less.
 */
export function selectionAt(info: Selection, path: readonly string[]): FieldNode[] {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path)
    nodes = nodes.flatMap((node) => fieldsOf(node.selectionSet, info).filter((f) => f.name.value === name));
  return [...nodes];
}

/**
 * The stored properties the fields selected on `nodes` read: a field's own name (a relation
 * field's name reads nothing and costs a null), `source`'s provenance, nothing for `__typename`.
 */
export function propertiesSelected(info: Selection, nodes: readonly FieldNode[]): string[] {
  const names = new Set<string>();
  for (const node of nodes) {
    for (const field of fieldsOf(node.selectionSet, info)) {
      for (const property of PROPERTIES_OF[field.name.value] ?? [field.name.value]) names.add(property);
    }
  }
  return [...names].sort();
}

/**
 * The fields named `name` selected below the field being resolved, grouped by response key
 * (`tasks`, or an alias): each group is the `fieldNodes` that field will be resolved with.
 */
export function fieldGroups(info: Selection, name: string): FieldNode[][] {
  const groups = new Map<string, FieldNode[]>();
  for (const node of selectionAt(info, [name])) {
    const key = node.alias?.value ?? name;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  return [...groups.values()];
}

/** Whether a field of this name is selected on `nodes`. */
export function isSelected(info: Selection, nodes: readonly FieldNode[], name: string): boolean {
  return nodes.some((node) => fieldsOf(node.selectionSet, info).some((field) => field.name.value === name));
}

/** The fields of a selection set, fragments expanded (a fragment spread twice is read once). */
function fieldsOf(set: SelectionSetNode | undefined, info: Selection, seen = new Set<string>()): FieldNode[] {
  if (set === undefined) return [];
  return set.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, info, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    return fieldsOf(info.fragments[name]?.selectionSet, info, seen);
  });
}
