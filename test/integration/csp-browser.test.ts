/**
 * The Content-Security-Policy in a real browser (Debian's Chromium through playwright-core):
 * the offline GraphiQL page and the explorer both work under it, with no violation reported.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../src/http/static.js';
import { useSeededApi } from '../support/api.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const server = useSeededApi();
let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path`, collecting CSP violations and page errors. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  if (!browser) throw new Error('no browser');
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.exposeFunction('reportViolation', (v: string) => problems.push(`csp: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(v: string): void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });
  await page.goto(`${server().server.url}${path}`);
  return { page, problems };
}

describe('the Content-Security-Policy in Chromium (D10)', () => {
  it('lets the offline GraphiQL run a query', async () => {
    const { page, problems } = await open('/graphql');
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    await page.click('.graphiql-execute-button', { timeout: 60_000 });
    await page.waitForFunction(
      () => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('"data"'),
      undefined,
      { timeout: 60_000 },
    );
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it.skipIf(!existsSync(join(WEB_DIST, 'index.html')))(
    'lets the explorer draw the graph',
    async () => {
      const { page, problems } = await open('/');
      await page.waitForFunction(() => document.querySelectorAll('#legend li').length > 0, undefined, {
        timeout: 60_000,
      });
      await page.waitForSelector('#cy canvas', { timeout: 60_000 });
      expect(problems).toEqual([]);
      await page.close();
    },
    120_000,
  );
});
