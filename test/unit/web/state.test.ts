import { describe, expect, it } from 'vitest';
import {
  decodeState,
  encodeState,
  graphKey,
  historyStep,
  INITIAL,
  parseState,
  toggle,
  type ViewState,
} from '../../../web/src/state.js';

describe('explorer URL state', () => {
  it('encodes the initial state as an empty query', () => {
    expect(encodeState(INITIAL)).toBe('');
    expect(parseState('')).toEqual({ state: INITIAL, bad: [] });
  });

  it('round-trips every part of the view: selection, expansions, hidden nodes, filters, grouping, table, paths, zoom', () => {
    const states: ViewState[] = [
      {
        ...INITIAL,
        selected: 'uni:dlut',
        expanded: ['uni:dlut', 'lab:high-end-precision-manufacturing'],
        hidden: ['ri:cas-dicp'],
        hiddenKinds: ['field', 'topic'],
        viewport: { zoom: 1.25, x: -340, y: 120 },
      },
      {
        ...INITIAL,
        view: { kind: 'trace', chain: 'chain:plan14-gas-turbine' },
        statuses: ['planned'],
        lang: 'en',
        focus: true,
        cluster: 'chain',
      },
      {
        ...INITIAL,
        view: { kind: 'paths', from: 'uni:dlut', to: 'ri:cas-dicp' },
        levels: ['national', 'provincial'],
        region: 'region:dalian',
        field: 'dir:new-energy',
        mode: 'table',
        sort: { column: 'degree', descending: true },
        paths: { regions: true, placeholders: true, exclude: ['region:dalian'] },
      },
    ];
    for (const s of states) expect(parseState(encodeState(s))).toEqual({ state: s, bad: [] });
  });

  it('reports malformed or hostile values and falls back to the defaults', () => {
    const { state, bad } = parseState(
      '?sel=<script>&exp=uni:dlut,../etc&hide=bogus,field&status=maybe&path=a&trace=x y&lang=fr&z=NaN,1,2&focus=yes&what=1',
    );
    expect(state.selected).toBeNull();
    expect(state.expanded).toEqual(['uni:dlut']);
    expect(state.hiddenKinds).toEqual(['field']);
    // status=maybe is ignored: every status stays checked (review s23), as the message says.
    expect(state.statuses).toEqual(['existing', 'planned', 'unknown']);
    expect(parseState('?status=planned,foo').state.statuses).toEqual(['planned']);
    expect(state.view).toEqual({ kind: 'overview' });
    expect(state.lang).toBe('zh');
    expect(state.viewport).toBeNull();
    expect(bad.map((b) => b.name).sort()).toEqual(
      ['exp', 'focus', 'hide', 'lang', 'path', 'sel', 'status', 'trace', 'what', 'z'].sort(),
    );
    expect(decodeState('?trace=x y')).toEqual(INITIAL);
    // Conflicting parts: the one shown wins, the other is reported as ignored.
    const both = parseState('?trace=chain:a&path=uni:a,uni:b&history=uni:a&brief=uni:b&compare=doc:a,doc:b');
    expect(both.state.view).toEqual({ kind: 'trace', chain: 'chain:a' });
    expect(both.state.page).toEqual({ kind: 'history', id: 'uni:a' });
    expect(both.bad.map((b) => b.name).sort()).toEqual(['brief', 'compare', 'path']);
  });

  it('pushes a history entry for a step, replaces it for panning and zooming', () => {
    const a = { ...INITIAL, selected: 'uni:dlut' };
    expect(historyStep(INITIAL, a)).toBe('push');
    expect(historyStep(a, { ...a, viewport: { zoom: 2, x: 0, y: 0 } })).toBe('replace');
    expect(historyStep(a, { ...a })).toBe('none');
    expect(historyStep(a, { ...a, hidden: ['uni:dlut'] })).toBe('push');
  });

  it('redraws the graph only when what it holds changes', () => {
    expect(graphKey(INITIAL)).toBe(graphKey({ ...INITIAL, selected: 'uni:dlut', statuses: ['planned'] }));
    expect(graphKey(INITIAL)).not.toBe(graphKey({ ...INITIAL, expanded: ['uni:dlut'] }));
    expect(graphKey(INITIAL)).not.toBe(graphKey({ ...INITIAL, cluster: 'none' }));
  });

  it('toggles list members', () => {
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggle(['b'], 'a')).toEqual(['b', 'a']);
  });
});
