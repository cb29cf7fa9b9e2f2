// Cities: region, bloc and LDC flag follow the country; location and
// population, when not given, come from GeoNames, as the seed does it, and
// GeoNames is recorded among the sources.
import { z } from 'zod';
import { AUTHORITY_LEVELS, DONOR_TYPES } from '../domain/enums.ts';
import { countryProfile } from '../domain/country-profile.ts';
import { GEO_SOURCE_DOCUMENT, geocode } from '../domain/geocode.ts';
import { creator, updater, type ActorKindSpec, type KindProps } from './actors.ts';
import * as F from './fields.ts';

const donorType = F.enumOf(DONOR_TYPES);
const level = F.enumOf(AUTHORITY_LEVELS);

const create = z.object({
  ...F.newActorFields,
  country: F.country,
  population: F.optional(F.population),
  location: F.optional(F.location),
  donorType: F.optional(donorType),
  level: F.optional(level),
});

const update = z.object({
  ...F.actorChanges,
  country: F.kept(F.country, 'a city is in a country'),
  population: F.clearable(F.population),
  location: F.clearable(F.location),
  donorType: F.clearable(donorType),
  level: F.kept(level, 'every city is of some tier of local government'),
});

type Point = z.output<typeof F.location>;

/**
 * Location and population: as given (null clears), and what is not given
 * looked up in GeoNames by the city's names within its country.
 */
function locate(country: string, names: string[], location: Point | null | undefined, population: number | null | undefined): KindProps {
  const match = location === undefined || population === undefined ? geocode(country, names) : null;
  const point = location === undefined ? (match ? { lat: match.latitude, lon: match.longitude } : null) : location;
  const used = match && (location === undefined || population === undefined);
  return {
    props: {
      latitude: point?.lat ?? null,
      longitude: point?.lon ?? null,
      population: population === undefined ? (match?.population ?? null) : population,
      geonameId: used && location === undefined ? match.geonameId : null,
      // Where the API or GeoNames places a city, it is the city itself, not a seat of a wider authority.
      locationIsSeat: false,
    },
    sources: used ? [{ document: GEO_SOURCE_DOCUMENT, locator: `geonameid ${match.geonameId}`, quote: match.name }] : [],
  };
}

const spec: ActorKindSpec<z.output<typeof create>, z.output<typeof update>> = {
  kind: 'CITY',
  statement: 'upsert-cities',
  create,
  update,
  props({ input, stored }) {
    const names = [input.name ?? (stored?.props.name as string), ...(input.aliases ?? (stored?.props.aliases as string[] | null) ?? [])];
    const own: Record<string, unknown> = input.donorType === undefined ? {} : { donorType: input.donorType };
    if (input.level !== undefined || !stored) own.level = input.level ?? 'MUNICIPALITY';
    const country = input.country ?? (stored?.props.country as string);
    if (!stored || country !== stored.props.country) {
      const located = locate(country, names, input.location, input.population);
      return { props: { ...own, country, ...countryProfile(country), ...located.props }, sources: located.sources };
    }
    if (input.location !== undefined) Object.assign(own, { latitude: input.location?.lat ?? null, longitude: input.location?.lon ?? null, geonameId: null, locationIsSeat: false });
    if (input.population !== undefined) own.population = input.population;
    return { props: own };
  },
};

export const createCity = creator(spec, 'createCity');
export const updateCity = updater(spec, 'updateCity');
