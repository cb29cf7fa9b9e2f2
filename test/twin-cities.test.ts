// The twin-cities import (seed/twin-cities, seed/TWIN_CITIES.md) on a slice of
// the real file: the first 2,000 rows and a few windows further down chosen
// for what they show (a pair listed from both ends, Northern Cyprus, a row
// with no partner country, a city paired with itself). Lines outside the
// slice are blanked, not removed, so that every line number is the file's.
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analytics } from '../server/analytics/analytics.ts';
import type { GraphStore } from '../server/store/store.ts';
import { loadCurated } from '../server/ingest/load-curated.ts';
import { seedCurated } from '../server/ingest/seed-curated.ts';
import { buildTwinCities, type TwinCitiesResult } from '../seed/twin-cities/build.ts';
import { resolveCountry } from '../seed/twin-cities/countries.ts';
import { loadTwinCities } from '../seed/twin-cities/load.ts';
import { SHARED_DIR } from './support/shared.ts';
import { openEmptyStore } from './support/engine.ts';

const FILE = `${SHARED_DIR}data/twin-cities/twin_cities.csv`;
const HAVE_FILE = existsSync(FILE);
const SKIP_REASON = `${FILE} is absent: the twin-cities tests need the shared data set beside the repository`;

/** Line ranges (1-based, inclusive) of the file that the slice keeps. */
const WINDOWS: [number, number][] = [
  [1, 2001], // the header and the first 2,000 rows (Albania to Austria)
  [4827, 4827], // Ningbo – "Varna, Bulgaria" with an empty country cell
  [6915, 6915], // Portsmouth – Falkland Islands, no partner country
  [10440, 10520], // Georgia (country): Batumi and Kobuleti, listed from Armenia's side in the first rows too
  [12069, 12069], // Nienburg paired with Nienburg
  [18126, 18173], // Northern Cyprus
  [20632, 20632], // Armavir (Russia) – Feodosia, where line 259 has Armavir (Armenia) – Feodosiya
  [24276, 24276], // Aberystwyth (Wales) – Esquel, where line 246 has Esquel – Aberystwyth (Wales, United Kingdom)
];

function slice(content: string): string {
  const keep = (line: number) => WINDOWS.some(([from, to]) => line >= from && line <= to);
  return content.split('\n').map((text, i) => (keep(i + 1) ? text : '')).join('\n');
}

if (!HAVE_FILE) console.warn(`Skipping test/twin-cities.test.ts: ${SKIP_REASON}`);

describe('twin-cities country labels', () => {
  it('resolves the spellings the file uses to ISO 3166-1 alpha-2 codes', () => {
    const cases: [string, string][] = [
      ['Germany', 'DE'],
      ['England', 'GB'],
      ['Wales', 'GB'],
      ['England, United Kingdom', 'GB'],
      ['Northern Ireland, United Kingdom', 'GB'],
      ['Georgia (country)', 'GE'],
      ['Georgia', 'GE'],
      ['Czech Republic', 'CZ'],
      ['Republic of Ireland', 'IE'],
      ['United States', 'US'],
      ['New York, United States', 'US'],
      ['Brandenburg, Germany', 'DE'],
      ['Réunion, France', 'RE'],
      ['Åland Islands, Finland', 'AX'],
      ['Island', 'IS'],
      ['Madagaskar', 'MG'],
      ['Moldavia', 'MD'],
      ['in Italy', 'IT'],
      ['Grece', 'GR'],
      ['Kazakhstah', 'KZ'],
      ['Kosovo', 'XK'],
      ['Palestine', 'PS'],
      ['Ivory Coast', 'CI'],
      ['Cape Verde', 'CV'],
      ['East Timor', 'TL'],
    ];
    for (const [label, code] of cases) expect(resolveCountry(label), label).toEqual({ code });
  });

  it('reports what is not one present-day country instead of guessing', () => {
    for (const label of ['Northern Cyprus', 'Yugoslavia', 'USSR', 'Czechoslovakia', 'West Germany', '', 'Atlantis']) {
      expect(resolveCountry(label), label).toHaveProperty('reason');
    }
    expect(resolveCountry('')).toEqual({ reason: 'no country given' });
  });
});

