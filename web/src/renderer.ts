/**
 * Canvas or WebGL (issue 18, large graphs): Cytoscape's WebGL renderer only pays where a GPU
 * draws it. Measured here (docs/benchmarks.md) WebGL in software — ANGLE on SwiftShader, as
 * headless Chromium without a GPU has it — drew frames 3.5–9× slower than canvas. So WebGL is
 * chosen only when the WebGL renderer string names a hardware GPU; `&renderer=webgl|canvas`
 * overrides the choice (to measure, or to work round a driver). `chooseRenderer` is pure and
 * unit-tested; `gpuRenderer` asks the browser.
 */

export type RendererName = 'webgl' | 'canvas';

export interface RendererChoice {
  readonly name: RendererName;
  /** Why: the URL said so, a hardware GPU, a software rasteriser, or no WebGL at all. */
  readonly why: 'override' | 'gpu' | 'software' | 'none';
  /** The WebGL renderer string the choice was made on (null without WebGL). */
  readonly gpu: string | null;
}

/**
 * Renderer strings of software rasterisers: SwiftShader (Chromium's fallback, also as ANGLE's
 * "SwiftShader Device"), Mesa's llvmpipe, softpipe and lavapipe, Windows' Basic Render Driver,
 * and browsers that say "software" outright.
 */
const SOFTWARE =
  /swiftshader|llvmpipe|softpipe|lavapipe|software|basic render|microsoft basic|mesa offscreen/i;

/** `&renderer=webgl|canvas` from a query string; anything else is no override. */
export function rendererOverride(search: string): RendererName | null {
  const v = new URLSearchParams(search).get('renderer');
  return v === 'webgl' || v === 'canvas' ? v : null;
}

/** WebGL only for a renderer string naming a hardware GPU, unless the URL says otherwise. */
export function chooseRenderer(gpu: string | null, override: RendererName | null): RendererChoice {
  if (override) return { name: override, why: 'override', gpu };
  if (gpu === null || gpu.trim() === '') return { name: 'canvas', why: 'none', gpu };
  if (SOFTWARE.test(gpu)) return { name: 'canvas', why: 'software', gpu };
  return { name: 'webgl', why: 'gpu', gpu };
}

/**
 * The WebGL renderer string (WEBGL_debug_renderer_info's unmasked renderer, else the plain
 * RENDERER, which browsers that retired the extension fill with the real name), or null when
 * the page gets no WebGL context.
 */
export function gpuRenderer(): string | null {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name: unknown = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER);
    // The probe's context is given back at once: browsers cap live WebGL contexts.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}
