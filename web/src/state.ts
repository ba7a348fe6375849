/**
 * The view's state and its round trip through the URL, so that a link (and every history
 * entry) reproduces the view. Pure functions: unit-tested without a browser.
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

/**
 * A page over the graph: an entity's plan history, two documents compared, or a printable brief
 * of a chain, city or institution. Each is its own URL, so it can be shared.
 */
export type Page =
  | { kind: 'history'; id: string }
  | { kind: 'compare'; from: string; to: string }
  | { kind: 'brief'; id: string };

/** How the overview groups its nodes. */
export const CLUSTERINGS = ['region', 'chain', 'none'] as const;
export type Clustering = (typeof CLUSTERINGS)[number];

export const TABLE_COLUMNS = ['name', 'kind', 'status', 'level', 'degree'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export interface Viewport {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}

export interface PathOptions {
  /** Let paths run through regions (a city links everything in it: off by default). */
  readonly regions: boolean;
  /** Let paths run through placeholders such as 我省优势企业 (off by default). */
  readonly placeholders: boolean;
  /** Entities the planner chose to keep out of paths. */
  readonly exclude: readonly string[];
}

export interface ViewState {
  readonly view: View;
  readonly selected: string | null;
  readonly expanded: readonly string[];
  /** Nodes the planner hid (undoable). */
  readonly hidden: readonly string[];
  readonly hiddenKinds: readonly Kind[];
  readonly statuses: readonly Status[];
  readonly levels: readonly Level[];
  readonly region: string | null;
  /** A field or future-industry direction: keep what focuses on it. */
  readonly field: string | null;
  readonly lang: Lang;
  readonly cluster: Clustering;
  /** Dim everything but the selection's neighbourhood. */
  readonly focus: boolean;
  readonly mode: 'graph' | 'table';
  readonly sort: { readonly column: TableColumn; readonly descending: boolean };
  readonly paths: PathOptions;
  /** Null: fit the graph to the screen. */
  readonly viewport: Viewport | null;
  /** A page shown over the graph (history, compare, brief); null for the graph itself. */
  readonly page: Page | null;
}

export const INITIAL: ViewState = {
  view: { kind: 'overview' },
  selected: null,
  expanded: [],
  hidden: [],
  hiddenKinds: [],
  statuses: [...STATUSES],
  levels: [...LEVELS],
  region: null,
  field: null,
  lang: 'zh',
  cluster: 'region',
  focus: false,
  mode: 'graph',
  sort: { column: 'name', descending: false },
  paths: { regions: false, placeholders: false, exclude: [] },
  viewport: null,
  page: null,
};

const ID = /^[a-z]+:[a-z0-9-]+$/;
const list = (v: string | null): string[] => (v ? v.split(',').filter(Boolean) : []);

export function encodeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.view.kind === 'trace') p.set('trace', s.view.chain);
  if (s.view.kind === 'paths') p.set('path', `${s.view.from},${s.view.to}`);
  if (s.selected) p.set('sel', s.selected);
  if (s.expanded.length > 0) p.set('exp', s.expanded.join(','));
  if (s.hidden.length > 0) p.set('hid', s.hidden.join(','));
  if (s.hiddenKinds.length > 0) p.set('hide', s.hiddenKinds.join(','));
  if (s.statuses.length !== STATUSES.length) p.set('status', s.statuses.join(','));
  if (s.levels.length !== LEVELS.length) p.set('level', s.levels.join(','));
  if (s.region) p.set('region', s.region);
  if (s.field) p.set('field', s.field);
  if (s.cluster !== INITIAL.cluster) p.set('group', s.cluster);
  if (s.focus) p.set('focus', '1');
  if (s.mode === 'table') p.set('table', '1');
  if (s.sort.column !== INITIAL.sort.column || s.sort.descending)
    p.set('sort', `${s.sort.column}${s.sort.descending ? ',desc' : ''}`);
  if (s.paths.regions) p.set('via-regions', '1');
  if (s.paths.placeholders) p.set('via-placeholders', '1');
  if (s.paths.exclude.length > 0) p.set('avoid', s.paths.exclude.join(','));
  if (s.page?.kind === 'history') p.set('history', s.page.id);
  if (s.page?.kind === 'compare') p.set('compare', `${s.page.from},${s.page.to}`);
  if (s.page?.kind === 'brief') p.set('brief', s.page.id);
  if (s.lang !== 'zh') p.set('lang', s.lang);
  if (s.viewport) {
    const r = (n: number, d: number): string => String(Math.round(n * 10 ** d) / 10 ** d);
    p.set('z', `${r(s.viewport.zoom, 3)},${r(s.viewport.x, 0)},${r(s.viewport.y, 0)}`);
  }
  const q = p.toString();
  return q ? `?${q}` : '';
}

/** A URL parameter that could not be used, to tell the planner rather than ignore silently. */
export interface BadParameter {
  readonly name: string;
  readonly value: string;
}

