// The twin-cities file as records of the seed's format (seed/FORMAT.md), with
// the report of what was merged and what was left out: see seed/TWIN_CITIES.md
// for the rules. Pure: reading the store and writing to it is load.ts's part.
import type { MergedData } from '../../server/ingest/merge.ts';
import type { SeedData } from '../../server/ingest/schema.ts';
import { buildCities, type KnownCity, type TwinCity } from './cities.ts';
import { buildPartnerships, lineSource } from './partnerships.ts';
import { choosePlaces, type PlaceChoice } from './choose-place.ts';
import { readTwinRows } from './read-rows.ts';
import { resolveRows, type Unresolved } from './resolve-rows.ts';
import { checkPoints, type Suspect } from './suspect.ts';

export interface TwinCitiesReport {
  /** Rows read from the file. */
  rows: number;
  cities: number;
  /** Of which the curated data set already holds (their curated ids are kept). */
  curatedCities: number;
  partnerships: number;
  /** Rows folded into a partnership another row already gives (the pair from its other end, or under another spelling). */
  merged: number;
  /** Spellings of a city merged into another one of the same country. */
  mergedSpellings: number;
  /** Rows left out, in line order, with why. */
  unresolved: Unresolved[];
  /** Cities whose coordinates in the file look wrong and were not used. */
  suspect: Suspect[];
}

export interface TwinCitiesResult {
  data: MergedData;
  /** By city id: where the file's point chooses the city's place (choose-place.ts). */
  places: Map<string, PlaceChoice>;
  report: TwinCitiesReport;
}

function cityRecord(city: TwinCity): SeedData['cities'][number] {
  return {
    id: city.id,
    name: city.name,
    country: city.country,
    ...(city.aliases.length ? { aliases: city.aliases } : {}),
    sources: city.lines.map(lineSource),
  };
}

/** The records of `content` (the first `limit` rows when given); `known` are the curated cities to join. */
export function buildTwinCities(content: string, known: KnownCity[], limit?: number): TwinCitiesResult {
  const rows = readTwinRows(content, limit);
  const { resolved, unresolved } = resolveRows(rows);
  const cityOf = buildCities(resolved, known);
  const pairs = resolved.map(({ line, ends: [a, b] }) => ({ line, a: cityOf(a), b: cityOf(b) }));
  const built = buildPartnerships(pairs);

  // Only the cities of a partnership: a city named only in a row left out is not loaded.
  const linked = new Set(built.partnerships.flatMap((p) => p.participants.map((x) => x.actor)));
  const cities = [...new Set(pairs.flatMap((p) => [p.a, p.b]))].filter((c) => linked.has(c.id)).sort((a, b) => a.lines[0]! - b.lines[0]!);
  const { suspects, trusted } = checkPoints(cities);
  const places = choosePlaces(cities, trusted);

  const data: MergedData = {
    cities: cities.map(cityRecord),
    associations: [], networks: [], donors: [], programmes: [], organisations: [],
    partnerships: built.partnerships,
    participations: [], memberships: [], fundings: [], supports: [], runs: [],
  };
  return {
    data,
    places,
    report: {
      rows: rows.length,
      cities: cities.length,
      curatedCities: cities.filter((c) => c.curated).length,
      partnerships: built.partnerships.length,
      merged: built.merged,
      mergedSpellings: cities.reduce((n, c) => n + c.keys.length - 1, 0),
      unresolved: [...unresolved, ...built.unresolved].sort((a, b) => a.line - b.line),
      suspect: suspects,
    },
  };
}
