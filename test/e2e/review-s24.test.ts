/**
 * The explorer gaps of issue 18 left after s23, one test each, in Debian's headless Chromium
 * against the real server and seeded Neo4j at 1366×768. Each failed on the s24 branch point
 * (712a12b). Waits are on conditions only.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postGraphql } from '../support/api.js';
import { axe, cy, eventually, shareInView, SHOTS, type Page } from '../support/browser.js';
import { useExplorer } from '../support/explorer.js';

const ex = useExplorer();
const page = ex.page;

const gql = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const r = await postGraphql<T>(ex.api.server.url, query, variables);
  if (!r.data) throw new Error(`no data for ${query}`);
  return r.data;
};

/** `earlier`, then `word`, then `later`, in this order in `text` (a sentence read left to right). */
function readsInOrder(text: string, earlier: string, word: string, later: string): boolean {
  const a = text.indexOf(earlier);
  const w = text.indexOf(word, a + earlier.length);
  const b = text.indexOf(later, w + word.length);
  return a >= 0 && w > a && b > w;
}

const pageHost = async (p: Page, kind: string) => {
  const host = p.locator(`#page-view[data-page="${kind}"]`);
  try {
    await host.waitFor();
  } catch (e) {
    await p.screenshot({ path: join(SHOTS, `review-s24-no-${kind}.png`) });
    throw new Error(
      `${p.url()}: no ${kind} page (${String(await p.locator('#page-view').getAttribute('data-page'))})`,
      {
        cause: e,
      },
    );
  }
  return host;
};

/** Wheels out over the canvas until the groups are collapsed (as a planner would). */
async function zoomOutToSquares(p: Page): Promise<number> {
  const box = await p.locator('#cy').boundingBox();
  if (box) await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const count = () => cy(p, (c) => c.nodes('.cc-collapsed').length);
  for (let i = 0; i < 120 && (await count()) === 0; i++) await p.mouse.wheel(0, 120);
  return count();
}

