/**
 * Issue 18, large graphs: groups collapsed beyond a zoom (web/src/cluster-collapse.ts), in
 * Debian's headless Chromium against the real server and seeded Neo4j. The planner zooms out
 * with the wheel until the overview's cities are drawn as one square each with a count and
 * lines between them, then zooms in (or clicks a city) and gets every element back. Selection,
 * camera, filters, exports, the URL, the language switch and axe keep working while collapsed.
 * Waits are on conditions only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axe, cy, eventually, problems, ready, shareInView, SHOTS, type Page } from '../support/browser.js';
import { useExplorer } from '../support/explorer.js';

const ex = useExplorer();

interface Drawn {
  zoom: number;
  nodes: number;
  edges: number;
  collapsed: number;
  lines: number;
  /** Each collapsed group's label and count. */
  groups: { id: string; label: string; count: number }[];
  /** Entities the page holds as shown (table and exports), whatever the zoom. */
  shown: number;
}

/** What Cytoscape draws now. */
const drawn = (p: Page): Promise<Drawn> =>
  cy(p, (c) => {
    const g = (window as unknown as { innograph: { graph: { shown(): { nodes: unknown[] } } } }).innograph
      .graph;
    return {
      zoom: c.zoom(),
      nodes: c.nodes(':visible').length,
      edges: c.edges(':visible').length,
      collapsed: c.nodes('.cc-collapsed').length,
      lines: c.edges('.cc-link:visible').length,
      groups: c.nodes('.cc-collapsed').map((n) => ({
        id: n.id(),
        label: String(n.data('ccLabel')),
        count: Number(n.data('ccCount')),
      })),
      shown: g.shown().nodes.length,
    };
  });

/** Wheel over the graph, one notch at a time, until `done` (or the notches run out). */
async function wheel(p: Page, dy: number, done: (d: Drawn) => boolean): Promise<Drawn> {
  const box = await p.locator('#cy').boundingBox();
  await p.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
  for (let i = 0; i < 120 && !done(await drawn(p)); i++) await p.mouse.wheel(0, dy);
  await eventually(async () => done(await drawn(p))).toBe(true);
  return drawn(p);
}

const collapsed = (d: Drawn): boolean => d.collapsed > 0;
const open = (d: Drawn): boolean => d.collapsed === 0;

/** The URL's zoom once the app has written the planner's move. */
const urlZoom = (p: Page): number => Number(new URL(p.url()).searchParams.get('z')?.split(',')[0] ?? NaN);

