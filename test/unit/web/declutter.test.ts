import { describe, expect, it } from 'vitest';
import { crampedLabels, type LabelCandidate } from '../../../web/src/declutter.js';

const at = (id: string, x: number, y: number, priority = 0, fixed = false): LabelCandidate => ({
  id,
  fixed,
  priority,
  box: { x1: x, y1: y, x2: x + 100, y2: y + 16 },
});

describe('labels that would meet', () => {
  it('leaves out the less important of two labels that meet, keeps labels apart', () => {
    expect(crampedLabels([at('hub', 0, 0, 9), at('leaf', 50, 8, 1), at('far', 0, 40, 1)])).toEqual(
      new Set(['leaf']),
    );
  });

  it('never leaves out a fixed label (the selection, a measured one), whatever its priority', () => {
    expect(crampedLabels([at('hub', 0, 0, 9), at('selected', 50, 8, 0, true)])).toEqual(new Set(['hub']));
  });

  it('touching edges do not count; a chain keeps every other label', () => {
    expect(crampedLabels([at('a', 0, 0), at('b', 100, 0)]).size).toBe(0);
    // a meets b, b meets c, a and c apart: b goes (a first by id), c stays.
    expect(crampedLabels([at('a', 0, 0), at('b', 60, 0), at('c', 120, 0)])).toEqual(new Set(['b']));
  });

  it('is the same whatever the order it is given in', () => {
    const cs = Array.from({ length: 40 }, (_, i) => at(`n${i}`, (i * 37) % 300, (i * 11) % 90, i % 5));
    expect([...crampedLabels(cs)].sort()).toEqual([...crampedLabels([...cs].reverse())].sort());
  });
});
