import { describe, expect, it } from 'vitest';
import {
  breakable,
  columnsLayout,
  measureLabel,
  unwrap,
  wrapLines,
  type Measure,
} from '../../../web/src/label-boxes.js';

/** A stand-in for the canvas: CJK characters 12 px, anything else 6 px. */
const measure: Measure = (t) => {
  const cjk = (t.match(/[\u2e80-\u9fff]/g) ?? []).length;
  return cjk * 12 + (t.length - cjk) * 6;
};

describe('labels by measured boxes', () => {
  it('breaks Chinese between characters and other text between words', () => {
    expect(breakable('大连 Institute of')).toEqual(['大', '连', ' ', 'Institute ', 'of']);
  });

  it('wraps a long Chinese name into balanced lines, never losing a character', () => {
    const name = '中国科学院大连化学物理研究所';
    const lines = wrapLines(name, 120, measure);
    expect(lines.join('')).toBe(name);
    expect(lines).toHaveLength(2);
    expect(Math.abs(measure(lines[0] ?? '') - measure(lines[1] ?? ''))).toBeLessThanOrEqual(12);
    expect(lines.every((l) => measure(l) <= 120)).toBe(true);
  });

  it('wraps English at spaces only: a word wider than the width stays whole on its own line', () => {
    const lines = wrapLines('Dalian Institute of Chemical Physics', 100, measure);
    expect(lines.join(' ')).toBe('Dalian Institute of Chemical Physics');
    expect(lines.every((l) => measure(l) <= 100)).toBe(true);
    expect(wrapLines('Supercalifragilistic', 60, measure)).toEqual(['Supercalifragilistic']);
    // Review s23: "Northeaster/n University".
    expect(wrapLines('Northeastern University', 60, measure)).toEqual(['Northeastern', 'University']);
    const ic = 'Integrated circuits industrial innovation chain';
    const words = wrapLines(ic, 50, measure).flatMap((l) => l.split(' '));
    expect(words).toEqual(ic.split(' '));
    // The box is as wide as the widest word: the column widens, nothing is cut.
    expect(measureLabel('Supercalifragilistic', 60, measure).slot.w).toBeGreaterThan(60);
  });

  it('stacks columns so that no two slots meet, each column as wide as its widest label', () => {
    const slot = (text: string) => measureLabel(text, 96, measure).slot;
    const columns = [
      ['中国科学院大连化学物理研究所', '东北大学', '大连理工大学'].map((t, i) => ({
        id: `a${i}`,
        slot: slot(t),
      })),
      ['基于高亮度极紫外自由电子激光的前沿科技研究设施'].map((t) => ({ id: 'b', slot: slot(t) })),
    ];
    const l = columnsLayout(columns, () => 40, 4);
    const boxes = columns.flat().map((n) => {
      const p = l.positions.get(n.id) ?? { x: NaN, y: NaN };
      return {
        x1: p.x - n.slot.w / 2,
        x2: p.x + n.slot.w / 2,
        y1: p.y - n.slot.above,
        y2: p.y + n.slot.below,
      };
    });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b) continue;
        const meet =
          Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
        expect(meet).toBe(false);
      }
    expect(l.width).toBeGreaterThan(0);
  });
});

describe('unwrap', () => {
  it('joins Chinese lines as they were and other lines with a space', () => {
    expect(unwrap('中国科学院大连化\n学物理研究所')).toBe('中国科学院大连化学物理研究所');
    expect(unwrap('Dalian Institute\nof Chemical Physics')).toBe('Dalian Institute of Chemical Physics');
  });
});
