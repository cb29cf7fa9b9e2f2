// The real countries synthetic cities are placed in: the UN member states of
// the world-countries package, with the region and bloc the seed's rule gives
// them (server/domain/country-profile.ts). Regions get different shares of the cities
// (shape.ts); within a region a country's share grows with the square root of
// its area, so that large countries hold more cities without swallowing their
// region.
import worldCountries from 'world-countries';
import type { Bloc, Region } from '../../server/domain/enums.ts';
import { countryProfile } from '../../server/domain/country-profile.ts';
import type { Random } from './random.ts';
import { REGION_SHARES } from './shape.ts';
import { WeightedPool } from './weighted-pool.ts';

export interface SyntheticCountry {
  code: string;
  region: Region;
  bloc: Bloc;
  /** The country's centre, around which its synthetic cities are placed. */
  latitude: number;
  longitude: number;
  /** Its area in km², for how far from the centre a city may lie. */
  area: number;
}

export const COUNTRIES: SyntheticCountry[] = worldCountries
  .filter((c) => c.unMember)
  .map((c) => {
    const { region, bloc } = countryProfile(c.cca2);
    return { code: c.cca2, region, bloc, latitude: c.latlng[0], longitude: c.latlng[1], area: c.area };
  });

/** Countries drawn by region share, then by the square root of their area within the region. */
export function countryPool(): WeightedPool<SyntheticCountry> {
  const regionArea = new Map<Region, number>();
  for (const c of COUNTRIES) regionArea.set(c.region, (regionArea.get(c.region) ?? 0) + Math.sqrt(c.area));
  return new WeightedPool(COUNTRIES.map((c) => [c, (REGION_SHARES[c.region] * Math.sqrt(c.area)) / regionArea.get(c.region)!]));
}

/** A point near the country's centre, spread by its size (a synthetic place, not a real one). */
export function placeIn(country: SyntheticCountry, random: Random): { latitude: number; longitude: number } {
  const spread = Math.sqrt(country.area) / 111 / 3; // degrees: a third of the country's width, one sigma
  const latitude = Math.max(-89, Math.min(89, country.latitude + spread * random.normal()));
  const longitude = ((country.longitude + spread * random.normal() + 540) % 360) - 180;
  return { latitude: Math.round(latitude * 1e4) / 1e4, longitude: Math.round(longitude * 1e4) / 1e4 };
}
