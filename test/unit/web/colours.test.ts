import { describe, expect, it } from 'vitest';
import { KIND_NAMES, KINDS } from '../../../src/ontology/ontology.js';
import { distance, labAs } from '../../../web/src/colour-vision.js';

/** ΔE (CIE76) below which two legend swatches of one shape are taken for the same. */
const APART = 12;

describe('legend colours stay apart (issue 18)', () => {
  it('simulates colour vision: grey stays grey, red and green merge for a deuteranope', () => {
    const grey = labAs('#777777', 'deuteranopia');
    expect(Math.abs(grey[1]) + Math.abs(grey[2])).toBeLessThan(2);
    expect(distance('#d62728', '#2ca02c', 'normal')).toBeGreaterThan(60);
    expect(distance('#bcbd22', '#ff7f0e', 'protanopia')).toBeLessThan(
      distance('#bcbd22', '#ff7f0e', 'normal'),
    );
  });

  it('every two kinds drawn in the same shape differ by colour for normal, protanopic and deuteranopic vision', () => {
    const close: string[] = [];
    for (const vision of ['normal', 'protanopia', 'deuteranopia'] as const)
      for (const [i, a] of KIND_NAMES.entries())
        for (const b of KIND_NAMES.slice(i + 1)) {
          if (KINDS[a].style.shape !== KINDS[b].style.shape) continue;
          const d = distance(KINDS[a].style.color, KINDS[b].style.color, vision);
          if (d < APART) close.push(`${vision}: ${a}/${b} ΔE ${d.toFixed(1)}`);
        }
    expect(close).toEqual([]);
  });
});
