// The C2C Forum's questions over HTTP on the curated data (forum.graphql,
// part 2): overlaps among supporters checked against the reach each city
// reports, complements in disjoint regions, a donor's funding opportunities,
// facet counts against the partnerships and the coverage matrix, and the
// cooperation fair with declarations that an editor of the city or of its
// association may write, and no one else; refused input writes nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CityOffersQuery,
  ComplementsQuery,
  FacetMatrixQuery,
  FairQuery,
  ForumCoverageQuery,
  ForumMatchesQuery,
  ForumPartnershipCountQuery,
  FundingOpportunitiesQuery,
  OverlapsQuery,
} from './generated/operations.ts';
import { adminToken, startTestServer, testToken, type TestServer } from './support/server.ts';

const DOCUMENT = readFileSync(new URL('./operations/forum.graphql', import.meta.url), 'utf8');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function ask<T>(operation: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const { data, errors } = await server.gql<T>(DOCUMENT, variables, operation, { token });
  if (errors?.length) throw new Error(`${operation}: ${JSON.stringify(errors)}`);
  return data!;
}

async function refusal(operation: string, variables: Record<string, unknown>, token?: string) {
  const { data, errors } = await server.gql(DOCUMENT, variables, operation, { token });
  expect(data?.[Object.keys(data ?? {})[0] ?? ''] ?? null).toBeNull();
  expect(errors).toHaveLength(1);
  return { code: errors![0].extensions.code as string, field: errors![0].extensions.field as string | undefined, message: errors![0].message as string };
}

/** Every city with the supporters its supportLevel counts, through the core API. */
async function supportersByCity(): Promise<Map<string, Set<string>>> {
  const query = '{ cities(first: 1000) { totalCount edges { node { id supporters { id } } } } }';
  const { data } = await server.gql<{ cities: { totalCount: number; edges: { node: { id: string; supporters: { id: string }[] } }[] } }>(query);
  expect(data!.cities.edges).toHaveLength(data!.cities.totalCount);
  return new Map(data!.cities.edges.map(({ node }) => [node.id, new Set(node.supporters.map((s) => s.id))]));
}

describe('overlaps', () => {
  it('finds Norway and the Cities Alliance reaching the same cities (002: both fund the Brazil–Mozambique peer learning and City Futures)', async () => {
    const { overlaps } = await ask<OverlapsQuery>('Overlaps', { minOverlap: 0, first: 1000 });
    const pair = overlaps.find((o) => o.first.id === 'donor:cities-alliance' && o.second.id === 'donor:norway');
    expect(pair).toBeDefined();
    // 002, line 787: both fund the partnership Porto Alegre takes part in; line 807: both fund City Futures, which supports Durban's MILE.
    expect(pair!.sharedCities.map((c) => c.id).sort()).toEqual(['city:br:porto-alegre', 'city:za:durban']);
    expect(pair!.overlap).toBe(1);
    expect(pair!.sharedThemes).toEqual(expect.arrayContaining(['GOVERNANCE', 'MUNICIPAL_FINANCE']));
  });

  it('counts exactly the cities whose supporters include both, with their Jaccard index, largest first, ties by id', async () => {
    const [{ overlaps }, byCity] = await Promise.all([ask<OverlapsQuery>('Overlaps', { minOverlap: 0, first: 1000 }), supportersByCity()]);
    expect(overlaps.length).toBeGreaterThan(5);
    for (const o of overlaps) {
      const reachOf = (id: string) => new Set([...byCity].filter(([, s]) => s.has(id)).map(([city]) => city));
      const [a, b] = [reachOf(o.first.id), reachOf(o.second.id)];
      const shared = [...a].filter((c) => b.has(c));
      expect(o.sharedCities.map((c) => c.id).sort()).toEqual(shared.sort());
      expect(o.overlap).toBeCloseTo(shared.length / new Set([...a, ...b]).size, 4);
      expect(o.first.id < o.second.id).toBe(true);
    }
    const order = overlaps.map((o) => o.overlap);
    expect(order).toEqual([...order].sort((x, y) => y - x));
    const half = await ask<OverlapsQuery>('Overlaps', { minOverlap: 0.5, first: 1000 });
    expect(half.overlaps).toEqual(overlaps.filter((o) => o.overlap >= 0.5));
    expect((await ask<OverlapsQuery>('Overlaps', { minOverlap: 0, first: 3 })).overlaps).toEqual(overlaps.slice(0, 3));
  });

  it('honours the filter: kinds choose the supporters, regions the cities counted', async () => {
    const { overlaps } = await ask<OverlapsQuery>('Overlaps', { minOverlap: 0, first: 1000, filter: { kinds: ['PROGRAMME'] } });
    expect(overlaps.length).toBeGreaterThan(0);
    expect(overlaps.every((o) => o.first.kind === 'PROGRAMME' && o.second.kind === 'PROGRAMME')).toBe(true);
    const africa = await ask<OverlapsQuery>('Overlaps', { minOverlap: 0, first: 1000, filter: { regions: ['AFRICA'] } });
    const { data } = await server.gql<{ cities: { edges: { node: { id: string } }[] } }>('{ cities(where: { region: AFRICA }, first: 1000) { edges { node { id } } } }');
    const african = new Set(data!.cities.edges.map(({ node }) => node.id));
    expect(africa.overlaps.length).toBeGreaterThan(0);
    expect(africa.overlaps.flatMap((o) => o.sharedCities).every((c) => african.has(c.id))).toBe(true);
  });

  it('refuses a minOverlap outside 0..1', async () => {
    const { code, field } = await refusal('Overlaps', { minOverlap: 1.5 });
    expect([code, field]).toEqual(['BAD_USER_INPUT', 'minOverlap']);
  });
});

