/**
 * The trace of a chain: institutions → platforms → chain → units it relies on, in fixed layers
 * that fit the viewport, each link named in the UI's language.
 */
import { cachedGql, type Queries } from './api.js';
import { traceElements, TRACE_LAYERS, type TraceData } from './elements.js';
import type { Lang } from './i18n.js';
import { traceLayout } from './layouts.js';
import { captionNode, type Scene } from './scene.js';
import { displayName } from './words.js';

type TraceAnswer = TraceData & {
  chain: TraceData['chain'] & { relationships?: { role?: string | null; node: { id: string } }[] };
};

const HEADING_KEYS = {
  institutions: 'layerInstitutions',
  platforms: 'layerPlatforms',
  chain: 'layerChain',
  units: 'layerUnits',
} as const;

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
  const nodes = els
    .filter((e) => e.group === 'nodes')
    .map((e) => ({
      id: String(e.data.id),
      layer: Number(e.data.layer),
      key: `${String(e.data.kind)}|${String(e.data.name)}`,
    }));
  const edges = els
    .filter((e) => e.group === 'edges')
    .map((e) => ({ source: String(e.data.source), target: String(e.data.target) }));
  const layout = traceLayout(nodes, viewport, edges);
  const positions = new Map(layout.positions);
  const headings = layout.headings.map((h) => {
    const layer = TRACE_LAYERS[h.layer] ?? 'platforms';
    const id = `heading:${layer}`;
    positions.set(id, { x: h.x, y: h.y });
    return captionNode(id, 'heading', { key: HEADING_KEYS[layer] }, 13);
  });
  const empty = traceChain.platforms.length === 0 && traceChain.reliedOn.length === 0;
  return {
    elements: [...els, ...(empty ? [] : headings)],
    positions,
    camera: 'keep',
    notice: empty ? { key: 'emptyChain', vars: { name: displayName(traceChain.chain, lang) } } : undefined,
  };
}