/** Reads a URL query; malformed values fall back to the default and are reported. */
export function parseState(search: string): { state: ViewState; bad: BadParameter[] } {
  const p = new URLSearchParams(search);
  const bad: BadParameter[] = [];
  const known = new Set([
    'trace',
    'path',
    'sel',
    'exp',
    'hid',
    'hide',
    'status',
    'level',
    'region',
    'field',
    'group',
    'focus',
    'table',
    'sort',
    'via-regions',
    'via-placeholders',
    'avoid',
    'lang',
    'z',
    'history',
    'compare',
    'brief',
    // Read once at start-up by renderer.ts (canvas or WebGL), not part of the view's state.
    'renderer',
  ]);
  for (const [name, value] of p) if (!known.has(name)) bad.push({ name, value });
  const id = (name: string): string | null => {
    const v = p.get(name);
    if (v === null || v === '') return null;
    if (ID.test(v)) return v;
    bad.push({ name, value: v });
    return null;
  };
  const ids = (name: string): string[] => {
    const xs = list(p.get(name));
    const good = xs.filter((x) => ID.test(x));
    if (good.length !== xs.length) bad.push({ name, value: p.get(name) ?? '' });
    return [...new Set(good)];
  };
  const only = <T extends string>(name: string, allowed: readonly T[], fallback: readonly T[]): T[] => {
    if (!p.has(name)) return [...fallback];
    const xs = list(p.get(name));
    const good = xs.filter((x): x is T => (allowed as readonly string[]).includes(x));
    if (good.length !== xs.length) bad.push({ name, value: p.get(name) ?? '' });
    // Nothing good (status=foo): the bad value is ignored, as the message says, and the defaults
    // hold; before, it unchecked every status (review s23). An empty list still means none.
    return good.length === 0 && xs.length > 0 ? [...fallback] : good;
  };
  const one = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const v = p.get(name);
    if (v === null) return fallback;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    bad.push({ name, value: v });
    return fallback;
  };
  const flag = (name: string): boolean => {
    const v = p.get(name);
    if (v === null) return false;
    if (v === '1' || v === '0') return v === '1';
    bad.push({ name, value: v });
    return false;
  };

  const trace = id('trace');
  let view: View = { kind: 'overview' };
  // One view and one page: a part a link names beside the one shown is said to be ignored
  // (review s23: trace+path, history+brief+compare dropped one silently).
  const ignored = (name: string): void => {
    if (p.has(name)) bad.push({ name, value: p.get(name) ?? '' });
  };
  if (trace) {
    view = { kind: 'trace', chain: trace };
    ignored('path');
  } else if (p.has('path')) {
    const ends = list(p.get('path'));
    const [from, to] = ends;
    if (ends.length === 2 && from && to && ID.test(from) && ID.test(to) && from !== to)
      view = { kind: 'paths', from, to };
    else bad.push({ name: 'path', value: p.get('path') ?? '' });
  }

  let page: Page | null = null;
  const historyOf = id('history');
  const briefOf = id('brief');
  if (historyOf) {
    page = { kind: 'history', id: historyOf };
    ignored('brief');
    ignored('compare');
  } else if (briefOf) {
    page = { kind: 'brief', id: briefOf };
    ignored('compare');
  } else if (p.has('compare')) {
    const [from, to, ...rest] = list(p.get('compare'));
    if (from && to && rest.length === 0 && ID.test(from) && ID.test(to)) page = { kind: 'compare', from, to };
    else bad.push({ name: 'compare', value: p.get('compare') ?? '' });
  }

  let sort = INITIAL.sort;
  const sortValue = p.get('sort');
  if (sortValue !== null) {
    const [column, dir] = sortValue.split(',');
    if ((TABLE_COLUMNS as readonly string[]).includes(column ?? '') && (dir === undefined || dir === 'desc'))
      sort = { column: column as TableColumn, descending: dir === 'desc' };
    else bad.push({ name: 'sort', value: sortValue });
  }

  let viewport: Viewport | null = null;
  const z = p.get('z');
  if (z !== null) {
    const [zoom, x, y] = z.split(',').map(Number);
    if (
      zoom !== undefined &&
      x !== undefined &&
      y !== undefined &&
      [zoom, x, y].every(Number.isFinite) &&
      zoom > 0 &&
      zoom <= 10
    )
      viewport = { zoom, x, y };
    else bad.push({ name: 'z', value: z });
  }

  const state: ViewState = {
    view,
    selected: id('sel'),
    expanded: ids('exp'),
    hidden: ids('hid'),
    hiddenKinds: only('hide', KIND_NAMES, []),
    statuses: only('status', STATUSES, STATUSES),
    levels: only('level', LEVELS, LEVELS),
    region: id('region'),
    field: id('field'),
    cluster: one('group', CLUSTERINGS, INITIAL.cluster),
    focus: flag('focus'),
    mode: flag('table') ? 'table' : 'graph',
    sort,
    paths: { regions: flag('via-regions'), placeholders: flag('via-placeholders'), exclude: ids('avoid') },
    lang: one('lang', ['zh', 'en'] as const, 'zh'),
    viewport,
    page,
  };
  return { state, bad };
}

export const decodeState = (search: string): ViewState => parseState(search).state;

export const toggle = <T>(xs: readonly T[], x: T): T[] =>
  xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x];

/** The part of the state that decides which elements the graph holds (not how they look). */
export const graphKey = (s: ViewState): string =>
  // A path's summary is in words, and trace and path labels are measured in the language's
  // names: both are drawn again in the other language.
  JSON.stringify([
    s.view,
    s.expanded,
    s.view.kind === 'paths' ? [s.paths, s.lang] : s.view.kind === 'trace' ? s.lang : null,
    s.cluster,
  ]);

/**
 * Whether going from `a` to `b` is a step the planner can go Back to (push) or a refinement
 * of the current step (replace): panning and zooming only refine.
 */
export function historyStep(a: ViewState, b: ViewState): 'push' | 'replace' | 'none' {
  if (encodeState(a) === encodeState(b)) return 'none';
  return encodeState({ ...a, viewport: null }) === encodeState({ ...b, viewport: null }) ? 'replace' : 'push';
}
