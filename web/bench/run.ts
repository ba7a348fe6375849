/**
 * `npm run bench:web`: a benchmark, not a test. Builds web/bench with Vite, serves it, and in
 * Debian's headless Chromium (playwright-core) draws synthetic graphs of 1k and 5k elements
 * with the explorer's GraphView and precomputed positions. Per size it compares, side by side
 * in alternating rounds, against plain canvas (the anchor: every label and edge always drawn):
 *   canvas + level of detail (labels below 9 px not drawn, edges hidden and a cached texture
 *   while the view moves), WebGL with the explorer's level of detail, and the explorer's own
 *   setting: canvas, level of detail and groups collapsed beyond a zoom (cluster-collapse.ts);
 * and, with INNOGRAPH_BENCH_WEB_FCOSE=1, fCoSE (the explorer's former layout) on canvas.
 * INNOGRAPH_BENCH_WEB_CONFIGS=plain,collapse,lod,webgl chooses among them (plain is the anchor).
 * Prints first render, layout time and pan/zoom frame times (min/median/max over rounds) and
 * per-round ratios against the anchor (min/median/max). WebGL here is software (SwiftShader):
 * the renderer string says so.
 *   INNOGRAPH_BENCH_WEB_ROUNDS=3 INNOGRAPH_BENCH_WEB_SIZES=1000,5000 npm run bench:web
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { ROOT } from '../../src/config/paths.js';

const ROUNDS = Number(process.env.INNOGRAPH_BENCH_WEB_ROUNDS ?? 3);
const SIZES = (process.env.INNOGRAPH_BENCH_WEB_SIZES ?? '1000,5000').split(',').map(Number);
/** fCoSE is skipped at a size once it took longer than this at the size below. */
const FCOSE_BUDGET_MS = Number(process.env.INNOGRAPH_BENCH_WEB_FCOSE_BUDGET_MS ?? 30_000);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'test-results', 'bench-web');

type Config = {
  key: string;
  name: string;
  renderer: 'canvas' | 'webgl';
  layout: 'clusters' | 'fcose';
  lod: 'none' | 'lod' | 'texture';
  collapse: boolean;
};
/** The anchor: plain canvas, every label and edge drawn at every zoom and while moving. */
const ANCHOR = 'plain canvas';
const FCOSE = 'canvas + LOD + fCoSE';
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
// The anchor always runs: every ratio is against it.
const CONFIGS = ALL.filter((c) => c.key === 'plain' || CHOSEN.includes(c.key));

interface Sample {
  layoutMs: number;
  firstRenderMs: number;
  frameMedian: number;
  frameP95: number;
  /** Groups drawn collapsed after the first render, zoomed in closest, and after the moves. */
  collapsedFirst: number;
  collapsedNear: number;
  collapsedEnd: number;
  /** The zoom of the whole graph fitted, and the closest the moves went. */
  fitZoom: number;
  nearZoom: number;
}

const q = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const f = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const mmm = (xs: number[]): string => `${f(Math.min(...xs))} / ${f(q(xs, 0.5))} / ${f(Math.max(...xs))}`;

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

