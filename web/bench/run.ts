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
 * Prints first render (wall clock, and the CPU time of the page's main thread, which other
 * processes on a shared machine do not inflate), layout time and pan/zoom frame times
 * (min/median/max over rounds) and per-round ratios against the anchor (min/median/max); each
 * round's line on stderr splits the first render into phases (GraphView built, elements added,
 * fitted, first frame, the frame after). WebGL here is software (SwiftShader): the renderer
 * string says so. INNOGRAPH_BENCH_WEB_MOVES=0 measures the first render only.
 *   INNOGRAPH_BENCH_WEB_ROUNDS=3 INNOGRAPH_BENCH_WEB_SIZES=1000,5000 npm run bench:web
 */
import os from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../../src/config/paths.js';
import { ANCHOR, CONFIGS, FCOSE, launch, type Config } from './harness.js';

const ROUNDS = Number(process.env.INNOGRAPH_BENCH_WEB_ROUNDS ?? 3);
const SIZES = (process.env.INNOGRAPH_BENCH_WEB_SIZES ?? '1000,5000').split(',').map(Number);
/** fCoSE is skipped at a size once it took longer than this at the size below. */
const FCOSE_BUDGET_MS = Number(process.env.INNOGRAPH_BENCH_WEB_FCOSE_BUDGET_MS ?? 30_000);
const OUT = join(ROOT, 'test-results', 'bench-web');

/** 0: first render only, no pan and zoom (quicker, for first-render work). */
const MOVES = process.env.INNOGRAPH_BENCH_WEB_MOVES !== '0';

interface Sample {
  layoutMs: number;
  firstRenderMs: number;
  /** CPU time of the page's main thread, and of its whole renderer process, during the first
   * render: unlike the clock, not inflated by other processes waiting for the same cores. */
  firstRenderCpuMs: number;
  firstRenderProcessMs: number;
  /** The draw's phases (bench.ts): built, added, fitted, first frame, the frame after. */
  phases: Record<string, number>;
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

async function measure(browser: Browser, url: string, size: number, c: Config): Promise<Sample> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.setDefaultTimeout(600_000);
  try {
    await page.goto(`${url}/bench/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.evaluate(
      (n) => (window as unknown as { bench: { prepare(n: number): void } }).bench.prepare(n),
      size,
    );
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpu = async (): Promise<{ thread: number; process: number }> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const m = (name: string): number => (metrics.find((x) => x.name === name)?.value ?? NaN) * 1000;
      return { thread: m('ThreadTime'), process: m('ProcessTime') };
    };
    const before = await cpu();
    const drawn = await page.evaluate(
      (o) =>
        (
          window as unknown as {
            bench: {
              draw(o: unknown): Promise<{
                layoutMs: number;
                firstRenderMs: number;
                collapsed: number;
                phases: Record<string, number>;
              }>;
            };
          }
        ).bench.draw(o),
      { elements: size, renderer: c.renderer, layout: c.layout, lod: c.lod, collapse: c.collapse },
    );
    const after = await cpu();
    await cdp.detach();
    const first = {
      layoutMs: drawn.layoutMs,
      firstRenderMs: drawn.firstRenderMs,
      firstRenderCpuMs: after.thread - before.thread,
      firstRenderProcessMs: after.process - before.process,
      phases: drawn.phases,
      collapsedFirst: drawn.collapsed,
    };
    if (!MOVES)
      return {
        ...first,
        frameMedian: NaN,
        frameP95: NaN,
        collapsedNear: NaN,
        collapsedEnd: NaN,
        fitZoom: NaN,
        nearZoom: NaN,
      };
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
      ...first,
      frameMedian: q(frames, 0.5),
      frameP95: q(frames, 0.95),
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
  const { browser, url: siteUrl, close } = await launch(OUT);
  const site = { url: siteUrl };
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
          const phases = Object.entries(s.phases)
            .map(([k, v]) => `${k} ${f(v)}`)
            .join(', ');
          process.stderr.write(
            `  ${new Date().toISOString().slice(11, 19)} ${size} ${c.name} round ${r + 1}: layout ${f(s.layoutMs)}, first render ${f(s.firstRenderMs)} (${phases}; CPU main thread ${f(s.firstRenderCpuMs)}, process ${f(s.firstRenderProcessMs)})${MOVES ? `, frame p50 ${f(s.frameMedian)}, p95 ${f(s.frameP95)}; zoom ${s.fitZoom.toFixed(3)} fitted, ${s.nearZoom.toFixed(3)} closest` : ''}${c.collapse ? `; groups collapsed at first render ${s.collapsedFirst}${MOVES ? `, zoomed in ${s.collapsedNear}, at the end ${s.collapsedEnd}` : ''}` : ''}; load ${os.loadavg()[0]?.toFixed(1)}\n`,
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
    console.log(
      '| elements | configuration | layout | first render | first render CPU (main thread) | pan/zoom frame p50 | frame p95 |',
    );
    console.log('|---|---|---|---|---|---|---|');
    for (const size of SIZES)
      for (const c of CONFIGS) {
        const s = results.get(`${size}|${c.name}`);
        if (!s) {
          console.log(
            `| ${size} | ${c.name} | skipped (fCoSE over ${FCOSE_BUDGET_MS / 1000} s at the size below) | | | | |`,
          );
          continue;
        }
        console.log(
          `| ${size} | ${c.name} | ${mmm(s.map((x) => x.layoutMs))} | ${mmm(s.map((x) => x.firstRenderMs))} | ${mmm(s.map((x) => x.firstRenderCpuMs))} | ${mmm(s.map((x) => x.frameMedian))} | ${mmm(s.map((x) => x.frameP95))} |`,
        );
      }
    console.log(
      `\nratios against ${ANCHOR}, per round (the two measured side by side), min / median / max; below 1: faster`,
    );
    const ratios = (size: number, name: string, k: Exclude<keyof Sample, 'phases'>): string => {
      const a = results.get(`${size}|${ANCHOR}`) ?? [];
      const b = results.get(`${size}|${name}`) ?? [];
      const rs = b.map((x, i) => x[k] / (a[i]?.[k] ?? NaN)).filter((r) => Number.isFinite(r));
      if (rs.length === 0) return 'n/a';
      const g = (n: number): string => n.toFixed(2);
      return `${g(Math.min(...rs))} / ${g(q(rs, 0.5))} / ${g(Math.max(...rs))}`;
    };
    console.log(
      '| elements | configuration | first render | first render CPU (main thread) | pan/zoom frame p50 | frame p95 |',
    );
    console.log('|---|---|---|---|---|---|');
    for (const size of SIZES)
      for (const c of CONFIGS.filter((x) => x.name !== ANCHOR && results.has(`${size}|${x.name}`)))
        console.log(
          `| ${size} | ${c.name} | ${ratios(size, c.name, 'firstRenderMs')} | ${ratios(size, c.name, 'firstRenderCpuMs')} | ${ratios(size, c.name, 'frameMedian')} | ${ratios(size, c.name, 'frameP95')} |`,
        );
    console.log(
      `\nload at the end ${os.loadavg()[0]?.toFixed(2)}; ${((performance.now() - began) / 60_000).toFixed(1)} min`,
    );
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
