// Declaring what a city seeks or offers from the explorer's details panel, in
// a real browser against the real server on the curated data: an editor of
// an association Maputo belongs to pastes a token and declares an offer,
// which its list and the Fair then show (the Fair read before the
// declaration is read again, not shown from the cache); withdrawn, it is
// gone. A token that does not speak for the city gets the API's refusal
// word for word, and nothing is written. Screenshots in test-artifacts/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTEFACTS, clientSuite } from './support/client-suite.ts';
import { testToken } from './support/server.ts';

const suite = clientSuite();
const WAIT = { timeout: 15_000 };
const MAPUTO = 'city:mz:maputo';
const NOTE = 'Upgrading of informal settlements, with the residents';

interface Offer {
  theme: string;
  basis: string;
  note: string | null;
}

async function offersOfMaputo(): Promise<{ seeks: Offer[]; offers: Offer[] }> {
  const { data } = await suite.server.gql(`{ actor(id: "${MAPUTO}") { ... on City { seeks { theme basis note } offers { theme basis note } } } }`);
  return data.actor;
}

async function fairOn(theme: string): Promise<{ seeker: { name: string }; offerer: { id: string; name: string } }[]> {
  const { data } = await suite.server.gql(`{ fair(theme: ${theme}, first: 100) { seeker { name } offerer { id name } } }`);
  return data.fair;
}

/** Opens Maputo's details by searching for it, as a user would (the page is not reloaded: the client's cache stays). */
async function openMaputo(page: Page) {
  const search = page.getByRole('combobox', { name: 'Find an actor' });
  await search.fill('Maputo');
  await page.getByRole('option', { name: /Maputo/ }).first().waitFor(WAIT);
  await search.press('Enter');
  const details = page.getByTestId('details');
  await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent(), WAIT).toBe('Maputo');
  const section = details.getByRole('region', { name: 'Seeks and offers' });
  await section.getByText('Declare a need or an offer').click();
  return section;
}

async function useToken(section: ReturnType<Page['locator']>, token: string) {
  await section.getByLabel('Write token').fill(token);
  await section.getByRole('button', { name: 'Use this token' }).click();
}

describe('declaring seeks and offers from the details panel in Chromium', () => {
  it('an editor of UCLG declares that Maputo offers housing: its list and the Fair show it; withdrawn, it is gone', async () => {
    const before = await fairOn('HOUSING');
    expect(before.some((m) => m.offerer.id === MAPUTO)).toBe(false);
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The Fair on housing first, so that the client holds an answer from before the declaration.
    await page.goto(`${suite.server.url}/?view=fair&fairTheme=HOUSING`);
    const pairs = page.getByRole('list', { name: 'Fair pairs' }).getByRole('button');
    await expect.poll(() => pairs.count(), WAIT).toBe(before.length);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Explore' }).click();

    const section = await openMaputo(page);
    await useToken(section, await testToken('editor', ['association:uclg'], { sub: 'UCLG secretariat' }));
    await expect.poll(() => section.getByTestId('write-token').textContent(), WAIT).toContain('UCLG secretariat (editor for association:uclg)');
    await section.getByRole('radio', { name: 'Offers' }).click();
    await section.getByLabel('Theme').selectOption('HOUSING');
    await section.getByLabel('Note (optional)').fill(NOTE);
    await section.getByRole('button', { name: 'Declare' }).click();

    const declared = section.getByRole('list', { name: 'Offers' }).locator('[data-offer="OFFERS|HOUSING|DECLARED"]');
    await expect.poll(() => declared.count(), WAIT).toBe(1);
    expect(await declared.textContent()).toContain(NOTE);
    expect((await offersOfMaputo()).offers[0]).toEqual({ theme: 'HOUSING', basis: 'DECLARED', note: NOTE });
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTEFACTS}offer-declared.png` });

    // The Fair, reached from the panel: read again, the declared offer leads it as the API says.
    const after = await fairOn('HOUSING');
    expect(after[0]!.offerer.id).toBe(MAPUTO);
    await section.getByRole('button', { name: 'See it in the Fair' }).click();
    await expect.poll(() => page.url(), WAIT).toMatch(/view=fair.*fairTheme=HOUSING|fairTheme=HOUSING.*view=fair/);
    await expect.poll(() => pairs.count(), WAIT).toBe(after.length);
    expect(await pairs.first().textContent()).toContain(`${after[0]!.seeker.name} seeks, Maputo offers`);
    await page.screenshot({ path: `${ARTEFACTS}offer-in-fair.png` });

    // Back to the panel (the token is kept in the tab), and withdrawn.
    await page.goBack();
    const again = page.getByTestId('details').getByRole('region', { name: 'Seeks and offers' });
    await again.getByRole('button', { name: 'Withdraw offers Housing' }).click();
    await expect.poll(() => again.locator('[data-offer="OFFERS|HOUSING|DECLARED"]').count(), WAIT).toBe(0);
    expect((await offersOfMaputo()).offers.some((o) => o.basis === 'DECLARED')).toBe(false);
    await page.close();
  });

  it('shows the API’s refusal to an editor who does not speak for Maputo, and writes nothing', async () => {
    const before = await offersOfMaputo();
    const stranger = await testToken('editor', ['city:jp:yokohama'], { sub: 'Yokohama international office' });
    const input = { cityId: MAPUTO, direction: 'SEEKS', theme: 'WASTE', note: null };
    const { errors } = await suite.server.gql('mutation($input: CooperationOfferInput!) { declareCooperationOffer(input: $input) { theme } }', { input }, undefined, { token: stranger });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.server.url}/`);
    const section = await openMaputo(page);
    await useToken(section, stranger);
    await section.getByRole('radio', { name: 'Seeks' }).click();
    await section.getByLabel('Theme').selectOption('WASTE');
    await section.getByRole('button', { name: 'Declare' }).click();
    const alert = section.getByRole('alert');
    await expect.poll(() => alert.textContent(), WAIT).toBe(`Refused: ${errors![0]!.message}`);
    expect(await alert.textContent()).toMatch(/the seeks and offers of Maputo.*\(city:mz:maputo, association:uclg\)/);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTEFACTS}offer-refused.png` });
    expect(await offersOfMaputo()).toEqual(before);
    await page.close();
  });
});
