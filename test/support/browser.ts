/**
 * Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium through
 * playwright-core, never a downloaded browser. Every wait is on a condition with a generous
 * timeout, so the suite passes on a loaded 2-core machine (issue 9, D21).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from '../../src/config/paths.js';
import { WEB_DIST } from '../../src/http/static.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = join(ROOT, 'test-results', 'e2e');
/** How long any one condition may take to become true on a busy machine. */
export const PATIENCE = 45_000;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // A loaded machine must not make Chromium throttle the page's timers or rendering.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export async function launch(): Promise<Browser> {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('web/dist is missing: run `npm run build:web` first');
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 120_000 });
}

/** Console errors, page errors and requests leaving the server, for a final assertion. */
export const problems: string[] = [];

export async function open(ctx: BrowserContext, base: string, path: string): Promise<Page> {
  const p = await ctx.newPage();
  p.setDefaultTimeout(PATIENCE);
  p.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  p.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:'))
      problems.push(`external request: ${u}`);
  });
  await p.goto(`${base}${path}`, { timeout: PATIENCE * 2 });
  await ready(p);
  return p;
}

/** The app has drawn the state in its URL (set false at the start of every redraw). */
export async function ready(p: Page): Promise<void> {
  await p.waitForSelector('body[data-ready="true"]', { timeout: PATIENCE * 2 });
}

/** Polls until `f` passes: the only way tests wait. */
export const eventually = <T>(f: () => Promise<T> | T) =>
  expect.poll(f, { timeout: PATIENCE, interval: 100 });

// `innograph.cy` was the handle before the explorer was split; kept so these tests can run against it.
type CyHandle = { innograph: { graph?: { cy: import('cytoscape').Core }; cy?: import('cytoscape').Core } };

/** Runs `f` with the page's Cytoscape instance. */
export async function cy<R, A = undefined>(
  p: Page,
  f: (cy: import('cytoscape').Core, arg: A) => R,
  arg?: A,
): Promise<R> {
  const handle = await p.evaluateHandle(() => {
    const h = (window as unknown as CyHandle).innograph;
    const core = h.graph?.cy ?? h.cy;
    if (!core) throw new Error('no Cytoscape on the page');
    return core;
  });
  try {
    // Playwright sends `f`'s source to the page; its argument types are checked at the call.
    const run = f as (c: import('cytoscape').Core, a: unknown) => R;
    return await handle.evaluate(run, arg as unknown);
  } finally {
    await handle.dispose();
  }
}

/** The share (0–1) of the group `groupId`'s members whose centres are inside the canvas. */
export const shareInView = (p: Page, groupId: string): Promise<number> =>
  cy(
    p,
    (c, id) => {
      const ms = c.getElementById(id).children();
      const ok = ms.filter((m) => {
        const q = m.renderedPosition();
        return q.x >= 0 && q.y >= 0 && q.x <= c.width() && q.y <= c.height();
      });
      return ok.length / Math.max(1, ms.length);
    },
    groupId,
  );

export const count = (p: Page, selector: string): Promise<number> => cy(p, (c, s) => c.$(s).length, selector);

/** axe-core, injected from node_modules (no network). */
export async function axe(p: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  const require = createRequire(import.meta.url);
  // Evaluated through the DevTools protocol, not as a <script>: the page's CSP allows no
  // inline script, and axe must not need it to be loosened.
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await p.evaluate(source);
  return p.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** Clicks a node where it is drawn, as a planner would. */
export async function clickNode(p: Page, id: string, opts: { double?: boolean } = {}): Promise<void> {
  const at = await cy(
    p,
    (c, i) => {
      const n = c.getElementById(i);
      const r = n.renderedPosition();
      const box = c.container()?.getBoundingClientRect();
      return { x: (box?.left ?? 0) + r.x, y: (box?.top ?? 0) + r.y };
    },
    id,
  );
  if (opts.double) await p.mouse.dblclick(at.x, at.y);
  else await p.mouse.click(at.x, at.y);
}

export type { Browser, BrowserContext, Page };
