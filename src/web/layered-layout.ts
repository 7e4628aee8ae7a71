/**
 * A layered layout, left to right: the lineage diagram's (root directives on the left, the
 * documents implementing them on the right) and the graph view's (a directive, its plans, their
 * tasks, their agencies). A node's layer is the length of the longest chain of edges leading to
 * it, so every edge points rightwards; within a layer nodes are ordered to sit near their
 * neighbours (barycentre sweeps), which keeps each province's chain in a band of its own. A layer
 * taller than `maxPerColumn` is wrapped into several columns side by side. Pure: sizes in,
 * coordinates out.
 */

/** A box to place; `order` sorts boxes whose neighbours do not decide (province, then symbol). */
export interface LayoutNode {
  id: string;
  order: string;
}

/** An edge drawn from `from` (left) to `to` (right): in a lineage, from a document to one implementing it. */
export interface LayoutEdge {
  from: string;
  to: string;
}

export interface LayoutOptions {
  boxWidth: number;
  boxHeight: number;
  columnGap: number;
  rowGap: number;
  /** Most nodes in one column; a layer with more is wrapped into several columns. */
  maxPerColumn?: number;
}

export interface PlacedBox {
  id: string;
  /** Its layer (before wrapping). */
  layer: number;
  column: number;
  x: number;
  y: number;
}

export interface PlacedEdge {
  from: string;
  to: string;
  /** An SVG path from the right side of `from` to the left side of `to`. */
  path: string;
}

export interface Layout {
  boxes: PlacedBox[];
  edges: PlacedEdge[];
  /** The layers, each in its order. */
  layers: string[][];
  width: number;
  height: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { boxWidth: 200, boxHeight: 72, columnGap: 48, rowGap: 12 };

/** Places `nodes` in layers; edges naming a node not given are left out. */
export function layoutLayers(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  options: LayoutOptions = DEFAULT_LAYOUT,
): Layout {
  const known = new Map(nodes.map((node) => [node.id, node]));
  const kept = dedupe(edges.filter((edge) => known.has(edge.from) && known.has(edge.to) && edge.from !== edge.to));
  const parents = groupBy(
    kept,
    (edge) => edge.to,
    (edge) => edge.from,
  );
  const children = groupBy(
    kept,
    (edge) => edge.from,
    (edge) => edge.to,
  );

  const column = new Map<string, number>();
  const visiting = new Set<string>();
  const columnOf = (id: string): number => {
    const done = column.get(id);
    if (done !== undefined) return done;
    if (visiting.has(id)) return 0; // a cycle (a lineage has none; a neighbourhood may): cut here
    visiting.add(id);
    const above = (parents.get(id) ?? []).map(columnOf);
    visiting.delete(id);
    const value = above.length === 0 ? 0 : Math.max(...above) + 1;
    column.set(id, value);
    return value;
  };
  const columns: string[][] = [];
  const sorted = [...nodes].sort((a, b) => a.order.localeCompare(b.order) || a.id.localeCompare(b.id));
  for (const node of sorted) (columns[columnOf(node.id)] ??= []).push(node.id);
  for (let i = 0; i < columns.length; i += 1) columns[i] ??= [];

  // Barycentre sweeps: rightwards by parents' rows, then leftwards by children's.
  const rowOf = new Map<string, number>();
  const index = () => columns.forEach((ids) => ids.forEach((id, row) => rowOf.set(id, row)));
  index();
  for (let pass = 0; pass < 4; pass += 1) {
    const rightwards = pass % 2 === 0;
    const order = rightwards
      ? columns.map((_, i) => i).slice(1)
      : columns
          .map((_, i) => i)
          .reverse()
          .slice(1);
    for (const i of order) {
      const neighbours = rightwards ? parents : children;
      const weight = (id: string) => {
        const rows = (neighbours.get(id) ?? []).map((other) => rowOf.get(other)!);
        return rows.length === 0 ? rowOf.get(id)! : rows.reduce((a, b) => a + b, 0) / rows.length;
      };
      const weights = new Map(columns[i]!.map((id) => [id, weight(id)]));
      columns[i]!.sort((a, b) => weights.get(a)! - weights.get(b)! || rowOf.get(a)! - rowOf.get(b)!);
      columns[i]!.forEach((id, row) => rowOf.set(id, row));
    }
  }

  const { boxWidth, boxHeight, columnGap, rowGap } = options;
  const maxPerColumn = Math.max(1, options.maxPerColumn ?? Number.POSITIVE_INFINITY);
  // Each layer as one or more columns of at most maxPerColumn nodes, as even as can be (13: 7 + 6).
  const wrapped: { layer: number; ids: string[] }[] = [];
  columns.forEach((ids, layer) => {
    const per = Math.ceil(ids.length / Math.max(1, Math.ceil(ids.length / maxPerColumn)));
    for (let start = 0; start < Math.max(ids.length, 1); start += Math.max(per, 1)) {
      wrapped.push({ layer, ids: ids.slice(start, start + per) });
    }
  });
  const tallest = Math.max(0, ...wrapped.map((column) => column.ids.length));
  const pitch = boxHeight + rowGap;
  const boxes: PlacedBox[] = [];
  const at = new Map<string, PlacedBox>();
  wrapped.forEach(({ layer, ids }, i) => {
    const offset = ((tallest - ids.length) * pitch) / 2;
    ids.forEach((id, row) => {
      const box = { id, layer, column: i, x: i * (boxWidth + columnGap), y: offset + row * pitch };
      boxes.push(box);
      at.set(id, box);
    });
  });
  const placedEdges = kept.map(({ from, to }) => {
    const a = at.get(from)!;
    const b = at.get(to)!;
    const x1 = a.x + boxWidth;
    const y1 = a.y + boxHeight / 2;
    const x2 = b.x;
    const y2 = b.y + boxHeight / 2;
    const bend = Math.max(columnGap / 2, (x2 - x1) / 3);
    return { from, to, path: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}` };
  });
  const count = wrapped.length;
  return {
    boxes,
    edges: placedEdges,
    layers: columns,
    width: count === 0 ? 0 : count * boxWidth + (count - 1) * columnGap,
    height: tallest === 0 ? 0 : tallest * pitch - rowGap,
  };
}

function dedupe(edges: readonly LayoutEdge[]): LayoutEdge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const key = `${edge.from}\n${edge.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string, value: (item: T) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list === undefined) groups.set(key(item), [value(item)]);
    else list.push(value(item));
  }
  return groups;
}
