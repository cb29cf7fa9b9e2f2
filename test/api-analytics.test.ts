// The analyses over HTTP on the curated data: the documented cases appear,
// rankings are sorted, scores lie in range, filters are honoured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CitiesQuery,
  ClustersQuery,
  CoverageQuery,
  IsolatedCitiesQuery,
  MatchesQuery,
  PartnershipsQuery,
  SupportGapsQuery,
  TrianglesQuery,
} from './generated/operations.ts';
import { read, readErrors } from './support/operations.ts';
import { startTestServer, type TestServer } from './support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const triple = (t: { actors: { id: string }[] }) => t.actors.map((a) => a.id).sort().join(' ');

describe('triangles', () => {
  it('lists the documented cases of triangular cooperation', async () => {
    const { triangles } = await read<TrianglesQuery>(server, 'Triangles', { kind: 'SOUTH_SOUTH_PLUS_ONE', first: 1000 });
    const found = new Set(triangles.map(triple));
    // 002: Barcelona–Medellín–Havana.
    expect(found).toContain('city:co:medellin city:cu:havana city:es:barcelona');
    // 002: Brazil–Mozambique, with the funders the document names (the Mozambican cities are named only through ANAMM).
    for (const funder of ['donor:european-commission', 'donor:norway']) expect(found).toContain(`association:anamm city:br:porto-alegre ${funder}`);
    // 002: ILO–UCLG with Maputo, Durban and Chefchaouen.
    expect(found).toContain('city:mz:maputo city:za:durban donor:ilo');
    // 000 Box 3.2.4 (NEWS) names no municipality, so no NEWS triad can appear.
    expect(triangles.every((t) => t.kind === 'SOUTH_SOUTH_PLUS_ONE' && new Set(t.actors.map((a) => a.id)).size === 3)).toBe(true);
    expect(triangles.find((t) => triple(t).includes('havana'))!.partnerships.map((p) => p.id)).toEqual(['partnership:002:barcelona-medellin-havana']);
  });

  it('lists any three pairwise-linked actors once, without rotations', async () => {
    const { triangles } = await read<TrianglesQuery>(server, 'Triangles', { first: 1000 });
    expect(triangles.length).toBeGreaterThan(10);
    const keys = triangles.map(triple);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('city:co:medellin city:cu:havana city:es:barcelona');
    const few = await read<TrianglesQuery>(server, 'Triangles', { first: 3 });
    expect(few.triangles.map(triple)).toEqual(keys.slice(0, 3));
  });
});

describe('clusters', () => {
  it('reports Louvain communities with modularity, sizes and top themes, the same on every run', async () => {
    const { clusters } = await read<ClustersQuery>(server, 'Clusters');
    expect(clusters.algorithm).toBe('louvain');
    expect(clusters.modularity).toBeGreaterThan(0.3);
    expect(clusters.modularity).toBeLessThanOrEqual(1);
    const sizes = clusters.clusters.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const c of clusters.clusters) {
      expect(c.members).toHaveLength(c.size);
      expect(c.id).toBe(`cluster:${c.members.map((m) => m.id).sort()[0]}`);
    }
    const of = (id: string) => clusters.clusters.find((c) => c.members.some((m) => m.id === id))?.id;
    expect(of('city:co:medellin')).toBe(of('city:es:barcelona'));
    expect(clusters.clusters.find((c) => c.id === of('city:co:medellin'))!.topThemes.length).toBeGreaterThan(0);

    const other = await startTestServer();
    try {
      const again = await read<ClustersQuery>(other, 'Clusters');
      expect(again.clusters.clusters.map((c) => [c.id, c.size])).toEqual(clusters.clusters.map((c) => [c.id, c.size]));
    } finally {
      await other.close();
    }
  });

  it('finds connected components as a second algorithm, and honours the filter', async () => {
    const { clusters } = await read<ClustersQuery>(server, 'Clusters', { algorithm: 'CONNECTED_COMPONENTS' });
    expect(clusters.algorithm).toBe('connected-components');
    const cities = await read<ClustersQuery>(server, 'Clusters', { filter: { kinds: ['CITY'], regions: ['ASIA_PACIFIC'] } });
    expect(cities.clusters.clusters.flatMap((c) => c.members).every((m) => m.kind === 'CITY')).toBe(true);
  });
});

