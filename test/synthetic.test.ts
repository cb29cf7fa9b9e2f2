// The synthetic data set generator (seed/synthetic): the same seed gives the
// same data set; its shape is the one seed/SYNTHETIC.md describes (isolated
// cities, hubs, regional clustering, North–South, South–South and triangular
// links, skewed themes and funding gaps); every record is valid in the seed's
// format, with honest provenance and references that resolve; and a set loads
// into the store with the counts it holds.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkData } from '../server/ingest/check-data.ts';
import { isCountryCode, regionOf } from '../server/domain/country-profile.ts';
import { toGraphRows } from '../server/ingest/graph-rows.ts';
import { importDataSet } from '../server/ingest/import/import-data-set.ts';
import { fundingId, type MergedData } from '../server/ingest/merge.ts';
import { COLLECTIONS, importedRecords } from '../server/ingest/schema.ts';
import { generateDataSet, type SyntheticDataSet } from '../seed/synthetic/generate.ts';
import { dataSetLines } from '../seed/synthetic/json-lines.ts';
import { loadDataSet, syntheticRowBatches } from '../seed/synthetic/load.ts';
import type { Region, Theme } from '../server/domain/enums.ts';
import { openEmptyStore } from './support/engine.ts';

const CITIES = 3_000;
let set: SyntheticDataSet;
let merged: MergedData;
beforeAll(() => {
  set = generateDataSet({ cities: CITIES, seed: 42 });
  const { document: _document, ...records } = set.file;
  merged = { ...records, fundings: records.fundings.map((f) => ({ ...f, id: fundingId(f) })) };
});

