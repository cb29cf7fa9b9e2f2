// The details of a hub in Chromium: on a synthetic data set of about 1,000
// actors, the city with the most partnerships (over 500) opens with the first
// page of them, their count, and a "Show more" button that reads the next
// page from the API; reachable and visibly focused from the keyboard, and
// still focused once the page has arrived. No timing is asserted.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTEFACTS, syntheticSuite } from './support/client-suite.ts';

const suite = syntheticSuite(1000);

interface ApiPage {
  totalCount: number;
  edges: { node: { id: string } }[];
  pageInfo: { endCursor: string | null };
}

/** The city with the most partnerships, from the graph view's partnership links. */
async function hub(): Promise<string> {
  const { data } = await suite.synthetic.server.gql<{ graph: { edges: { source: string; target: string; type: string }[] } }>('{ graph { edges { source target type } } }');
  const count = new Map<string, number>();
  for (const e of data!.graph.edges) if (e.type === 'PARTNERSHIP') for (const id of [e.source, e.target]) count.set(id, (count.get(id) ?? 0) + 1);
  return [...count].filter(([id]) => id.startsWith('city:')).sort((a, b) => b[1] - a[1])[0]![0];
}

/** One page of the city's partnerships, straight from the API. */
async function apiPage(id: string, first: number, after: string | null = null): Promise<ApiPage> {
  const { data } = await suite.synthetic.server.gql<{ actor: { partnershipPage: ApiPage } }>(
    'query($id: ID!, $first: Int!, $after: String) { actor(id: $id) { ... on City { partnershipPage(first: $first, after: $after) { totalCount edges { node { id } } pageInfo { endCursor } } } } }',
    { id, first, after },
  );
  return data!.actor.partnershipPage;
}

const shownIds = (page: Page) => page.getByTestId('details').locator('[data-partnership]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-partnership')));

describe("A hub's details in Chromium", () => {
  it('lists the first page of its partnerships with their count, and "Show more" reads the next', { timeout: 240_000 }, async () => {
    const id = await hub();
    const first = await apiPage(id, 25);
    expect(first.totalCount).toBeGreaterThanOrEqual(500);
    const second = await apiPage(id, 25, first.pageInfo.endCursor);
    // The pages are the city's whole list of partnerships, cut in order.
    const { data } = await suite.synthetic.server.gql<{ actor: { partnerships: { id: string }[] } }>('query($id: ID!) { actor(id: $id) { ... on City { partnerships { id } } } }', { id });
    expect(data!.actor.partnerships).toHaveLength(first.totalCount);
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(data!.actor.partnerships.slice(0, 50).map((p) => p.id));

    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${suite.synthetic.server.url}/?selected=${encodeURIComponent(id)}`);
    const details = page.getByTestId('details');
    const total = first.totalCount.toLocaleString('en');
    // The list's section, by its heading (a `has` locator is read inside the section).
    const section = details.locator('section').filter({ has: page.getByRole('heading', { level: 3, name: `Partnerships (${total})` }) });
    await section.waitFor({ timeout: 120_000 });
    expect(await shownIds(page)).toEqual(first.edges.map((e) => e.node.id));
    await expect.poll(() => section.getByText(`Showing 25 of ${total}.`).count()).toBe(1);

    // From the keyboard: Tab from the last control of the list lands on the button, with its focus ring.
    const more = section.getByRole('button', { name: 'Show 25 more' });
    await section.locator('[data-partnership]').last().getByRole('button').last().focus();
    await page.keyboard.press('Tab');
    expect(await more.evaluate((b) => b === document.activeElement && b.matches(':focus-visible'))).toBe(true);
    expect(await more.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');

    await expect.poll(() => shownIds(page), { timeout: 60_000 }).toEqual([...first.edges, ...second.edges].map((e) => e.node.id));
    await expect.poll(() => section.getByText(`Showing 50 of ${total}.`).count()).toBe(1);
    expect(await section.getByRole('button', { name: 'Show 25 more' }).evaluate((b) => b === document.activeElement)).toBe(true);
    await page.screenshot({ path: `${ARTEFACTS}explore-hub-details.png` });
    await page.close();
  });
});
