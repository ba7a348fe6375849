/**
 * What `npm run bench:web` (run.ts) and the first-render profile (profile.ts) share: the
 * configurations compared, building web/bench with Vite, serving it and launching Debian's
 * headless Chromium (playwright-core, never a browser download).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { ROOT } from '../../src/config/paths.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export type Config = {
  key: string;
  name: string;
  renderer: 'canvas' | 'webgl';
  layout: 'clusters' | 'fcose';
  lod: 'none' | 'lod' | 'texture';
  collapse: boolean;
};
/** The anchor: plain canvas, every label and edge drawn at every zoom and while moving. */
export const ANCHOR = 'plain canvas';
export const FCOSE = 'canvas + LOD + fCoSE';
const ALL: Config[] = [
  { key: 'plain', name: ANCHOR, renderer: 'canvas', layout: 'clusters', lod: 'none', collapse: false },
  {
    key: 'collapse',
    name: 'canvas + LOD + collapsed groups',
    renderer: 'canvas',
    layout: 'clusters',
    lod: 'lod',
    collapse: true,
  },
  {
    key: 'lod',
    name: 'canvas + LOD',
    renderer: 'canvas',
    layout: 'clusters',
    lod: 'texture',
    collapse: false,
  },
  { key: 'webgl', name: 'WebGL + LOD', renderer: 'webgl', layout: 'clusters', lod: 'lod', collapse: false },
  { key: 'fcose', name: FCOSE, renderer: 'canvas', layout: 'fcose', lod: 'lod', collapse: false },
];
const CHOSEN = (
  process.env.INNOGRAPH_BENCH_WEB_CONFIGS ??
  `plain,collapse,lod,webgl${process.env.INNOGRAPH_BENCH_WEB_FCOSE === '1' ? ',fcose' : ''}`
).split(',');
/** The configurations asked for; the anchor always runs: every ratio is against it. */
export const CONFIGS = ALL.filter((c) => c.key === 'plain' || CHOSEN.includes(c.key));

async function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const types: Record<string, string> = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
  };
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(dir) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Builds web/bench into `out` (unminified for a profile, which names functions), serves it, starts Chromium. */
export async function launch(
  out: string,
  minify = true,
): Promise<{ browser: Browser; url: string; close: () => Promise<void> }> {
  await build({
    configFile: false,
    root: join(ROOT, 'web'),
    base: '/',
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      minify,
      chunkSizeWarningLimit: 8000,
      rollupOptions: { input: join(ROOT, 'web', 'bench', 'index.html') },
    },
  });
  const site = await serve(out);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // No --disable-gpu: WebGL must be available; on a machine without a GPU it is SwiftShader.
    args: [
      '--headless',
      '--no-sandbox',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      '--ignore-gpu-blocklist',
      '--no-first-run',
    ],
  });
  return {
    browser,
    url: site.url,
    close: async () => {
      await browser.close();
      site.close();
    },
  };
}
