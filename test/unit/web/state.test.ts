import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, INITIAL, toggle, type ViewState } from '../../../web/src/state.js';

describe('explorer URL state', () => {
  it('encodes the initial state as an empty query', () => {
    expect(encodeState(INITIAL)).toBe('');
    expect(decodeState('')).toEqual(INITIAL);
  });

  it('round-trips selection, expansions, filters, views and language', () => {
    const states: ViewState[] = [
      {
        ...INITIAL,
        selected: 'uni:dlut',
        expanded: ['uni:dlut', 'lab:high-end-precision-manufacturing'],
        hiddenKinds: ['field', 'topic'],
      },
      {
        ...INITIAL,
        view: { kind: 'trace', chain: 'chain:plan14-gas-turbine' },
        statuses: ['planned'],
        lang: 'en',
      },
      {
        ...INITIAL,
        view: { kind: 'paths', from: 'uni:dlut', to: 'ri:cas-dicp' },
        levels: ['national', 'provincial'],
        region: 'region:dalian',
        field: 'dir:new-energy',
      },
    ];
    for (const s of states) expect(decodeState(encodeState(s))).toEqual(s);
  });

  it('ignores malformed or hostile values instead of failing', () => {
    const s = decodeState(
      '?sel=<script>&exp=uni:dlut,../etc&hide=bogus,field&status=maybe&path=a&trace=x y&lang=fr',
    );
    expect(s.selected).toBeNull();
    expect(s.expanded).toEqual(['uni:dlut']);
    expect(s.hiddenKinds).toEqual(['field']);
    expect(s.statuses).toEqual([]);
    expect(s.view).toEqual({ kind: 'overview' });
    expect(s.lang).toBe('zh');
  });

  it('toggles list members', () => {
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggle(['b'], 'a')).toEqual(['b', 'a']);
  });
});
