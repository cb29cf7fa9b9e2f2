// The fair's pruning on hand-built graphs: visiting classes of seekers and
// offerers best first and skipping pairs that cannot make the cut must give
// exactly the first pairs of the whole ranking, ties by id included.
import { describe, expect, it } from 'vitest';
import { cityOffers } from '../server/analytics/cooperation-offers.ts';
import { fair, fairContext } from '../server/analytics/fair.ts';
import type { Theme } from '../server/graphql/generated/resolvers-types.ts';
import { ProjectionBuilder } from './support/projection.ts';

const COUNTRIES = ['FR', 'DE', 'JP', 'BR', 'CO', 'ML', 'SN', 'KE'];
const THEMES: Theme[] = ['WASTE', 'HOUSING', 'WATER_SANITATION'];

/** A graph where many pairs tie: cities in eight countries, beneficiary–resource partnerships on three themes, a few networks. */
function market(seed: number) {
  const b = new ProjectionBuilder();
  let state = seed;
  const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
  const cities = Array.from({ length: 120 }, (_, i) => `city:${i.toString().padStart(3, '0')}`);
  cities.forEach((id, i) => b.city(id, COUNTRIES[i % COUNTRIES.length]!));
  for (let n = 0; n < 3; n++) b.actor(`network:${n}`, 'NETWORK');
  for (const id of cities) for (let n = 0; n < 3; n++) if (next(3) === 0) b.link('MEMBER_OF', id, `network:${n}`);
  for (let p = 0; p < 400; p++) {
    const [seeker, offerer] = [cities[next(120)]!, cities[next(120)]!];
    if (seeker !== offerer) b.partnership(`partnership:${p}`, [[seeker, 'BENEFICIARY'], [offerer, 'RESOURCE']], { themes: [THEMES[next(3)]!] });
  }
  b.projection.declaredOffers.set(cities[3]!, [{ direction: 'OFFERS', theme: 'WASTE', note: null, sources: [] }]);
  return b.projection;
}

describe('the fair', () => {
  it('gives the first pairs of the full ranking for any first, theme and region', () => {
    for (const seed of [1, 2, 3]) {
      const projection = market(seed);
      const ctx = fairContext(projection, [...projection.partnerships.values()], cityOffers(projection));
      for (const theme of [null, 'WASTE'] as const) {
        for (const region of [null, 'AFRICA'] as const) {
          const all = fair(ctx, theme, region, 100_000);
          if (!theme && !region) expect(all.length).toBeGreaterThan(30);
          for (const first of [1, 3, 10, 25]) expect(fair(ctx, theme, region, first)).toEqual(all.slice(0, first));
        }
      }
    }
  });

  it('ranks a declared offer above every derived one, and halves the pairs already partners', () => {
    const projection = market(1);
    const ctx = fairContext(projection, [...projection.partnerships.values()], cityOffers(projection));
    const all = fair(ctx, 'WASTE', null, 100_000).filter((m) => !m.reasons.some((r) => r.startsWith('Already partners')));
    const declared = all.filter((m) => m.offererId === 'city:003');
    expect(declared.length).toBeGreaterThan(0);
    expect(all.slice(0, declared.length)).toEqual(declared);
  });
});
