// The explorer's overview in Chromium, on the curated data with a slice of
// the real twin-towns file on top (its first 2,000 rows and every row naming
// Kraków: about 2,500 actors, above the 1,500 drawn one by one): it opens on
// groups with labels built from their data; a group opens (breadcrumb, URL)
// and closes; a search for Kraków opens its group and brings Kraków and its
// partners forward, with the sources of its partnerships in the details;
// "Show all" draws every actor. No timing is asserted (bench/client-render.ts).
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCurated } from '../server/ingest/load-curated.ts';
import { buildTwinCities } from '../seed/twin-cities/build.ts';
import { loadTwinCities } from '../seed/twin-cities/load.ts';
import { launchBrowser } from './support/browser.ts';
import { ARTEFACTS, GRAPH, highlighted } from './support/client-suite.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { SHARED_DIR } from './support/shared.ts';
import type { Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const FILE = `${SHARED_DIR}data/twin-cities/twin_cities.csv`;
const HAVE_FILE = existsSync(FILE);
if (!HAVE_FILE) console.warn(`Skipping test/client-overview.test.ts: ${FILE} is absent`);

/** The header, the first 2,000 rows and the rows naming Kraków; other lines blanked so that line numbers stay the file's. */
const slice = (content: string) =>
  content
    .split('\n')
    .map((text, i) => (i <= 2000 || text.includes('Kraków') ? text : ''))
    .join('\n');

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  if (!HAVE_FILE) return;
  server = await startTestServer();
  // Loaded before the first request, so no cached projection predates it.
  await loadTwinCities(server.store, buildTwinCities(slice(readFileSync(FILE, 'utf8')), loadCurated().cities));
  browser = await launchBrowser();
  mkdirSync(ARTEFACTS, { recursive: true });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const graph = (page: Page) => page.locator(GRAPH);
const count = async (page: Page, attribute: 'data-nodes' | 'data-groups') => Number(await graph(page).getAttribute(attribute));

/** Waits until what is drawn is arranged and nothing loads. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector(`${GRAPH}[data-arranging="false"] canvas`, { timeout: 120_000 });
  await page.waitForSelector('section.stage[aria-busy="false"]', { timeout: 120_000 });
}

/** The groups drawn, from the graph itself. */
const groups = (page: Page) =>
  page.evaluate(() => window.__c2c!.cy.nodes('[kind = "GROUP"]').map((n) => ({ id: n.id(), label: n.data('label') as string, size: n.data('size') as number })));

/** Clicks a node where it is drawn, brought into view first. */
async function clickNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate((nodeId) => {
    const cy = window.__c2c!.cy;
    const node = cy.getElementById(nodeId);
    cy.center(node);
    const origin = cy.container()!.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: origin.left + p.x, y: origin.top + p.y };
  }, id);
  await page.mouse.click(at.x, at.y);
}