describe.skipIf(!HAVE_FILE)('twin-cities import on a slice of the real file', () => {
  let result: TwinCitiesResult;
  let store: GraphStore;
  let curatedStats: Record<string, number>;
  let loaded: Record<string, number>;
  const partnershipsOf = (cityId: string) => result.data.partnerships.filter((p) => p.participants.some((x) => x.actor === cityId));
  const between = (a: string, b: string) => partnershipsOf(a).filter((p) => p.participants.some((x) => x.actor === b));

  beforeAll(async () => {
    result = buildTwinCities(slice(readFileSync(FILE, 'utf8')), loadCurated().cities);
    store = await openEmptyStore();
    await seedCurated(store);
    [curatedStats] = (await store.run<Record<string, number>>('stats')) as [Record<string, number>];
    loaded = (await loadTwinCities(store, result)).written;
  }, 60_000);
  afterAll(() => store?.close());

  it('reads every row of the slice with its line in the file', () => {
    const rows = WINDOWS.reduce((n, [from, to]) => n + to - from + 1, 0) - 1;
    expect(result.report.rows).toBe(rows);
    const lines = result.data.partnerships.flatMap((p) => p.sources.map((s) => Number(/^line (\d+)$/.exec(s.locator ?? '')![1])));
    expect(Math.min(...lines)).toBe(2);
    expect(lines).toContain(24276);
    for (const p of result.data.partnerships) for (const s of p.sources) expect(s.document).toBe('twin_cities.csv');
  });

  it('keys cities on ISO country and name, whatever the country label says', () => {
    const kobuleti = result.data.cities.find((c) => c.id === 'city:ge:kobuleti')!;
    // "Georgia" on Armenia's page (line 255), "Georgia (country)" on its own (line 10514).
    expect(kobuleti.country).toBe('GE');
    expect(kobuleti.sources.map((s) => s.locator)).toEqual(expect.arrayContaining(['line 255', 'line 10514']));
    // "Wales, United Kingdom" (line 246) and "Wales" (line 24276).
    expect(result.data.cities.find((c) => c.id === 'city:gb:aberystwyth')?.country).toBe('GB');
  });

  it('merges a pair listed from both ends into one partnership, with both lines as sources', () => {
    const esquel = between('city:ar:esquel', 'city:gb:aberystwyth');
    expect(esquel).toHaveLength(1);
    expect(esquel[0]).toMatchObject({ id: 'partnership:twin:ar-esquel--gb-aberystwyth', title: 'Esquel–Aberystwyth twinning', modality: 'ONE_ON_ONE', themes: [] });
    expect(esquel[0]!.sources).toEqual([
      { document: 'twin_cities.csv', locator: 'line 246' },
      { document: 'twin_cities.csv', locator: 'line 24276' },
    ]);
    expect(esquel[0]!.participants.map((x) => x.role)).toEqual(['PEER', 'PEER']);
    expect(esquel[0]).not.toHaveProperty('startYear');
    const alaverdi = between('city:am:alaverdi', 'city:ge:kobuleti');
    expect(alaverdi.map((p) => p.sources.map((s) => s.locator))).toEqual([['line 255', 'line 10514']]);
    expect(result.report.merged).toBeGreaterThanOrEqual(5);
  });

  it('merges spellings of one city (Feodosiya / Feodosia) and keeps same-named cities of different countries apart (Armavir)', () => {
    const feodosiya = result.data.cities.filter((c) => /^Feodosi/.test(c.name));
    expect(feodosiya).toHaveLength(1);
    expect(feodosiya[0]).toMatchObject({ id: 'city:ua:feodosiya', aliases: ['Feodosia'] });
    const armavir = result.data.cities.filter((c) => c.name === 'Armavir').map((c) => c.id).sort();
    expect(armavir).toEqual(['city:am:armavir', 'city:ru:armavir']);
    expect(between('city:am:armavir', 'city:ua:feodosiya')).toHaveLength(1);
    expect(between('city:ru:armavir', 'city:ua:feodosiya')).toHaveLength(1);
  });

  it('takes the country from the name when the country cell is empty and the name gives one ("Varna, Bulgaria")', () => {
    expect(result.data.cities.find((c) => c.id === 'city:bg:varna')).toMatchObject({ name: 'Varna', country: 'BG' });
    expect(between('city:cn:ningbo', 'city:bg:varna').map((p) => p.sources.map((s) => s.locator))).toEqual([['line 4827']]);
  });

  it('reports the rows it leaves out, with their lines and reasons', () => {
    const { unresolved } = result.report;
    const cyprus = Array.from({ length: 48 }, (_, i) => 18126 + i);
    expect(unresolved.map((u) => u.line)).toEqual([6915, 12069, ...cyprus]);
    expect(unresolved[0]!.reason).toMatch(/country2 of "Falkland Islands": no country given/);
    expect(unresolved[1]!.reason).toMatch(/both ends name one city \(city:de:nienburg\)/);
    for (const u of unresolved.slice(2)) expect(u.reason).toMatch(/Northern Cyprus has no ISO 3166-1 code/);
  });

  it('reports suspect coordinates and does not use them', async () => {
    // Line 135 puts Vex (Switzerland) in Argentina, at -31.4427,-60.9257.
    const vex = result.report.suspect.find((s) => s.city === 'city:ch:vex');
    expect(vex).toMatchObject({ line: 135, reason: expect.stringMatching(/far from every GeoNames place in CH/) });
    const suspects = new Set(result.report.suspect.map((s) => s.city));
    for (const [id, choice] of result.places) if (suspects.has(id)) expect(choice, id).not.toHaveProperty('point');
    const [stored] = await store.run<{ props: Record<string, unknown> }>('actors-by-ids', { ids: ['city:ch:vex'] });
    expect(stored!.props.latitude === null || (stored!.props.latitude as number) > 45).toBe(true);
  });

  it('takes, of several GeoNames places of one name, the one the file puts the city at (Glendale, California, not Arizona)', async () => {
    expect(result.places.get('city:us:glendale')).toMatchObject({ geo: { name: 'Glendale', latitude: expect.closeTo(34.14, 1) } });
    const [glendale] = await store.run<{ props: Record<string, unknown> }>('actors-by-ids', { ids: ['city:us:glendale'] });
    expect(glendale!.props.latitude).toBeCloseTo(34.14, 1);
    expect(glendale!.props.longitude).toBeCloseTo(-118.26, 1);
    const geoSources = (glendale!.props.sourceDocuments as string[]).filter((d) => d.startsWith('GeoNames'));
    expect(geoSources).toHaveLength(1);
  });

  it('reuses the ids of curated cities, so the real data joins the curated graph, adding to their provenance', async () => {
    expect(result.report.curatedCities).toBeGreaterThan(10);
    const [lima] = await store.run<{ props: Record<string, unknown> }>('actors-by-ids', { ids: ['city:pe:lima'] });
    const documents = lima!.props.sourceDocuments as string[];
    expect(documents).toContain('twin_cities.csv');
    expect(documents.some((d) => d.endsWith('.txt'))).toBe(true);
  });

  it('loads on top of the curated data with the counts the report gives', async () => {
    const [stats] = (await store.run<Record<string, number>>('stats')) as [Record<string, number>];
    expect(loaded.cities).toBe(result.report.cities);
    expect(loaded.partnerships).toBe(result.report.partnerships);
    expect(stats.cities).toBe(curatedStats.cities! + result.report.cities - result.report.curatedCities);
    expect(stats.partnerships).toBe(curatedStats.partnerships! + result.report.partnerships);
    expect(stats.associations).toBe(curatedStats.associations);
  });

  it('derives the orientation of each pair from its countries', async () => {
    const ids = ['partnership:twin:ar-esquel--gb-aberystwyth', 'partnership:twin:am-alaverdi--ge-kobuleti'];
    const rows = await store.run<{ id: string; props: Record<string, unknown> }>('partnerships-by-ids', { ids });
    const orientation = new Map(rows.map((r) => [r.id, r.props.orientation]));
    expect(orientation.get(ids[0]!)).toBe('NORTH_SOUTH');
    expect(orientation.get(ids[1]!)).toBe('WEST_EAST');
  });

  it('keeps the analyses working on it: clusters, triangles and support gaps', async () => {
    const analytics = new Analytics(store);
    const { clusters } = await analytics.clusters(null, 'LOUVAIN');
    expect(clusters.length).toBeGreaterThan(50);
    for (const c of clusters) expect(c.size).toBeGreaterThan(1);
    const clusterOf = (id: string) => clusters.find((c) => c.memberIds.includes(id))?.id;
    expect(clusterOf('city:ar:esquel')).toBe(clusterOf('city:gb:aberystwyth'));

    const triangles = await analytics.triangles('ANY', null);
    expect(triangles.length).toBeGreaterThan(0);

    const gaps = await analytics.supportGaps('REGION', null, 2);
    expect(gaps.length).toBeGreaterThanOrEqual(5);
    for (const gap of gaps) {
      expect(gap.gapScore).toBeGreaterThanOrEqual(0);
      expect(gap.gapScore).toBeLessThanOrEqual(1);
    }
    const shares = gaps.map((g) => g.gapScore);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });
});
