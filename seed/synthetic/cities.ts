// Synthetic cities: in real countries, with made-up names and ids
// ("Synthetic City 123", city:<iso2>:synthetic-123) so that nothing is said
// about a real place; a heavy-tailed population; and an activity, the weight
// with which the city is drawn into partnerships (zero for the isolated
// ones), that grows with its population so that the hubs are large cities.
import { countryPool, placeIn, type SyntheticCountry } from './countries.ts';
import type { Random } from './random.ts';
import { syntheticSlug, type CityRecord, type SourceOf } from './records.ts';
import { CITY } from './shape.ts';

export interface SyntheticCity {
  record: CityRecord;
  country: SyntheticCountry;
  population: number;
  latitude: number;
  longitude: number;
  /** How much the city is drawn into partnerships and networks; 0 for an isolated city. */
  activity: number;
}

export function generateCities(count: number, random: Random, source: SourceOf): SyntheticCity[] {
  const countries = countryPool();
  // Exactly this many take part in nothing, whichever they are: the share holds for small sets too.
  const isolated = new Set(random.sample([...Array(count).keys()], Math.round(count * CITY.isolatedShare)));
  const cities: SyntheticCity[] = [];
  for (let i = 0; i < count; i++) {
    const n = i + 1;
    const country = countries.draw(random)!;
    const population = Math.round(Math.min(CITY.populationMax, random.pareto(CITY.populationMin, CITY.populationAlpha)));
    const drawn = Math.pow(population / CITY.populationMin, CITY.activityExponent) * random.logNormal(0, CITY.activityNoise);
    // Saturates smoothly towards the maximum: the hubs keep their order without one of them taking everything.
    const activity = isolated.has(i) ? 0 : (drawn * CITY.activityMax) / (drawn + CITY.activityMax);
    const record: CityRecord = {
      id: `city:${country.code.toLowerCase()}:${syntheticSlug(n)}`,
      name: `Synthetic City ${n}`,
      country: country.code,
      sources: source('city', n),
    };
    cities.push({ record, country, population, ...placeIn(country, random), activity });
  }
  return cities;
}

/**
 * A few large Northern cities also fund others (as Barcelona does with 0.7 %
 * of its budget): they get a donor type, and so the Donor label too.
 */
export function markFundingCities(cities: SyntheticCity[]): SyntheticCity[] {
  const count = Math.max(1, Math.round(cities.length / CITY.citiesPerFundingCity));
  const funders = cities
    .filter((c) => c.country.bloc === 'NORTH' && c.activity > 0)
    .sort((a, b) => b.population - a.population)
    .slice(0, count);
  for (const city of funders) city.record.donorType = 'LOCAL_GOVERNMENT';
  return funders;
}
