// The Explore view in a real browser against the real server on the curated
// data: what a user sees after searching, filtering, reloading a shared URL,
// asking for a path, exporting, and when the server fails once. Every test
// keeps a screenshot in test-artifacts/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTEFACTS, GRAPH, clientSuite, highlighted } from './support/client-suite.ts';

const suite = clientSuite();

async function open(path = '/', width = 1280): Promise<Page> {
  const page = await suite.browser.newPage({ viewport: { width, height: 800 }, acceptDownloads: true });
  await page.goto(`${suite.server.url}${path}`);
  return page;
}

/** Waits until the graph is drawn and nothing is loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector(`${GRAPH} canvas`);
  await page.waitForSelector('section.stage[aria-busy="false"]');
  await page.waitForTimeout(300);
}

/** The ids of the actors drawn, from the list beside the graph (opened as a user would). */
async function drawnIds(page: Page): Promise<string[]> {
  const list = page.locator('details.actor-list');
  if (!(await list.evaluate((details: HTMLDetailsElement) => details.open))) await list.locator('summary').click();
  // The list renders its buttons once open: as many as the count in its summary.
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="drawn-actors"] button').length === Number(document.querySelector('[data-testid="drawn-count"]')?.textContent),
  );
  return page.locator('[data-testid="drawn-actors"] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-id') ?? ''));
}

async function serverGraphIds(filter: Record<string, unknown>): Promise<string[]> {
  const { data } = await suite.server.gql<{ graph: { nodes: { id: string }[] } }>('query($f: GraphFilter) { graph(filter: $f) { nodes { id } } }', { f: filter });
  return data!.graph.nodes.map((n) => n.id).sort();
}