describe('complements', () => {
  it('pairs supporters on one theme whose regions do not meet, widest spread first', async () => {
    const { complements } = await ask<ComplementsQuery>('Complements', { first: 1000 });
    expect(complements.length).toBeGreaterThan(0);
    for (const c of complements) {
      expect(c.firstRegions.length && c.secondRegions.length).toBeTruthy();
      expect(c.firstRegions.filter((r) => c.secondRegions.includes(r))).toEqual([]);
      expect(c.first.id < c.second.id).toBe(true);
    }
    const spans = complements.map((c) => c.firstRegions.length + c.secondRegions.length);
    expect(spans).toEqual([...spans].sort((a, b) => b - a));
    // 003: CITYNET's programme works in Asia-Pacific only, so on its themes it complements supporters elsewhere.
    expect(complements.some((c) => [c.first.id, c.second.id].includes('programme:citynet-c2c-cooperation-programme'))).toBe(true);
  });
});

describe('fundingOpportunities', () => {
  it("ranks first a city nobody supports on the European Commission's themes, isolated before unsupported before supported", async () => {
    const { fundingOpportunities: found } = await ask<FundingOpportunitiesQuery>('FundingOpportunities', { donorId: 'donor:european-commission', first: 1000 });
    expect(found.length).toBeGreaterThan(10);
    const [top] = found;
    expect(top!.city.supportLevel).toBe('ISOLATED');
    expect(top!.city.supporters).toEqual([]);
    expect(top!.reasons[0]).toMatch(/^Isolated: .* nobody supports it on /);
    const scores = found.map((o) => o.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const tier = { ISOLATED: 2, UNSUPPORTED: 1, SUPPORTED: 0 } as const;
    const tiers = found.map((o) => tier[o.city.supportLevel]);
    expect(tiers).toEqual([...tiers].sort((a, b) => b - a));
    expect(found.every((o) => o.themes.length > 0 && o.reasons.length >= 2)).toBe(true);
  });

  it('keeps to the agenda given: only its regions and themes, and never a city the donor already covers on them', async () => {
    const { fundingOpportunities: found } = await ask<FundingOpportunitiesQuery>('FundingOpportunities', {
      donorId: 'donor:european-commission',
      themes: ['WATER_SANITATION'],
      regions: ['AFRICA'],
      first: 1000,
    });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((o) => o.city.region === 'AFRICA' && o.themes.join() === 'WATER_SANITATION')).toBe(true);
    const ldc = found.filter((o) => o.reasons.some((r) => /Least Developed Country/.test(r)));
    expect(ldc.length).toBeGreaterThan(0);
    // A supported city is listed only with the reason that names who supports it.
    for (const o of found.filter((f) => f.city.supportLevel === 'SUPPORTED')) expect(o.reasons[0]).toMatch(/^(Supported by|Already supported on)/);
  });

  it('answers NOT_FOUND for an unknown donor and BAD_USER_INPUT for an actor that funds no one, naming donorId', async () => {
    const unknown = await refusal('FundingOpportunities', { donorId: 'donor:no-such-donor' });
    expect([unknown.code, unknown.field]).toEqual(['NOT_FOUND', 'donorId']);
    expect(unknown.message).toContain('donor:no-such-donor');
    const city = await refusal('FundingOpportunities', { donorId: 'city:co:medellin' });
    expect([city.code, city.field]).toEqual(['BAD_USER_INPUT', 'donorId']);
    expect(city.message).toMatch(/Medell.n, a city that funds no one/);
  });
});

