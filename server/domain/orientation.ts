// Geographic orientation of a partnership (framework category 1), derived from
// the blocs of its parties when the source does not state it. The rule is the
// one in shared/guide/domain.md, with the cases it leaves open decided here
// (and written in docs/data.md):
//  - GLOBAL: a networking partnership whose cities span three or more regions;
//  - TRIANGULAR: two or more Southern cities plus anyone from beyond the South:
//    a city of the North or East, or a participant or funder that is not
//    Southern (multilateral bodies without a country count as beyond the South);
//  - SOUTH_SOUTH: all cities Southern;
//  - NORTH_SOUTH: one Southern city with cities of the North or East;
//  - WEST_EAST: cities of the North and East, or of the East only (East–East
//    has no category of its own in the framework);
//  - NORTH_NORTH: all cities of the North.
import type { Bloc, LinkingModality, Orientation, Region } from './enums.ts';

export interface OrientationInput {
  cities: { bloc: Bloc; region: Region }[];
  /** Non-city participants and funders: their bloc, or null when they have no country. */
  others: { bloc: Bloc | null }[];
  modality: LinkingModality;
}

export function deriveOrientation({ cities, others, modality }: OrientationInput): Orientation {
  if (cities.length === 0) throw new Error('A partnership needs at least one city to derive its orientation');
  const count = (bloc: Bloc) => cities.filter((c) => c.bloc === bloc).length;
  const south = count('SOUTH');
  const north = count('NORTH');
  const east = count('EAST');
  const regions = new Set(cities.map((c) => c.region));

  if (modality === 'NETWORKING' && regions.size >= 3) return 'GLOBAL';
  if (south >= 2 && (north + east > 0 || others.some((o) => o.bloc !== 'SOUTH'))) return 'TRIANGULAR';
  if (south === cities.length) return 'SOUTH_SOUTH';
  if (south >= 1) return 'NORTH_SOUTH';
  if (east >= 1) return 'WEST_EAST';
  return 'NORTH_NORTH';
}

/** Linking modality when the source does not state it: two cities are one-on-one, more a group. */
export function deriveModality(cityCount: number): LinkingModality {
  return cityCount <= 2 ? 'ONE_ON_ONE' : 'GROUP';
}