describe('review s24: the explorer', { timeout: 600_000 }, () => {
  it('lineage reads from the earlier name to the later in the history, the compare view and a brief (zh, en)', async () => {
    // The API: 人形机器人 (2024) CONTINUES 机器人产业创新链 (plan14) as SPLIT; 船舶 (plan14)
    // CONTINUES 海洋工程装备 (2015) as MERGED. Before: "Robotics … → Humanoid robots split from".
    const cases = [
      { lang: 'zh', earlier: '机器人产业创新链', later: '人形机器人', word: '拆分出', wrong: '拆分 ' },
      {
        lang: 'en',
        earlier: 'Robotics industrial',
        later: 'Humanoid robots',
        word: 'split into',
        wrong: 'split from',
      },
    ] as const;
    for (const c of cases) {
      for (const url of [`/?history=chain:plan14-robotics`, `/?brief=chain:plan14-robotics`]) {
        const p = await page(`${url}${c.lang === 'en' ? '&lang=en' : ''}`);
        const host = await pageHost(p, url.includes('brief') ? 'brief' : 'history');
        const li = host.locator('li.lineage[data-role="split"]');
        const text = String(await li.first().textContent());
        expect(readsInOrder(text, c.earlier, c.word, c.later), `${url} ${c.lang}: ${text}`).toBe(true);
        expect(text, `${url} ${c.lang}`).not.toContain(c.wrong);
        if (url.includes('history') && c.lang === 'en')
          await p.screenshot({ path: join(SHOTS, 'history-en.png') });
        await p.close();
      }
    }
    for (const [lang, word] of [
      ['zh', '并入'],
      ['en', 'merged into'],
    ] as const) {
      const p = await page(`/?compare=doc:impl2015,doc:plan14${lang === 'en' ? '&lang=en' : ''}`);
      const host = await pageHost(p, 'compare');
      const row = host.locator('tr.continued', {
        hasText: lang === 'zh' ? '海洋工程装备产业链' : 'Offshore engineering',
      });
      const text = String(await row.first().textContent());
      const [earlier, later] =
        lang === 'zh' ? ['海洋工程装备', '船舶产业创新链'] : ['Offshore engineering', 'Shipbuilding'];
      expect(readsInOrder(text, earlier, word, later), `${lang}: ${text}`).toBe(true);
      expect(text).not.toContain('merged from');
      if (lang === 'en') await p.screenshot({ path: join(SHOTS, 'compare-en.png') });
      await p.close();
    }
  });

  it("a city's brief: no 未知 for the city, gaps only of chains its plans give it, built vs planned by document", async () => {
    const { chainCoverage } = await gql<{
      chainCoverage: {
        nodes: { chain: { id: string; name: string; docs: string[] }; platformCount: number }[];
      };
    }>('{ chainCoverage(first: 200) { nodes { chain { id name docs } platformCount } } }');
    // Chains only Dalian's own plan names: never a gap of 沈阳市.
    const dalianOnly = chainCoverage.nodes.filter((c) => c.chain.docs.every((d) => d === 'doc:dalian14'));
    expect(dalianOnly.length).toBeGreaterThan(0);
    const kinds = ['LABORATORY', 'INNOVATION_CENTRE', 'CLINICAL_CENTRE', 'RESEARCH_CENTRE', 'INFRASTRUCTURE'];
    const { entities } = await gql<{ entities: { nodes: { id: string; mentions: { status: string }[] }[] } }>(
      `query($kinds: [Kind!]) { entities(filter: { region: "region:shenyang", kinds: $kinds }, first: 100) {
        nodes { id mentions(document: "doc:plan14") { status } } } }`,
      { kinds: [...kinds, 'INNOVATION_INSTITUTE', 'PILOT_BASE', 'ZONE'] },
    );
    const plan14 = entities.nodes.flatMap((n) => n.mentions);
    const want = ['EXISTING', 'PLANNED', 'UNKNOWN'].map((s) => plan14.filter((m) => m.status === s).length);
    expect(plan14.length).toBeGreaterThan(5);

    for (const lang of ['zh', 'en'] as const) {
      const p = await page(`/?brief=region:shenyang${lang === 'en' ? '&lang=en' : ''}`);
      const host = await pageHost(p, 'brief');
      // The city has no status: none is shown for it, nor for each document (before: 未知 ×4).
      expect(await host.locator('p.badges .badge[class*="status-"]').count()).toBe(0);
      const byDoc = host.locator('section.brief-section').nth(1);
      expect(await byDoc.locator('.timeline .badge.status-unknown').count()).toBe(0);
      // Built vs planned by document: the 14th plan's row holds what it says of 沈阳市's platforms.
      const row = byDoc.locator('table.by-document tr[data-document="doc:plan14"] td');
      const cells = (await row.allTextContents()).slice(0, 3).map(Number);
      expect(cells, lang).toEqual(want);
      expect(await byDoc.locator('table.by-document tbody tr').count()).toBeGreaterThanOrEqual(3);
      expect(await byDoc.locator('svg.split-bar').count()).toBeGreaterThanOrEqual(3);
      // The gaps: the rule in the brief's own words, and no chain only Dalian's plan has.
      const gaps = String(await host.locator('.gaps').textContent());
      expect(gaps).toContain(lang === 'zh' ? '本市适用的规划' : 'plans that apply to it');
      for (const c of dalianOnly) expect(gaps, `${lang}: ${c.chain.name}`).not.toContain(c.chain.name);
      if (lang === 'zh') await p.screenshot({ path: join(SHOTS, 'brief.png') });
      else await p.screenshot({ path: join(SHOTS, 'brief-en.png') });
      await p.close();
    }
    // Dalian's own plan does reach Dalian: its chains no platform serves are its gaps.
    const uncoveredDalianOnly = dalianOnly.filter((c) => c.platformCount === 0);
    expect(uncoveredDalianOnly.length).toBeGreaterThan(0);
    const d = await page('/?brief=region:dalian');
    const dh = await pageHost(d, 'brief');
    const dgaps = String(await dh.locator('.gaps').textContent());
    for (const c of uncoveredDalianOnly) expect(dgaps).toContain(c.chain.name);
    await d.close();
  });

  it('a collapsed group is reached and opened with the keyboard; axe stays clean', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const p = await page(lang === 'en' ? '/?lang=en' : '/');
      const squares = await zoomOutToSquares(p);
      expect(squares).toBeGreaterThan(3);
      // One button per square on screen, each over its square, named with the group and its count.
      await eventually(() => p.locator('#group-keys button.group-key').count()).toBeGreaterThan(3);
      // From the graph region, Tab lands on a square.
      await p.focus('#graph');
      await p.keyboard.press('Tab');
      const first = await p.evaluate(() => document.activeElement?.className ?? '');
      expect(first).toContain('group-key');
      // Tab on until 沈阳市's square has the focus; its ring is drawn over the square.
      let at = '';
      for (let i = 0; i < 40 && at !== 'cluster:region:shenyang'; i++) {
        at = await p.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.group ?? '');
        if (at !== 'cluster:region:shenyang') await p.keyboard.press('Tab');
      }
      expect(at).toBe('cluster:region:shenyang');
      const name = await p.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      expect(name).toContain(lang === 'zh' ? '沈阳市' : 'Shenyang');
      const ring = await p.locator('#group-keys button[data-group="cluster:region:shenyang"]').boundingBox();
      const square = await cy(p, (c) => {
        const b = c.$('#cluster\\:region\\:shenyang').renderedBoundingBox({ includeLabels: false });
        const o = c.container()?.getBoundingClientRect();
        return { x: b.x1 + (o?.left ?? 0), y: b.y1 + (o?.top ?? 0), w: b.w, h: b.h };
      });
      expect(Math.abs((ring?.x ?? 0) - square.x)).toBeLessThan(2);
      expect(Math.abs((ring?.width ?? 0) - square.w)).toBeLessThan(2);
      const serious = (await axe(p)).filter((v) => v.impact === 'critical' || v.impact === 'serious');
      expect(serious, lang).toEqual([]);
      if (lang === 'zh') await p.screenshot({ path: join(SHOTS, 'collapsed-keyboard.png') });
      // Enter opens it as a click does: the groups open, 沈阳市's members fill the view.
      await p.keyboard.press('Enter');
      await eventually(() => cy(p, (c) => c.nodes('.cc-collapsed').length)).toBe(0);
      const inside = () => shareInView(p, 'cluster:region:shenyang');
      await eventually(inside).toBeGreaterThan(0.9);
      // No button is left over the open graph.
      await eventually(() => p.locator('#group-keys button').count()).toBe(0);
      await p.close();
    }
  });

  it('a filter too big for a legible zoom says how many kept nodes are out of view, following the pan (zh, en)', async () => {
    /** Kept (measured) nodes outside the canvas, counted in the page. */
    const outside = (p: Page) =>
      cy(
        p,
        (c) =>
          c.nodes('.measured:visible').filter((n) => {
            const q = n.renderedPosition();
            return q.x < 0 || q.y < 0 || q.x > c.width() || q.y > c.height();
          }).length,
      );
    for (const lang of ['zh', 'en'] as const) {
      const p = await page(`/?region=region:dalian${lang === 'en' ? '&lang=en' : ''}`);
      const note = p.locator('#offscreen-note');
      // 大连市 keeps 132 nodes: drawn at the legible zoom, part of them off the canvas.
      const n = await outside(p);
      expect(n).toBeGreaterThan(0);
      await eventually(() => note.isVisible()).toBe(true);
      const text = String(await note.textContent());
      expect(text).toContain(String(n));
      expect(text).toContain(lang === 'zh' ? '平移' : 'pan');
      expect(text).toContain('→');
      // The note sits inside the canvas, clear of the controls.
      const box = await note.boundingBox();
      const canvas = await p.locator('#cy').boundingBox();
      expect(box && canvas && box.y + box.height <= canvas.y + canvas.height + 1).toBe(true);
      if (lang === 'en') await p.screenshot({ path: join(SHOTS, 'filter-pan-en.png') });
      // Pan to the far right: the count follows.
      await cy(p, (c) => {
        const bb = c.nodes('.measured').boundingBox({});
        c.pan({ x: c.width() - 40 - bb.x2 * c.zoom(), y: c.pan().y });
      });
      const after = await outside(p);
      expect(after).not.toBe(n);
      await eventually(async () => String(await note.textContent())).toContain('←');
      if (after > 0) await eventually(async () => String(await note.textContent())).toContain(String(after));
      await p.close();
    }
    // A filter that fits whole: no note.
    const s = await page('/?region=region:dandong');
    expect(await cy(s, (c) => c.nodes('.measured:visible').length)).toBeGreaterThan(2);
    expect(await s.locator('#offscreen-note').isVisible()).toBe(false);
    await s.close();
  });

  it("citations in English give the API's section label (labelEn, one source of truth), never Chinese words", async () => {
    // Before (s24): the explorer translated the section itself (Ch. 4 › 2 › Box 1 › 6).
    for (const id of ['lab:deep-engineering-intelligent-technology', 'uni:dlut']) {
      const { node } = await gql<{
        node: { citations: { section: string; labelEn: string; line: number }[] };
      }>('query($id: ID!) { node(id: $id) { citations { section labelEn line } } }', { id });
      expect(node.citations.length).toBeGreaterThan(0);
      const p = await page(`/?sel=${id}&lang=en`);
      const cites = p.locator('#panel-body li.citation');
      await eventually(() => cites.count()).toBe(node.citations.length);
      // The quoted span stays Chinese (it is the document's text), as may a document's official
      // number in its title (大政办发〔2021〕33号); the reference after them is not.
      const texts = await cites.evaluateAll((lis) =>
        lis.map((li) => {
          const c = li.cloneNode(true) as HTMLElement;
          c.querySelectorAll('q, cite').forEach((q) => q.remove());
          return c.textContent;
        }),
      );
      node.citations.forEach((c, i) => {
        expect(texts[i], id).toContain(`${c.labelEn} · line ${c.line}`);
        expect(texts[i], id).not.toMatch(/[\u2e80-\u9fff]/);
      });
      await p.close();
      // Chinese: as the document numbers it.
      const z = await page(`/?sel=${id}`);
      await eventually(() => z.locator('#panel-body li.citation').first().textContent()).toContain(
        node.citations[0]?.section ?? '?',
      );
      await z.close();
    }
  });

  it('in a filtered view no link runs through a node it does not touch (燃气轮机 field, 鞍山市, 丹东市; zh, en)', async () => {
    const wrong: string[] = [];
    for (const url of [
      '/?field=field:gas-turbines',
      '/?field=field:gas-turbines&lang=en',
      '/?region=region:anshan',
      '/?region=region:dandong',
    ]) {
      const p = await page(url);
      await eventually(() => cy(p, (c) => c.nodes('.measured:visible').length)).toBeGreaterThan(3);
      // Each drawn link as the polyline Cytoscape drew (rscratch.allpts), against every other
      // node's body box (before: 数字燃机 → 大连市 straight through 燃气轮机产业创新链).
      const through = await cy(p, (c) => {
        const nodes = c.nodes(':visible').filter((n) => !n.isParent() && !n.hasClass('heading'));
        const out: string[] = [];
        c.edges(':visible').forEach((e) => {
          const rs = (e as unknown as { _private: { rscratch: { allpts?: number[]; edgeType?: string } } })
            ._private.rscratch;
          const all = rs.edgeType === 'bezier' ? [] : (rs.allpts ?? []);
          const pts: { x: number; y: number }[] = [];
          for (let i = 0; i + 1 < all.length; i += 2) pts.push({ x: all[i] ?? 0, y: all[i + 1] ?? 0 });
          if (pts.length < 2) pts.splice(0, pts.length, e.source().position(), e.target().position());
          nodes.forEach((n) => {
            if (n.same(e.source()) || n.same(e.target())) return;
            const b = n.boundingBox({ includeLabels: false, includeOverlays: false });
            for (let i = 0; i + 1 < pts.length; i++) {
              const a = pts[i];
              const q = pts[i + 1];
              if (!a || !q) continue;
              for (let k = 0; k <= 60; k++) {
                const x = a.x + ((q.x - a.x) * k) / 60;
                const y = a.y + ((q.y - a.y) * k) / 60;
                if (x > b.x1 + 1 && x < b.x2 - 1 && y > b.y1 + 1 && y < b.y2 - 1) {
                  out.push(
                    `${String(e.source().data('name'))}→${String(e.target().data('name'))} through ${String(n.data('name'))}`,
                  );
                  return;
                }
              }
            }
          });
        });
        return out;
      });
      for (const t of new Set(through)) wrong.push(`${url}: ${t}`);
      if (url === '/?field=field:gas-turbines')
        await p.screenshot({ path: join(SHOTS, 'filter-gas-turbines.png') });
      await p.close();
    }
    expect(wrong).toEqual([]);
  });
});
