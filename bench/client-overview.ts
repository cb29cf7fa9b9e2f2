// The explorer's overview (docs/explorer.md, "Overview first") in headless Chromium, on
// the twin-cities file (on top of the curated data, as `npm run twin-cities`
// loads it) and on a synthetic set of 100,000 cities, each served by the real
// server on 127.0.0.1 (in-memory embedded store), with the server's answers
// computed once before the page opens: the figures are the browser's.
//
// - first readable picture: from the moment the overview's answer has been
//   read to the second animation frame after its layout stopped (and
//   settled: the same after its last layout, a large graph's ForceAtlas2,
//   which its links are drawn with);
// - pan and zoom frame times on the overview and on an opened group, the one
//   closest to 2,000 actors (bench/client-render.ts's gestures);
// - a click on an actor of the opened group to its name in the details panel
//   (five actors, the median said);
// - a search (Enter on the suggestion) to the city highlighted on the graph
//   (three times, the median said);
// - for the twin cities, the same first picture of every actor drawn
//   (?groups=all), the explorer's only picture before the overview.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { loadCurated } from '../server/ingest/load-curated.ts';
import { generateDataSet } from '../seed/synthetic/generate.ts';
import { loadDataSet } from '../seed/synthetic/load.ts';
import { buildTwinCities } from '../seed/twin-cities/build.ts';
import { loadTwinCities } from '../seed/twin-cities/load.ts';
import { launchBrowser } from '../test/support/browser.ts';
import { startTestServer, type TestServer } from '../test/support/server.ts';
import { hookLayouts, panAndZoom, round, type FrameFigures, type Marks } from './client-render.ts';
import { serveClient } from './serve-client.ts';

const TWIN_FILE = fileURLToPath(new URL('../../shared/data/twin-cities/twin_cities.csv', import.meta.url));
const GRAPH = '[data-testid="cooperation-graph"]';
/** The opened group measured is the one closest to this many actors (the target: 2,000). */
const OPENED_SIZE = 2000;
/** Clicks and searches are timed several times each, the median said: one of each moved by half with the machine's load. */
const CLICKS = [0.5, 0.3, 0.7, 0.4, 0.6];
const SEARCHES = 3;
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The first overview of 100,000 cities computes the projection, Louvain and the groups: longer than the API's default limit under load. */
const SERVER = { http: { requestTimeoutMs: 600_000 } };

/**
 * One GraphQL read of the bench's own, failing with the server's errors after
 * three tries: on a loaded machine the projection read of 100,000 synthetic
 * cities can pass the embedded engine's fixed 30 s query timeout, and a
 * second try, under less load, may not.
 */
async function ask<T>(server: TestServer, query: string, tries = 3): Promise<T> {
  const { data, errors } = await server.gql<T>(query);
  if (!errors?.length && data) return data;
  if (tries > 1) return ask(server, query, tries - 1);
  throw new Error(`${query}: ${JSON.stringify(errors)}`);
}

interface Picture {
  /** Overview answer read → second frame after the layout stopped. */
  firstPictureMs: number;
  /** The same for the last layout (a large graph's ForceAtlas2, with its links drawn then). */
  settledMs: number;
  nodes: number;
  groups: number;
  pan: FrameFigures;
  zoom: FrameFigures;
}

export interface OverviewSetFigures {
  name: string;
  /** The client measured: this checkout, or the build directory given (--client-dist). */
  client: string;
  actors: number;
  overview: Picture;
  opened: Picture & { label: string; size: number };
  /** The median of CLICKS clicks on different actors, and each of them. */
  clickToDetailsMs: number;
  /** Until the panel has read everything it shows (its partnerships come after the rest). */
  clickToCompleteMs: number;
  clicks: { details: number; complete: number }[];
  /** The median of SEARCHES searches, and each of them. */
  searchToHighlightMs: number;
  searches: number[];
  searched: string;
  /** Every actor drawn (?groups=all): navigation → first render, and settled; twin cities only. */
  allActors: { firstRenderMs: number; settledMs: number } | null;
}

export interface ClientOverviewFigures {
  browser: string;
  sets: OverviewSetFigures[];
}

