/** The legend and the Cytoscape stylesheet, both derived from the ontology. */
import type { StylesheetJson } from 'cytoscape';
import { KIND_NAMES, KINDS, RELATIONSHIPS, REL_TYPES, type Kind } from '../../src/ontology/ontology.js';
import type { Lang } from './i18n.js';

export interface LegendEntry {
  readonly kind: Kind;
  readonly label: string;
  readonly color: string;
  readonly shape: string;
}

/** Kinds shown in the explorer (documents are provenance, not network nodes). */
export const LEGEND_KINDS = KIND_NAMES.filter((k) => k !== 'document');

export const legendEntries = (lang: Lang): LegendEntry[] =>
  LEGEND_KINDS.map((kind) => ({
    kind,
    label: lang === 'zh' ? KINDS[kind].zh : KINDS[kind].en,
    color: KINDS[kind].style.color,
    shape: KINDS[kind].style.shape,
  }));

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        'font-family':
          '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-max-width': '120px',
        'text-wrap': 'ellipsis',
        // Labels disappear when zoomed out: keeps big graphs readable and fast.
        'min-zoomed-font-size': 7,
        width: 18,
        height: 18,
        'border-width': 1,
        'border-color': '#fff',
      },
    },
    ...KIND_NAMES.map((k) => ({
      selector: `node[kind = "${k}"]`,
      style: { 'background-color': KINDS[k].style.color, shape: KINDS[k].style.shape as never },
    })),
    { selector: 'node[group = "Platform"]', style: { width: 22, height: 22 } },
    {
      selector: 'node[status = "planned"]',
      style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#333' },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': '#ffbf00', 'border-style': 'solid' },
    },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#e6550d' } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'line-color': '#bbb',
        'target-arrow-color': '#bbb',
      },
    },
    ...REL_TYPES.map((t) => ({
      selector: `edge[type = "${t}"]`,
      style: {
        'line-color': RELATIONSHIPS[t].style.color,
        'target-arrow-color': RELATIONSHIPS[t].style.color,
        'line-style': RELATIONSHIPS[t].style.line,
      },
    })),
    // Inferred links are drawn dashed and lighter, whatever their type.
    { selector: 'edge[basis = "inferred"]', style: { 'line-style': 'dashed', opacity: 0.6 } },
    { selector: 'edge.path', style: { width: 3, 'line-color': '#e6550d', 'target-arrow-color': '#e6550d' } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
