/**
 * Issue 18, "plan history on screen, views a planner can read, a camera that follows": one test
 * per defect, in Debian's headless Chromium against the real server and seeded Neo4j. Each
 * failed on the explorer before this work. Waits are on conditions only.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cy,
  eventually,
  open,
  problems,
  ready,
  SHOTS,
  type BrowserContext,
  type Page,
} from '../support/browser.js';
import { useExplorer } from '../support/explorer.js';

const ex = useExplorer();

const page = (path: string, ctx: BrowserContext = ex.context): Promise<Page> =>
  open(ctx, ex.api.server.url, path);
const title = (p: Page) => p.locator('#panel-title').textContent();

/** The selected node's drawn box (label included) lies inside the graph's canvas. */
const selectedInView = (p: Page): Promise<boolean> =>
  cy(p, (c) => {
    const n = c.$('node:selected');
    if (n.empty()) return false;
    const b = n.renderedBoundingBox({ includeLabels: true });
    return b.x1 >= -1 && b.y1 >= -1 && b.x2 <= c.width() + 1 && b.y2 <= c.height() + 1;
  });

/** The camera has settled on the selection: the app writes the zoom to the URL when it lands. */
async function settledOn(p: Page, id: string): Promise<void> {
  await eventually(() => decodeURIComponent(p.url())).toContain(`sel=${id}`);
  await eventually(() => p.url()).toContain('z=');
  await ready(p);
}

async function search(p: Page, text: string, name: string): Promise<void> {
  await p.fill('#search-input', text);
  await p.locator('#search-results li', { hasText: name }).first().waitFor();
  await p.locator('#search-results li', { hasText: name }).first().click();
  await eventually(() => title(p)).toBe(name);
}

describe('issue 18: the explorer a planner reads', { timeout: 240_000 }, () => {
  it('defect 1: the camera follows every selection (search, panel link, table row, URL)', async () => {
    const p = await page('/');
    // Search: 东北大学, then 大连化物所: both drawn inside the canvas in turn.
    await search(p, '东北大学', '东北大学');
    await settledOn(p, 'uni:neu');
    expect(await selectedInView(p)).toBe(true);
    await search(p, '大连化学物理研究所', '中国科学院大连化学物理研究所');
    await settledOn(p, 'ri:cas-dicp');
    expect(await selectedInView(p)).toBe(true);
    // A panel link: the next selection comes into view too.
    const link = p.locator('#panel .related [data-goto]').last();
    const next = String(await link.getAttribute('data-goto'));
    await link.click();
    await settledOn(p, next);
    expect(await selectedInView(p)).toBe(true);
    // A table row, then back to the graph: the node the row named is in view.
    await p.click('#view-table');
    await eventually(() => p.url()).toContain('table=1');
    await ready(p);
    const row = p.locator('#table-view [data-goto="uni:dlut"]');
    await row.click();
    await settledOn(p, 'uni:dlut');
    await p.click('#view-table');
    await eventually(() => p.url()).not.toContain('table=1');
    await ready(p);
    expect(await selectedInView(p)).toBe(true);
    await p.close();
    // A link naming a selection (and no zoom) opens on it.
    const q = await page('/?sel=ri:cas-dicp');
    await settledOn(q, 'ri:cas-dicp');
    expect(await selectedInView(q)).toBe(true);
    await q.close();
  });

  it('logged no console error and made no request off this server', () => {
    expect(problems).toEqual([]);
  });
});

export { join, SHOTS };