declare global {
  interface Window {
    __answered?: number;
  }
}

/** Before any script: notes when the body of the overview's (or the graph's) answer has been read. */
function hookAnswers(): void {
  const fetchFirst = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await fetchFirst(input, init);
    const body = typeof init?.body === 'string' ? init.body : '';
    if (/"operationName":"(Overview|Graph)"/.test(body)) {
      void response.clone().text().then(() => (window.__answered = performance.now()));
    }
    return response;
  };
}

async function newPage(browser: Browser, client: string | null): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (client) await serveClient(page, client);
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name(); the page has none.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.addInitScript(hookLayouts);
  await page.addInitScript(hookAnswers);
  return page;
}

/** Waits for the picture of `expected` nodes (actors and groups) to be laid out and drawn; returns its first and last layout marks. */
async function drawnPicture(page: Page): Promise<{ mark: Marks; settled: Marks; answered: number; nodes: number; groups: number }> {
  await page.waitForSelector(`${GRAPH}[data-arranging="false"]`, { timeout: 600_000 });
  await page.waitForSelector('section.stage[aria-busy="false"]', { timeout: 600_000 });
  const graph = page.locator(GRAPH);
  const nodes = Number(await graph.getAttribute('data-nodes'));
  const groups = Number(await graph.getAttribute('data-groups'));
  const answered = await page.evaluate(() => window.__answered ?? 0);
  // The first layout of the answer's picture (a large graph's packing, before ForceAtlas2's positions replace it).
  const handle = await page.waitForFunction(
    ([n, after]) => window.__bench!.marks.find((m) => m.nodes === n && m.layoutStop >= after && m.drawn > 0) ?? null,
    [nodes + groups, answered] as const,
    { timeout: 600_000, polling: 100 },
  );
  const mark = (await handle.jsonValue()) as Marks;
  // The last one (ForceAtlas2's positions, which a large graph's links come with), once drawn.
  const last = await page.waitForFunction(
    ([n, after]) => {
      const last = window.__bench!.marks.filter((m) => m.nodes === n && m.layoutStop >= after).at(-1);
      return last && last.drawn > 0 ? last : null;
    },
    [nodes + groups, answered] as const,
    { timeout: 600_000, polling: 100 },
  );
  const settled = (await last.jsonValue()) as Marks;
  return { mark, settled, answered, nodes, groups };
}

async function picture(page: Page, steps: number): Promise<Picture> {
  const { mark, settled, answered, nodes, groups } = await drawnPicture(page);
  const { pan, zoom } = await panAndZoom(page, steps);
  return { firstPictureMs: round(mark.drawn - answered), settledMs: round(settled.drawn - answered), nodes, groups, pan, zoom };
}

/**
 * Waits until the page draws frames at the display's pace again (ten in a
 * row under 25 ms, or five seconds at most): Cytoscape redraws and refines
 * its element textures over the frames after a change of view, and an input
 * then waits behind that work.
 */
async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const until = performance.now() + 5000;
        let last = performance.now();
        let quiet = 0;
        const frame = (t: number) => {
          quiet = t - last < 25 ? quiet + 1 : 0;
          last = t;
          if (quiet >= 10 || t > until) done();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/**
 * Clicks an actor of the opened group (a typical one, at `rank` of them by links: 0.5 the median; brought into view)
 * and times it to its name and facts in the details, and to the panel complete.
 */
async function clickToDetails(page: Page, rank: number): Promise<{ details: number; complete: number }> {
  const target = await page.evaluate((at) => {
    const cy = window.__c2c!.cy;
    const actors = cy.nodes('[kind != "GROUP"]').sort((a, b) => a.degree(false) - b.degree(false));
    const node = actors[Math.floor(actors.length * at)]!;
    cy.zoom(1.5);
    cy.center(node);
    const origin = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: origin.left + p.x, y: origin.top + p.y, id: node.id() };
  }, rank);
  // The clock starts once the view moved for the click has been drawn and its textures refined: that work is the bench's.
  await idle(page);
  const start = Date.now();
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction(
    (id) => {
      const selected = new URL(location.href).searchParams.get('selected');
      const name = selected === id && window.__c2c!.cy.getElementById(selected).data('label');
      return !!name && document.querySelector('[data-testid="details"] h2')?.textContent === name;
    },
    target.id,
    { timeout: 60_000, polling: 'raf' },
  );
  const details = Date.now() - start;
  // Then the rest the panel reads after it (its partnerships): nothing in it loading any more.
  await page.waitForFunction(() => !document.querySelector('[data-testid="details"] .loading'), null, { timeout: 60_000, polling: 'raf' });
  return { details, complete: Date.now() - start };
}