describe('isolated cities and support gaps', () => {
  it('ranks the cities support does not reach: LDC first, then isolated, then larger populations', async () => {
    const { isolatedCities } = await read<IsolatedCitiesQuery>(server, 'IsolatedCities', { first: 1000 });
    expect(isolatedCities.length).toBeGreaterThan(5);
    expect(isolatedCities.every((c) => c.supportLevel !== 'SUPPORTED')).toBe(true);
    type C = (typeof isolatedCities)[0];
    const before = (a: C, b: C) =>
      Number(b.ldc) - Number(a.ldc) ||
      Number(b.supportLevel === 'ISOLATED') - Number(a.supportLevel === 'ISOLATED') ||
      (b.population ?? -1) - (a.population ?? -1);
    isolatedCities.slice(1).forEach((city, i) => expect(before(isolatedCities[i]!, city), city.id).toBeLessThanOrEqual(0));
    expect(isolatedCities[0]!.ldc).toBe(true);
    // A longer reach can only add supporters.
    const wider = await read<IsolatedCitiesQuery>(server, 'IsolatedCities', { first: 1000, reach: 4 });
    expect(wider.isolatedCities.length).toBeLessThanOrEqual(isolatedCities.length);
    const inAfrica = await read<IsolatedCitiesQuery>(server, 'IsolatedCities', { first: 1000, filter: { regions: ['AFRICA'] } });
    expect(inAfrica.isolatedCities.every((c) => c.region === 'AFRICA')).toBe(true);
  });

  it('rolls cities up by region and by country, worst first, with scores in [0, 1]', async () => {
    const { cities } = await read<CitiesQuery>(server, 'Cities', { first: 1000 });
    for (const groupBy of ['REGION', 'COUNTRY']) {
      const { supportGaps } = await read<SupportGapsQuery>(server, 'SupportGaps', { groupBy });
      expect(supportGaps.reduce((n, g) => n + g.cities, 0)).toBe(cities.totalCount);
      for (const g of supportGaps) {
        expect(g.isolated + g.unsupported + g.supported).toBe(g.cities);
        expect(g.gapScore).toBeGreaterThanOrEqual(0);
        expect(g.gapScore).toBeLessThanOrEqual(1);
      }
      const scores = supportGaps.map((g) => g.gapScore);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const byRegion = (await read<SupportGapsQuery>(server, 'SupportGaps')).supportGaps;
    const africa = cities.edges.filter((e) => e.node.region === 'AFRICA');
    expect(byRegion.find((g) => g.key === 'AFRICA')).toMatchObject({
      cities: africa.length,
      supported: africa.filter((e) => e.node.supportLevel === 'SUPPORTED').length,
      isolated: africa.filter((e) => e.node.supportLevel === 'ISOLATED').length,
    });
  });
});

describe('match-making', () => {
  it('suggests cities with experience of the theme, best first, with reasons, never itself or a current partner', async () => {
    const { matches } = await read<MatchesQuery>(server, 'Matches', { cityId: 'city:vn:hanoi', theme: 'WASTE' });
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.map((m) => m.city.id)).toContain('city:jp:yokohama');
    const scores = matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const m of matches) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(m.reasons.length).toBeGreaterThan(0);
      expect(m.city.id).not.toBe('city:vn:hanoi');
    }
    // Bangkok's partner on flood control is Yokohama: it is not suggested to Bangkok again for that theme.
    const bangkok = await read<MatchesQuery>(server, 'Matches', { cityId: 'city:th:bangkok', theme: 'SECURITY_DISASTER', first: 100 });
    expect(bangkok.matches.map((m) => m.city.id)).not.toContain('city:jp:yokohama');
  });

  it('refuses an unknown city or one that is not a city', async () => {
    expect((await readErrors(server, 'Matches', { cityId: 'city:zz:nowhere', theme: 'WASTE' })).errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'cityId' });
    expect((await readErrors(server, 'Matches', { cityId: 'network:citynet', theme: 'WASTE' })).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cityId' });
  });
});

describe('coverage', () => {
  it('gives every region × theme cell, counting what the partnerships list shows', async () => {
    const { coverage } = await read<CoverageQuery>(server, 'Coverage');
    expect(coverage).toHaveLength(6 * 16);
    const cell = coverage.find((c) => c.region === 'ASIA_PACIFIC' && c.theme === 'WATER_SANITATION')!;
    const { partnerships } = await read<PartnershipsQuery>(server, 'Partnerships', { where: { region: 'ASIA_PACIFIC', theme: 'WATER_SANITATION' }, first: 1000 });
    expect(cell.partnerships).toBe(partnerships.totalCount);
    expect(coverage.some((c) => c.partnerships === 0)).toBe(true); // gaps are shown
    const filtered = await read<CoverageQuery>(server, 'Coverage', { filter: { regions: ['AFRICA'], themes: ['WASTE', 'HEALTH'] } });
    expect(filtered.coverage.map((c) => `${c.region} ${c.theme}`).sort()).toEqual(['AFRICA HEALTH', 'AFRICA WASTE']);
  });

  it('honours the year: nothing counts in a year before any known start', async () => {
    const { coverage } = await read<CoverageQuery>(server, 'Coverage', { filter: { activeInYear: 1900 } });
    expect(coverage.every((c) => c.partnerships === 0)).toBe(true);
  });
});