const regionOfCity = (id: string) => regionOf(id.split(':')[1]!.toUpperCase());
const cityIds = (participants: { actor: string }[]) => participants.map((x) => x.actor).filter((id) => id.startsWith('city:'));
const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;
function tally<T>(items: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

describe('synthetic data set: determinism', () => {
  it('gives the same data set for the same seed, and another for another seed', () => {
    const again = generateDataSet({ cities: 500, seed: 7 });
    expect(generateDataSet({ cities: 500, seed: 7 })).toEqual(again);
    expect(JSON.stringify(generateDataSet({ cities: 500, seed: 8 }).file)).not.toEqual(JSON.stringify(again.file));
  });

  it('refuses a number of cities out of range', () => {
    expect(() => generateDataSet({ cities: 99, seed: 1 })).toThrow(/100 to 100000/);
    expect(() => generateDataSet({ cities: 100_001, seed: 1 })).toThrow(/100 to 100000/);
  });
});

describe('synthetic data set: shape', () => {
  const degrees = () => {
    const degree = new Map(set.file.cities.map((c) => [c.id, 0]));
    for (const p of set.file.partnerships) for (const id of cityIds(p.participants)) degree.set(id, degree.get(id)! + 1);
    return [...degree.values()].sort((a, b) => a - b);
  };

  it('scales with the number of cities', () => {
    const { file } = set;
    expect(file.cities).toHaveLength(CITIES);
    expect(file.partnerships.length).toBeGreaterThan(3 * CITIES);
    expect(file.partnerships.length).toBeLessThanOrEqual(3.2 * CITIES);
    expect(file.memberships.length).toBeGreaterThan(1.4 * CITIES);
    expect(file.fundings.length).toBeGreaterThanOrEqual(0.35 * CITIES);
    for (const collection of ['associations', 'networks', 'donors', 'programmes', 'supports', 'runs'] as const) expect(file[collection].length).toBeGreaterThan(0);
  });

  it('has isolated cities, and hubs among cities of which many have one or two partnerships', () => {
    const sorted = degrees();
    const isolated = sorted.filter((d) => d === 0).length / sorted.length;
    expect(isolated).toBeGreaterThanOrEqual(0.15);
    expect(isolated).toBeLessThanOrEqual(0.25);
    const linked = sorted.filter((d) => d > 0);
    expect(linked.filter((d) => d <= 2).length / linked.length).toBeGreaterThan(0.4);
    expect(median(linked)).toBeLessThanOrEqual(3);
    expect(sorted.at(-1)!).toBeGreaterThan(20 * median(linked));
  });

  it('places cities in real countries, regions of different sizes, with made-up names and heavy-tailed populations', () => {
    for (const city of set.file.cities) {
      expect(isCountryCode(city.country)).toBe(true);
      expect(city.id).toMatch(new RegExp(`^city:${city.country.toLowerCase()}:synthetic-\\d+$`));
      expect(city.name).toMatch(/^Synthetic City \d+$/);
    }
    const regions = [...tally(set.file.cities.map((c) => regionOf(c.country))).values()];
    expect(regions).toHaveLength(6);
    expect(Math.max(...regions)).toBeGreaterThan(3 * Math.min(...regions));
    const populations = [...set.places.values()].map((p) => p.population).sort((a, b) => a - b);
    expect(populations.at(-1)!).toBeGreaterThan(100 * median(populations));
  });

  it('links cities mostly within their region, and also North–South, South–South and triangularly', () => {
    const within = set.file.partnerships.filter((p) => new Set(cityIds(p.participants).map(regionOfCity)).size === 1).length;
    expect(within / set.file.partnerships.length).toBeGreaterThan(0.55);
    const orientations = tally(toGraphRows(merged).rows.partnerships.map((row) => row.props.orientation));
    for (const orientation of ['NORTH_SOUTH', 'SOUTH_SOUTH', 'TRIANGULAR', 'NORTH_NORTH']) expect(orientations.get(orientation)).toBeGreaterThan(20);
  });

  it('has mostly pairs and some groups of 3 to 8, skewed themes, and years from 1950 to 2025', () => {
    const sizes = tally(set.file.partnerships.map((p) => p.participants.length));
    expect(sizes.get(2)! / set.file.partnerships.length).toBeGreaterThan(0.75);
    expect(Math.max(...sizes.keys())).toBeLessThanOrEqual(8);
    expect([3, 4, 5].every((n) => sizes.get(n)! > 0)).toBe(true);
    const themes = [...tally(set.file.partnerships.flatMap((p) => p.themes)).values()];
    expect(Math.max(...themes)).toBeGreaterThan(5 * Math.min(...themes));
    const starts = set.file.partnerships.flatMap((p) => (p.startYear ? [p.startYear] : []));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(1950);
    expect(Math.max(...starts)).toBeLessThanOrEqual(2025);
    expect(set.file.partnerships.some((p) => p.endYear)).toBe(true);
    expect(set.file.partnerships.some((p) => p.startYear && !p.endYear)).toBe(true);
  });

  it('has bilateral donors of Northern countries and multilateral ones without a country', () => {
    const donors = set.file.donors;
    expect(donors.filter((d) => d.donorType === 'BILATERAL').every((d) => d.country && regionOf(d.country))).toBe(true);
    expect(donors.filter((d) => d.donorType === 'MULTILATERAL').every((d) => !d.country)).toBe(true);
    expect(new Set(donors.map((d) => d.donorType))).toEqual(new Set(['BILATERAL', 'MULTILATERAL', 'FOUNDATION']));
  });

  it('leaves gaps: regions donors care little for get far fewer fundings per partnership', () => {
    // Partnerships within one region, by their region.
    const regionOfPartnership = new Map(
      set.file.partnerships.flatMap((p) => {
        const regions = new Set(cityIds(p.participants).map(regionOfCity));
        return regions.size === 1 ? [[p.id, [...regions][0]!] as const] : [];
      }),
    );
    const funded = tally(set.file.fundings.flatMap((f) => regionOfPartnership.get(f.recipient) ?? []));
    const partnerships = tally([...regionOfPartnership.values()]);
    const rate = (region: Region) => (funded.get(region) ?? 0) / partnerships.get(region)!;
    expect(rate('AFRICA')).toBeGreaterThan(3 * rate('ARAB_STATES'));
    expect(rate('AFRICA')).toBeGreaterThan(10 * rate('NORTH_AMERICA'));
  });

  it('leaves gaps: themes donors care little for get far fewer fundings per partnership', () => {
    const themesOf = new Map(set.file.partnerships.map((p) => [p.id, p.themes]));
    const rate = (themes: Theme[]) => {
      const among = (list: Theme[] = []) => list.some((t) => themes.includes(t));
      const funded = set.file.fundings.filter((f) => among(themesOf.get(f.recipient))).length;
      return funded / set.file.partnerships.filter((p) => among(p.themes)).length;
    };
    expect(rate(['WATER_SANITATION', 'CLIMATE'])).toBeGreaterThan(3 * rate(['HOUSING', 'DIGITAL', 'SECURITY_DISASTER']));
  });
});

describe('synthetic data set: validity', () => {
  it('holds only records valid in the seed format, each with its synthetic source and no quote', () => {
    const problems = COLLECTIONS.flatMap((collection) =>
      set.file[collection].flatMap((record, i) => {
        const parsed = importedRecords[collection].safeParse(record);
        return parsed.success ? [] : [`${collection}[${i}]: ${parsed.error.message}`];
      }),
    );
    expect(problems).toEqual([]);
    for (const collection of COLLECTIONS) {
      for (const record of set.file[collection]) {
        expect(record.sources).toEqual([{ document: 'synthetic:42', locator: expect.stringMatching(/^[a-z]+ \d+$/) }]);
      }
    }
  });

  it('gives unique ids and links, and every reference resolves to a node of the right kind', () => {
    const ids = (['cities', 'associations', 'networks', 'donors', 'programmes', 'partnerships'] as const).flatMap((c) => set.file[c].map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(merged.fundings.map((f) => f.id)).size).toBe(merged.fundings.length);
    expect(new Set(set.file.memberships.map((m) => `${m.member}->${m.organisation}`)).size).toBe(set.file.memberships.length);
    expect(new Set(set.file.supports.map((s) => `${s.programme}->${s.target}`)).size).toBe(set.file.supports.length);
    expect(checkData(merged)).toEqual([]);
  });
});

describe('synthetic data set: loading', () => {
  it('writes, a batch at a time, the rows the seed derives from the whole set, with the made-up populations and places', () => {
    const { rows } = toGraphRows(merged);
    for (const row of rows.cities) Object.assign(row.props, set.places.get(row.id!));
    const batches = syntheticRowBatches(set);
    for (const [kind, expected] of Object.entries(rows)) {
      const streamed = [...batches[kind as keyof typeof rows].batches].flat();
      expect(batches[kind as keyof typeof rows].count, kind).toBe(expected.length);
      expect(streamed, kind).toEqual(expected);
    }
  });

  it('loads 1,000 cities into an in-memory store with the counts the set holds, populations included', async () => {
    const small = generateDataSet({ cities: 1_000, seed: 3 });
    const store = await openEmptyStore();
    try {
      const written = await loadDataSet(store, small);
      const { file } = small;
      const [stats] = await store.run<Record<string, number>>('stats');
      const fundingCities = file.cities.filter((c) => c.donorType).length;
      const participations = file.partnerships.reduce((n, p) => n + p.participants.length, 0);
      expect(stats).toEqual({
        cities: file.cities.length,
        associations: file.associations.length,
        networks: file.networks.length,
        donors: file.donors.length + fundingCities,
        programmes: file.programmes.length,
        organisations: 0,
        partnerships: file.partnerships.length,
        relationships: participations + file.memberships.length + file.fundings.length + file.supports.length + file.runs.length,
      });
      expect(written.participations).toBe(participations);
      const city = file.cities[0]!;
      const [stored] = await store.run<{ props: Record<string, unknown> }>('actors-by-ids', { ids: [city.id] });
      expect(stored?.props).toMatchObject({ name: city.name, country: city.country, ...small.places.get(city.id) });
    } finally {
      await store.close();
    }
  });

  it('writes a JSON file that the import reads', async () => {
    const small = generateDataSet({ cities: 100, seed: 5 });
    const store = await openEmptyStore();
    try {
      const content = [...dataSetLines(small.file)].join('\n');
      const report = await importDataSet(store, { fileName: 'synthetic.json', content, format: 'JSON', dryRun: false });
      expect(report.counts).toMatchObject({ cities: 100, partnerships: small.file.partnerships.length, fundings: small.file.fundings.length });
    } finally {
      await store.close();
    }
  });
});