describe('facetMatrix', () => {
  const sum = (cells: { partnerships: number }[]) => cells.reduce((n, c) => n + c.partnerships, 0);
  const count = async (where: Record<string, unknown>) => (await ask<ForumPartnershipCountQuery>('ForumPartnershipCount', { where })).partnerships.totalCount;

  it('counts each partnership once by two single-valued facets: the sums are the partnerships counted', async () => {
    const established = await count({ status: 'ESTABLISHED' });
    for (const [rows, columns] of [['ORIENTATION', 'STATUS'], ['DECADE', 'MODALITY']]) {
      const { facetMatrix } = await ask<FacetMatrixQuery>('FacetMatrix', { rows, columns });
      expect(sum(facetMatrix)).toBe(established);
    }
    const all = await ask<FacetMatrixQuery>('FacetMatrix', { rows: 'STATUS', columns: 'ORIENTATION', filter: { statuses: ['ESTABLISHED', 'ANNOUNCED', 'CONTACT'] } });
    expect(sum(all.facetMatrix)).toBe(await count({}));
    for (const status of ['ESTABLISHED', 'ANNOUNCED', 'CONTACT']) {
      expect(sum(all.facetMatrix.filter((c) => c.row === status))).toBe(await count({ status }));
    }
  });

  it('is the coverage matrix for REGION × THEME, cell for cell, with and without a filter', async () => {
    for (const filter of [null, { regions: ['AFRICA', 'EUROPE'] }, { themes: ['ENVIRONMENT'], statuses: ['ESTABLISHED', 'ANNOUNCED'] }]) {
      const [{ facetMatrix }, { coverage }] = await Promise.all([
        ask<FacetMatrixQuery>('FacetMatrix', { rows: 'REGION', columns: 'THEME', filter }),
        ask<ForumCoverageQuery>('ForumCoverage', { filter }),
      ]);
      const asCells = coverage.map((c) => ({ row: c.region, column: c.theme, partnerships: c.partnerships, supporters: c.supporters }));
      expect(facetMatrix.filter((c) => c.row !== 'unknown' && c.column !== 'unknown')).toEqual(asCells);
      expect(sum(coverage)).toBeGreaterThan(0);
    }
  });

  it('names the support behind partnerships by the modalities and funding sources of their programmes', async () => {
    const { facetMatrix } = await ask<FacetMatrixQuery>('FacetMatrix', { rows: 'SUPPORT_MODALITY', columns: 'FUNDING_SOURCE' });
    const supported = facetMatrix.filter((c) => c.row !== 'none' && c.partnerships > 0);
    expect(supported.length).toBeGreaterThan(0);
    expect(supported.every((c) => c.supporters > 0)).toBe(true);
    // A partnership no programme supports has neither a support modality nor a funding source.
    expect(facetMatrix.filter((c) => c.row === 'none' && c.partnerships > 0).map((c) => c.column)).toEqual(['none']);
  });

  it('refuses the same facet twice, naming columns', async () => {
    const { code, field, message } = await refusal('FacetMatrix', { rows: 'THEME', columns: 'THEME' });
    expect([code, field]).toEqual(['BAD_USER_INPUT', 'columns']);
    expect(message).toMatch(/both THEME/);
  });
});

