// The map (the Explore view's Map layout) in headless Chromium on the
// twin-cities file (the whole of it, on the curated data, as `npm run
// twin-cities` loads it) and on synthetic data sets (100,000 cities by
// default): the time to its first render, and the frame times of panning
// and zooming it with the mouse.
//
// First render: from navigation start to the second animation frame after
// the graph's canvas holds elements and nothing is loading (the city
// locations, the graph); and of it, the part after the last answer of the
// API arrived (the server's cold analyses of a new data set are not the
// client's). The same condition holds for any client build, so
// that `--map-client-dist` can measure another one (an earlier commit's
// `vite build`) against the same server: its files are served in place of
// this checkout's through Playwright's routing, the API is the server's.
//
// Pan and zoom: as in client-render.ts, a drag from an empty spot then wheel
// turns, one input event per step; frame time is the interval between
// animation frames while the gesture lasts.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { launchBrowser } from '../test/support/browser.ts';
import type { TestServer } from '../test/support/server.ts';
import { startSyntheticServer } from '../test/support/synthetic-server.ts';
import { HAVE_TWIN_CITIES, startTwinCitiesServer, TWIN_CITIES_FILE } from '../test/support/twin-cities-server.ts';
import { panAndZoom, type FrameFigures } from './client-render.ts';
import { serveClient } from './serve-client.ts';

export interface MapRenderFigures {
  /** "twin-cities file" or "N synthetic cities". */
  data: string;
  /** The client measured: this checkout, or the build directory given. */
  client: string;
  actors: number;
  links: number;
  /** Null when the map had not rendered within the time allowed (`timedOut` says how long). */
  firstRenderMs: number | null;
  /** Of which after the last API answer it needed (the graph, the city locations) arrived: the client's own part. */
  afterDataMs: number | null;
  timedOut?: number;
  /** Elements Cytoscape draws at the first render: every actor and link, or the clusters and links between them. */
  drawnElements: number | null;
  pan: FrameFigures | null;
  zoom: FrameFigures | null;
}

const FIRST_RENDER_LIMIT_MS = 300_000;
const round = (n: number) => Math.round(n * 10) / 10;

async function measure(browser: Browser, server: TestServer, data: string, client: string | null, steps: number): Promise<MapRenderFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name(); the page has none.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(() => {
    window.__bench = { marks: [], stamps: [], recording: false };
  });
  if (client) await serveClient(page, client);
  try {
    await page.goto(`${server.url}/?layout=geo`);
    const actors = Number(await page.locator('[data-testid="cooperation-graph"]').getAttribute('data-nodes', { timeout: FIRST_RENDER_LIMIT_MS }));
    const links = Number(await page.locator('[data-testid="cooperation-graph"]').getAttribute('data-edges'));
    const rendered = await page
      .waitForFunction(
        () => {
          const cy = window.__c2c?.cy;
          const idle = document.querySelector('section.stage')?.getAttribute('aria-busy') === 'false' && !document.querySelector('section.stage > .loading');
          return !!cy && cy.elements().length > 0 && idle;
        },
        null,
        { timeout: FIRST_RENDER_LIMIT_MS, polling: 'raf' },
      )
      .then(() => true)
      .catch(() => false);
    if (!rendered) return { data, client: client ?? 'this checkout', actors, links, firstRenderMs: null, afterDataMs: null, timedOut: FIRST_RENDER_LIMIT_MS, drawnElements: null, pan: null, zoom: null };
    const firstRenderMs = await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))));
    const dataArrived = await page.evaluate((until) =>
      Math.max(0, ...performance.getEntriesByType('resource').flatMap((r) => (r.name.endsWith('/graphql') && (r as PerformanceResourceTiming).responseEnd <= until ? [(r as PerformanceResourceTiming).responseEnd] : []))),
    firstRenderMs);
    const drawnElements = await page.evaluate(() => window.__c2c!.cy.elements().length);
    const { pan, zoom } = await panAndZoom(page, steps);
    return { data, client: client ?? 'this checkout', actors, links, firstRenderMs: round(firstRenderMs), afterDataMs: round(firstRenderMs - dataArrived), drawnElements, pan, zoom };
  } finally {
    await page.close();
  }
}

export async function clientMap(options: { syntheticCities: number[]; steps: number; clientDist?: string }): Promise<MapRenderFigures[]> {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
  const clients = [null, ...(options.clientDist ? [options.clientDist] : [])];
  const browser = await launchBrowser();
  const figures: MapRenderFigures[] = [];
  const on = async (start: () => Promise<{ server: TestServer; data: string }>) => {
    const { server, data } = await start();
    try {
      for (const client of clients) figures.push(await measure(browser, server, data, client, options.steps));
    } finally {
      await server.close();
    }
  };
  try {
    if (HAVE_TWIN_CITIES) await on(async () => ({ server: await startTwinCitiesServer(), data: 'twin-cities file' }));
    else console.warn(`map: ${TWIN_CITIES_FILE} is absent, the twin-cities figures are left out`);
    for (const asked of options.syntheticCities) {
      await on(async () => {
        const synthetic = await startSyntheticServer(asked);
        return { server: synthetic.server, data: `${synthetic.cities.toLocaleString('en')} synthetic cities` };
      });
    }
  } finally {
    await browser.close();
  }
  return figures;
}

export function printClientMap(figures: MapRenderFigures[]): string[] {
  const frames = (x: FrameFigures | null) => (x ? `${String(x.meanMs).padStart(6)} ms mean, ${String(x.p95Ms).padStart(6)} ms p95, ${String(x.maxMs).padStart(7)} ms max (${x.fps} fps)` : '—');
  return [
    'Map render, headless Chromium',
    ...figures.flatMap((f) => [
      `  ${f.data}: ${f.actors.toLocaleString('en')} actors, ${f.links.toLocaleString('en')} links; client: ${f.client}`,
      `    first render  ${f.firstRenderMs === null ? `none within ${f.timedOut! / 1000} s` : `${f.firstRenderMs} ms (${f.afterDataMs} ms after the data arrived)`}, ${f.drawnElements?.toLocaleString('en') ?? '—'} elements drawn`,
      `    pan           ${frames(f.pan)}`,
      `    zoom          ${frames(f.zoom)}`,
    ]),
  ];
}
