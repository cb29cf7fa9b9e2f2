// The years filter in Chromium on the curated data: a range from–to keeps
// the links active at some time in it, as the API answers, and is in the
// URL; Play steps the range's end through the years partnerships start in
// and the network grows at each step; on data that gives no years (twin
// cities alone), Play says why it cannot. Keeps screenshots in
// test-artifacts/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, GRAPH, clientSuite } from './support/client-suite.ts';
import type { TestServer } from './support/server.ts';
import { HAVE_TWIN_CITIES, startTwinCitiesServer } from './support/twin-cities-server.ts';

const suite = clientSuite();

const params = (page: Page) => new URL(page.url()).searchParams;

async function serverGraph(server: TestServer, filter: Record<string, unknown>): Promise<{ nodes: number; edges: number }> {
  const { data } = await server.gql<{ graph: { nodes: unknown[]; edges: { source: string; target: string }[] } }>(
    'query($f: GraphFilter) { graph(filter: $f) { nodes { id } edges { source target } } }',
    { f: filter },
  );
  // The client leaves out loops (elements.ts).
  return { nodes: data!.graph.nodes.length, edges: data!.graph.edges.filter((e) => e.source !== e.target).length };
}

async function drawn(page: Page): Promise<{ nodes: number; edges: number }> {
  const graph = page.locator(GRAPH);
  return { nodes: Number(await graph.getAttribute('data-nodes')), edges: Number(await graph.getAttribute('data-edges')) };
}

describe('the years as a range in Chromium', () => {
  let years: number[];
  beforeAll(async () => {
    const { data } = await suite.server.gql<{ partnershipYears: { year: number }[] }>('{ partnershipYears { year } }');
    years = data!.partnershipYears.map((y) => y.year);
  });

  it('keeps the links active at some time in a range, as the API does, with the range in the URL', async () => {
    expect(years.length).toBeGreaterThan(5);
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(suite.server.url);
    await page.waitForSelector('section.stage[aria-busy="false"]');
    await page.getByRole('checkbox', { name: 'Any year' }).uncheck();
    await expect.poll(() => page.getByTestId('year-value').textContent()).toBe(`active at some time in ${years[0]}–${years.at(-1)}`);
    await page.getByRole('slider', { name: 'From year' }).fill('1990');
    await page.getByRole('slider', { name: 'To year' }).fill('2005');
    await expect.poll(() => [params(page).get('from'), params(page).get('to')]).toEqual(['1990', '2005']);
    const expected = await serverGraph(suite.server, { activeFrom: 1990, activeTo: 2005 });
    await expect.poll(() => drawn(page)).toEqual(expected);
    expect(expected.edges).toBeLessThan((await serverGraph(suite.server, {})).edges);
    expect(await page.getByTestId('year-value').textContent()).toBe('active at some time in 1990–2005');
    await page.close();
  });

  it('plays: the range’s end steps through the years partnerships start in, and the network grows', { timeout: 120_000 }, async () => {
    const from = years[0]!;
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.server.url}/?from=${from}&to=${from}`);
    await page.waitForSelector('section.stage[aria-busy="false"]');
    const history = await page.evaluate(() => window.history.length);
    // What the page shows every 50 ms while it plays: the range's end in the URL, the links drawn, whether it is loading.
    await page.evaluate((graph) => {
      const samples: { to: string | null; edges: number; busy: boolean }[] = [];
      (window as unknown as { samples: typeof samples }).samples = samples;
      setInterval(() => {
        samples.push({
          to: new URL(location.href).searchParams.get('to'),
          edges: Number(document.querySelector(graph)?.getAttribute('data-edges')),
          busy: document.querySelector('section.stage')?.getAttribute('aria-busy') === 'true',
        });
      }, 50);
    }, GRAPH);
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => page.getByTestId('play-status').textContent()).toMatch(/^Playing/);
    await page.waitForTimeout(3000);
    await page.screenshot({ path: `${ARTEFACTS}years-playing.png` });
    await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 60_000 });
    await page.waitForSelector('section.stage[aria-busy="false"]');
    await page.waitForTimeout(300);
    const samples = await page.evaluate(() => (window as unknown as { samples: { to: string | null; edges: number; busy: boolean }[] }).samples);

    // Every year of the data, in order, each drawn as the API answers for the range up to it.
    const steps = samples.map((s) => Number(s.to)).filter((to, i, all) => i === 0 || to !== all[i - 1]);
    expect(steps).toEqual(years);
    const shown: number[] = [];
    for (const to of years) {
      const settled = samples.filter((s) => Number(s.to) === to && !s.busy).at(-1);
      const expected = await serverGraph(suite.server, { activeFrom: from, activeTo: to });
      expect(settled?.edges, String(to)).toBe(expected.edges);
      shown.push(expected.edges);
    }
    // Growing: each step keeps what the one before drew, and the play adds links overall.
    for (let i = 1; i < shown.length; i++) expect(shown[i]!).toBeGreaterThanOrEqual(shown[i - 1]!);
    expect(shown.at(-1)!).toBeGreaterThan(shown[0]!);
    expect(Number(params(page).get('from'))).toBe(from);
    // One Back stop for the play, not one per year.
    expect(await page.evaluate(() => window.history.length)).toBeLessThanOrEqual(history + 1);
    await page.close();
  });

  describe.skipIf(!HAVE_TWIN_CITIES)('on data without years', () => {
    let bare: TestServer;
    beforeAll(async () => {
      bare = await startTwinCitiesServer(300, { curated: false });
    }, 120_000);
    afterAll(() => bare?.close());

    it('says why it cannot play', async () => {
      const { data } = await bare.gql<{ partnershipYears: unknown[]; stats: { partnerships: number } }>('{ partnershipYears { year } stats { partnerships } }');
      expect(data!.stats.partnerships).toBeGreaterThan(100);
      expect(data!.partnershipYears).toEqual([]);
      const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(bare.url);
      await expect.poll(() => page.getByTestId('play-status').textContent()).toBe('No partnership in this data gives the year it started, so there are no years to play through.');
      expect(await page.getByRole('button', { name: 'Play' }).isDisabled()).toBe(true);
      await page.getByTestId('play-status').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTEFACTS}years-no-years.png` });
      await page.close();
    });
  });
});