describe('seeks, offers and the fair', () => {
  const offersOf = async (id: string) => (await ask<CityOffersQuery>('CityOffers', { id })).actor as Extract<CityOffersQuery['actor'], { seeks: unknown }>;

  it('derives seeks from BENEFICIARY roles and offers from RESOURCE roles, with the partnerships’ sources', async () => {
    const { fair } = await ask<FairQuery>('Fair', { first: 1000 });
    expect(fair.length).toBeGreaterThan(0);
    const [pair] = fair;
    const [seeker, offerer] = [await offersOf(pair!.seeker.id), await offersOf(pair!.offerer.id)];
    const sought = seeker.seeks.find((o) => o.theme === pair!.theme)!;
    const offered = offerer.offers.find((o) => o.theme === pair!.theme)!;
    expect([sought.basis, offered.basis]).toEqual(['DERIVED', 'DERIVED']);
    expect(sought.sources.length && offered.sources.length).toBeTruthy();
    expect(sought.sources.every((s) => /^00\d_/.test(s.document))).toBe(true);
    const scores = fair.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(fair.every((m) => m.seeker.id !== m.offerer.id)).toBe(true);
  });

  it('lets an editor of an association the city belongs to declare an offer, which leads the fair and joins the city’s match-making', async () => {
    // 002: Maputo is a member of UCLG.
    const { data } = await server.gql('{ actor(id: "city:mz:maputo") { ... on City { memberships { id } } } }');
    expect(data.actor.memberships.map((m: { id: string }) => m.id)).toContain('association:uclg');
    const editor = await testToken('editor', ['association:uclg']);
    const input = { cityId: 'city:mz:maputo', direction: 'OFFERS', theme: 'HOUSING', note: 'Upgrading of informal settlements', sources: [{ document: '002_eb8d08529b18aadc.txt', locator: 'test declaration' }] };
    const declared = await ask<any>('DeclareCooperationOffer', { input }, editor);
    expect(declared.declareCooperationOffer).toMatchObject({ city: { id: 'city:mz:maputo' }, theme: 'HOUSING', direction: 'OFFERS', basis: 'DECLARED', note: input.note });
    try {
      const maputo = await offersOf('city:mz:maputo');
      expect(maputo.offers[0]).toMatchObject({ theme: 'HOUSING', basis: 'DECLARED', note: input.note, sources: [{ document: '002_eb8d08529b18aadc.txt', locator: 'test declaration' }] });

      const { fair } = await ask<FairQuery>('Fair', { theme: 'HOUSING', first: 1000 });
      const withMaputo = fair.filter((m) => m.offerer.id === 'city:mz:maputo');
      expect(withMaputo.length).toBeGreaterThan(0);
      expect(withMaputo[0]!.reasons[1]).toBe('Maputo declares it offers cooperation on housing: "Upgrading of informal settlements"');
      // Declared offers rank above derived ones, except pairs already partners (flagged, halved).
      const fresh = fair.filter((m) => !m.reasons.some((r) => r.startsWith('Already partners')));
      const firstDerived = fresh.findIndex((m) => m.offerer.id !== 'city:mz:maputo');
      expect(fresh.slice(firstDerived === -1 ? fresh.length : firstDerived).some((m) => m.offerer.id === 'city:mz:maputo')).toBe(false);

      const seeker = withMaputo[0]!.seeker.id;
      const { matches } = await ask<ForumMatchesQuery>('ForumMatches', { cityId: seeker, theme: 'HOUSING' });
      const suggestion = matches.find((m) => m.city.id === 'city:mz:maputo');
      expect(suggestion?.reasons[0]).toBe('Declares it offers cooperation on housing: "Upgrading of informal settlements"');
    } finally {
      const withdrawn = await ask<any>('WithdrawCooperationOffer', { cityId: 'city:mz:maputo', direction: 'OFFERS', theme: 'HOUSING' }, editor);
      expect(withdrawn.withdrawCooperationOffer).toMatchObject({ theme: 'HOUSING', basis: 'DECLARED', note: input.note });
    }
    expect((await offersOf('city:mz:maputo')).offers.some((o) => o.basis === 'DECLARED')).toBe(false);
    const again = await refusal('WithdrawCooperationOffer', { cityId: 'city:mz:maputo', direction: 'OFFERS', theme: 'HOUSING' }, editor);
    expect([again.code, again.field]).toEqual(['BAD_USER_INPUT', 'theme']);
  });

  it('refuses an editor of neither the city nor its associations, anonymous callers and bad input, writing nothing', async () => {
    const before = await offersOf('city:mz:maputo');
    const input = { cityId: 'city:mz:maputo', direction: 'SEEKS', theme: 'WASTE', note: 'A landfill' };
    const stranger = await testToken('editor', ['city:jp:yokohama']);
    const forbidden = await refusal('DeclareCooperationOffer', { input }, stranger);
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.message).toMatch(/the seeks and offers of Maputo.*\(city:mz:maputo, association:uclg\)/);
    expect((await refusal('DeclareCooperationOffer', { input })).code).toBe('UNAUTHENTICATED');

    const admin = await adminToken();
    const notCity = await refusal('DeclareCooperationOffer', { input: { ...input, cityId: 'association:uclg' } }, admin);
    expect([notCity.code, notCity.field]).toEqual(['BAD_USER_INPUT', 'input.cityId']);
    expect(notCity.message).toMatch(/must be a city/);
    const tooLong = await refusal('DeclareCooperationOffer', { input: { ...input, note: 'x'.repeat(1001) } }, admin);
    expect([tooLong.code, tooLong.field]).toEqual(['BAD_USER_INPUT', 'input.note']);
    const unknown = await refusal('WithdrawCooperationOffer', { cityId: 'city:xx:nowhere', direction: 'SEEKS', theme: 'WASTE' }, admin);
    expect([unknown.code, unknown.field]).toEqual(['NOT_FOUND', 'cityId']);

    expect(await offersOf('city:mz:maputo')).toEqual(before);
  });
});
