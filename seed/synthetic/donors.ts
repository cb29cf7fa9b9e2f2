// Synthetic donors: bilateral agencies of Northern countries, multilateral
// bodies (no country: international), foundations. Their sizes are skewed
// (the n-th gives 1/n^skew as much), and each favours some regions, so that
// funding leaves gaps: the regional appeal of shape.ts, times a focus of one
// or two regions for bilateral donors and foundations.
import { REGIONS } from '../../server/domain/enums.ts';
import { COUNTRIES } from './countries.ts';
import type { Random } from './random.ts';
import { syntheticSlug, type DonorRecord, type SourceOf } from './records.ts';
import type { RegionPreference } from './region-pools.ts';
import { REGION_APPEAL, SUPPORT } from './shape.ts';
import { WeightedPool } from './weighted-pool.ts';

export interface SyntheticDonor {
  record: DonorRecord;
  /** How many fundings it gives, relatively. */
  size: number;
  /** How much it favours each region. */
  regions: RegionPreference;
}

const NORTH = COUNTRIES.filter((c) => c.bloc === 'NORTH');

const DONOR_NAMES: Record<keyof typeof SUPPORT.donorTypes, string> = {
  BILATERAL: 'Synthetic Development Agency',
  MULTILATERAL: 'Synthetic Multilateral Fund',
  FOUNDATION: 'Synthetic Foundation',
};

function focusOf(random: Random, spread: boolean): RegionPreference {
  const focus = spread ? new Set(REGIONS) : new Set(new WeightedPool(REGIONS.map((r) => [r, REGION_APPEAL[r]])).drawDistinct(random, random.int(1, 2)));
  // A donor still funds a little outside its focus: gaps are deep, not absolute.
  return Object.fromEntries(REGIONS.map((r) => [r, REGION_APPEAL[r] * (focus.has(r) ? 1 : 0.1)]));
}

export function generateDonors(cityCount: number, random: Random, source: SourceOf): SyntheticDonor[] {
  const count = SUPPORT.donorsBase + Math.round(cityCount / SUPPORT.citiesPerDonor);
  const types = new WeightedPool(Object.entries(SUPPORT.donorTypes) as [keyof typeof SUPPORT.donorTypes, number][]);
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const donorType = types.draw(random)!;
    const hasCountry = donorType === 'BILATERAL' || (donorType === 'FOUNDATION' && random.chance(SUPPORT.foundationWithCountryShare));
    const record: DonorRecord = {
      id: `donor:${syntheticSlug(n)}`,
      name: `${DONOR_NAMES[donorType]} ${n}`,
      donorType,
      ...(hasCountry && { country: random.pick(NORTH).code }),
      sources: source('donor', n),
    };
    return { record, size: 1 / Math.pow(n, SUPPORT.donorSkew), regions: focusOf(random, donorType === 'MULTILATERAL') };
  });
}
