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

/** Below this many screen pixels a label is not drawn at all (see graph-view.ts). */
export const MIN_LEGIBLE_PX = 9;
/** A selected node's label size (model units). */
export const SELECTED_FS = 14;
export const FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 'data(fs)',
        'font-family': FONT,
        color: '#1a1a1a',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-max-width': '130px',
        'text-wrap': 'ellipsis',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        width: 18,
        height: 18,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...KIND_NAMES.map((k) => ({
      selector: `node[kind = "${k}"]`,
      style: { 'background-color': KINDS[k].style.color, shape: KINDS[k].style.shape as never },
    })),
    { selector: 'node[group = "Platform"]', style: { width: 22, height: 22 } },
    {
      selector: 'node[status = "planned"]',
      style: { 'border-style': 'dashed', 'border-width': 2, 'border-color': '#333333' },
    },
    { selector: 'node[?placeholder]', style: { 'background-opacity': 0.45 } },
    // Level of detail: labels too small to read are not drawn (graph-view.ts toggles this).
    { selector: 'node.nolabel', style: { label: '' } },
    // A label that would meet a more important one is left out (declutter.ts).
    { selector: 'node.cramped', style: { label: '' } },
    // A trace has room for whole names: wrap instead of cutting them.
    { selector: 'node[layer >= 0]', style: { 'text-wrap': 'wrap', 'text-max-width': '180px' } },
    {
      selector: 'node.cluster',
      style: {
        shape: 'round-rectangle',
        'background-color': '#eef2f7',
        'background-opacity': 0.55,
        'border-width': 1,
        'border-style': 'dashed',
        'border-color': '#9fb3c8',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -4,
        'font-weight': 'bold',
        color: '#1f3a5f',
        'text-max-width': '600px',
        padding: '14px',
      },
    },
    // While a filter lays out what it keeps (kept-layout.ts), groups are not drawn.
    { selector: 'node.cluster.flat', style: { 'background-opacity': 0, 'border-width': 0, label: '' } },
    {
      selector: 'node.heading',
      style: {
        shape: 'rectangle',
        'background-opacity': 0,
        'border-width': 0,
        'text-valign': 'center',
        // A caption is measured whole (label-boxes.ts): never cut.
        'text-wrap': 'none',
        'font-weight': 'bold',
        color: '#1f3a5f',
        events: 'no',
      },
    },
    {
      selector: 'node:selected',
      style: {
        label: 'data(label)',
        width: 34,
        height: 34,
        'border-width': 3,
        'border-color': '#1a1a1a',
        'border-style': 'solid',
        'underlay-color': '#ffbf00',
        'underlay-opacity': 0.6,
        'underlay-padding': 9,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        'font-size': SELECTED_FS,
        'text-background-color': '#fff3c4',
        'text-background-opacity': 1,
        'text-background-padding': '3px',
        'text-background-shape': 'roundrectangle',
        'z-index': 20,
      },
    },
    // A selection's framed neighbours too far apart for a reading zoom (camera.ts): drawn
    // larger, whole, above the others, until the next selection or a zoom too far out.
    {
      selector: 'node.boost',
      style: {
        label: 'data(label)',
        'font-size': 'data(fsb)',
        'text-max-width': '1000px',
        'z-index': 15,
      },
    },
    { selector: 'node.boost.nolabel', style: { label: '' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#c2410c' } },
    // Trace and path labels come wrapped and measured (label-boxes.ts): Cytoscape keeps their
    // lines, and a selection marks the node without growing its label into a neighbour's.
    { selector: 'node.measured', style: { 'text-wrap': 'wrap', 'text-max-width': '4000px' } },
    { selector: 'node.measured:selected', style: { 'font-size': 'data(fs)', 'font-weight': 'normal' } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        'line-color': '#bbbbbb',
        'target-arrow-color': '#bbbbbb',
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
    {
      selector: 'edge[basis = "inferred"]',
      style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.75 },
    },
    // Trace and path views name each link in the UI's language.
    {
      selector: 'edge.worded',
      style: {
        label: 'data(word)',
        'font-size': 11,
        'font-family': FONT,
        color: '#333333',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'text-rotation': 'autorotate',
        width: 1.6,
      },
    },
    { selector: 'edge.path', style: { width: 3, 'line-color': '#c2410c', 'target-arrow-color': '#c2410c' } },
    { selector: '.dimmed', style: { opacity: 0.12 } },
    { selector: 'node.dimmed', style: { label: '' } },
    { selector: 'edge.hover', style: { width: 3 } },
    { selector: '.filtered, .hidden-node', style: { display: 'none' } },
  ];
}
