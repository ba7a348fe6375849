/** The page's fixed elements (index.html), downloads and the narrow screen's drawers. */

// The page's elements are fixed in index.html; the caller names the element type it expects.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

export function togglePane(id: string, button: string): void {
  const open = document.body.classList.toggle(`${id}-open`);
  $(button).setAttribute('aria-expanded', String(open));
}

export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Freed late: a busy machine may take seconds to save the file (issue 9, D21).
  setTimeout(() => URL.revokeObjectURL(a.href), 120_000);
}

/**
 * `f` at most once per animation frame, however often the returned function is called: work
 * that follows Cytoscape's `viewport`/`render` events (fired many times a frame while panning).
 */
export function oncePerFrame(f: () => void): () => void {
  let frame = 0;
  return () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      f();
    });
  };
}
