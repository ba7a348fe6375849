/**
 * Views a planner can read (issue 18, s25): nodes an expansion adds placed where there is room,
 * a filter's kept nodes ordered to keep links from crossing, and the renderer chosen by the GPU.
 * Debian's headless Chromium against the real server and seeded Neo4j at 1366×768; each test
 * failed on the s25 branch point (39a512b). Waits are on conditions only.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cy, eventually, ready, SHOTS, type Page } from '../support/browser.js';
import { useExplorer } from '../support/explorer.js';
import { labelBoxes, overlaps } from '../support/labels.js';

const ex = useExplorer();
const page = ex.page;

interface Drawn {
  /** Every drawn link as a polyline (model coordinates) with its two ends' ids. */
  lines: { s: string; t: string; pts: { x: number; y: number }[] }[];
  /** Every kept node's position and layer (by kind), for a shuffled baseline. */
  nodes: { id: string; x: number; y: number; layer: string }[];
}

/** The kept nodes and the links between them, as drawn (routed links with their waypoints). */
const drawn = (p: Page): Promise<Drawn> =>
  cy(p, (c) => {
    const kept = c
      .nodes()
      .filter(
        (n) =>
          !n.hasClass('cluster') &&
          !n.hasClass('heading') &&
          !n.hasClass('filtered') &&
          !n.hasClass('hidden-node'),
      )
      .nodes();
    const ids = new Set(kept.map((n) => n.id()));
    const lines = c
      .edges()
      .filter(
        (e: import('cytoscape').EdgeSingular) =>
          ids.has(e.source().id()) && ids.has(e.target().id()) && e.source().id() !== e.target().id(),
      )
      .map((e: import('cytoscape').EdgeSingular) => {
        const seg =
          e.style('curve-style') === 'segments'
            ? ((e.segmentPoints() as { x: number; y: number }[] | undefined) ?? [])
            : [];
        return {
          s: e.source().id(),
          t: e.target().id(),
          pts: [e.source().position(), ...seg, e.target().position()].map((q) => ({ x: q.x, y: q.y })),
        };
      });
    const nodes = kept.map((n) => ({
      id: n.id(),
      ...n.position(),
      layer: String(n.data('kind')),
    }));
    return { lines, nodes };
  });

type P = { x: number; y: number };
const cross = (a: P, b: P, c: P, d: P): boolean => {
  const o = (p: P, q: P, r: P) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  return o(a, b, c) * o(a, b, d) < 0 && o(c, d, a) * o(c, d, b) < 0;
};

/** Pairs of links (no end in common) whose drawn lines cross. */
export function crossings(lines: Drawn['lines']): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i];
      const b = lines[j];
      if (!a || !b || a.s === b.s || a.s === b.t || a.t === b.s || a.t === b.t) continue;
      let hit = false;
      for (let u = 0; u + 1 < a.pts.length && !hit; u++)
        for (let v = 0; v + 1 < b.pts.length && !hit; v++) {
          const [p1, p2, q1, q2] = [a.pts[u], a.pts[u + 1], b.pts[v], b.pts[v + 1]];
          if (p1 && p2 && q1 && q2 && cross(p1, p2, q1, q2)) hit = true;
        }
      if (hit) n++;
    }
  return n;
}

/** Straight-line crossings with each kind's nodes shuffled among that kind's places (seeded). */
function shuffledCrossings(d: Drawn, seed: number): number {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const byLayer = new Map<string, Drawn['nodes']>();
  for (const n of d.nodes) byLayer.set(n.layer, [...(byLayer.get(n.layer) ?? []), n]);
  const at = new Map<string, P>();
  for (const members of byLayer.values()) {
    const places = members.map((n) => ({ x: n.x, y: n.y }));
    for (let i = places.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [places[i], places[j]] = [places[j] as P, places[i] as P];
    }
    members.forEach((n, i) => at.set(n.id, places[i] as P));
  }
  return crossings(d.lines.map((l) => ({ s: l.s, t: l.t, pts: [at.get(l.s) as P, at.get(l.t) as P] })));
}

/**
 * A city filter once laid out. The region's members are one `entities` question that a fresh
 * server on a loaded machine may stop at its time limit while Neo4j plans it (the page says so
 * and asking again answers from the cached plan): up to three page loads.
 */
async function filtered(region: string): Promise<Page> {
  for (let attempt = 1; ; attempt++) {
    const p = await page(`/?region=${region}`);
    const laidOut = async () => (await cy(p, (c) => c.nodes('.measured').length)) > 10;
    // Laid out, or a message said why not.
    await eventually(async () => (await laidOut()) || (await p.locator('#message').isVisible())).toBe(true);
    if (await laidOut()) return p;
    const message = String(await p.locator('#message').textContent());
    await p.screenshot({ path: join(SHOTS, `s25-filter-${region.slice(7)}-failed.png`) });
    await p.close();
    if (attempt >= 3 || !message.includes('INNOGRAPH_QUERY_TIMEOUT_MS'))
      throw new Error(`${region}: no layout; message: ${message}`);
  }
}