describe('issue 18: groups collapsed beyond a zoom', { timeout: 300_000 }, () => {
  it('zooming out collapses the cities into counted squares with lines between them; zooming in restores every element', async () => {
    const p = await ex.page('/');
    const before = await drawn(p);
    expect(before.collapsed).toBe(0);
    expect(before.nodes).toBeGreaterThan(300);

    const out = await wheel(p, 120, collapsed);
    // One square per group that shows something, and nothing else of the groups drawn.
    const groups = await cy(p, (c) => c.nodes('.cluster').filter((n) => !n.hasClass('filtered')).length);
    expect(out.collapsed).toBe(groups);
    expect(out.nodes).toBe(out.collapsed);
    expect(out.nodes + out.edges).toBeLessThan((before.nodes + before.edges) / 5);
    expect(out.lines).toBeGreaterThan(0);
    expect(out.edges).toBe(out.lines);
    // The counts add up to what is shown; each label names its city and says its count.
    expect(out.groups.reduce((s, g) => s + g.count, 0)).toBe(before.shown);
    const shenyang = out.groups.find((g) => g.id === 'cluster:region:shenyang');
    expect(shenyang?.label).toBe(`沈阳市\n${shenyang?.count}`);
    expect(shenyang?.count).toBeGreaterThan(10);
    // The table and the exports still hold every shown entity.
    expect(out.shown).toBe(before.shown);
    await p.screenshot({ path: join(SHOTS, 'collapsed.png') });

    // The zoom is in the URL: the link opens collapsed.
    await eventually(() => urlZoom(p)).toBeCloseTo(out.zoom, 2);
    const shared = await ex.page(`/${new URL(p.url()).search}`);
    await eventually(async () => (await drawn(shared)).collapsed).toBe(out.collapsed);
    await shared.close();

    const back = await wheel(p, -120, open);
    expect(back.nodes).toBe(before.nodes);
    expect(back.edges).toBe(before.edges);
    expect(back.lines).toBe(0);
    expect(back.shown).toBe(before.shown);
    await p.close();
  });

  it('a click on a collapsed city zooms into it, open, its members on screen', async () => {
    const p = await ex.page('/');
    await wheel(p, 120, collapsed);
    const at = await cy(p, (c) => {
      const r = c.$('#cluster\\:region\\:shenyang').renderedPosition();
      const box = c.container()?.getBoundingClientRect();
      return { x: (box?.left ?? 0) + r.x, y: (box?.top ?? 0) + r.y };
    });
    await p.mouse.click(at.x, at.y);
    await eventually(async () => (await drawn(p)).collapsed).toBe(0);
    // Most of 沈阳市's members are inside the canvas (the box fills the view).
    const inside = () => shareInView(p, 'cluster:region:shenyang');
    await eventually(inside).toBeGreaterThan(0.9);
    // The camera move is the planner's: it is in the URL.
    await eventually(() => urlZoom(p)).toBeGreaterThan(0.25);
    // Nothing was selected by the click.
    expect(await cy(p, (c) => c.$(':selected').length)).toBe(0);
    await p.close();
  });

  it('selection, camera, filters, the language and axe while collapsed', async () => {
    const p = await ex.page('/?sel=uni:dlut');
    await eventually(() => decodeURIComponent(p.url())).toContain('z=');
    await ready(p);
    // The group that holds the selection is marked as the selection would be.
    await wheel(p, 120, collapsed);
    expect(await cy(p, (c) => c.nodes('.cc-selected').map((n) => n.id()))).toEqual(['cluster:region:dalian']);
    expect(await p.locator('#panel-title').textContent()).toBe('大连理工大学');

    // axe: nothing new on the page while collapsed.
    const serious = (await axe(p)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
    expect(serious).toEqual([]);

    // English: the squares are named in English, counts unchanged.
    const zh = await drawn(p);
    await p.click('#lang');
    await eventually(() => p.url()).toContain('lang=en');
    await ready(p);
    const en = await drawn(p);
    expect(en.collapsed).toBe(zh.collapsed);
    expect(en.groups.find((g) => g.id === 'cluster:region:shenyang')?.label).toMatch(/^Shenyang\n\d+$/);
    await p.click('#lang');
    await eventually(() => p.url()).not.toContain('lang=en');
    await ready(p);

    // The camera follows a new selection out of a collapsed group, and the groups open.
    await p.fill('#search-input', '东北大学');
    await p.locator('#search-results li', { hasText: '东北大学' }).first().click();
    await eventually(() => decodeURIComponent(p.url())).toContain('sel=uni:neu');
    await eventually(async () => (await drawn(p)).collapsed).toBe(0);
    await eventually(() =>
      cy(p, (c) => {
        const b = c.$('#uni\\:neu').renderedBoundingBox({ includeLabels: true });
        return b.x1 >= -1 && b.y1 >= -1 && b.x2 <= c.width() + 1 && b.y2 <= c.height() + 1;
      }),
    ).toBe(true);

    // A filter while collapsed: the squares count only what it keeps.
    await wheel(p, 120, collapsed);
    const all = await drawn(p);
    await p.locator('#legend input[data-kind="laboratory"]').uncheck();
    await eventually(() => p.url()).toContain('hide=');
    await ready(p);
    const kept = await wheel(p, 120, collapsed);
    expect(kept.shown).toBeLessThan(all.shown);
    expect(kept.groups.reduce((s, g) => s + g.count, 0)).toBe(kept.shown);

    // JSON export while collapsed: every shown entity, none of the squares or lines.
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#export-json')]);
    const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      nodes: { id: string }[];
      edges: { id: string }[];
    };
    expect(json.nodes.length).toBe(kept.shown);
    expect(json.nodes.some((n) => n.id.startsWith('cluster:'))).toBe(false);
    expect(json.edges.some((e) => e.id.startsWith('cc-link:'))).toBe(false);
    await p.close();
  });

  it('logged no console error and made no request off this server', () => {
    expect(problems).toEqual([]);
  });
});
