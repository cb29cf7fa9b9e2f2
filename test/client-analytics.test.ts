// The analytics views in a real browser against the real server on the
// curated data: each lists what the API answers and shows it on the graph.
// Every test keeps a screenshot in test-artifacts/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTEFACTS, GRAPH, clientSuite, highlighted } from './support/client-suite.ts';

const suite = clientSuite();

async function open(path: string): Promise<Page> {
  const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${suite.server.url}${path}`);
  await page.waitForSelector('section.stage[aria-busy="false"]');
  return page;
}

async function query<T>(text: string): Promise<T> {
  const { data, errors } = await suite.server.gql<T>(text);
  expect(errors).toBeUndefined();
  return data!;
}

describe('analytics views in Chromium', () => {
  it('Clusters: colours communities, lists them by their labels (countries, size, hub, themes), focuses one on click', async () => {
    const { clusters } = await query<{ clusters: { clusters: { id: string; size: number; label: string; members: { id: string }[] }[] } }>(
      '{ clusters { clusters { id size label members { id } } } }',
    );
    const page = await open('/?view=clusters');
    const items = page.getByRole('list', { name: 'Clusters' }).getByRole('button');
    await expect.poll(() => items.count()).toBe(clusters.clusters.length);
    expect(await items.first().textContent()).toContain(clusters.clusters[0]!.label);
    expect(clusters.clusters[0]!.label).toContain(`${clusters.clusters[0]!.size} actors`);
    await items.first().click();
    await expect.poll(() => page.url()).toContain(`cluster=${clusters.clusters[0]!.id}`);
    await expect.poll(() => highlighted(page)).toEqual(clusters.clusters[0]!.members.map((m) => m.id).sort());
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTEFACTS}clusters.png` });
    await page.close();
  });

  it('Triangles: lists Barcelona–Medellín–Havana and highlights it', async () => {
    const page = await open('/?view=triangles');
    const list = page.getByRole('list', { name: 'Triangles' });
    const item = list.getByRole('button').filter({ hasText: 'Barcelona' }).filter({ hasText: 'Medellín' }).filter({ hasText: 'Havana' });
    await expect.poll(() => item.count()).toBeGreaterThan(0);
    await item.first().click();
    await expect.poll(() => highlighted(page)).toEqual(['city:co:medellin', 'city:cu:havana', 'city:es:barcelona']);
    expect(await item.first().getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTEFACTS}triangles.png` });
    await page.close();
  });

  it('Support gaps: ranks regions by gap score, and a region lists its under-served cities on the graph', async () => {
    const { supportGaps, isolatedCities } = await query<{ supportGaps: { key: string; gapScore: number }[]; isolatedCities: { id: string; name: string; region: string }[] }>(
      '{ supportGaps { key gapScore } isolatedCities(first: 1000) { id name region } }',
    );
    const page = await open('/?view=gaps');
    const rows = page.getByRole('table', { name: /Support gaps/ }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(supportGaps.length);
    const scores = await rows.locator('.bar-value').allTextContents();
    expect(scores).toEqual(supportGaps.map((g) => g.gapScore.toFixed(2)));
    await rows.getByRole('button', { name: 'Latin America & Caribbean' }).click();
    await expect.poll(() => page.url()).toContain('gap=LATIN_AMERICA_CARIBBEAN');
    const expected = isolatedCities.filter((c) => c.region === 'LATIN_AMERICA_CARIBBEAN');
    const names = page.getByTestId('under-served').getByRole('button');
    await expect.poll(() => names.allTextContents()).toEqual(expected.map((c) => c.name));
    await expect.poll(() => highlighted(page)).toEqual(expected.map((c) => c.id).sort());
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTEFACTS}support-gaps.png` });
    await page.close();
  });

  it('Match-making: a city and a theme give ranked suggestions with reasons, shown on the graph', async () => {
    const { matches } = await query<{ matches: { city: { id: string; name: string }; reasons: string[] }[] }>(
      '{ matches(cityId: "city:za:durban", theme: WATER_SANITATION) { city { id name } reasons } }',
    );
    const page = await open('/?view=matches');
    const search = page.getByRole('combobox', { name: 'City asking for help' });
    await search.fill('Durban');
    await page.getByRole('option', { name: /Durban/ }).click();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('WATER_SANITATION');
    await expect.poll(() => page.getByTestId('asking-city').textContent()).toBe('Durban');
    const list = page.getByRole('list', { name: 'Suggested partners' });
    await expect.poll(() => list.locator(':scope > li strong').allTextContents()).toEqual(matches.map((m) => m.city.name));
    expect(await list.locator(':scope > li').first().textContent()).toContain(matches[0]!.reasons[0]!);
    await expect.poll(() => highlighted(page)).toEqual(['city:za:durban', ...matches.map((m) => m.city.id)].sort());
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${ARTEFACTS}match-making.png` });
    await page.close();
  });

  it('Coverage: the region × theme heat map with gaps, and a cell opens Explore filtered to it', async () => {
    const { coverage } = await query<{ coverage: { region: string; theme: string; partnerships: number }[] }>('{ coverage { region theme partnerships } }');
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${suite.server.url}/?view=coverage`);
    const cells = page.locator('table.heatmap td button');
    await expect.poll(() => cells.count()).toBe(6 * 16);
    for (const cell of coverage.filter((c) => c.region === 'AFRICA')) {
      const text = await page.locator(`[data-cell="${cell.region}|${cell.theme}"]`).textContent();
      expect(text!.startsWith(cell.partnerships === 0 ? '–' : String(cell.partnerships))).toBe(true);
    }
    await page.screenshot({ path: `${ARTEFACTS}coverage.png` });
    await page.locator('[data-cell="AFRICA|WATER_SANITATION"]').click();
    await expect.poll(() => page.url()).toMatch(/view=explore.*regions=AFRICA.*themes=WATER_SANITATION|view=explore.*themes=WATER_SANITATION.*regions=AFRICA/);
    await page.waitForSelector(`${GRAPH} canvas`);
    expect(await page.getByRole('checkbox', { name: 'Water & sanitation' }).isChecked()).toBe(true);
    await page.close();
  });
});
