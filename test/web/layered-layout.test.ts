import { describe, expect, it } from 'vitest';
import { layoutLayers } from '../../src/web/layered-layout.js';

const node = (id: string, order = id) => ({ id, order });

describe('the layered layout', () => {
  it('puts each node one column right of the farthest thing leading to it', () => {
    // 36 → 189, 36 → 203 → plan; the plan also implements 189: it sits right of both.
    const layout = layoutLayers(
      [node('36'), node('189'), node('203'), node('plan')],
      [
        { from: '36', to: '189' },
        { from: '36', to: '203' },
        { from: '203', to: 'plan' },
        { from: '189', to: 'plan' },
      ],
    );
    expect(layout.layers).toEqual([['36'], ['189', '203'], ['plan']]);
    const x = new Map(layout.boxes.map((box) => [box.id, box.x]));
    expect(x.get('36')!).toBeLessThan(x.get('203')!);
    expect(x.get('203')!).toBeLessThan(x.get('plan')!);
    expect(layout.edges).toHaveLength(4);
    for (const edge of layout.edges) expect(edge.path).toMatch(/^M[\d.]+,[\d.]+ C/);
  });

  it('keeps each chain in its own band: children sit beside their parents', () => {
    const layout = layoutLayers(
      [node('root'), node('a'), node('b'), node('a-plan', 'z'), node('b-plan', 'y')],
      [
        { from: 'root', to: 'a' },
        { from: 'root', to: 'b' },
        { from: 'a', to: 'a-plan' },
        { from: 'b', to: 'b-plan' },
      ],
    );
    // Their own order (z, y) would cross the edges; the sweep follows the parents instead.
    expect(layout.layers[2]).toEqual(['a-plan', 'b-plan']);
  });

  it('wraps a tall layer into even columns, and survives a cycle', () => {
    const many = Array.from({ length: 13 }, (_, i) => node(`t${String(i).padStart(2, '0')}`));
    const layout = layoutLayers(
      [node('doc'), ...many, node('x'), node('y')],
      [...many.map((n) => ({ from: 'doc', to: n.id })), { from: 'x', to: 'y' }, { from: 'y', to: 'x' }],
      { boxWidth: 10, boxHeight: 10, columnGap: 10, rowGap: 10, maxPerColumn: 12 },
    );
    const columns = new Map<number, number>();
    for (const box of layout.boxes.filter((b) => b.id.startsWith('t'))) {
      columns.set(box.column, (columns.get(box.column) ?? 0) + 1);
    }
    expect([...columns.values()].sort()).toEqual([6, 7]);
    expect(layout.boxes).toHaveLength(16);
  });
});
