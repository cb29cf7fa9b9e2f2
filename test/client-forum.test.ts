// The Forum's views in a real browser against the real server on the curated
// data: the Pivot table shows what facetMatrix answers for the facets in the
// URL and opens Explore from a cell; Opportunities ranks what
// fundingOpportunities answers for the donor in the URL and brings the cities
// forward on the graph; the Fair lists the pairs of a theme and brings a pair
// forward; the Support landscape lists overlaps and complements and brings a
// pair's shared cities forward. Every test keeps a screenshot in test-artifacts/.
import { describe, expect, it } from 'vitest';
import { ARTEFACTS, GRAPH, clientSuite, highlighted } from './support/client-suite.ts';

const suite = clientSuite();
/** The first answer of a view waits for its query and the graph on a busy machine. */
const WAIT = { timeout: 15_000 };

describe('the Forum views in Chromium', () => {
  it('Pivot: orientation × decade as facetMatrix counts it, a cell opening Explore filtered to its orientation', async () => {
    const { data } = await suite.server.gql<{ facetMatrix: { row: string; column: string; partnerships: number }[] }>(
      '{ facetMatrix(rows: ORIENTATION, columns: DECADE) { row column partnerships } }',
    );
    const cells = data!.facetMatrix;
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${suite.server.url}/?view=pivot&rows=ORIENTATION&columns=DECADE`);
    const buttons = page.locator('table.heatmap td button');
    await expect.poll(() => buttons.count(), WAIT).toBe(cells.length);
    for (const cell of cells) {
      const text = await page.locator(`[data-cell="${cell.row}|${cell.column}"]`).textContent();
      expect(text!.startsWith(cell.partnerships === 0 ? '–' : String(cell.partnerships))).toBe(true);
    }
    expect(await page.getByLabel('Rows').inputValue()).toBe('ORIENTATION');
    await page.screenshot({ path: `${ARTEFACTS}pivot.png` });

    const busiest = cells.filter((c) => c.column !== 'unknown').reduce((a, b) => (b.partnerships > a.partnerships ? b : a));
    await page.locator(`[data-cell="${busiest.row}|${busiest.column}"]`).click();
    await expect.poll(() => page.url(), WAIT).toMatch(new RegExp(`view=explore.*orientations=${busiest.row}`));
    await page.waitForSelector(`${GRAPH} canvas`);
    await page.close();
  });

  it('Pivot: the facets are picked from lists that leave out the other one', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${suite.server.url}/?view=pivot`);
    const { data: regionTheme } = await suite.server.gql<{ facetMatrix: unknown[] }>('{ facetMatrix(rows: REGION, columns: THEME) { row } }');
    await expect.poll(() => page.locator('table.heatmap td button').count(), WAIT).toBe(regionTheme!.facetMatrix.length);
    const rowOptions = await page.getByLabel('Rows').locator('option').allTextContents();
    expect(rowOptions).not.toContain('Theme');
    await page.getByLabel('Columns').selectOption('STATUS');
    await expect.poll(() => page.url(), WAIT).toContain('columns=STATUS');
    const { data } = await suite.server.gql<{ facetMatrix: unknown[] }>('{ facetMatrix(rows: REGION, columns: STATUS) { row } }');
    await expect.poll(() => page.locator('table.heatmap td button').count(), WAIT).toBe(data!.facetMatrix.length);
    await page.screenshot({ path: `${ARTEFACTS}pivot-status.png` });
    await page.close();
  });

  it('Opportunities: the ranked cities of a donor with their reasons, brought forward on the graph', async () => {
    const { data } = await suite.server.gql<{ fundingOpportunities: { city: { id: string; name: string }; reasons: string[] }[] }>(
      '{ fundingOpportunities(donorId: "donor:european-commission", first: 100) { city { id name } reasons } }',
    );
    const found = data!.fundingOpportunities;
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${suite.server.url}/?view=opportunities&donor=donor:european-commission`);
    const items = page.getByRole('list', { name: 'Funding opportunities' }).locator(':scope > li');
    await expect.poll(() => items.count(), WAIT).toBe(found.length);
    expect(await items.first().textContent()).toContain(found[0]!.city.name);
    expect(await items.first().textContent()).toContain(found[0]!.reasons[0]!);
    await expect.poll(() => highlighted(page), WAIT).toEqual(found.map((o) => o.city.id).sort());
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTEFACTS}opportunities.png` });
    await page.close();
  });

  it('Fair: the pairs of a theme with their reasons, a pair brought forward on the graph', async () => {
    const { data } = await suite.server.gql<{ fair: { seeker: { id: string; name: string }; offerer: { id: string; name: string } }[] }>(
      '{ fair(theme: TRANSPORT, first: 100) { seeker { id name } offerer { id name } } }',
    );
    const pairs = data!.fair;
    expect(pairs.length).toBeGreaterThan(0);
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${suite.server.url}/?view=fair&fairTheme=TRANSPORT`);
    const items = page.getByRole('list', { name: 'Fair pairs' }).getByRole('button');
    await expect.poll(() => items.count(), WAIT).toBe(pairs.length);
    expect(await items.first().textContent()).toContain(`${pairs[0]!.seeker.name} seeks, ${pairs[0]!.offerer.name} offers`);
    await items.first().click();
    await expect.poll(() => page.url(), WAIT).toContain('pair=');
    await expect.poll(() => highlighted(page), WAIT).toEqual([pairs[0]!.seeker.id, pairs[0]!.offerer.id].sort());
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTEFACTS}fair.png` });
    await page.close();
  });

  it('Support landscape: overlaps and complements, a pair bringing its shared cities forward', async () => {
    const { data } = await suite.server.gql<{ overlaps: { first: { id: string; name: string }; second: { id: string; name: string }; sharedCities: { id: string }[] }[]; complements: unknown[] }>(
      '{ overlaps(minOverlap: 0, first: 100) { first { id name } second { id name } sharedCities { id } } complements(first: 100) { theme } }',
    );
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${suite.server.url}/?view=landscape`);
    const items = page.getByRole('list', { name: 'Overlaps' }).getByRole('button');
    await expect.poll(() => items.count(), WAIT).toBe(data!.overlaps.length);
    await expect.poll(() => page.getByRole('list', { name: 'Complements' }).locator('li').count(), WAIT).toBe(data!.complements.length);
    const pair = data!.overlaps.find((o) => o.first.id === 'donor:cities-alliance' && o.second.id === 'donor:norway')!;
    const item = items.filter({ hasText: pair.first.name }).filter({ hasText: pair.second.name });
    await item.first().click();
    await expect.poll(() => page.url(), WAIT).toContain('pair=donor:cities-alliance,donor:norway');
    await expect.poll(() => highlighted(page), WAIT).toEqual([pair.first.id, pair.second.id, ...pair.sharedCities.map((c) => c.id)].sort());
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTEFACTS}support-landscape.png` });
    await page.close();
  });
});
