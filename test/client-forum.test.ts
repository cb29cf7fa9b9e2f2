// The Forum's views in a real browser against the real server on the curated
// data: the Pivot table shows what facetMatrix answers for the facets in the
// URL and opens Explore from a cell; Opportunities ranks what
// fundingOpportunities answers for the donor in the URL and brings the cities
// forward on the graph; the Fair lists the pairs of a theme and brings a pair
// forward. Every test keeps a screenshot in test-artifacts/.
import { describe, expect, it } from 'vitest';
import { ARTEFACTS, GRAPH, clientSuite, highlighted } from './support/client-suite.ts';

const suite = clientSuite();

describe('the Forum views in Chromium', () => {
  it('Pivot: orientation × decade as facetMatrix counts it, a cell opening Explore filtered to its orientation', async () => {
    const { data } = await suite.server.gql<{ facetMatrix: { row: string; column: string; partnerships: number }[] }>(
      '{ facetMatrix(rows: ORIENTATION, columns: DECADE) { row column partnerships } }',
    );
    const cells = data!.facetMatrix;
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${suite.server.url}/?view=pivot&rows=ORIENTATION&columns=DECADE`);
    const buttons = page.locator('table.heatmap td button');
    await expect.poll(() => buttons.count()).toBe(cells.length);
    for (const cell of cells) {
      const text = await page.locator(`[data-cell="${cell.row}|${cell.column}"]`).textContent();
      expect(text!.startsWith(cell.partnerships === 0 ? '–' : String(cell.partnerships))).toBe(true);
    }
    expect(await page.getByLabel('Rows').inputValue()).toBe('ORIENTATION');
    await page.screenshot({ path: `${ARTEFACTS}pivot.png` });

    const busiest = cells.filter((c) => c.column !== 'unknown').reduce((a, b) => (b.partnerships > a.partnerships ? b : a));
    await page.locator(`[data-cell="${busiest.row}|${busiest.column}"]`).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`view=explore.*orientations=${busiest.row}`));
    await page.waitForSelector(`${GRAPH} canvas`);
    await page.close();
  });

  it('Pivot: the facets are picked from lists that leave out the other one', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${suite.server.url}/?view=pivot`);
    const { data: regionTheme } = await suite.server.gql<{ facetMatrix: unknown[] }>('{ facetMatrix(rows: REGION, columns: THEME) { row } }');
    await expect.poll(() => page.locator('table.heatmap td button').count()).toBe(regionTheme!.facetMatrix.length);
    const rowOptions = await page.getByLabel('Rows').locator('option').allTextContents();
    expect(rowOptions).not.toContain('Theme');
    await page.getByLabel('Columns').selectOption('STATUS');
    await expect.poll(() => page.url()).toContain('columns=STATUS');
    const { data } = await suite.server.gql<{ facetMatrix: unknown[] }>('{ facetMatrix(rows: REGION, columns: STATUS) { row } }');
    await expect.poll(() => page.locator('table.heatmap td button').count()).toBe(data!.facetMatrix.length);
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
    await expect.poll(() => items.count()).toBe(found.length);
    expect(await items.first().textContent()).toContain(found[0]!.city.name);
    expect(await items.first().textContent()).toContain(found[0]!.reasons[0]!);
    await expect.poll(() => highlighted(page)).toEqual(found.map((o) => o.city.id).sort());
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
    await expect.poll(() => items.count()).toBe(pairs.length);
    expect(await items.first().textContent()).toContain(`${pairs[0]!.seeker.name} seeks, ${pairs[0]!.offerer.name} offers`);
    await items.first().click();
    await expect.poll(() => page.url()).toContain('pair=');
    await expect.poll(() => highlighted(page)).toEqual([pairs[0]!.seeker.id, pairs[0]!.offerer.id].sort());
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTEFACTS}fair.png` });
    await page.close();
  });
});
