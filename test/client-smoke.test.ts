// The client in a real browser against the real server on the curated data:
// the counts and the graph appear; a screenshot is kept as an artefact.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

const ARTEFACTS = new URL('../test-artifacts/', import.meta.url).pathname;

let server: TestServer;
let browser: Browser;
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('explorer in Chromium', () => {
  it('shows the curated counts and draws the cooperation graph', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    const [stats] = await server.store.run('stats');
    await expect.poll(() => page.getByTestId('stat-cities').textContent()).toBe(String(stats!.cities));
    await page.waitForSelector('[data-testid="cooperation-graph"] canvas');
    await page.waitForTimeout(500);
    mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTEFACTS}overview.png` });
    await page.close();
  });
});
