// generateDataSet({ cities, seed }): a synthetic data set of the given number
// of cities, in the seed's JSON format (seed/FORMAT.md), the same for the same
// seed, with the shape seed/SYNTHETIC.md describes. The format has no field
// for a city's population and location (the seed looks them up in GeoNames,
// which knows no synthetic city), so the generator gives them beside the
// records, and loading a synthetic set writes them (load.ts).
import type { SeedData } from '../../server/ingest/schema.ts';
import { generateCities, markFundingCities } from './cities.ts';
import { generateDonors } from './donors.ts';
import { generateFundings } from './fundings.ts';
import { generateMemberships } from './memberships.ts';
import { generateAssociations, generateNetworks } from './organisations.ts';
import { generatePartnerships } from './partnerships.ts';
import { generateProgrammes, generateSupports } from './programmes.ts';
import { Random } from './random.ts';
import { syntheticDocument, syntheticSource } from './records.ts';
import { reachOf } from './reach.ts';
import { MAX_CITIES, MIN_CITIES } from './shape.ts';

export interface SyntheticOptions {
  /** How many cities: MIN_CITIES..MAX_CITIES; the other records scale with it. */
  cities: number;
  /** The same seed gives the same data set. */
  seed: number;
}

/** What the seed format leaves to GeoNames, made up for a synthetic city. */
export interface SyntheticPlace {
  population: number;
  latitude: number;
  longitude: number;
}

export interface SyntheticDataSet {
  /** The records, as a data set file: written out as JSON, `npm run import` reads it. */
  file: { document: string } & SeedData;
  /** Population and coordinates of every city, by id. */
  places: Map<string, SyntheticPlace>;
}

export function generateDataSet({ cities: count, seed }: SyntheticOptions): SyntheticDataSet {
  if (!Number.isInteger(count) || count < MIN_CITIES || count > MAX_CITIES) {
    throw new Error(`cities must be a whole number from ${MIN_CITIES} to ${MAX_CITIES}, not ${count}`);
  }
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be a whole number, not ${seed}`);
  const random = new Random(seed);
  const source = syntheticSource(seed);

  const cities = generateCities(count, random, source);
  const fundingCities = markFundingCities(cities);
  const donors = generateDonors(count, random, source);
  const partnerships = generatePartnerships(cities, donors, random, source);
  const associations = generateAssociations(cities, random, source);
  const networks = generateNetworks(count, random, source);
  const memberships = generateMemberships(cities, associations, networks, random, source);
  const { programmes, runs } = generateProgrammes(count, { donors, associations, networks }, random, source);
  const reach = reachOf(cities, partnerships);
  const supports = generateSupports(count, programmes, reach, random, source);
  const fundings = generateFundings(count, donors, fundingCities, { reach, programmes, networks, associations }, random, source);

  return {
    file: {
      document: syntheticDocument(seed),
      cities: cities.map((c) => c.record),
      associations: associations.map((a) => a.record),
      networks: networks.map((n) => n.record),
      donors: donors.map((d) => d.record),
      programmes: programmes.map((p) => p.record),
      organisations: [],
      partnerships: partnerships.map((p) => p.record),
      participations: [],
      memberships,
      fundings,
      supports,
      runs,
    },
    places: new Map(cities.map((c) => [c.record.id, { population: c.population, latitude: c.latitude, longitude: c.longitude }])),
  };
}
