// The map in Chromium on a slice of the twin-cities file (its first 3,000
// rows, on top of the curated data): at world zoom the cities are clustered
// with their counts and the links gathered between clusters; zooming in
// splits the clusters down to single cities; a tap on a cluster opens it; the
// colouring follows the URL; the actors no location places are listed beside
// the map. Keeps a screenshot of the map in test-artifacts/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { ARTEFACTS, GRAPH } from './support/client-suite.ts';
import type { TestServer } from './support/server.ts';
import { HAVE_TWIN_CITIES, startTwinCitiesServer, TWIN_CITIES_FILE } from './support/twin-cities-server.ts';

if (!HAVE_TWIN_CITIES) console.warn(`Skipping test/client-map.test.ts: ${TWIN_CITIES_FILE} is absent`);

interface MapState {
  level: number;
  clusters: number;
  singles: number;
  largest: number;
}

async function mapState(page: Page): Promise<MapState> {
  const graph = page.locator(GRAPH);
  const read = async (name: string) => Number(await graph.getAttribute(`data-map-${name}`));
  return { level: await read('level'), clusters: await read('clusters'), singles: await read('singles'), largest: await read('largest') };
}

/** The largest map node on screen, in page coordinates (the view also holds nodes off screen, at the far end of links). */
function largestOnScreen(page: Page) {
  return page.evaluate(() => {
    const cy = window.__c2c!.cy;
    const onScreen = cy.nodes().filter((n) => {
      const at = n.renderedPosition();
      return at.x > 10 && at.x < cy.width() - 10 && at.y > 10 && at.y < cy.height() - 10;
    });
    const largest = onScreen.sort((a, b) => (b.data('count') as number) - (a.data('count') as number))[0]!;
    const origin = cy.container()!.getBoundingClientRect();
    return { id: largest.id(), x: origin.left + largest.renderedPosition().x, y: origin.top + largest.renderedPosition().y, count: largest.data('count') as number };
  });
}

/** What Cytoscape draws: map nodes with their counts, and links with their weights. */
function drawnOnMap(page: Page) {
  return page.evaluate(() => {
    const cy = window.__c2c!.cy;
    return {
      counts: cy.nodes().map((n) => n.data('count') as number),
      weights: cy.edges().map((e) => e.data('weight') as number),
    };
  });
}

