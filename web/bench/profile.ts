/**
 * `npx tsx web/bench/profile.ts`: where a first render's time goes (issue 18). Builds web/bench
 * as bench:web does, draws one synthetic graph per configuration in Debian's headless Chromium
 * with the CDP sampling profiler on, and prints the draw's phases (GraphView built, elements
 * added, fitted, the first frame, the frame after it) and the functions with the most self time.
 * A diagnostic, not a benchmark: the profiler slows what it samples.
 *   INNOGRAPH_BENCH_WEB_SIZES=1000,5000 INNOGRAPH_BENCH_WEB_CONFIGS=plain,collapse npx tsx web/bench/profile.ts
 */
import { join } from 'node:path';
import { ROOT } from '../../src/config/paths.js';
import { CONFIGS, launch } from './harness.js';

const SIZES = (process.env.INNOGRAPH_BENCH_WEB_SIZES ?? '1000,5000').split(',').map(Number);
const TOP = Number(process.env.INNOGRAPH_PROFILE_TOP ?? 25);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const { browser, url, close } = await launch(join(ROOT, 'test-results', 'bench-web-profile'), false);
  try {
    for (const size of SIZES)
      for (const c of CONFIGS) {
        const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
        // Every animation-frame callback timed and named: what each frame of the draw ran.
        await page.addInitScript(() => {
          const log: { name: string; at: number; ms: number }[] = [];
          (window as unknown as { rafLog: typeof log }).rafLog = log;
          const raf = window.requestAnimationFrame.bind(window);
          window.requestAnimationFrame = (cb) =>
            raf((t) => {
              const t0 = performance.now();
              cb(t);
              log.push({ name: cb.name || '(anonymous)', at: t0, ms: performance.now() - t0 });
            });
        });
        await page.goto(`${url}/bench/index.html`);
        await page.waitForSelector('body[data-ready="true"]');
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        const drawn = await page.evaluate(
          (o) =>
            (
              window as unknown as {
                bench: {
                  draw(o: unknown): Promise<{ firstRenderMs: number; phases: Record<string, number> }>;
                };
              }
            ).bench.draw(o),
          { elements: size, renderer: c.renderer, layout: c.layout, lod: c.lod, collapse: c.collapse },
        );
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        const rafs = await page.evaluate(() =>
          (window as unknown as { rafLog: { name: string; at: number; ms: number }[] }).rafLog.filter(
            (r) => r.ms > 2,
          ),
        );
        const self = new Map<string, number>();
        /** Self time of a function by the chain of its callers (up to 4 frames up). */
        const callers = new Map<string, Map<string, number>>();
        const byId = new Map(profile.nodes.map((n) => [n.id, n]));
        const parent = new Map<number, number>();
        for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
        const name = (n: ProfileNode): string => {
          const f = n.callFrame;
          return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`;
        };
        profile.samples.forEach((id, i) => {
          const n = byId.get(id);
          if (!n) return;
          const key = name(n);
          const ms = (profile.timeDeltas[i] ?? 0) / 1000;
          self.set(key, (self.get(key) ?? 0) + ms);
          const chain: string[] = [];
          for (let p = parent.get(id); p !== undefined && chain.length < 4; p = parent.get(p)) {
            const pn = byId.get(p);
            if (pn) chain.push(name(pn).split(' ')[0] ?? '');
          }
          const by = callers.get(key) ?? new Map<string, number>();
          by.set(chain.join(' < '), (by.get(chain.join(' < ')) ?? 0) + ms);
          callers.set(key, by);
        });
        const phases = Object.entries(drawn.phases)
          .map(([k, v]) => `${k} ${v.toFixed(0)}`)
          .join(', ');
        console.log(`\n${size} ${c.name}: first render ${drawn.firstRenderMs.toFixed(0)} ms (${phases})`);
        console.log(
          `  frame callbacks over 2 ms: ${rafs.map((r) => `${r.name} ${r.ms.toFixed(0)}`).join(', ')}`,
        );
        const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
        for (const [k, v] of top) console.log(`  ${v.toFixed(1).padStart(8)} ms  ${k}`);
        for (const [k] of top.slice(0, 4)) {
          console.log(`  called from (${k}):`);
          const by = [...(callers.get(k) ?? new Map<string, number>()).entries()];
          for (const [c, v] of by.sort((a, b) => b[1] - a[1]).slice(0, 6))
            console.log(`    ${v.toFixed(1).padStart(8)} ms  ${c}`);
        }
        await page.close();
      }
  } finally {
    await close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
