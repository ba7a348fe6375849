/**
 * The page `npm run bench:web` drives (web/bench/run.ts): draws a synthetic graph with the
 * explorer's own GraphView (stylesheet; with or without level of detail) and measures
 * first render, layout time and frame times while the runner pans and zooms with real input.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { GraphView } from '../src/graph-view.js';
import { clusterLayout } from '../src/layouts.js';
import { LEGEND_KINDS } from '../src/legend.js';
import { KINDS } from '../../src/ontology/ontology.js';

cytoscape.use(fcose);

export interface BenchOptions {
  readonly elements: number;
  readonly renderer: 'canvas' | 'webgl';
  readonly layout: 'clusters' | 'fcose';
  /** Level of detail: legible labels only, edges hidden while moving; `texture` adds textureOnViewport. */
  readonly lod: 'none' | 'lod' | 'texture';
  /** Groups collapsed beyond a zoom (web/src/cluster-collapse.ts). */
  readonly collapse: boolean;
}

/**
 * A reproducible graph: ~elements/2.5 nodes in 12 groups, ~1.5 edges per node, mostly within a
 * group; each group a labelled box (a compound parent) as the overview's cities are.
 */
function synthetic(elements: number): { els: ElementDefinition[]; groups: string[][] } {
  let seed = 42;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const n = Math.round(elements / 2.5);
  const groups: string[][] = Array.from({ length: 12 }, () => []);
  const els: ElementDefinition[] = groups.map((_, g) => ({
    group: 'nodes',
    classes: 'cluster',
    selectable: false,
    grabbable: false,
    data: { id: `g${g}`, label: `第${g}组`, name: `第${g}组`, fs: 40 },
  }));
  for (let i = 0; i < n; i++) {
    const kind = LEGEND_KINDS[i % LEGEND_KINDS.length] ?? 'laboratory';
    const g = i % 12;
    groups[g]?.push(`n${i}`);
    els.push({
      group: 'nodes',
      data: {
        id: `n${i}`,
        label: `节点${i}号平台`,
        name: `节点${i}号平台`,
        kind,
        group: KINDS[kind].group,
        parent: `g${g}`,
        status: 'existing',
        level: 'national',
      },
    });
  }
  const edges = elements - n;
  for (let j = 0; j < edges; j++) {
    const a = Math.floor(rnd() * n);
    const same = rnd() < 0.8;
    const g = groups[a % 12] ?? [];
    const b = same ? Number((g[Math.floor(rnd() * g.length)] ?? 'n0').slice(1)) : Math.floor(rnd() * n);
    els.push({
      group: 'edges',
      data: { id: `e${j}`, source: `n${a}`, target: `n${b}`, type: 'SERVES', basis: 'stated' },
    });
  }
  return { els, groups };
}

const frame = (): Promise<number> => new Promise((r) => requestAnimationFrame(r));

let view: GraphView | null = null;
let prepared: ReturnType<typeof synthetic> | null = null;
let frames: number[] = [];
/** An object, not a boolean: stop() flips it while record() awaits frames. */
const recording = { on: false };
const stillRecording = (): boolean => recording.on;

async function record(): Promise<void> {
  frames = [];
  recording.on = true;
  let last = await frame();
  while (stillRecording()) {
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
}

const api = {
  webgl(): string {
    const gl =
      document.createElement('canvas').getContext('webgl2') ??
      document.createElement('canvas').getContext('webgl');
    if (!gl) return 'none';
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
  },

  /** Makes the graph's elements, so that draw() measures drawing only. */
  prepare(elements: number): void {
    prepared = synthetic(elements);
  },

  /** Builds the graph (prepared, or made now); returns layout and first-render times in ms. */
  async draw(o: BenchOptions): Promise<{
    layoutMs: number;
    firstRenderMs: number;
    nodes: number;
    edges: number;
    collapsed: number;
    phases: Record<string, number>;
  }> {
    const { els, groups } = prepared ?? synthetic(o.elements);
    prepared = null;
    await frame();
    const t0 = performance.now();
    const phases: Record<string, number> = {};
    let tp = t0;
    const phase = (name: string): void => {
      const now = performance.now();
      phases[name] = now - tp;
      tp = now;
    };
    view = new GraphView(
      document.getElementById('cy') as HTMLElement,
      {
        onTap: () => undefined,
        onDoubleTap: () => undefined,
        onViewport: () => undefined,
        onEdgeHover: () => undefined,
      },
      {
        webgl: o.renderer === 'webgl',
        lod: o.lod !== 'none',
        texture: o.lod === 'texture',
        collapse: o.collapse,
      },
    );
    phase('construct');
    const cy = view.cy;
    let layoutMs = 0;
    if (o.layout === 'clusters') {
      const l0 = performance.now();
      const positions = clusterLayout(groups.map((members, i) => ({ id: `g${i}`, members })));
      layoutMs = performance.now() - l0;
      view.replace(els, positions);
      phase('replace');
    } else {
      view.replace(els);
      const l0 = performance.now();
      await new Promise<void>((resolve) => {
        const l = cy.layout({
          name: 'fcose',
          randomize: true,
          animate: false,
          quality: 'default',
          fit: false,
        } as never);
        l.one('layoutstop', () => resolve());
        l.run();
      });
      layoutMs = performance.now() - l0;
    }
    view.fit();
    phase('fit');
    // Drawn: Cytoscape paints on the next animation frame after the fit.
    await frame();
    phase('frame1');
    await frame();
    phase('frame2');
    return {
      phases,
      layoutMs,
      firstRenderMs: performance.now() - t0,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      collapsed: cy.nodes('.cc-collapsed').length,
    };
  },

  start(): void {
    void record();
  },

  stop(): number[] {
    recording.on = false;
    return frames;
  },

  zoom(): number {
    return view?.cy.zoom() ?? NaN;
  },

  /** How many groups are drawn collapsed now. */
  collapsed(): number {
    return view?.cy.nodes('.cc-collapsed').length ?? 0;
  },
};

(window as unknown as { bench: typeof api }).bench = api;
document.body.dataset.ready = 'true';