describe.skipIf(!HAVE_TWIN_CITIES)('the map on the twin-cities data in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let cities: number;
  beforeAll(async () => {
    server = await startTwinCitiesServer(3000);
    browser = await launchBrowser();
    cities = (await server.gql<{ stats: { cities: number } }>('{ stats { cities } }')).data!.stats.cities;
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openMap(query = ''): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/?layout=geo${query}`);
    await page.locator(`${GRAPH}[data-map-level]:not([data-map-level=""])`).waitFor({ timeout: 120_000 });
    return page;
  }

  it('clusters the cities at world zoom, with counts and weighted links, and splits them on zooming in down to single cities', { timeout: 180_000 }, async () => {
    expect(cities).toBeGreaterThan(2000);
    const page = await openMap();
    const world = await mapState(page);
    const drawn = await drawnOnMap(page);
    // Thousands of cities as a few hundred discs at most, the largest standing for many.
    expect(world.clusters).toBeGreaterThan(5);
    expect(world.clusters + world.singles).toBeLessThan(600);
    expect(world.largest).toBeGreaterThan(50);
    expect(drawn.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(2000);
    // Links between clusters stand for several partnerships each.
    expect(drawn.weights.length).toBeGreaterThan(10);
    expect(Math.max(...drawn.weights)).toBeGreaterThan(5);
    await page.screenshot({ path: `${ARTEFACTS}map-twin-cities.png` });

    // Zoom in with the mouse wheel over the largest cluster, again and again: the clusters split.
    let before = world;
    for (let step = 0; step < 14; step++) {
      const over = await largestOnScreen(page);
      await page.mouse.move(over.x, over.y);
      await expect
        .poll(
          async () => {
            await page.mouse.wheel(0, -200);
            await page.waitForTimeout(200);
            return (await mapState(page)).level;
          },
          { timeout: 20_000 },
        )
        .toBeGreaterThan(before.level);
      const now = await mapState(page);
      expect(now.largest, `level ${now.level}`).toBeLessThanOrEqual(before.largest);
      before = now;
      if (now.level >= 13) break;
    }
    expect(before.largest).toBeLessThan(world.largest);
    // At the last level every actor on screen stands alone.
    expect(before.level).toBe(13);
    expect(before.clusters).toBe(0);
    expect(before.singles).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTEFACTS}map-twin-cities-zoomed.png` });
    await page.close();
  });

  it('opens a cluster where it splits when tapped, and selects a single city when tapped', { timeout: 120_000 }, async () => {
    const page = await openMap();
    const world = await mapState(page);
    const target = await largestOnScreen(page);
    await page.mouse.click(target.x, target.y);
    await expect.poll(async () => (await mapState(page)).level, { timeout: 10_000 }).toBeGreaterThan(world.level);
    // Centred where it was, the cluster is now smaller ones (or its cities).
    await expect.poll(async () => (await largestOnScreen(page)).count).toBeLessThan(target.count);

    // A single city: at the last level, tapped, it is selected and its details open.
    await page.evaluate(() => {
      const cy = window.__c2c!.cy;
      const centre = cy.nodes('[!cluster]')[0]!;
      // The map's zoom is Cytoscape's times the scale of its level (client/src/explore/map-viewport.ts).
      const level = Number(cy.container()!.getAttribute('data-map-level'));
      const zoom = 2 ** 13 / 2 ** level;
      // On its position (cy.center would centre its box, name included).
      cy.viewport({ zoom, pan: { x: cy.width() / 2 - centre.position().x * zoom, y: cy.height() / 2 - centre.position().y * zoom } });
    });
    await expect.poll(async () => (await mapState(page)).level, { timeout: 10_000 }).toBe(13);
    const single = await page.evaluate(() => {
      const cy = window.__c2c!.cy;
      const node = cy.nodes().filter((n) => !n.data('cluster') && n.renderedPosition().x > 20 && n.renderedPosition().x < cy.width() - 20 && n.renderedPosition().y > 20 && n.renderedPosition().y < cy.height() - 20)[0]!;
      const origin = cy.container()!.getBoundingClientRect();
      return { id: node.id(), x: origin.left + node.renderedPosition().x, y: origin.top + node.renderedPosition().y };
    });
    await page.mouse.click(single.x, single.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe(single.id);
    await page.getByTestId('details').getByRole('heading', { level: 2 }).waitFor();
    await page.close();
  });

  it('colours by support level or cluster as the URL says, with a legend', { timeout: 120_000 }, async () => {
    const page = await openMap('&mapColour=support');
    expect(await page.getByRole('radiogroup', { name: 'Colour by' }).getByRole('radio', { name: 'Support level' }).getAttribute('aria-checked')).toBe('true');
    expect(await page.getByRole('list', { name: 'Map legend' }).textContent()).toContain('Isolated');
    const colours = () => page.evaluate(() => [...new Set(window.__c2c!.cy.nodes().map((n) => n.data('c1') as string))].sort());
    const bySupport = await colours();
    // Support levels: red, orange, blue (and grey for what is not a city).
    expect(bySupport.every((c) => ['#d62828', '#f4a261', '#8fb3d1', '#b0b8c0', '#000000'].includes(c))).toBe(true);
    await page.getByRole('radio', { name: 'Cluster' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('mapColour')).toBe('cluster');
    await expect.poll(colours).not.toEqual(bySupport);
    await page.close();
  });

  it('lists the actors no location places beside the map, not on it', { timeout: 120_000 }, async () => {
    const page = await openMap();
    const { data } = await server.gql<{ graph: { nodes: { id: string; kind: string }[]; edges: { source: string; target: string }[] } }>('{ graph { nodes { id kind } edges { source target } } }');
    const listed = await page.getByTestId('unplaced-actors').locator('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-id')!));
    expect(listed.length).toBeGreaterThan(0);
    const onMap = await page.evaluate(() => {
      const cy = window.__c2c!.cy;
      return cy.nodes().map((n) => n.id());
    });
    for (const id of listed) expect(onMap).not.toContain(id);
    // Every one listed is drawn in the view, and has no linked actor to place it by (or only other unplaced ones).
    const drawnIds = new Set(data!.graph.nodes.map((n) => n.id));
    expect(listed.every((id) => drawnIds.has(id))).toBe(true);
    await page.getByTestId('unplaced-actors').locator('button').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe(listed[0]);
    await page.close();
  });
});
