// Synthetic partnerships. Every city that is not isolated starts one, so that
// it has at least one; the rest are started by cities drawn by activity, and
// every partner is drawn by activity too, so that the active (large) cities
// become hubs while most cities keep one or two. What a partnership links
// depends on the bloc of the city that starts it (shape.ts): mostly cities of
// its own region, else North–South, South–South across regions, triangular
// (two Southern cities and a Northern city or a donor) or global.
import type { Bloc, Region } from '../../server/domain/enums.ts';
import { MANAGEMENT_FOCUSES, COOPERATING_PARTIES } from '../../server/domain/enums.ts';
import type { SyntheticCity } from './cities.ts';
import type { SyntheticDonor } from './donors.ts';
import type { Random } from './random.ts';
import { syntheticSlug, type PartnershipRecord, type SourceOf } from './records.ts';
import { PARTNERSHIP } from './shape.ts';
import { drawThemes } from './themes.ts';
import { WeightedPool } from './weighted-pool.ts';

/** The document prefix of synthetic partnership ids (the curated documents are 000..004). */
export const PARTNERSHIP_PREFIX = '999';

type Kind = keyof (typeof PARTNERSHIP.kinds)['SOUTH'];
type Participant = PartnershipRecord['participants'][number];

export interface SyntheticPartnership {
  record: PartnershipRecord;
  /** The region of the city that started it: where donors find it. */
  region: Region;
  cities: SyntheticCity[];
}

/** Cities by activity: all of them, by region, by bloc, and Southern ones by region. */
class CityPools {
  readonly all = new WeightedPool<SyntheticCity>();
  private readonly byKey = new Map<string, WeightedPool<SyntheticCity>>();

  constructor(cities: SyntheticCity[]) {
    for (const city of cities) {
      this.all.add(city, city.activity);
      for (const key of [city.country.region, city.country.bloc, `${city.country.bloc}:${city.country.region}`]) {
        let pool = this.byKey.get(key);
        if (!pool) this.byKey.set(key, (pool = new WeightedPool()));
        pool.add(city, city.activity);
      }
    }
  }

  of(key: Region | Bloc | `${Bloc}:${Region}`): WeightedPool<SyntheticCity> {
    return this.byKey.get(key) ?? new WeightedPool();
  }

  /** Southern cities outside `region`. */
  southOutside(region: Region, random: Random, count: number, exclude: Set<SyntheticCity>): SyntheticCity[] {
    const chosen: SyntheticCity[] = [];
    for (let tries = 0; chosen.length < count && tries < count * 8; tries++) {
      const city = this.of('SOUTH').draw(random);
      if (city && city.country.region !== region && !exclude.has(city)) {
        chosen.push(city);
        exclude.add(city);
      }
    }
    return chosen;
  }
}

const byPopulation = (a: SyntheticCity, b: SyntheticCity) => b.population - a.population;

function groupSize(random: Random): number {
  return random.chance(PARTNERSHIP.groupShare) ? random.geometric(3, PARTNERSHIP.groupMax, PARTNERSHIP.groupRatio) : 2;
}

