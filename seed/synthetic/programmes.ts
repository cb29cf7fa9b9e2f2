// Synthetic programmes: run by a donor (by size), a national association or a
// network, sometimes by two; each focused on one region (by the donors'
// appeal) or global; supporting partnerships and cities drawn in their region
// (partnerships by theme appeal), the popular programmes supporting most.
import { FUNDING_SOURCES, SUPPORT_MODALITIES, type Region } from '../../server/domain/enums.ts';
import { DistinctRecords } from './distinct-records.ts';
import type { SyntheticDonor } from './donors.ts';
import type { SyntheticAssociation, SyntheticNetwork } from './organisations.ts';
import type { Random } from './random.ts';
import type { Reach } from './reach.ts';
import { preferredRegion } from './region-pools.ts';
import { syntheticSlug, type ProgrammeRecord, type RunRecord, type SourceOf, type SupportRecord } from './records.ts';
import { REGION_APPEAL, SUPPORT } from './shape.ts';
import { WeightedPool } from './weighted-pool.ts';

export interface SyntheticProgramme {
  record: ProgrammeRecord;
  /** Its focus; null for a global programme. */
  region: Region | null;
  popularity: number;
  /** The donors that run it (they fund it too). */
  donors: SyntheticDonor[];
}

export interface Runners {
  donors: SyntheticDonor[];
  associations: SyntheticAssociation[];
  networks: SyntheticNetwork[];
}

export function generateProgrammes(cityCount: number, runners: Runners, random: Random, source: SourceOf): { programmes: SyntheticProgramme[]; runs: RunRecord[] } {
  const count = SUPPORT.programmesBase + Math.round(cityCount / SUPPORT.citiesPerProgramme);
  const kinds = new WeightedPool(Object.entries(SUPPORT.runners) as [keyof typeof SUPPORT.runners, number][]);
  const donorPool = new WeightedPool(runners.donors.map((d) => [d, d.size]));
  // Northern associations run programmes far more than the others (as VNG or FCM do).
  const associationPool = new WeightedPool(runners.associations.map((a) => [a, a.country.bloc === 'NORTH' ? 5 : 1]));
  const networkPool = new WeightedPool(runners.networks.map((n) => [n, n.popularity]));
  const runs: RunRecord[] = [];

  const programmes = Array.from({ length: count }, (_, i): SyntheticProgramme => {
    const n = i + 1;
    const startYear = random.int(1990, 2024);
    const record: ProgrammeRecord = {
      id: `programme:${syntheticSlug(n)}`,
      name: `Synthetic Programme ${n}`,
      modalities: random.sample(SUPPORT_MODALITIES, random.int(1, 3)),
      fundingSources: random.sample(FUNDING_SOURCES, random.int(1, 2)),
      startYear,
      ...(random.chance(0.4) && { endYear: Math.min(2030, startYear + random.int(2, 8)) }),
      sources: source('programme', n),
    };
    const donors: SyntheticDonor[] = [];
    const runnerCount = random.chance(SUPPORT.secondRunnerShare) ? 2 : 1;
    const runnerIds = new Set<string>();
    for (let r = 0; r < runnerCount; r++) {
      const kind = kinds.draw(random)!;
      const runner = kind === 'donor' ? donorPool.draw(random) : kind === 'association' ? associationPool.draw(random) : networkPool.draw(random);
      if (!runner || runnerIds.has(runner.record.id)) continue;
      runnerIds.add(runner.record.id);
      if (kind === 'donor') donors.push(runner as SyntheticDonor);
      runs.push({ programme: record.id, runner: runner.record.id, sources: source('run', runs.length + 1) });
    }
    const region = random.chance(SUPPORT.regionalProgrammeShare) ? preferredRegion(REGION_APPEAL, random) : null;
    return { record, region, donors, popularity: 1 / n };
  });
  return { programmes, runs };
}

export function generateSupports(cityCount: number, programmes: SyntheticProgramme[], reach: Reach, random: Random, source: SourceOf): SupportRecord[] {
  const programmePool = new WeightedPool(programmes.map((p) => [p, p.popularity]));
  const targets = new WeightedPool(Object.entries(SUPPORT.targets) as [keyof typeof SUPPORT.targets, number][]);
  const supports = new DistinctRecords<SupportRecord>((s) => `${s.programme}->${s.target}`);
  const total = Math.round(cityCount * SUPPORT.supportsPerCity);
  for (let tries = 0; supports.size < total && tries < total * 4; tries++) {
    const programme = programmePool.draw(random)!;
    const preference = programme.region ? { [programme.region]: 1 } : REGION_APPEAL;
    const target = targets.draw(random) === 'partnership' ? reach.partnerships.draw(preference, random) : reach.cities.draw(preference, random);
    if (target) supports.add({ programme: programme.record.id, target: target.record.id, sources: source('support', supports.next) });
  }
  return supports.records;
}
