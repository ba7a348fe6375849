import { describe, expect, it } from 'vitest';
import { countCrossings, placeAround, traceLayout, type Rect } from '../../../web/src/layouts.js';

const meet = (a: Rect, b: Rect): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const extent = { left: 50, right: 50, above: 10, below: 24 };
const boxOf = (p: { x: number; y: number }): Rect => ({
  x1: p.x - extent.left,
  y1: p.y - extent.above,
  x2: p.x + extent.right,
  y2: p.y + extent.below,
});

describe('nodes an expansion adds (issue 18)', () => {
  it('go where their boxes meet nothing drawn and no box placed before them', () => {
    // A crowd of drawn labels around the centre, as in a trace.
    const taken: Rect[] = [{ x1: -40, y1: -10, x2: 40, y2: 24 }];
    for (let i = 1; i <= 6; i++) taken.push({ x1: 80, y1: -120 + 40 * i, x2: 260, y2: -90 + 40 * i });
    const items = Array.from({ length: 14 }, (_, i) => ({ id: `n${i}`, extent }));
    const at = placeAround({ x: 0, y: 0 }, items, taken);
    expect(at.size).toBe(14);
    const boxes = [...at.values()].map(boxOf);
    for (const b of boxes) for (const t of taken) expect(meet(b, t)).toBe(false);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(meet(boxes[i] as Rect, boxes[j] as Rect)).toBe(false);
    // Near the node, not flung away: within a few label heights of the crowd.
    for (const p of at.values()) expect(Math.hypot(p.x, p.y)).toBeLessThan(400);
  });

  it('prefers a spot whose link runs through no drawn node and that lies on no drawn link', () => {
    // Free room everywhere; a drawn link right along the x axis, a node box just above the centre.
    const taken: Rect[] = [
      { x1: -10, y1: -10, x2: 10, y2: 10 },
      { x1: -30, y1: -120, x2: 30, y2: -80 },
    ];
    const links = [
      [
        { x: 20, y: 0 },
        { x: 600, y: 0 },
      ],
    ] as const;
    const at = placeAround({ x: 0, y: 0 }, [{ id: 'a', extent }], taken, links);
    const p = at.get('a');
    expect(p).toBeDefined();
    const b = boxOf(p ?? { x: 0, y: 0 });
    expect(b.y1 > 0 || b.y2 < 0 || b.x2 < 20).toBe(true);
  });
});

describe('a filter ordered to keep links from crossing (issue 18)', () => {
  it('counts crossings of straight links with no end in common', () => {
    const at = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 0, y: 10 }],
      ['c', { x: 10, y: 0 }],
      ['d', { x: 10, y: 10 }],
    ]);
    expect(
      countCrossings(at, [
        { source: 'a', target: 'd' },
        { source: 'b', target: 'c' },
      ]),
    ).toBe(1);
    expect(
      countCrossings(at, [
        { source: 'a', target: 'c' },
        { source: 'b', target: 'd' },
      ]),
    ).toBe(0);
    // Sharing an end is not a crossing.
    expect(
      countCrossings(at, [
        { source: 'a', target: 'd' },
        { source: 'a', target: 'c' },
      ]),
    ).toBe(0);
  });

  it('barycentre sweeps untangle a layered graph that the key order tangles', () => {
    // Three layers of 12; layer 1 node i links to layer 0 node 11-i and layer 2 node (i*5)%12.
    const n = 12;
    const nodes = [0, 1, 2].flatMap((layer) =>
      Array.from({ length: n }, (_, i) => ({ id: `${layer}-${i}`, layer, key: String(i).padStart(2, '0') })),
    );
    const edges = Array.from({ length: n }, (_, i) => [
      { source: `1-${i}`, target: `0-${n - 1 - i}` },
      { source: `1-${i}`, target: `2-${(i * 5) % n}` },
    ]).flat();
    const viewport = { width: 1200, height: 800 };
    const plain = traceLayout(nodes, viewport);
    const ordered = traceLayout(nodes, viewport, edges, { uncross: true });
    const before = countCrossings(plain.positions, edges);
    const after = countCrossings(ordered.positions, edges);
    expect(before).toBeGreaterThan(10);
    expect(after).toBe(0);
  });
});
