/**
 * The trace of a chain: institutions → platforms → chain → units it relies on, in fixed layers
 * that fit the viewport, each link named in the UI's language.
 */
import { cachedGql, type Queries } from './api.js';
import { traceElements, TRACE_LAYERS, type TraceData } from './elements.js';
import type { Lang } from './i18n.js';
import { traceLayout, type TraceLayout } from './layouts.js';
import { captionNode, type Scene } from './scene.js';
import { displayName } from './words.js';
import { t } from './i18n.js';
import { captionSlot, measuredLabels, wordGap } from './measured.js';

type TraceAnswer = TraceData & {
  chain: TraceData['chain'] & { relationships?: { role?: string | null; node: { id: string } }[] };
};

const HEADING_KEYS = {
  institutions: 'layerInstitutions',
  platforms: 'layerPlatforms',
  chain: 'layerChain',
  units: 'layerUnits',
} as const;

const HEADING_FS = 13;
/** Widths (px) a label may wrap at; the trace takes the one that fits the screen best. */
const WRAPS = [72, 96, 120, 156, 200];
/** The padding GraphView.fit leaves around the graph. */
const FIT_PADDING = 30;

export async function traceScene(
  q: Queries,
  chain: string,
  lang: Lang,
  viewport: { width: number; height: number },
): Promise<Scene> {
  const { traceChain } = await cachedGql<{ traceChain: TraceAnswer }>(q.trace, { id: chain });
  // The role of each RELIES_ON link (重点依托 vs 重点支持) is on the chain's relationships.
  const roles = new Map((traceChain.chain.relationships ?? []).map((r) => [r.node.id, r.role ?? null]));
  const data: TraceData = {
    ...traceChain,
    reliedOn: traceChain.reliedOn.map((u) => ({ ...u, role: roles.get(u.unit.id) ?? null })),
  };
  const els = traceElements(data, lang).map((el) =>
    el.group === 'edges' ? { ...el, classes: 'worded' } : el,
  );
  const fit = { width: viewport.width - 2 * FIT_PADDING, height: viewport.height - 2 * FIT_PADDING };
  const edges = els
    .filter((e) => e.group === 'edges')
    .map((e) => ({ source: String(e.data.source), target: String(e.data.target) }));
  const headingSlots = new Map(
    TRACE_LAYERS.map((layer, i) => [i, captionSlot(t(lang, HEADING_KEYS[layer]), HEADING_FS)]),
  );
  const spacing = { headings: headingSlots, gapX: wordGap(els), gapY: 4 };
  // Labels wrapped at the width that lets the whole trace fit at the largest zoom.
  let best: { layout: TraceLayout; labelled: ReturnType<typeof measuredLabels> } | null = null;
  for (const wrap of WRAPS) {
    const labelled = measuredLabels(els, wrap);
    const nodes = labelled.nodes.map((n) => ({
      id: n.id,
      layer: Number(n.data.layer),
      key: `${String(n.data.kind)}|${String(n.data.name)}`,
      slot: n.slot,
    }));
    const layout = traceLayout(nodes, fit, edges, spacing);
    if (!best || layout.zoom > best.layout.zoom + 1e-9) best = { layout, labelled };
  }
  if (!best) throw new Error('no trace layout');
  const { layout, labelled } = best;
  const positions = new Map(layout.positions);
  const headings = layout.headings.map((h) => {
    const layer = TRACE_LAYERS[h.layer] ?? 'platforms';
    const id = `heading:${layer}`;
    positions.set(id, { x: h.x, y: h.y });
    return captionNode(id, 'heading', { key: HEADING_KEYS[layer] }, HEADING_FS);
  });
  const empty = traceChain.platforms.length === 0 && traceChain.reliedOn.length === 0;
  return {
    elements: [...labelled.elements, ...(empty ? [] : headings)],
    positions,
    camera: 'keep',
    notice: empty ? { key: 'emptyChain', vars: { name: displayName(traceChain.chain, lang) } } : undefined,
  };
}
