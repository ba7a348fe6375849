/** Full-text hits are kept only when a name holds most of what was typed (issue 16, defect 7). */
import { describe, expect, it } from 'vitest';
import { MIN_FUZZY_SHARE, typedShare } from '../../src/repository/search-ranking.js';

describe('typedShare', () => {
  it('is the best share of the typed character pairs a name holds', () => {
    expect(typedShare('沈阳机床', ['沈阳高新区'])).toBeCloseTo(1 / 3);
    expect(typedShare('沈阳机床', ['沈阳高新区', '高档数控机床'])).toBeCloseTo(1 / 3);
    // A name of four characters or more standing whole in the typed text; a short one does not.
    expect(typedShare('大连理工大学科技创新基地', ['大连理工大学'])).toBe(1);
    expect(typedShare('沈阳机床', ['沈阳市', '沈阳'])).toBeCloseTo(1 / 3);
    expect(typedShare('大连先进光源', ['大连先进光源大科学装置'])).toBe(1);
    expect(typedShare('区域特色创新平台', ['区域特色创新平台'])).toBe(1);
  });

  it('keeps what holds at least half, drops a name that shares one word', () => {
    expect(typedShare('沈阳机床', ['沈阳高新区'])).toBeLessThan(MIN_FUZZY_SHARE);
    expect(typedShare('大连理工大学科技创新基地', ['大连理工大学'])).toBeGreaterThanOrEqual(MIN_FUZZY_SHARE);
  });

  it('reads a one-character text as that character, and nothing as nothing', () => {
    expect(typedShare('钢', ['鞍钢'])).toBe(1);
    expect(typedShare('', ['鞍钢'])).toBe(0);
  });
});