/** Types the city's name, waits for its suggestion, presses Enter and times it to the city highlighted. */
async function searchToHighlight(page: Page, id: string, name: string): Promise<number> {
  const box = page.getByRole('combobox', { name: 'Find an actor' });
  await box.fill(name);
  await page.getByRole('option').first().waitFor({ timeout: 60_000 });
  await page.waitForFunction((n) => document.querySelector('[role="option"][aria-selected="true"]')?.textContent?.startsWith(n), name, { timeout: 60_000 });
  await idle(page);
  const start = Date.now();
  await box.press('Enter');
  await page.waitForFunction((city) => (document.querySelector('[data-testid="cooperation-graph"]')?.getAttribute('data-highlighted') ?? '').split(' ').includes(city), id, {
    timeout: 120_000,
    polling: 'raf',
  });
  return Date.now() - start;
}

/** A city to search for: given, or the first hub of the group measured opened (a larger group opens whole: see docs/explorer.md). */
type Searched = { id: string; name: string } | ((opened: { id: string }) => Promise<{ id: string; name: string }>);

async function measureSet(browser: Browser, server: TestServer, name: string, toSearch: Searched, steps: number, withAll: boolean, client: string | null): Promise<OverviewSetFigures> {
  // The server's answers once before the page: the projection, Louvain and the groups are cached per data version.
  const { totalActors, groups } = (await ask<{ overview: { totalActors: number; groups: { id: string; size: number; label: string }[] } }>(server, '{ overview { totalActors groups { id size label } } }')).overview;
  const target = groups.filter((g) => g.id.startsWith('cluster:') || g.id.startsWith('group:small:')).sort((a, b) => Math.abs(a.size - OPENED_SIZE) - Math.abs(b.size - OPENED_SIZE))[0]!;
  await ask(server, `{ overview(open: "${target.id}") { totalActors } }`);

  const searched = typeof toSearch === 'function' ? await toSearch(target) : toSearch;
  // Each figure is said as it is measured: a set takes minutes.
  const say = (what: string, value: unknown) => console.log(`  ${name} (${client ?? 'this checkout'}): ${what} ${JSON.stringify(value)}`);
  const page = await newPage(browser, client);
  await page.goto(server.url);
  const overview = await picture(page, steps);
  say('overview', overview);
  await page.goto(`${server.url}/?open=${encodeURIComponent(target.id)}`);
  const opened = { ...(await picture(page, steps)), label: target.label, size: target.size };
  say('opened', opened);
  const clicks: { details: number; complete: number }[] = [];
  for (const rank of CLICKS) clicks.push(await clickToDetails(page, rank));
  say('clicks to details, to complete (ms)', clicks);
  const searches: number[] = [];
  for (let i = 0; i < SEARCHES; i++) {
    await page.goto(server.url);
    await drawnPicture(page);
    searches.push(await searchToHighlight(page, searched.id, searched.name));
  }
  say('searches to highlighted (ms)', searches);
  await page.close();

  let allActors: OverviewSetFigures['allActors'] = null;
  if (withAll) {
    const all = await newPage(browser, client);
    await all.goto(`${server.url}/?groups=all`);
    const { mark } = await drawnPicture(all);
    const settled = await all.evaluate(() => window.__bench!.marks.at(-1)!.drawn);
    allActors = { firstRenderMs: round(mark.drawn), settledMs: round(settled) };
    await all.close();
  }
  return {
    name,
    client: client ?? 'this checkout',
    actors: totalActors,
    overview,
    opened,
    clickToDetailsMs: median(clicks.map((c) => c.details)),
    clickToCompleteMs: median(clicks.map((c) => c.complete)),
    clicks,
    searchToHighlightMs: median(searches),
    searches,
    searched: searched.name,
    allActors,
  };
}