async function measure(browser: Browser, url: string, size: number, c: Config): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.setDefaultTimeout(600_000);
  try {
    await page.goto(`${url}/bench/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const drawn = await page.evaluate(
      (o) =>
        (
          window as unknown as {
            bench: {
              draw(o: unknown): Promise<{ layoutMs: number; firstRenderMs: number; collapsed: number }>;
            };
          }
        ).bench.draw(o),
      { elements: size, renderer: c.renderer, layout: c.layout, lod: c.lod, collapse: c.collapse },
    );
    // Pan and zoom with real input, as a planner does: wheel in and back out, then drag.
    type Probe = { bench: { start(): void; collapsed(): number; zoom(): number } };
    const fitZoom = await page.evaluate(() => (window as unknown as Probe).bench.zoom());
    await page.mouse.move(683, 384);
    await page.evaluate(() => (window as unknown as Probe).bench.start());
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -150);
    const near = await page.evaluate(() => {
      const b = (window as unknown as Probe).bench;
      return { zoom: b.zoom(), collapsed: b.collapsed() };
    });
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 150);
    await page.mouse.down();
    await page.mouse.move(883, 484, { steps: 25 });
    await page.mouse.move(483, 284, { steps: 25 });
    await page.mouse.up();
    const frames = await page.evaluate(() =>
      (window as unknown as { bench: { stop(): number[] } }).bench.stop(),
    );
    const collapsedEnd = await page.evaluate(() =>
      (window as unknown as { bench: { collapsed(): number } }).bench.collapsed(),
    );
    return {
      layoutMs: drawn.layoutMs,
      firstRenderMs: drawn.firstRenderMs,
      frameMedian: q(frames, 0.5),
      frameP95: q(frames, 0.95),
      collapsedFirst: drawn.collapsed,
      collapsedNear: near.collapsed,
      collapsedEnd,
      fitZoom,
      nearZoom: near.zoom,
    };
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const began = performance.now();
  await build({
    configFile: false,
    root: join(ROOT, 'web'),
    base: '/',
    logLevel: 'warn',
    build: {
      outDir: OUT,
      emptyOutDir: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: join(ROOT, 'web', 'bench', 'index.html') },
    },
  });
  const site = await serve(OUT);
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
  try {
    const probe = await browser.newPage();
    await probe.goto(`${site.url}/bench/index.html`);
    await probe.waitForSelector('body[data-ready="true"]');
    const gl = await probe.evaluate(() =>
      (window as unknown as { bench: { webgl(): string } }).bench.webgl(),
    );
    await probe.close();
    console.log(
      `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load ${os.loadavg()[0]?.toFixed(2)}; ${browser.version()} headless, viewport 1366×768`,
    );
    console.log(
      `WebGL renderer: ${gl}${/swiftshader|llvmpipe|software/i.test(gl) ? ' (software: no GPU)' : ''}`,
    );
    console.log(`rounds: ${ROUNDS}, alternating order; figures are min / median / max in ms\n`);
    const results = new Map<string, Sample[]>();
    const skip = new Set<string>();
    for (const size of SIZES) {
      for (let r = 0; r < ROUNDS; r++) {
        const order = r % 2 === 0 ? CONFIGS : [...CONFIGS].reverse();
        for (const c of order) {
          const key = `${size}|${c.name}`;
          if (skip.has(key)) continue;
          const s = await measure(browser, site.url, size, c);
          results.set(key, [...(results.get(key) ?? []), s]);
          process.stderr.write(
            `  ${new Date().toISOString().slice(11, 19)} ${size} ${c.name} round ${r + 1}: layout ${f(s.layoutMs)}, first render ${f(s.firstRenderMs)}, frame p50 ${f(s.frameMedian)}, p95 ${f(s.frameP95)}; zoom ${s.fitZoom.toFixed(3)} fitted, ${s.nearZoom.toFixed(3)} closest${c.collapse ? `; groups collapsed at first render ${s.collapsedFirst}, zoomed in ${s.collapsedNear}, at the end ${s.collapsedEnd}` : ''}\n`,
          );
        }
      }
      const fc = results.get(`${size}|${FCOSE}`) ?? [];
      if (
        fc.length > 0 &&
        q(
          fc.map((s) => s.layoutMs),
          0.5,
        ) > FCOSE_BUDGET_MS
      )
        for (const bigger of SIZES.filter((x) => x > size)) skip.add(`${bigger}|${FCOSE}`);
    }
    console.log('| elements | configuration | layout | first render | pan/zoom frame p50 | frame p95 |');
    console.log('|---|---|---|---|---|---|');
    for (const size of SIZES)
      for (const c of CONFIGS) {
        const s = results.get(`${size}|${c.name}`);
        if (!s) {
          console.log(
            `| ${size} | ${c.name} | skipped (fCoSE over ${FCOSE_BUDGET_MS / 1000} s at the size below) | | | |`,
          );
          continue;
        }
        console.log(
          `| ${size} | ${c.name} | ${mmm(s.map((x) => x.layoutMs))} | ${mmm(s.map((x) => x.firstRenderMs))} | ${mmm(s.map((x) => x.frameMedian))} | ${mmm(s.map((x) => x.frameP95))} |`,
        );
      }
    console.log(
      `\nratios against ${ANCHOR}, per round (the two measured side by side), min / median / max; below 1: faster`,
    );
    const ratios = (size: number, name: string, k: keyof Sample): string => {
      const a = results.get(`${size}|${ANCHOR}`) ?? [];
      const b = results.get(`${size}|${name}`) ?? [];
      const rs = b.map((x, i) => x[k] / (a[i]?.[k] ?? NaN)).filter((r) => Number.isFinite(r));
      if (rs.length === 0) return 'n/a';
      const g = (n: number): string => n.toFixed(2);
      return `${g(Math.min(...rs))} / ${g(q(rs, 0.5))} / ${g(Math.max(...rs))}`;
    };
    console.log('| elements | configuration | first render | pan/zoom frame p50 | frame p95 |');
    console.log('|---|---|---|---|---|');
    for (const size of SIZES)
      for (const c of CONFIGS.filter((x) => x.name !== ANCHOR && results.has(`${size}|${x.name}`)))
        console.log(
          `| ${size} | ${c.name} | ${ratios(size, c.name, 'firstRenderMs')} | ${ratios(size, c.name, 'frameMedian')} | ${ratios(size, c.name, 'frameP95')} |`,
        );
    console.log(
      `\nload at the end ${os.loadavg()[0]?.toFixed(2)}; ${((performance.now() - began) / 60_000).toFixed(1)} min`,
    );
  } finally {
    await browser.close();
    site.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
