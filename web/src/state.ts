/**
 * The view's state, and its round trip through the URL so that a link reproduces the view.
 * Pure functions: unit-tested without a browser.
 */
import {
  KIND_NAMES,
  LEVELS,
  STATUSES,
  type Kind,
  type Level,
  type Status,
} from '../../src/ontology/ontology.js';
import type { Lang } from './i18n.js';

export type View =
  { kind: 'overview' } | { kind: 'trace'; chain: string } | { kind: 'paths'; from: string; to: string };

export interface ViewState {
  readonly view: View;
  readonly selected: string | null;
  readonly expanded: readonly string[];
  readonly hiddenKinds: readonly Kind[];
  readonly statuses: readonly Status[];
  readonly levels: readonly Level[];
  readonly region: string | null;
  /** A field or future-industry direction: keep what focuses on it. */
  readonly field: string | null;
  readonly lang: Lang;
}

export const INITIAL: ViewState = {
  view: { kind: 'overview' },
  selected: null,
  expanded: [],
  hiddenKinds: [],
  statuses: [...STATUSES],
  levels: [...LEVELS],
  region: null,
  field: null,
  lang: 'zh',
};

const ID = /^[a-z]+:[a-z0-9-]+$/;
const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);
const only = <T extends string>(xs: string[], allowed: readonly T[]): T[] =>
  xs.filter((x): x is T => (allowed as readonly string[]).includes(x));
const ids = (xs: string[]): string[] => xs.filter((x) => ID.test(x));

export function encodeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.view.kind === 'trace') p.set('trace', s.view.chain);
  if (s.view.kind === 'paths') p.set('path', `${s.view.from},${s.view.to}`);
  if (s.selected) p.set('sel', s.selected);
  if (s.expanded.length > 0) p.set('exp', s.expanded.join(','));
  if (s.hiddenKinds.length > 0) p.set('hide', s.hiddenKinds.join(','));
  if (s.statuses.length !== STATUSES.length) p.set('status', s.statuses.join(','));
  if (s.levels.length !== LEVELS.length) p.set('level', s.levels.join(','));
  if (s.region) p.set('region', s.region);
  if (s.field) p.set('field', s.field);
  if (s.lang !== 'zh') p.set('lang', s.lang);
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** Reads a URL query; anything malformed falls back to the default rather than failing. */
export function decodeState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const trace = p.get('trace');
  const path = ids(list(p.get('path')));
  const view: View =
    trace && ID.test(trace)
      ? { kind: 'trace', chain: trace }
      : path.length === 2 && path[0] && path[1]
        ? { kind: 'paths', from: path[0], to: path[1] }
        : { kind: 'overview' };
  const sel = p.get('sel');
  const region = p.get('region');
  const field = p.get('field');
  return {
    view,
    selected: sel && ID.test(sel) ? sel : null,
    expanded: ids(list(p.get('exp'))),
    hiddenKinds: only(list(p.get('hide')), KIND_NAMES),
    statuses: p.has('status') ? only(list(p.get('status')), STATUSES) : [...STATUSES],
    levels: p.has('level') ? only(list(p.get('level')), LEVELS) : [...LEVELS],
    region: region && ID.test(region) ? region : null,
    field: field && ID.test(field) ? field : null,
    lang: p.get('lang') === 'en' ? 'en' : 'zh',
  };
}

export const toggle = <T>(xs: readonly T[], x: T): T[] =>
  xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x];
