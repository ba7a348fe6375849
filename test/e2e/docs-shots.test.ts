/**
 * The screenshots in docs/ (issue 18: history, compare and briefs in both languages, a filter's
 * layout, an expansion), taken in Debian's headless Chromium at 1366×768 against the test server
 * over the freshly seeded curated graph. Skipped in `npm test`; `npm run docs:shots` runs it with
 * DOCS_SHOTS=1 and writes docs/*.png. Waits are on conditions only.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config/paths.js';
import { cy, eventually, ready, type Page } from '../support/browser.js';
import { useExplorer } from '../support/explorer.js';

const DOCS = join(ROOT, 'docs');
const on = process.env.DOCS_SHOTS === '1';
/** Started inside the block below: `npm test` skips it and starts nothing. */
let ex: ReturnType<typeof useExplorer>;

/** A page of the explorer (history, compare, brief) once it has drawn its content. */
async function pageShot(url: string, kind: string, file: string, drawn: string): Promise<void> {
  const p = await ex.page(url);
  const host = p.locator(`#page-view[data-page="${kind}"]`);
  await host.waitFor();
  await host.locator(drawn).first().waitFor();
  await shot(p, file);
}

async function shot(p: Page, file: string): Promise<void> {
  const path = join(DOCS, file);
  await p.screenshot({ path });
  // Kept small enough for a repository: a 1366×768 screenshot of the explorer is 100–500 kB.
  expect(statSync(path).size, file).toBeLessThan(700_000);
  await p.close();
}

describe.runIf(on)('screenshots for docs/ (npm run docs:shots)', { timeout: 900_000 }, () => {
  ex = useExplorer();
  it('plan history, compare and a brief, in Chinese and in English', async () => {
    // A first question to a fresh server can meet the query time limit while Neo4j plans it.
    await (await ex.page('/')).close();
    for (const [lang, suffix] of [
      ['zh', ''],
      ['en', '-en'],
    ] as const) {
      const q = lang === 'en' ? '&lang=en' : '';
      await pageShot(
        `/?history=chain:plan14-hydrogen-energy${q}`,
        'history',
        `history${suffix}.png`,
        '.timeline .entry',
      );
      await pageShot(
        `/?compare=doc:impl2015,doc:plan14${q}`,
        'compare',
        `compare${suffix}.png`,
        'tr.continued',
      );
      await pageShot(`/?brief=region:shenyang${q}`, 'brief', `brief${suffix}.png`, 'svg.brief-chart rect');
    }
  });

  it('a filter laid out by layers, and two expansions placed where there is room', async () => {
    for (const [url, file] of [
      ['/?region=region:shenyang', 'filter.png'],
      ['/?region=region:shenyang&lang=en', 'filter-en.png'],
    ] as const) {
      const p = await ex.page(url);
      await eventually(() => cy(p, (c) => c.nodes('.measured').length)).toBeGreaterThan(10);
      await shot(p, file);
    }
    const p = await ex.page('/?path=uni:neu,ri:cas-dicp');
    for (const id of ['uni:neu', 'ri:cas-iae']) {
      await p.evaluate(
        (i) =>
          (window as unknown as { innograph: { expand(id: string): Promise<void> } }).innograph.expand(i),
        id,
      );
      await eventually(() => new URL(p.url()).searchParams.get('exp') ?? '').toContain(id);
      await ready(p);
    }
    await shot(p, 'expand.png');
  });
});
