import { describe, expect, it } from 'vitest';
import { clearOfEnds, entry, route, segments, type Box, type Pt } from '../../../web/src/edge-routes.js';

/** Whether the polyline a → pts… → b meets any box. */
const meets = (a: Pt, pts: readonly Pt[], b: Pt, boxes: readonly Box[]): boolean => {
  const line = [a, ...pts, b];
  for (let i = 0; i + 1 < line.length; i++) {
    const p = line[i];
    const q = line[i + 1];
    if (p && q && boxes.some((box) => entry(p, q, box) !== null)) return true;
  }
  return false;
};

describe('links routed round the nodes they do not touch (review s24)', () => {
  it('a clear line stays straight', () => {
    expect(route({ x: 0, y: 0 }, { x: 100, y: 0 }, [{ x1: 40, y1: 20, x2: 60, y2: 40 }])).toEqual([]);
  });

  it('a line through a box in its way goes round it (数字燃机 → 大连市 past the chain)', () => {
    const a = { x: 43, y: 176 };
    const b = { x: 233, y: 103 };
    const chain = { x1: 100, y1: 115, x2: 195, y2: 170 };
    expect(meets(a, [], b, [chain])).toBe(true);
    const pts = route(a, b, [chain]);
    expect(pts.length).toBeGreaterThan(0);
    expect(meets(a, pts, b, [chain])).toBe(false);
  });

  it('through a stacked column, by a gap between its boxes', () => {
    const column = [0, 1, 2, 3].map((i) => ({ x1: 90, y1: i * 50, x2: 110, y2: i * 50 + 40 }));
    const a = { x: 0, y: 60 };
    const b = { x: 200, y: 70 };
    const pts = route(a, b, column);
    expect(meets(a, pts, b, column)).toBe(false);
  });

  it('gives Cytoscape weights along the line and distances across it', () => {
    const s = segments({ x: 0, y: 0 }, { x: 100, y: 0 }, [{ x: 50, y: 20 }]);
    expect(s.weights).toEqual([0.5]);
    expect(s.distances).toEqual([20]);
  });
});

describe('waypoints clear of the link’s own ends (review s25: invalid endpoints)', () => {
  it('drops a waypoint inside or at the edge of either end node, keeps the others', () => {
    const source: Box = { x1: -10, y1: -10, x2: 10, y2: 10 };
    const target: Box = { x1: 90, y1: -10, x2: 110, y2: 10 };
    const pts: Pt[] = [
      { x: 5, y: 12 }, // within the margin below the source: Cytoscape could draw no border point
      { x: 50, y: 30 },
      { x: 100, y: 0 }, // inside the target
    ];
    expect(clearOfEnds(pts, [source, target])).toEqual([{ x: 50, y: 30 }]);
    expect(clearOfEnds(pts, [source, target], 0)).toEqual([
      { x: 5, y: 12 },
      { x: 50, y: 30 },
    ]);
  });
});
