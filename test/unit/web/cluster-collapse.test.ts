import { describe, expect, it } from 'vitest';
import { aggregateLinks, collapsedPx, linkPx, placeGroups } from '../../../web/src/cluster-collapse.js';

describe('collapsed clusters: links between groups', () => {
  // a1, a2 in group A; b1 in group B; x outside any group; h hidden by a filter.
  const rep = new Map([
    ['a1', 'A'],
    ['a2', 'A'],
    ['b1', 'B'],
    ['x', 'x'],
  ]);
  const groups = new Set(['A', 'B']);
  const links = (edges: { source: string; target: string }[]) =>
    aggregateLinks(
      edges,
      (id) => rep.get(id) ?? null,
      (r) => groups.has(r),
    );

  it('counts links between two groups as one line, whatever their direction', () => {
    expect(
      links([
        { source: 'a1', target: 'b1' },
        { source: 'b1', target: 'a2' },
        { source: 'a2', target: 'b1' },
      ]),
    ).toEqual([{ source: 'A', target: 'B', count: 3 }]);
  });

  it('drops links inside a group and keeps a node outside any group linked to the group', () => {
    expect(
      links([
        { source: 'a1', target: 'a2' },
        { source: 'x', target: 'a1' },
        { source: 'x', target: 'a2' },
      ]),
    ).toEqual([{ source: 'A', target: 'x', count: 2 }]);
  });

  it('leaves links between two ordinary nodes and links to a node not shown alone', () => {
    rep.set('y', 'y');
    expect(
      links([
        { source: 'x', target: 'y' },
        { source: 'h', target: 'a1' },
      ]),
    ).toEqual([]);
  });
});

describe('collapsed clusters: sizes and labels on screen', () => {
  const width = (t: string): number => t.length * 12;

  it('grows with the members within bounds; lines grow with the links', () => {
    expect(collapsedPx(1)).toBe(27);
    expect(collapsedPx(100)).toBe(72);
    expect(collapsedPx(10_000)).toBe(84);
    expect(linkPx(1)).toBe(1);
    expect(linkPx(1000)).toBe(10);
    expect(linkPx(4)).toBeGreaterThan(linkPx(2));
  });

  it('keeps squares apart from their nearest neighbour', () => {
    const placed = placeGroups(
      [
        { id: 'A', x: 0, y: 0, count: 400, lines: ['沈阳市', '400'] },
        { id: 'B', x: 40, y: 0, count: 400, lines: ['大连市', '400'] },
      ],
      width,
    );
    expect(placed.get('A')?.px).toBeLessThanOrEqual(28);
    expect(placed.get('B')?.px).toBeLessThanOrEqual(28);
  });

  it('labels the biggest group first and leaves out a label that would meet it', () => {
    const placed = placeGroups(
      [
        { id: 'small', x: 30, y: 5, count: 3, lines: ['本溪市', '3'] },
        { id: 'big', x: 0, y: 0, count: 90, lines: ['沈阳市', '90'] },
        { id: 'far', x: 300, y: 0, count: 2, lines: ['丹东市', '2'] },
      ],
      width,
    );
    expect(placed.get('big')?.labelled).toBe(true);
    expect(placed.get('small')?.labelled).toBe(false);
    expect(placed.get('far')?.labelled).toBe(true);
  });
});
