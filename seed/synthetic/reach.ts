// What donors and programmes reach, by region: partnerships weighted by the
// appeal of their themes to donors and by their number of cities (a region
// is the one of the city that started it), and cities by activity.
import type { SyntheticCity } from './cities.ts';
import type { SyntheticPartnership } from './partnerships.ts';
import { RegionPools } from './region-pools.ts';
import { themeAppeal } from './themes.ts';

export interface Reach {
  partnerships: RegionPools<SyntheticPartnership>;
  cities: RegionPools<SyntheticCity>;
}

export const reachOf = (cities: SyntheticCity[], partnerships: SyntheticPartnership[]): Reach => ({
  partnerships: new RegionPools(partnerships, (p) => p.region, (p) => themeAppeal(p.record.themes) * p.cities.length),
  cities: new RegionPools(cities, (c) => c.country.region, (c) => c.activity),
});
