/** What a view hands the graph: elements, their positions, and how to frame them. */
import type { ElementDefinition } from 'cytoscape';
import type { Key } from './i18n.js';
import type { Point } from './layouts.js';

export interface Scene {
  readonly elements: ElementDefinition[];
  readonly positions: ReadonlyMap<string, Point>;
  /** Traces keep their fixed layers on screen: selecting never moves the camera. */
  readonly camera: 'keep' | 'reveal';
  /** A message about the whole scene (an empty chain, no path). */
  readonly notice?: { key: Key; vars?: Record<string, string | number> } | undefined;
}

/** A node that is a caption, not an entity: a trace layer's heading or an overview cluster. */
export const captionNode = (
  id: string,
  cls: 'heading' | 'cluster',
  label: { key?: Key; name?: string; nameEn?: string | null },
  fs: number,
  extra: Record<string, unknown> = {},
): ElementDefinition => ({
  group: 'nodes',
  classes: cls,
  selectable: false,
  grabbable: false,
  data: {
    id,
    label: label.name ?? '',
    name: label.name ?? '',
    nameEn: label.nameEn ?? null,
    labelKey: label.key ?? null,
    fs,
    ...extra,
  },
});
