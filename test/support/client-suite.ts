// What the browser suites of the client share: a real server on the curated
// data and a headless Chromium for the whole file, the screenshot folder, and
// readers of what the graph shows.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './server.ts';
import { startSyntheticServer, type SyntheticServer } from './synthetic-server.ts';

export const ARTEFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;
export const GRAPH = '[data-testid="cooperation-graph"]';

/** Starts the server and the browser before the file's tests and stops them after; read them in tests. */
export function clientSuite(): { readonly server: TestServer; readonly browser: Browser } {
  const suite = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    suite.server = await startTestServer();
    suite.browser = await launchBrowser();
    mkdirSync(ARTEFACTS, { recursive: true });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** The same over a synthetic data set drawing about `nodes` actors (synthetic-server.ts), which takes a while to make. */
export function syntheticSuite(nodes: number): { readonly synthetic: SyntheticServer; readonly browser: Browser } {
  const suite = {} as { synthetic: SyntheticServer; browser: Browser };
  beforeAll(async () => {
    suite.synthetic = await startSyntheticServer(nodes);
    suite.browser = await launchBrowser();
    mkdirSync(ARTEFACTS, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.synthetic?.server.close();
  });
  return suite;
}

/** The ids of the actors the graph highlights (a path, a triangle, a cluster), sorted. */
export async function highlighted(page: Page): Promise<string[]> {
  return ((await page.locator(GRAPH).getAttribute('data-highlighted')) ?? '').split(' ').filter(Boolean).sort();
}
