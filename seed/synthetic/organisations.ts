// Synthetic associations and networks: one national association in some of
// the countries that have a few cities (more often in the North), and
// regional and global city networks on a few themes. Networks differ in
// popularity (the n-th of its kind draws 1/n^skew as many members).
import { REGIONS, type Region } from '../../server/domain/enums.ts';
import type { SyntheticCity } from './cities.ts';
import type { SyntheticCountry } from './countries.ts';
import type { Random } from './random.ts';
import { syntheticSlug, type AssociationRecord, type NetworkRecord, type SourceOf } from './records.ts';
import { ORGANISATION, PARTNERSHIP, REGION_SHARES } from './shape.ts';
import { drawThemes } from './themes.ts';
import { WeightedPool } from './weighted-pool.ts';

export interface SyntheticAssociation {
  record: AssociationRecord;
  country: SyntheticCountry;
}

export interface SyntheticNetwork {
  record: NetworkRecord;
  /** Its region; null for a global network. */
  region: Region | null;
  popularity: number;
}

export function generateAssociations(cities: SyntheticCity[], random: Random, source: SourceOf): SyntheticAssociation[] {
  const citiesIn = new Map<SyntheticCountry, number>();
  for (const city of cities) citiesIn.set(city.country, (citiesIn.get(city.country) ?? 0) + 1);
  const associations: SyntheticAssociation[] = [];
  for (const [country, count] of citiesIn) {
    if (count < ORGANISATION.associationMinCities || !random.chance(ORGANISATION.associationShare[country.bloc])) continue;
    const n = associations.length + 1;
    associations.push({
      country,
      record: {
        id: `association:${syntheticSlug(n)}`,
        name: `Synthetic Association of Local Authorities ${n}`,
        scope: 'NATIONAL',
        country: country.code,
        region: country.region,
        sources: source('association', n),
      },
    });
  }
  return associations;
}

export function generateNetworks(cityCount: number, random: Random, source: SourceOf): SyntheticNetwork[] {
  const count = ORGANISATION.networksBase + Math.round(cityCount / ORGANISATION.citiesPerNetwork);
  const regions = new WeightedPool(REGIONS.map((r) => [r, REGION_SHARES[r]]));
  const rank = new Map<Region | null, number>();
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const region = random.chance(ORGANISATION.regionalNetworkShare) ? regions.draw(random)! : null;
    const place = (rank.get(region) ?? 0) + 1;
    rank.set(region, place);
    return {
      region,
      popularity: 1 / Math.pow(place, ORGANISATION.networkSkew),
      record: {
        id: `network:${syntheticSlug(n)}`,
        name: `Synthetic ${region ? 'Regional' : 'Global'} Network ${n}`,
        ...(region && { region }),
        themes: drawThemes(random, PARTNERSHIP.themeRatio),
        sources: source('network', n),
      },
    };
  });
}