describe.skipIf(!HAVE_FILE)('the overview on a slice of the twin-towns data in Chromium', () => {
  it('opens on groups labelled by meaning; a group opens and closes with a breadcrumb, in the URL', { timeout: 300_000 }, async () => {
    const { data } = await server.gql<{ graph: { nodes: unknown[] } }>('{ graph { nodes { id } } }');
    const total = data!.graph.nodes.length;
    expect(total).toBeGreaterThan(1500);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await settled(page);
    expect(await count(page, 'data-nodes')).toBe(0);
    const drawnGroups = await groups(page);
    expect(drawnGroups.length).toBe(await count(page, 'data-groups'));
    expect(drawnGroups.length).toBeGreaterThan(5);
    expect(drawnGroups.length).toBeLessThan(200);
    expect(drawnGroups.reduce((n, g) => n + g.size, 0)).toBe(total);
    // Every label says where, how many and (beyond pairs) around whom; none is a list of names.
    for (const g of drawnGroups) expect(g.label).toMatch(/^[^,]+, [\d,]+ (cities|actors|city|actor)/);
    expect(drawnGroups.filter((g) => g.label.includes(', around ')).length).toBeGreaterThan(drawnGroups.length / 2);
    await expect.poll(() => page.getByRole('navigation', { name: 'Overview' }).textContent()).toContain(`groups of ${total.toLocaleString('en')} actors`);
    await expect.poll(() => page.getByRole('button', { name: `Show all ${total.toLocaleString('en')} actors` }).count()).toBe(1);
    await page.screenshot({ path: `${ARTEFACTS}overview-twin-slice.png` });
    // Of the links between groups, the heaviest few per group are drawn (group-links.ts); the bar says so when there are more.
    const between = await page.evaluate(() => window.__c2c!.cy.edges('[type = "GROUP_LINK"]').length);
    expect(between).toBeGreaterThan(0);
    expect(between).toBeLessThanOrEqual(4 * drawnGroups.length);
    const { data: all } = await server.gql<{ overview: { links: unknown[] } }>('{ overview { links { source } } }');
    if (all!.overview.links.length > between) {
      const note = `The ${between.toLocaleString('en')} strongest of ${all!.overview.links.length.toLocaleString('en')} links between groups are drawn.`;
      await expect.poll(() => page.getByRole('navigation', { name: 'Overview' }).textContent()).toContain(note);
    }

    // The largest community opens: its members drawn, the other groups still there.
    const largest = drawnGroups.filter((g) => g.id.startsWith('cluster:')).sort((a, b) => b.size - a.size)[0]!;
    await clickNode(page, largest.id);
    await expect.poll(() => new URL(page.url()).searchParams.get('open')).toBe(largest.id);
    await settled(page);
    expect(await count(page, 'data-nodes')).toBe(largest.size);
    expect(await count(page, 'data-groups')).toBe(drawnGroups.length - 1);
    expect(await page.getByTestId('opened-group').textContent()).toBe(largest.label);
    await page.screenshot({ path: `${ARTEFACTS}overview-twin-slice-opened.png` });

    // A member clicked is selected where it is: the view does not move, and the details open over the graph without resizing it.
    const view = () =>
      page.evaluate(() => {
        const cy = window.__c2c!.cy;
        return { pan: cy.pan(), zoom: cy.zoom(), width: cy.width(), height: cy.height() };
      });
    const member = await page.evaluate(() => {
      const cy = window.__c2c!.cy;
      const node = cy.nodes('[kind != "GROUP"]').max((n) => n.degree(false)).ele;
      cy.center(node);
      const origin = cy.container()!.getBoundingClientRect();
      const p = node.renderedPosition();
      return { id: node.id(), name: node.data('label') as string, x: origin.left + p.x, y: origin.top + p.y };
    });
    const before = await view();
    await page.mouse.click(member.x, member.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe(member.id);
    await expect.poll(() => page.getByTestId('details').getByRole('heading', { level: 2 }).textContent(), { timeout: 60_000 }).toBe(member.name);
    expect(await view()).toEqual(before);
    // Its partnerships come after the rest of the details, with their count.
    await expect.poll(() => page.getByTestId('details').getByRole('heading', { level: 3, name: /^Partnerships \([\d,]+\)$/ }).count(), { timeout: 60_000 }).toBe(1);

    // The breadcrumb goes back to the overview, and so does Back from a reloaded link.
    await page.getByRole('navigation', { name: 'Overview' }).getByRole('button', { name: 'Overview' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('open')).toBeNull();
    await settled(page);
    expect(await count(page, 'data-groups')).toBe(drawnGroups.length);
    await page.goto(`${server.url}/?open=${largest.id}`);
    await settled(page);
    expect(await count(page, 'data-nodes')).toBe(largest.size);
    await page.close();
  });

  it('a search for Kraków opens its group, brings it and its partners forward, with the sources of its partnerships', { timeout: 300_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await settled(page);
    await page.getByLabel('Find an actor').fill('Kraków');
    await page.getByRole('option', { name: /^Kraków City, PL/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('selected')).toBe('city:pl:krakow');
    await expect.poll(() => new URL(page.url()).searchParams.get('open'), { timeout: 60_000 }).toBeTruthy();
    const { data } = await server.gql<{ overview: { groupOf: string } }>('{ overview { groupOf(id: "city:pl:krakow") } }');
    expect(new URL(page.url()).searchParams.get('open')).toBe(data!.overview.groupOf);
    await settled(page);
    await expect.poll(async () => (await highlighted(page)).includes('city:pl:krakow'), { timeout: 60_000 }).toBe(true);
    // Its partners are highlighted with it: those in its group one by one, the others' groups as a whole.
    const marked = await highlighted(page);
    for (const partner of ['city:at:innsbruck', 'city:be:leuven']) {
      const inGroup = await page.evaluate((id) => window.__c2c!.cy.getElementById(id).nonempty(), partner);
      if (inGroup) expect(marked).toContain(partner);
    }
    expect(marked.length).toBeGreaterThan(10);
    // Centred in what the details panel, lying over the graph's right side, leaves visible: not under the panel.
    const details = page.getByTestId('details');
    const panelLeft = (await details.boundingBox())!.x - (await page.locator('.graph').boundingBox())!.x;
    const { x, y, height } = await page.evaluate(() => {
      const cy = window.__c2c!.cy;
      return { ...cy.getElementById('city:pl:krakow').renderedPosition(), height: cy.height() };
    });
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x, 'Kraków is left of the details panel, in the middle of what it leaves visible').toBeLessThan(panelLeft - 40);
    expect(Math.abs(x - panelLeft / 2)).toBeLessThan(panelLeft / 8);
    expect(Math.abs(y - height / 2), 'Kraków in the middle, its partners around it').toBeLessThan(height / 8);
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent(), { timeout: 60_000 }).toBe('Kraków');
    await expect.poll(() => details.textContent(), { timeout: 30_000 }).toContain('Innsbruck–Kraków twinning');
    expect(await details.textContent()).toContain('twin_cities.csv — line 771');
    await page.screenshot({ path: `${ARTEFACTS}overview-twin-slice-krakow.png` });
    await page.close();
  });

  it('"Show all" draws every actor, and the overview comes back', { timeout: 300_000 }, async () => {
    const { data } = await server.gql<{ graph: { nodes: unknown[] } }>('{ graph { nodes { id } } }');
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await settled(page);
    await page.getByRole('button', { name: /^Show all [\d,]+ actors$/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('groups')).toBe('all');
    await settled(page);
    expect(await count(page, 'data-nodes')).toBe(data!.graph.nodes.length);
    expect(await count(page, 'data-groups')).toBe(0);
    await page.getByRole('button', { name: 'Back to the overview' }).click();
    await settled(page);
    expect(await count(page, 'data-groups')).toBeGreaterThan(5);
    await page.close();
  });
});
