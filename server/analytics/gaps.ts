// Who is left out: the cities support does not reach, most under-served
// first, and the regions or countries they add up to (report 000, section
// 6.3: "where would additional funding have the most impact?").
import { countryProfile } from '../domain/country-profile.ts';
import type { GapGrouping, SupportGap } from '../graphql/generated/resolvers-types.ts';
import type { ProjectedActor } from './projection.ts';
import type { CitySupport } from './support.ts';

interface RankedCity {
  city: ProjectedActor;
  support: CitySupport;
}

/** Cities of Least Developed Countries first, then ISOLATED before UNSUPPORTED, then larger populations (unknown last), then name. */
export function rankUnderserved(cities: RankedCity[]): RankedCity[] {
  const unserved = cities.filter(({ support }) => support.level !== 'SUPPORTED');
  // Looked up once per city, not once per comparison.
  const inLdc = new Map(unserved.map(({ city }) => [city, city.country && countryProfile(city.country).ldc ? 1 : 0]));
  const ldc = (c: ProjectedActor) => inLdc.get(c)!;
  return unserved.sort(
      (a, b) =>
        ldc(b.city) - ldc(a.city) ||
        Number(b.support.level === 'ISOLATED') - Number(a.support.level === 'ISOLATED') ||
        (b.city.population ?? -1) - (a.city.population ?? -1) ||
        a.city.name.localeCompare(b.city.name),
    );
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

function gapOf(key: string, group: RankedCity[]): SupportGap {
  const count = (level: CitySupport['level']) => group.filter((c) => c.support.level === level).length;
  const known = group.map((c) => c.city.population).filter((p): p is number => typeof p === 'number' && p > 0);
  // A city of unknown population weighs as much as the group's average known city (1 when none is known).
  const fallback = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const weight = (c: RankedCity) => (c.city.population && c.city.population > 0 ? c.city.population : fallback);
  const unserved = group.filter((c) => c.support.level !== 'SUPPORTED');
  const unservedKnown = unserved.map((c) => c.city.population).filter((p): p is number => typeof p === 'number' && p > 0);
  const total = group.reduce((sum, c) => sum + weight(c), 0);
  return {
    key,
    cities: group.length,
    isolated: count('ISOLATED'),
    unsupported: count('UNSUPPORTED'),
    supported: count('SUPPORTED'),
    populationUnserved: unservedKnown.length ? unservedKnown.reduce((a, b) => a + b, 0) : null,
    gapScore: round(total ? unserved.reduce((sum, c) => sum + weight(c), 0) / total : 0),
  };
}

/** The regions or countries of the cities, worst gap first (then more people unserved, then more isolated cities). */
export function supportGaps(cities: RankedCity[], groupBy: GapGrouping): SupportGap[] {
  const groups = new Map<string, RankedCity[]>();
  for (const c of cities) {
    const key = groupBy === 'REGION' ? c.city.region : c.city.country;
    if (!key) continue;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups].map(([key, group]) => gapOf(key, group)).sort(
    (a, b) =>
      b.gapScore - a.gapScore ||
      (b.populationUnserved ?? 0) - (a.populationUnserved ?? 0) ||
      b.isolated - a.isolated ||
      a.key.localeCompare(b.key),
  );
}
