// The explorer on a large graph: a synthetic data set of about 5,000 actors
// and tens of thousands of links, served by the real server, is drawn whole
// in Chromium when the user asks for every actor (?groups=all; it opens on
// its overview otherwise: test/client-overview.test.ts), laid out (packed by cluster, then ForceAtlas2 in a worker), and
// stays usable: a click on an actor selects it and opens its details, the
// view exports as PNG, the zoom button and the mouse wheel zoom. No timing is asserted: the render
// benchmark (bench/client-render.ts) measures how fast.
import { readFileSync } from 'node:fs';
import type cytoscape from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTEFACTS, GRAPH, syntheticSuite } from './support/client-suite.ts';

const suite = syntheticSuite(5000);

const zoom = (page: Page) => page.evaluate(() => window.__c2c!.cy.zoom());

describe('Explore view on a large graph in Chromium', () => {
  it('draws about 5,000 actors and their links whole, and a click selects, the zoom zooms', { timeout: 300_000 }, async () => {
    expect(suite.synthetic.nodes).toBeGreaterThanOrEqual(5000);
    expect(suite.synthetic.edges).toBeGreaterThanOrEqual(20_000);
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${suite.synthetic.server.url}/?groups=all`);
    const graph = page.locator(GRAPH);
    // Drawn whole, then arranged: the worker's layout has replaced the packing.
    await graph.and(page.locator('[data-arranging="false"]')).waitFor({ timeout: 240_000 });
    expect(Number(await graph.getAttribute('data-nodes'))).toBe(suite.synthetic.nodes);
    expect(Number(await graph.getAttribute('data-edges'))).toBe(suite.synthetic.edges);
    const drawn = await page.evaluate(() => ({ nodes: window.__c2c!.cy.nodes().length, edges: window.__c2c!.cy.edges().length }));
    expect(drawn).toEqual({ nodes: suite.synthetic.nodes, edges: suite.synthetic.edges });

    // A click on a typical actor (median links; a hub's details list a thousand partnerships), brought
    // into view at a readable zoom, selects whichever actor is under the pointer.
    const target = await page.evaluate(() => {
      const cy = window.__c2c!.cy;
      const linked = cy.nodes().filter((n) => n.degree(false) > 0).sort((a, b) => (a as cytoscape.NodeSingular).degree(false) - (b as cytoscape.NodeSingular).degree(false));
      const typical = linked[Math.floor(linked.length / 2)]!;
      cy.zoom(1.5);
      cy.center(typical);
      const origin = cy.container()!.getBoundingClientRect();
      const at = typical.renderedPosition();
      return { x: origin.left + at.x, y: origin.top + at.y };
    });
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('selected'), { timeout: 30_000 }).toBeTruthy();
    const selected = new URL(page.url()).searchParams.get('selected')!;
    const under = await page.evaluate(
      ({ id, x, y }) => {
        const cy = window.__c2c!.cy;
        const node = cy.getElementById(id);
        const box = node.renderedBoundingBox({});
        const origin = cy.container()!.getBoundingClientRect();
        return { label: node.data('label') as string, hit: x - origin.left >= box.x1 && x - origin.left <= box.x2 && y - origin.top >= box.y1 && y - origin.top <= box.y2 };
      },
      { id: selected, ...target },
    );
    expect(under.hit).toBe(true);
    await expect.poll(() => page.getByTestId('details').getByRole('heading', { level: 2 }).textContent(), { timeout: 60_000 }).toBe(under.label);
    // The selection is marked on a canvas of its own over the graph (marks-layer.ts): the PNG export still runs, with it.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG', exact: true }).click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');

    // Zoom: the toolbar's button, then the wheel over the graph.
    const before = await zoom(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => zoom(page)).toBeGreaterThan(before);
    const afterButton = await zoom(page);
    await page.mouse.move(target.x, target.y);
    await page.mouse.wheel(0, -300);
    await expect.poll(() => zoom(page)).toBeGreaterThan(afterButton);
    await page.screenshot({ path: `${ARTEFACTS}explore-large.png` });
    await page.close();
  });
});