/** A city of the synthetic set to search for: the first hub of the group measured opened, by its name. */
const hubOf = (server: TestServer) => async (opened: { id: string }) => {
  const { overview } = await ask<{ overview: { groups: { id: string; hubs: { id: string; name: string }[] }[] } }>(server, '{ overview { groups { id hubs { id name } } } }');
  return overview.groups.find((g) => g.id === opened.id)!.hubs[0]!;
};

export type OverviewSet = 'twin-cities' | 'synthetic';

export async function clientOverview({
  sets: which,
  syntheticCities,
  steps,
  twinFile = TWIN_FILE,
  clientDist,
}: {
  sets: readonly OverviewSet[];
  syntheticCities: number;
  steps: number;
  twinFile?: string;
  /** Another client build measured beside this checkout's, on the same server (bench/serve-client.ts). */
  clientDist?: string;
}): Promise<ClientOverviewFigures> {
  const unknown = which.filter((set) => set !== 'twin-cities' && set !== 'synthetic');
  if (unknown.length) throw new Error(`--client-overview-sets names unknown sets: ${unknown.join(', ')}; they are twin-cities, synthetic`);
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
  const browser = await launchBrowser();
  const sets: OverviewSetFigures[] = [];
  const clients = [null, ...(clientDist ? [clientDist] : [])];
  try {
    // Each set's figures are printed as soon as they are measured: the next set takes minutes.
    const done = (set: OverviewSetFigures) => {
      sets.push(set);
      console.log(printClientOverview({ browser: `Chromium ${browser.version()}`, sets: [set] }).join('\n'));
    };
    if (which.includes('twin-cities')) {
      const twin = await startTestServer(SERVER);
      try {
        await loadTwinCities(twin.store, buildTwinCities(readFileSync(twinFile, 'utf8'), loadCurated().cities));
        for (const client of clients) done(await measureSet(browser, twin, 'twin cities (whole file, on the curated data)', { id: 'city:pl:krakow', name: 'Kraków' }, steps, true, client));
      } finally {
        await twin.close();
      }
    }
    if (which.includes('synthetic')) {
      const synthetic = await startTestServer({ ...SERVER, empty: true });
      try {
        await loadDataSet(synthetic.store, generateDataSet({ cities: syntheticCities, seed: 42 }));
        for (const client of clients) done(await measureSet(browser, synthetic, `${syntheticCities.toLocaleString('en')} synthetic cities`, hubOf(synthetic), steps, false, client));
      } finally {
        await synthetic.close();
      }
    }
    return { browser: `Chromium ${browser.version()}`, sets };
  } finally {
    await browser.close();
  }
}

export function printClientOverview(f: ClientOverviewFigures): string[] {
  const frames = (x: FrameFigures) => `${x.meanMs} ms mean, ${x.p95Ms} ms p95, ${x.maxMs} ms max`;
  return [
    `Explorer overview, headless ${f.browser}`,
    ...f.sets.flatMap((s) => [
      `  ${s.name}: ${s.actors.toLocaleString('en')} actors; client: ${s.client}`,
      `    overview (${s.overview.groups} groups)  first readable picture ${s.overview.firstPictureMs} ms after the answer; pan ${frames(s.overview.pan)}; zoom ${frames(s.overview.zoom)}`,
      `    opened "${s.opened.label}" (${s.opened.nodes} actors, ${s.opened.groups} groups)  first picture ${s.opened.firstPictureMs} ms, settled ${s.opened.settledMs} ms; pan ${frames(s.opened.pan)}; zoom ${frames(s.opened.zoom)}`,
      `    click to details ${s.clickToDetailsMs} ms (complete ${s.clickToCompleteMs} ms), median of ${s.clicks.map((c) => c.details).join(', ')} ms; search "${s.searched}" to highlighted ${s.searchToHighlightMs} ms, median of ${s.searches.join(', ')} ms`,
      ...(s.allActors ? [`    every actor drawn (?groups=all): first render ${s.allActors.firstRenderMs} ms after navigation, settled ${s.allActors.settledMs} ms`] : []),
    ]),
  ];
}
