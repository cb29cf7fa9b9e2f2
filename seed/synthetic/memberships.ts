// Synthetic memberships, about one per city in all: some cities join their
// national association (isolated cities seldom do), national associations
// join a network of their region or a global one, and the rest are cities
// joining networks, drawn by activity, so that the hubs belong to many and
// most cities to none; each network draws members by its popularity.
import type { Region } from '../../server/domain/enums.ts';
import type { SyntheticCity } from './cities.ts';
import type { SyntheticAssociation, SyntheticNetwork } from './organisations.ts';
import { DistinctRecords } from './distinct-records.ts';
import type { Random } from './random.ts';
import type { MembershipRecord, SourceOf } from './records.ts';
import { ORGANISATION } from './shape.ts';
import { WeightedPool } from './weighted-pool.ts';

function networkPools(networks: SyntheticNetwork[]) {
  const byRegion = new Map<Region | null, WeightedPool<SyntheticNetwork>>();
  for (const network of networks) {
    let pool = byRegion.get(network.region);
    if (!pool) byRegion.set(network.region, (pool = new WeightedPool()));
    pool.add(network, network.popularity);
  }
  /** A network of `region` (`regionalShare` of the time, when it has one), else a global one. */
  return (region: Region, regionalShare: number, random: Random): SyntheticNetwork | null => {
    const regional = byRegion.get(region);
    const global = byRegion.get(null);
    const pool = regional && (!global || random.chance(regionalShare)) ? regional : global;
    return pool?.draw(random) ?? null;
  };
}

export function generateMemberships(
  cities: SyntheticCity[],
  associations: SyntheticAssociation[],
  networks: SyntheticNetwork[],
  random: Random,
  source: SourceOf,
): MembershipRecord[] {
  const memberships = new DistinctRecords<MembershipRecord>((m) => `${m.member}->${m.organisation}`);
  const add = (member: string, organisation: string) => memberships.add({ member, organisation, sources: source('membership', memberships.next) });

  const associationOf = new Map(associations.map((a) => [a.country, a]));
  for (const city of cities) {
    const association = associationOf.get(city.country);
    if (association && random.chance(city.activity > 0 ? ORGANISATION.associationJoinShare : ORGANISATION.isolatedJoinShare)) {
      add(city.record.id, association.record.id);
    }
  }
  const networkIn = networkPools(networks);
  for (const association of associations) {
    for (const share of [0.4, 0.5]) {
      const network = random.chance(share) ? networkIn(association.country.region, 0.5, random) : null;
      if (network) add(association.record.id, network.record.id);
    }
  }

  const joining = new WeightedPool(cities.map((c) => [c, c.activity]));
  const target = Math.round(cities.length * ORGANISATION.membershipsPerCity);
  for (let tries = 0; memberships.size < target && tries < target * 4; tries++) {
    const city = joining.draw(random);
    const network = city && networkIn(city.country.region, ORGANISATION.regionalJoinShare, random);
    if (city && network) add(city.record.id, network.record.id);
  }
  return memberships.records;
}
