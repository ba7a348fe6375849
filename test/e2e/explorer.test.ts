/**
 * The explorer in real headless Chromium (Debian's /usr/bin/chromium through playwright-core)
 * against the real server and the seeded Neo4j. Screenshots go to test-results/e2e/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config/paths.js';
import { WEB_DIST } from '../../src/http/static.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { seedFresh } from '../support/seeded.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-results', 'e2e');

let api: TestApi;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('web/dist is missing: run `npm run build:web` first');
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SHOTS, { recursive: true });
  api = await startTestApi();
  await seedFresh(api.db);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await open(context, '/');
});

afterAll(async () => {
  await browser?.close();
  // beforeAll may have failed before the API started.
  await (api as TestApi | undefined)?.close();
});

/** Opens a page of the explorer and records console errors and requests leaving the machine. */
async function open(ctx: BrowserContext, path: string): Promise<Page> {
  const p = await ctx.newPage();
  p.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  p.on('request', (r) => {
    if (!r.url().startsWith(api.server.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
      problems.push(`external request: ${r.url()}`);
  });
  await p.goto(`${api.server.url}${path}`);
  await p.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return p;
}

const count = (p: Page, selector: string): Promise<number> =>
  p.evaluate(
    (s) =>
      (window as unknown as { innograph: { cy: { $: (s: string) => { length: number } } } }).innograph.cy.$(s)
        .length,
    selector,
  );

const waitReady = async (p: Page): Promise<void> => {
  await p.waitForFunction(() => document.body.dataset.ready === 'true');
};

describe('the explorer', () => {
  it('loads the overview of the curated graph with its legend and charts', async () => {
    expect(await count(page, 'node')).toBeGreaterThan(200);
    expect(await page.locator('#legend input[type=checkbox]').count()).toBeGreaterThanOrEqual(19);
    await expect.poll(() => page.locator('#chart-coverage svg').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'overview.png') });
  });

  it('finds 大连理工大学 by search and shows its details with citations', async () => {
    await page.fill('#search-input', '大连理工大学');
    const option = page.locator('#search-results li', { hasText: '大连理工大学' }).first();
    await option.waitFor();
    await page.press('#search-input', 'Enter');
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('大连理工大学');
    expect(page.url()).toContain('sel=uni%3Adlut');
    const citation = page
      .locator('#panel .citation')
      .filter({ hasText: 'doc:plan14' })
      .filter({ hasText: '第 143 行' });
    await expect.poll(() => citation.count()).toBe(1);
    expect(await count(page, 'node:selected')).toBe(1);
  });

  it('expands the selected node to its neighbours', async () => {
    const before = await count(page, 'node');
    await page.click('#panel [data-action="expand"]');
    await expect.poll(() => page.url()).toContain('exp=uni%3Adlut');
    expect(await count(page, 'node')).toBeGreaterThanOrEqual(before);
    expect(await count(page, '#uni\\:dlut')).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'explorer.png') });
  });

  it('filters by kind from the legend, and a reload of the shared URL restores the view', async () => {
    await page.locator('#legend input[data-kind="university"]').uncheck();
    await expect.poll(() => page.url()).toContain('hide=university');
    expect(await count(page, 'node[kind = "university"].filtered')).toBe(
      await count(page, 'node[kind = "university"]'),
    );
    const shared = await open(context, new URL(page.url()).pathname + new URL(page.url()).search);
    await expect.poll(() => shared.locator('#panel-title').textContent()).toBe('大连理工大学');
    expect(await shared.locator('#legend input[data-kind="university"]').isChecked()).toBe(false);
    expect(await count(shared, 'node[kind = "university"].filtered')).toBeGreaterThan(0);
    await shared.close();
    await page.locator('#legend input[data-kind="university"]').check();
  });

  it('filters by field: only what focuses on 新能源 stays visible, and the URL keeps it', async () => {
    await page.selectOption('#field-filter', 'dir:new-energy');
    await expect.poll(() => page.url()).toContain('field=dir%3Anew-energy');
    const visible = await count(page, 'node:visible');
    expect(visible).toBeLessThan(await count(page, 'node'));
    await page.selectOption('#field-filter', '');
    await expect.poll(() => page.url()).not.toContain('field=');
  });

  it('traces the gas-turbine chain in layers, inferred links dashed', async () => {
    await page.selectOption('#trace-select', 'chain:plan14-gas-turbine');
    await waitReady(page);
    await expect.poll(() => count(page, 'node')).toBeGreaterThanOrEqual(3);
    expect(await count(page, '#tic\\:national-gas-turbine')).toBe(1);
    const dashed = await page.evaluate(() =>
      (
        window as unknown as { innograph: { cy: { $: (s: string) => { style: (p: string) => string } } } }
      ).innograph.cy
        .$('edge[basis = "inferred"]')
        .style('line-style'),
    );
    expect(dashed).toBe('dashed');
    expect(page.url()).toContain('trace=chain%3Aplan14-gas-turbine');
    await page.screenshot({ path: join(SHOTS, 'trace.png') });
  });

  it('finds the shortest path between a laboratory and a chain', async () => {
    await page.fill('#search-input', '高端精密制造');
    await page.locator('#search-results li', { hasText: '高端精密制造国家重点实验室' }).click();
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('高端精密制造国家重点实验室');
    await page.click('#panel [data-action="path-from"]');
    await page.fill('#search-input', '海洋工程装备产业链');
    await page.locator('#search-results li', { hasText: '海洋工程装备产业链' }).first().waitFor();
    await page.press('#search-input', 'Enter');
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('海洋工程装备产业链');
    await page.click('#panel [data-action="path-to"]');
    await page.click('#path-run');
    await waitReady(page);
    await expect.poll(() => page.url()).toContain('path=');
    await expect.poll(() => count(page, '#uni\\:dlut')).toBe(1);
    expect(await count(page, 'node')).toBe(3);
    await page.screenshot({ path: join(SHOTS, 'path.png') });
  });

  it('exports the view as PNG and the visible subgraph as JSON', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const pngPath = join(SHOTS, 'export.png');
    await png.saveAs(pngPath);
    expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const jsonPath = join(SHOTS, 'export.json');
    await json.saveAs(jsonPath);
    const exported = JSON.parse(readFileSync(jsonPath, 'utf8')) as { elements: { data: { id: string } }[] };
    expect(exported.elements.map((e) => e.data.id)).toContain('uni:dlut');
  });

  it('switches the interface to English and back', async () => {
    await page.click('#lang');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Liaoning innovation graph');
    expect(page.url()).toContain('lang=en');
    await page.click('#lang');
    await expect.poll(() => page.locator('h1').textContent()).toBe('辽宁创新平台图谱');
  });

  it('is usable from the keyboard: search, arrow keys and Enter select a result', async () => {
    await page.fill('#search-input', '');
    await page.focus('#search-input');
    await page.keyboard.type('东北大学');
    await page.locator('#search-results li', { hasText: '东北大学' }).first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('东北大学');
  });

  it('logged no console error and made no request off this server', () => {
    expect(problems).toEqual([]);
  });
});
