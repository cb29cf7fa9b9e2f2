// Which place a twin city is, where server/ingest/graph-rows.ts's GeoNames lookup (by
// full name; the most populous of several places of that name) is not the
// whole answer, using the file's point where nothing makes it suspect:
// - several GeoNames places share the name: the most populous of those the
//   file's point is near (within AGREES_KM), not the most populous of all
//   (Glendale, California, not Glendale, Arizona; Bangor, Wales, not Bangor,
//   Northern Ireland);
// - no GeoNames place has the full name: the single place of the name without
//   its qualifier, where the file agrees (not Jing'an, Jiangxi for Jing'an,
//   Shanghai); else the file's point itself.
// Curated cities keep the curated seed's choice.
import { placesNamed, type GeoMatch } from '../../server/domain/geocode.ts';
import type { TwinCity } from './cities.ts';
import { AGREES_KM, distanceKm, type Point } from './places.ts';

/** A GeoNames place to use instead of graph-rows.ts's, or the file's point where GeoNames has none. */
export type PlaceChoice = { geo: GeoMatch } | { point: Point };

const agrees = (point: Point | undefined, place: GeoMatch) => point !== undefined && distanceKm(point, place) <= AGREES_KM;

/** The choices for `cities`, by id; `trusted` holds the file's point of each city whose point is not suspect. */
export function choosePlaces(cities: TwinCity[], trusted: Map<string, Point>): Map<string, PlaceChoice> {
  const choices = new Map<string, PlaceChoice>();
  for (const city of cities) {
    if (city.curated) continue;
    const point = trusted.get(city.id);
    // The places graph-rows.ts chooses among: those of the first name (or alias) GeoNames knows.
    const named = [city.name, ...city.aliases].map((n) => placesNamed(city.country, n)).find((list) => list.length) ?? [];
    if (named.length > 1 && point) {
      // The most populous of those the file agrees with: GeoNames lists parts of a town too (Dunaújváros has a second, smaller entry 1 km away).
      const chosen = named.find((place) => agrees(point, place));
      if (chosen && chosen !== named[0]) choices.set(city.id, { geo: chosen });
      continue;
    }
    if (named.length) continue;
    const loose = city.keys.find((k) => k.place && !k.place.exact && k.points.some((p) => agrees(p, k.place!.match)))?.place;
    if (loose) choices.set(city.id, { geo: loose.match });
    else if (point) choices.set(city.id, { point });
  }
  return choices;
}
