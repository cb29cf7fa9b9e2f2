// Synthetic fundings, about one per five cities: every donor that runs a
// programme funds it; the others come from funders drawn by size (a few
// donors give most; the cities that fund others give little), each to a
// partnership, city, programme, network or association in a region the
// funder favours, so that some regions and themes get little or nothing.
import { fundingId } from '../../server/ingest/merge.ts';
import type { SyntheticCity } from './cities.ts';
import { DistinctRecords } from './distinct-records.ts';
import type { SyntheticDonor } from './donors.ts';
import type { SyntheticAssociation, SyntheticNetwork } from './organisations.ts';
import type { SyntheticProgramme } from './programmes.ts';
import type { Random } from './random.ts';
import type { Reach } from './reach.ts';
import { preferredRegion, RegionPools, type RegionPreference } from './region-pools.ts';
import type { FundingRecord, SourceOf } from './records.ts';
import { REGION_APPEAL, SUPPORT } from './shape.ts';
import { WeightedPool } from './weighted-pool.ts';

export interface Recipients {
  reach: Reach;
  programmes: SyntheticProgramme[];
  networks: SyntheticNetwork[];
  associations: SyntheticAssociation[];
}

interface Funder {
  id: string;
  size: number;
  regions: RegionPreference;
}

function termsOf(random: Random): Omit<FundingRecord, 'donor' | 'recipient' | 'sources'> {
  const startYear = 1995 + Math.floor(31 * Math.sqrt(random.uniform()));
  return {
    ...(!random.chance(SUPPORT.unknownAmountShare) && {
      amount: Math.max(1_000, Math.round(random.logNormal(Math.log(SUPPORT.amountMedian), SUPPORT.amountSigma) / 1_000) * 1_000),
      currency: random.chance(0.55) ? 'EUR' : 'USD',
    }),
    startYear,
    ...(random.chance(0.7) && { endYear: Math.min(2030, startYear + random.int(1, 5)) }),
  };
}

export function generateFundings(
  cityCount: number,
  donors: SyntheticDonor[],
  fundingCities: SyntheticCity[],
  recipients: Recipients,
  random: Random,
  source: SourceOf,
): FundingRecord[] {
  // Two fundings alike in everything would be stored as one (merge.ts gives them one id).
  const fundings = new DistinctRecords<FundingRecord>(fundingId);
  const add = (donor: string, recipient: string) => fundings.add({ donor, recipient, ...termsOf(random), sources: source('funding', fundings.next) });
  for (const programme of recipients.programmes) for (const donor of programme.donors) add(donor.record.id, programme.record.id);

  // A city that funds others gives as much as the smallest donor, in the regions donors favour.
  const smallest = Math.min(...donors.map((d) => d.size));
  const funders = new WeightedPool<Funder>([
    ...donors.map((d): [Funder, number] => [{ id: d.record.id, size: d.size, regions: d.regions }, d.size]),
    ...fundingCities.map((c): [Funder, number] => [{ id: c.record.id, size: smallest, regions: REGION_APPEAL }, smallest]),
  ]);
  const kinds = new WeightedPool(Object.entries(SUPPORT.recipients) as [keyof typeof SUPPORT.recipients, number][]);
  const { reach } = recipients;
  const programmes = new RegionPools(recipients.programmes, (p) => p.region, (p) => p.popularity);
  const networks = new RegionPools(recipients.networks, (n) => n.region, (n) => n.popularity);
  const associations = new RegionPools(recipients.associations, (a) => a.country.region, (a) => (a.country.bloc === 'SOUTH' ? 3 : 1));
  // An organisation in a region the funder favours, or one of no region (a global network or programme) as often.
  const organisation = <T>(pools: RegionPools<T>, funder: Funder) => pools.drawIn(random.chance(0.3) ? null : preferredRegion(funder.regions, random), random);

  const total = Math.max(fundings.size, Math.round(cityCount * SUPPORT.fundingsPerCity));
  for (let tries = 0; fundings.size < total && tries < total * 4; tries++) {
    const funder = funders.draw(random)!;
    const kind = kinds.draw(random)!;
    const recipient =
      kind === 'partnership' ? reach.partnerships.draw(funder.regions, random)
      : kind === 'city' ? reach.cities.draw(funder.regions, random)
      : kind === 'programme' ? organisation(programmes, funder)
      : kind === 'network' ? organisation(networks, funder)
      : organisation(associations, funder);
    if (recipient && recipient.record.id !== funder.id) add(funder.id, recipient.record.id);
  }
  return fundings.records;
}
