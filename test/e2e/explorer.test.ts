/**
 * The explorer's main flows in real headless Chromium (Debian's /usr/bin/chromium through
 * playwright-core) against the real server and the seeded Neo4j. Screenshots go to
 * test-results/e2e/. Waits are on conditions only (issue 9, D21).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  count,
  cy,
  eventually,
  open,
  PATIENCE,
  problems,
  ready,
  SHOTS,
  type Page,
} from '../support/browser.js';
import { useExplorer } from '../support/explorer.js';

const ex = useExplorer();
let page: Page;

beforeAll(async () => {
  page = await open(ex.context, ex.api.server.url, '/');
});

const title = (p: Page) => p.locator('#panel-title').textContent();

describe('the explorer', { timeout: 180_000 }, () => {
  it('loads the overview of the curated graph with its legend and charts', async () => {
    expect(await count(page, 'node')).toBeGreaterThan(200);
    expect(await page.locator('#legend input[type=checkbox]').count()).toBeGreaterThanOrEqual(19);
    await eventually(() => page.locator('#chart-coverage svg').count()).toBe(1);
  });

  it('finds 大连理工大学 by search and shows its details with citations', async () => {
    await page.fill('#search-input', '大连理工大学');
    await page.locator('#search-results li', { hasText: '大连理工大学' }).first().waitFor();
    await page.press('#search-input', 'Enter');
    await eventually(() => title(page)).toBe('大连理工大学');
    expect(page.url()).toContain('sel=uni%3Adlut');
    const citation = page
      .locator('#panel .citation')
      .filter({ hasText: '辽宁省“十四五”科技创新规划' })
      .filter({ hasText: '第 143 行' });
    await eventually(() => citation.count()).toBe(1);
    expect(await count(page, 'node:selected')).toBe(1);
  });

  it('expands the selected node to its neighbours', async () => {
    const before = await count(page, 'node');
    await page.click('#panel [data-action="expand"]');
    await eventually(() => page.url()).toContain('exp=uni%3Adlut');
    await ready(page);
    expect(await count(page, 'node')).toBeGreaterThanOrEqual(before);
    expect(await count(page, '#uni\\:dlut')).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'explorer.png') });
  });

  it('filters by kind from the legend, and a reload of the shared URL restores the view', async () => {
    await page.locator('#legend input[data-kind="university"]').uncheck();
    await eventually(() => page.url()).toContain('hide=university');
    await ready(page);
    expect(await count(page, 'node[kind = "university"].filtered')).toBe(
      await count(page, 'node[kind = "university"]'),
    );
    const shared = await open(
      ex.context,
      ex.api.server.url,
      new URL(page.url()).pathname + new URL(page.url()).search,
    );
    await eventually(() => title(shared)).toBe('大连理工大学');
    expect(await shared.locator('#legend input[data-kind="university"]').isChecked()).toBe(false);
    expect(await count(shared, 'node[kind = "university"].filtered')).toBeGreaterThan(0);
    await shared.close();
    await page.locator('#legend input[data-kind="university"]').check();
    await eventually(() => page.url()).not.toContain('hide=university');
  });

  it('filters by field: only what focuses on 新能源 stays visible, and the URL keeps it', async () => {
    await page.selectOption('#field-filter', 'dir:new-energy');
    await eventually(() => page.url()).toContain('field=dir%3Anew-energy');
    await ready(page);
    await eventually(() => count(page, 'node.filtered')).toBeGreaterThan(0);
    await page.selectOption('#field-filter', '');
    await eventually(() => page.url()).not.toContain('field=');
  });

  it('traces the gas-turbine chain in layers, inferred links dashed', async () => {
    await page.selectOption('#trace-select', 'chain:plan14-gas-turbine');
    await ready(page);
    await eventually(() => count(page, '#tic\\:national-gas-turbine')).toBe(1);
    const dashed = await cy(page, (c) => String(c.$('edge[basis = "inferred"]').style('line-style')));
    expect(dashed).toBe('dashed');
    expect(page.url()).toContain('trace=chain%3Aplan14-gas-turbine');
    await page.screenshot({ path: join(SHOTS, 'trace.png') });
  });

  it('finds the shortest path between a laboratory and a chain', async () => {
    await page.fill('#search-input', '高端精密制造');
    await page.locator('#search-results li', { hasText: '高端精密制造国家重点实验室' }).click();
    await eventually(() => title(page)).toBe('高端精密制造国家重点实验室');
    await page.click('#panel [data-action="path-from"]');
    await page.fill('#search-input', '海洋工程装备产业链');
    await page.locator('#search-results li', { hasText: '海洋工程装备产业链' }).first().waitFor();
    await page.press('#search-input', 'Enter');
    await eventually(() => title(page)).toBe('海洋工程装备产业链');
    await page.click('#panel [data-action="path-to"]');
    await page.click('#path-run');
    await eventually(() => page.url()).toContain('path=');
    await ready(page);
    await eventually(() => count(page, '#uni\\:dlut')).toBe(1);
    expect(await count(page, 'node')).toBe(3);
    await page.screenshot({ path: join(SHOTS, 'path.png') });
  });

  it('exports the view as PNG and the visible subgraph as JSON', async () => {
    const [png] = await Promise.all([
      page.waitForEvent('download', { timeout: PATIENCE }),
      page.click('#export-png'),
    ]);
    const pngPath = join(SHOTS, 'export.png');
    await png.saveAs(pngPath);
    expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([
      page.waitForEvent('download', { timeout: PATIENCE }),
      page.click('#export-json'),
    ]);
    const jsonPath = join(SHOTS, 'export.json');
    await json.saveAs(jsonPath);
    const exported = JSON.parse(readFileSync(jsonPath, 'utf8')) as { nodes: { id: string }[] };
    expect(exported.nodes.map((n) => n.id)).toContain('uni:dlut');
  });

  it('switches the interface to English and back', async () => {
    await page.click('#lang');
    await eventually(() => page.locator('h1').textContent()).toBe('Liaoning innovation graph');
    expect(page.url()).toContain('lang=en');
    await page.click('#lang');
    await eventually(() => page.locator('h1').textContent()).toBe('辽宁创新平台图谱');
  });

  it('is usable from the keyboard: search, arrow keys and Enter select a result', async () => {
    await page.fill('#search-input', '');
    await page.focus('#search-input');
    await page.keyboard.type('东北大学');
    await page.locator('#search-results li', { hasText: '东北大学' }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await eventually(() => title(page)).toBe('东北大学');
  });

  it('runs under a strict Content-Security-Policy: no inline style or script', async () => {
    const csp =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";
    const strict = await ex.context.newPage();
    const violations: string[] = [];
    strict.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await strict.route(`${ex.api.server.url}/`, async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': csp } });
    });
    await strict.goto(`${ex.api.server.url}/`);
    await ready(strict);
    await strict.fill('#search-input', '大连理工大学');
    await strict.locator('#search-results li', { hasText: '大连理工大学' }).first().waitFor();
    await strict.press('#search-input', 'Enter');
    await eventually(() => title(strict)).toBe('大连理工大学');
    expect(await count(strict, 'node')).toBeGreaterThan(200);
    expect(violations).toEqual([]);
    await strict.close();
  });

  it('logged no console error and made no request off this server', () => {
    expect(problems).toEqual([]);
  });
});
