// Coordinates in the file that look wrong (SOURCE.md, "Wrong geocodes" and
// "Placeholder or centroid coordinates"): a city placed far from every
// GeoNames place of its country, or far from the single GeoNames place of its
// name, or at a point the file gives to several differently named cities.
// They are reported and never used: such a city's location is GeoNames' or
// stays unknown.
import type { TwinCity } from './cities.ts';
import { AGREES_KM, distanceKm, farFromCountry, type Point } from './places.ts';

export interface Suspect {
  /** The first line that gives the suspect point. */
  line: number;
  city: string;
  reason: string;
}

/** More than this many differently named cities at one point make it a placeholder. */
const SHARED_BY = 3;

const pointKey = (p: Point) => `${p.latitude.toFixed(3)},${p.longitude.toFixed(3)}`;

/** The suspect cities among `cities` (each once), and the point of each city that is not suspect. */
export function checkPoints(cities: TwinCity[]): { suspects: Suspect[]; trusted: Map<string, Point> } {
  const namesAt = new Map<string, Set<string>>();
  for (const city of cities) for (const k of city.keys) for (const p of k.points) namesAt.set(pointKey(p), (namesAt.get(pointKey(p)) ?? new Set()).add(city.id));

  const suspects: Suspect[] = [];
  const trusted = new Map<string, Point>();
  for (const city of cities) {
    const reasons: string[] = [];
    for (const k of city.keys) {
      const point = k.points[0];
      if (!point) continue;
      const at = `${point.latitude},${point.longitude}`;
      const sharing = namesAt.get(pointKey(point))!.size;
      if (sharing > SHARED_BY) reasons.push(`the file gives ${at} to ${sharing} differently named cities (a placeholder or centroid)`);
      else if (farFromCountry(city.country, point)) reasons.push(`the file places "${k.names[0]}" at ${at}, far from every GeoNames place in ${city.country}`);
      else if (k.place?.exact && k.place.match.candidates === 1) {
        const off = distanceKm(point, k.place.match);
        if (off > AGREES_KM) reasons.push(`the file places "${k.names[0]}" at ${at}, ${Math.round(off)} km from GeoNames' only ${k.place.match.name} in ${city.country}`);
      }
    }
    if (reasons.length) suspects.push({ line: city.lines[0]!, city: city.id, reason: [...new Set(reasons)].join('; ') });
    else {
      const point = city.keys.find((k) => k.points.length)?.points[0];
      if (point) trusted.set(city.id, point);
    }
  }
  return { suspects: suspects.sort((a, b) => a.line - b.line), trusted };
}