/** The cities of a partnership of `kind` started by `starter`, and its participants with their roles (a donor may be one). */
function participantsOf(kind: Kind, starter: SyntheticCity, pools: CityPools, donors: WeightedPool<SyntheticDonor>, random: Random) {
  const taken = new Set([starter]);
  const { region, bloc } = starter.country;
  const draw = (pool: WeightedPool<SyntheticCity>, count: number) => {
    const drawn = pool.drawDistinct(random, count, taken);
    for (const city of drawn) taken.add(city);
    return drawn;
  };
  const peers = (cities: SyntheticCity[]): Participant[] => {
    // Most pairs are exchanges between peers; otherwise the larger city gives.
    if (random.chance(0.7)) return cities.map((c) => ({ actor: c.record.id, role: 'PEER' }));
    return [...cities].sort(byPopulation).map((c, i) => ({ actor: c.record.id, role: i === 0 ? 'RESOURCE' : 'BENEFICIARY' }));
  };
  const giving = (from: SyntheticCity[], to: SyntheticCity[]): Participant[] => [
    ...from.map((c): Participant => ({ actor: c.record.id, role: 'RESOURCE' })),
    ...to.map((c): Participant => ({ actor: c.record.id, role: 'BENEFICIARY' })),
  ];

  const of = (cities: SyntheticCity[], participants = peers(cities)) => ({ cities, participants });

  switch (kind) {
    case 'regional':
      return of([starter, ...draw(pools.of(region), groupSize(random) - 1)]);
    case 'global':
      return of([starter, ...draw(pools.all, groupSize(random) - 1)]);
    case 'southSouth':
      return of([starter, ...pools.southOutside(region, random, groupSize(random) - 1, taken)]);
    case 'northSouth': {
      // A Southern city pairs with a Northern one; a Northern city takes one or more Southern ones; an Eastern one pairs with the North, as peers.
      if (bloc === 'SOUTH') {
        const north = draw(pools.of('NORTH'), 1);
        return of([starter, ...north], giving(north, [starter]));
      }
      if (bloc === 'EAST') return of([starter, ...draw(pools.of('NORTH'), 1)]);
      const south = draw(pools.of('SOUTH'), groupSize(random) - 1);
      return of([starter, ...south], giving([starter], south));
    }
    case 'triangular': {
      // Two Southern cities and a third party from beyond the South: a Northern city, or a donor that facilitates.
      const south = bloc === 'SOUTH' ? [starter, ...draw(pools.of('SOUTH'), 1)] : draw(pools.of('SOUTH'), 2);
      const donor = bloc === 'SOUTH' && random.chance(PARTNERSHIP.triangularDonorShare) ? donors.draw(random) : null;
      const third = bloc === 'SOUTH' ? (donor ? [] : draw(pools.of('NORTH'), 1)) : [starter];
      return of([...third, ...south], [
        ...third.map((c): Participant => ({ actor: c.record.id, role: random.chance(0.6) ? 'RESOURCE' : 'FACILITATOR' })),
        ...peers(south),
        ...(donor ? [{ actor: donor.record.id, role: 'FACILITATOR' as const }] : []),
      ]);
    }
  }
}

function yearsOf(random: Random): Pick<PartnershipRecord, 'startYear' | 'endYear'> {
  if (random.chance(PARTNERSHIP.unknownStartShare)) return {};
  const { firstYear, lastYear } = PARTNERSHIP;
  const startYear = firstYear + Math.floor((lastYear - firstYear + 1) * Math.pow(random.uniform(), PARTNERSHIP.yearSkew));
  if (startYear >= lastYear || !random.chance(PARTNERSHIP.endedShare)) return { startYear };
  return { startYear, endYear: Math.min(lastYear, startYear + random.geometric(1, 20, 0.85)) };
}

export function generatePartnerships(cities: SyntheticCity[], donors: SyntheticDonor[], random: Random, source: SourceOf): SyntheticPartnership[] {
  const pools = new CityPools(cities);
  const donorPool = new WeightedPool(donors.map((d) => [d, d.size]));
  const active = cities.filter((c) => c.activity > 0);
  const total = Math.round(cities.length * PARTNERSHIP.perCity);
  // Every active city starts one; the others are started by cities drawn by activity.
  const starters = [...active, ...Array.from({ length: Math.max(0, total - active.length) }, () => pools.all.draw(random)!)];
  const kinds = Object.fromEntries(
    Object.entries(PARTNERSHIP.kinds).map(([bloc, shares]) => [bloc, new WeightedPool(Object.entries(shares) as [Kind, number][])]),
  ) as Record<Bloc, WeightedPool<Kind>>;

  const partnerships: SyntheticPartnership[] = [];
  for (const starter of starters) {
    const kind = kinds[starter.country.bloc].draw(random)!;
    const { cities: taking, participants } = participantsOf(kind, starter, pools, donorPool, random);
    // A pool too small for a partner (a region of a few cities in a small set): this one is skipped.
    if (taking.length < 2) continue;
    const n = partnerships.length + 1;
    partnerships.push({
      region: starter.country.region,
      cities: taking,
      record: {
        id: `partnership:${PARTNERSHIP_PREFIX}:${syntheticSlug(n)}`,
        title: `Synthetic Partnership ${n}`,
        ...yearsOf(random),
        themes: drawThemes(random, PARTNERSHIP.themeRatio),
        focus: random.sample(MANAGEMENT_FOCUSES, random.int(0, 2)),
        parties: ['LOCAL_AUTHORITY', ...(random.chance(0.25) ? [random.pick(COOPERATING_PARTIES.filter((p) => p !== 'LOCAL_AUTHORITY'))] : [])],
        outcomes: [],
        participants,
        sources: source('partnership', n),
      },
    });
  }
  return partnerships;
}