describe('Explore view in Chromium', () => {
  it('finds Medellín by search and shows Barcelona among its partners with the source of that fact', async () => {
    const page = await open();
    await settled(page);
    const search = page.getByRole('combobox', { name: 'Find an actor' });
    await search.fill('Medellín');
    await page.getByRole('option', { name: /Medellín/ }).waitFor();
    // Keyboard: the first suggestion is active; Enter opens it.
    await search.press('Enter');
    const details = page.getByTestId('details');
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Medellín');
    expect(page.url()).toContain('selected=city:co:medellin');

    const { data } = await suite.server.gql<{ partnership: { sources: { document: string; locator: string }[] } }>(
      '{ partnership(id: "partnership:002:barcelona-medellin") { sources { document locator } } }',
    );
    const card = details.locator('[data-partnership="partnership:002:barcelona-medellin"]');
    await expect.poll(() => card.getByRole('list', { name: 'Participants' }).getByRole('button', { name: 'Barcelona' }).isVisible()).toBe(true);
    const [source] = data!.partnership.sources;
    await expect.poll(() => card.locator('.source .document').first().isVisible()).toBe(true);
    // The partnership's own sources (its fundings have theirs).
    const sourceText = await card.locator(':scope > .sources').textContent();
    expect(sourceText).toContain(source!.document);
    expect(sourceText).toContain(source!.locator);
    await page.screenshot({ path: `${ARTEFACTS}explore-medellin.png` });
    await page.close();
  });

  it("shows where each membership is stated, and what a city that funds gives, with the sources (Barcelona)", async () => {
    const page = await open('/?selected=city:es:barcelona');
    const details = page.getByTestId('details');
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('Barcelona');
    const { data } = await suite.server.gql<{
      actor: { membershipLinks: { organisation: { name: string }; sources: { locator: string }[] }[]; fundingsGiven: { id: string; sources: { locator: string }[] }[] };
    }>('{ actor(id: "city:es:barcelona") { ... on City { membershipLinks { organisation { name } sources { locator } } fundingsGiven { id sources { locator } } } } }');
    const [membership] = data!.actor.membershipLinks;
    const memberOf = details.locator('section', { has: page.getByRole('heading', { name: /^Member of/ }) });
    const card = memberOf.locator('li.membership', { has: page.getByRole('button', { name: membership!.organisation.name }) });
    for (const source of membership!.sources) await expect.poll(() => card.locator('.sources').textContent()).toContain(source.locator);

    const funds = details.locator('section', { has: page.getByRole('heading', { name: /^Funds, as a donor/ }) });
    await expect.poll(() => funds.getByRole('heading', { level: 3 }).textContent()).toBe(`Funds, as a donor (${data!.actor.fundingsGiven.length})`);
    expect(data!.actor.fundingsGiven.length).toBeGreaterThan(0);
    expect(await funds.locator('li.card').first().locator('.sources').textContent()).toContain(data!.actor.fundingsGiven[0]!.sources[0]!.locator);
    await memberOf.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTEFACTS}explore-barcelona-memberships.png` });
    await page.close();
  });

  it('filters change the graph to what the API answers for them, and the URL says so', async () => {
    const page = await open();
    await settled(page);
    expect((await drawnIds(page)).sort()).toEqual(await serverGraphIds({}));

    await page.getByRole('checkbox', { name: 'Africa' }).check();
    await expect.poll(() => page.url()).toContain('regions=AFRICA');
    const africa = await serverGraphIds({ regions: ['AFRICA'] });
    await expect.poll(async () => (await drawnIds(page)).sort()).toEqual(africa);

    await page.getByRole('checkbox', { name: 'Any year' }).uncheck();
    await page.getByRole('slider', { name: 'From year' }).fill('2000');
    await expect.poll(() => page.url()).toContain('from=2000');
    await page.getByRole('slider', { name: 'To year' }).fill('2000');
    await expect.poll(() => page.url()).toContain('to=2000');
    await expect.poll(() => page.getByTestId('year-value').textContent()).toBe('active in 2000');
    const africa2000 = await serverGraphIds({ regions: ['AFRICA'], activeInYear: 2000 });
    await expect.poll(async () => (await drawnIds(page)).sort()).toEqual(africa2000);
    expect(africa2000.length).toBeLessThan(africa.length);

    await page.getByRole('checkbox', { name: 'Water & sanitation' }).check();
    await expect.poll(() => page.url()).toContain('themes=WATER_SANITATION');
    await settled(page);
    expect((await drawnIds(page)).sort()).toEqual(await serverGraphIds({ regions: ['AFRICA'], activeInYear: 2000, themes: ['WATER_SANITATION'] }));
    await page.screenshot({ path: `${ARTEFACTS}explore-filtered.png` });
    await page.close();
  });

  it('shows how far a partnership had gone, and draws announced ones when asked (Banjul–Ostend)', async () => {
    const page = await open('/?selected=city:gm:banjul');
    const details = page.getByTestId('details');
    const card = details.locator('[data-partnership="partnership:004:banjul-ostend"]');
    await expect.poll(async () => (await card.textContent()) ?? '').toMatch(/Status\s*announced/i);
    await settled(page);
    const edges = async () => {
      const { data } = await suite.server.gql<{ graph: { edges: { partnershipId: string | null }[] } }>('query($f: GraphFilter) { graph(filter: $f) { edges { partnershipId } } }', {
        f: { statuses: ['ESTABLISHED', 'ANNOUNCED'] },
      });
      return data!.graph.edges.filter((e) => e.partnershipId === 'partnership:004:banjul-ostend').length;
    };
    await page.getByRole('checkbox', { name: 'Established' }).check();
    await page.getByRole('checkbox', { name: 'Announced' }).check();
    await expect.poll(() => page.url()).toContain('statuses=ESTABLISHED,ANNOUNCED');
    expect(await edges()).toBe(1);
    await page.getByRole('button', { name: 'established only' }).click();
    await expect.poll(() => page.url()).not.toContain('statuses=');
    await page.close();
  });

  it('a filtered view reloads identically from its URL (an older link with one year too)', async () => {
    const path = '/?view=explore&regions=AFRICA&year=2000&selected=city:za:durban';
    const first = await open(path);
    await settled(first);
    await first.getByTestId('details').getByRole('heading', { level: 2 }).waitFor();
    const seen = {
      nodes: (await drawnIds(first)).sort(),
      heading: await first.getByTestId('details').getByRole('heading', { level: 2 }).textContent(),
      panel: await first.getByTestId('details').locator('article').innerText(),
      region: await first.getByRole('checkbox', { name: 'Africa' }).isChecked(),
      year: await first.getByTestId('year-value').textContent(),
    };
    expect(seen.nodes).toEqual(await serverGraphIds({ regions: ['AFRICA'], activeInYear: 2000 }));
    expect(seen.heading).toBe('Durban');
    expect(seen.region).toBe(true);
    expect(seen.year).toBe('active in 2000');

    const again = await open(path);
    await settled(again);
    await again.getByTestId('details').getByRole('heading', { level: 2 }).waitFor();
    expect({
      nodes: (await drawnIds(again)).sort(),
      heading: await again.getByTestId('details').getByRole('heading', { level: 2 }).textContent(),
      panel: await again.getByTestId('details').locator('article').innerText(),
      region: await again.getByRole('checkbox', { name: 'Africa' }).isChecked(),
      year: await again.getByTestId('year-value').textContent(),
    }).toEqual(seen);
    await again.screenshot({ path: `${ARTEFACTS}explore-url-reload.png` });
    await first.close();
    await again.close();
  });

  it('highlights the shortest path between two picked actors', async () => {
    const page = await open('/?selected=city:co:medellin');
    await settled(page);
    const to = page.getByRole('combobox', { name: 'Shortest path to' });
    await to.fill('Durban');
    await page.getByRole('option', { name: /Durban/ }).click();
    await expect.poll(() => page.url()).toContain('pathTo=city:za:durban');
    const { data } = await suite.server.gql<{ path: { nodes: { id: string }[] } }>('{ path(from: "city:co:medellin", to: "city:za:durban") { nodes { id } } }');
    const expected = data!.path.nodes.map((n) => n.id);
    await expect.poll(() => highlighted(page)).toEqual([...expected].sort());
    await expect.poll(() => page.getByTestId('path-summary').textContent()).toMatch(/^Path: Medellín → .+ → Durban/);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${ARTEFACTS}explore-path.png` });
    await page.close();
  });

  it('expands the neighbourhood of the selected actor beyond the filter', async () => {
    const page = await open('/?regions=AFRICA&selected=city:za:durban');
    await settled(page);
    await page.getByRole('button', { name: 'Expand neighbourhood' }).click();
    await expect.poll(() => page.url()).toContain('expanded=city:za:durban');
    const { data } = await suite.server.gql<{ neighbourhood: { nodes: { id: string }[] } }>('{ neighbourhood(id: "city:za:durban") { nodes { id } } }');
    const expected = [...new Set([...(await serverGraphIds({ regions: ['AFRICA'] })), ...data!.neighbourhood.nodes.map((n) => n.id)])].sort();
    await expect.poll(async () => (await drawnIds(page)).sort()).toEqual(expected);
    expect(await page.getByRole('button', { name: 'Neighbourhood shown' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('draws the map layout over country outlines, and exports PNG, CSV and JSON', async () => {
    const page = await open('/?layout=geo&selected=city:co:medellin');
    await settled(page);
    await page.getByTestId('details').getByRole('heading', { level: 2 }).waitFor();
    // The outlines are drawn: the underlay canvas is not blank.
    const painted = await page.getByTestId('geo-underlay').evaluate((canvas: HTMLCanvasElement) => {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
      return count;
    });
    expect(painted).toBeGreaterThan(1000);

    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
      return readFileSync((await file.path())!);
    };
    const png = await download('PNG');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const csv = (await download('CSV')).toString().trim().split('\n');
    expect(csv[0]).toBe('id,label,kind,region,country,supportLevel,cluster');
    // The selection: Medellín and the actors it is linked to.
    expect(csv.some((line) => line.startsWith('city:co:medellin,'))).toBe(true);
    expect(csv.some((line) => line.startsWith('city:es:barcelona,'))).toBe(true);
    const json = JSON.parse((await download('JSON')).toString()) as { nodes: { id: string }[]; edges: unknown[] };
    expect(json.nodes.map((n) => n.id).sort()).toEqual(csv.slice(1).map((line) => line.split(',')[0]).sort());
    expect(json.edges.length).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTEFACTS}explore-map.png` });
    await page.close();
  });

  it('says what failed and retries when the server fails', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 900, height: 700 } });
    let failures = 0;
    await page.route('**/graphql', async (route) => {
      // The Explore view's graph comes with its overview (whole on the curated data).
      if (failures === 0 && route.request().postData()?.includes('query Overview')) {
        failures++;
        return route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' });
      }
      return route.continue();
    });
    await page.goto(suite.server.url);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Could not load the graph');
    await page.screenshot({ path: `${ARTEFACTS}explore-error.png` });
    await alert.getByRole('button', { name: 'Retry' }).click();
    await settled(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await drawnIds(page)).length).toBeGreaterThan(100);
    await page.close();
  });
});
