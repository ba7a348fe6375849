/**
 * The measuring side of labels placed by measured boxes (issue 18): node labels of a trace or a
 * path wrapped and measured in the page's own font, the words on links measured for the room
 * between columns. The arithmetic is in label-boxes.ts (pure, unit-tested).
 */
import type { ElementDefinition } from 'cytoscape';
import {
  canvasMeasure,
  captionSlot as caption,
  LABEL_PAD,
  measureLabel,
  MEASURED_FS,
  type Measure,
  type Slot,
} from './label-boxes.js';
import { FONT } from './legend.js';

const measures = new Map<string, Measure>();
/** One canvas measure per font size and weight, kept for the page's life. */
function measure(fs: number, weight = 'normal'): Measure {
  const key = `${weight} ${fs}`;
  let m = measures.get(key);
  if (!m) {
    m = canvasMeasure(fs, FONT, weight);
    measures.set(key, m);
  }
  return m;
}

export interface Labelled {
  /** The scene's elements, nodes' labels wrapped (class `measured`: Cytoscape keeps the lines). */
  readonly elements: ElementDefinition[];
  readonly nodes: { id: string; data: Record<string, unknown>; slot: Slot }[];
}

/** Wraps every node's label at `wrap` pixels and measures the box it will be drawn in. */
export function measuredLabels(els: readonly ElementDefinition[], wrap: number): Labelled {
  const m = measure(MEASURED_FS);
  const nodes: Labelled['nodes'] = [];
  const elements = els.map((el) => {
    if (el.group !== 'nodes') return el;
    const plain = String(el.data.label ?? '');
    const { lines, slot } = measureLabel(plain, wrap, m);
    const label = lines.join('\n');
    // `plain`: the name as given, for everything that names the node in words.
    const data = { ...el.data, label, wrapped: label, plain, fs: MEASURED_FS };
    nodes.push({ id: String(el.data.id), data, slot });
    const classes = typeof el.classes === 'string' ? `${el.classes} measured` : 'measured';
    return { ...el, data, classes };
  });
  return { elements, nodes };
}

/** A heading's box: bold, centred on its position. */
export const captionSlot = (text: string, fs: number): Slot => caption(text, measure(fs, 'bold'), fs);

/** Room between two columns: the widest word on a link (11 px, legend.ts) with its padding. */
export function wordGap(els: readonly ElementDefinition[]): number {
  const m = measure(11);
  const widest = Math.max(
    0,
    ...els.filter((e) => e.group === 'edges').map((e) => m(String(e.data.word ?? ''))),
  );
  return Math.max(40, widest + 2 * LABEL_PAD + 16);
}
