/**
 * For a browser test file: the API over a freshly seeded graph, Debian's Chromium and a
 * 1366×768 context, started before its tests and closed after them. Call at the top level;
 * read the fields inside tests (they throw if beforeAll failed).
 */
import { afterAll, beforeAll } from 'vitest';
import { startTestApi, type TestApi } from './api.js';
import { launch, open, type Browser, type BrowserContext, type Page } from './browser.js';
import { seedFresh } from './seeded.js';

export interface Explorer {
  readonly api: TestApi;
  readonly browser: Browser;
  /** The shared 1366×768 context (downloads accepted). */
  readonly context: BrowserContext;
  /** A fresh context of another size. */
  sized(width: number, height: number): Promise<BrowserContext>;
  /** Opens `path` of the explorer in a new page of `ctx` (the shared context by default). */
  readonly page: (path: string, ctx?: BrowserContext) => Promise<Page>;
}

export function useExplorer(): Explorer {
  let api: TestApi | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const started = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('the explorer is not started (beforeAll failed?)');
    return v;
  };
  const sized = (width: number, height: number): Promise<BrowserContext> =>
    started(browser).newContext({ viewport: { width, height }, acceptDownloads: true });
  beforeAll(async () => {
    api = await startTestApi();
    await seedFresh(api.db);
    browser = await launch();
    context = await sized(1366, 768);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  return {
    get api() {
      return started(api);
    },
    get browser() {
      return started(browser);
    },
    get context() {
      return started(context);
    },
    sized,
    page: (path, ctx) => open(ctx ?? started(context), started(api).server.url, path),
  };
}