describe('views a planner can read (s25)', { timeout: 600_000 }, () => {
  it('a city filter orders what it keeps so that few links cross (沈阳市, 大连市)', async () => {
    // A first question to a fresh server can meet the query time limit while Neo4j plans it
    // on a loaded machine: the overview asks the same questions first.
    await (await page('/')).close();
    for (const region of ['region:dalian', 'region:shenyang']) {
      const p = await filtered(region);
      const d = await drawn(p);
      const straight = crossings(
        d.lines.map((l) => ({ ...l, pts: [l.pts[0] as P, l.pts[l.pts.length - 1] as P] })),
      );
      const routed = crossings(d.lines);
      const shuffled = [1, 2, 3, 4, 5].map((seed) => shuffledCrossings(d, seed));
      const median = [...shuffled].sort((a, b) => a - b)[2] ?? 0;
      const where = `${region}: ${straight} straight crossings (${routed} routed), shuffled ${shuffled.join(' ')}`;
      console.log(where);
      // Before (39a512b) 0.91 of the shuffled median for both cities; ordered by sweeps about 0.6.
      expect(d.lines.length, region).toBeGreaterThan(50);
      expect(straight, where).toBeLessThanOrEqual(0.75 * median);
      const boxes = (await labelBoxes(p)).filter((b) => !b.hiddenByZoom);
      expect(overlaps(boxes), region).toEqual([]);
      // Every routed link can be drawn: no waypoint inside its own end nodes, where Cytoscape
      // finds no border to start from, warns "invalid endpoints" and draws nothing (review s25).
      const undrawable = await cy(p, (c) =>
        c
          .edges('.routed')
          .filter((e: import('cytoscape').EdgeSingular) => {
            const pts = (e.segmentPoints() as { x: number; y: number }[] | undefined) ?? [];
            const within = (q: { x: number; y: number }, n: import('cytoscape').NodeSingular) => {
              const b = n.boundingBox({ includeLabels: false, includeOverlays: false });
              return q.x > b.x1 && q.x < b.x2 && q.y > b.y1 && q.y < b.y2;
            };
            const first = pts[0];
            const last = pts[pts.length - 1];
            return (!!first && within(first, e.source())) || (!!last && within(last, e.target()));
          })
          .map((e: import('cytoscape').EdgeSingular) => e.id()),
      );
      expect(undrawable, region).toEqual([]);
      await p.screenshot({ path: join(SHOTS, `s25-filter-${region.slice(7)}.png`) });
      await p.close();
    }
  });

  it('expanding two nodes in a row places the new ones where there is room: no label on another, nothing moves', async () => {
    const p = await page('/?path=uni:neu,ri:cas-dicp');
    for (const id of ['uni:neu', 'ri:cas-iae']) {
      const before = await cy(p, (c) => c.nodes().map((n) => ({ id: n.id(), ...n.position() })));
      await p.evaluate(
        (i) =>
          (window as unknown as { innograph: { expand(id: string): Promise<void> } }).innograph.expand(i),
        id,
      );
      await eventually(() => new URL(p.url()).searchParams.get('exp') ?? '').toContain(id);
      await ready(p);
      // The declutter decides on the next animation frame: two frames and it has.
      await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const after = await cy(p, (c) =>
        c.nodes().map((n) => ({
          id: n.id(),
          ...n.position(),
          cramped: n.hasClass('cramped'),
          nolabel: n.hasClass('nolabel'),
        })),
      );
      const moved = before.filter((b) => {
        const a = after.find((x) => x.id === b.id);
        return !a || Math.hypot(a.x - b.x, a.y - b.y) > 0.5;
      });
      const added = after.filter((a) => !before.some((b) => b.id === a.id));
      const boxes = (await labelBoxes(p)).filter(
        (b) => !after.find((a) => a.id === b.id && (a.cramped || a.nolabel)),
      );
      const where = `${id}: ${added.length} added`;
      expect(added.length, where).toBeGreaterThan(0);
      // Nothing already drawn moves.
      expect(
        moved.map((m) => m.id),
        where,
      ).toEqual([]);
      // Every new node's label is drawn (the declutter left none out: none met another) …
      expect(
        added.filter((a) => a.cramped).map((a) => a.id),
        where,
      ).toEqual([]);
      // … and no two drawn labels meet.
      expect(overlaps(boxes), where).toEqual([]);
      await p.screenshot({ path: join(SHOTS, `s25-expand-${id.replace(':', '-')}.png`) });
    }
    await p.close();
  });
});

describe('canvas or WebGL', { timeout: 600_000 }, () => {
  it('draws with canvas where WebGL is software (this machine) and with WebGL when the link asks', async () => {
    const p = await page('/');
    const gpu = await p.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : null;
    });
    const body = async (q: Page) => ({
      name: await q.locator('body').getAttribute('data-renderer'),
      why: await q.locator('body').getAttribute('data-renderer-why'),
    });
    // Headless Chromium without a GPU: SwiftShader, or no WebGL at all.
    expect(gpu === null || /swiftshader|llvmpipe|software/i.test(gpu), String(gpu)).toBe(true);
    expect(await body(p)).toEqual({ name: 'canvas', why: gpu === null ? 'none' : 'software' });
    // Cytoscape's WebGL renderer adds a fourth canvas layer (its WebGL one) to the three 2D ones.
    const layers = (q: Page) => q.locator('#cy canvas').count();
    expect(await layers(p)).toBe(3);
    await p.close();
    const q = await page('/?renderer=webgl');
    expect(await body(q)).toEqual({ name: 'webgl', why: 'override' });
    expect(await layers(q)).toBe(4);
    // The parameter is known: no "bad link" message.
    expect(
      (await q.locator('#message').isVisible()) ? await q.locator('#message').textContent() : '',
    ).not.toContain('renderer');
    await q.close();
  });
});
