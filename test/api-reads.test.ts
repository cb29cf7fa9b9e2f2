// Every read of the contract, over real HTTP, on the curated data: the answers
// the documents give, the filters, paging, search, and the graph views.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CitiesQuery,
  CityDetailQuery,
  GraphQuery,
  NeighbourhoodQuery,
  OrganisationsQuery,
  PartnershipDetailQuery,
  PartnershipsQuery,
  PartnershipYearsQuery,
  PathQuery,
  SearchQuery,
  StatsQuery,
} from './generated/operations.ts';
import { read, readErrors } from './support/operations.ts';
import { TEST_ENGINE } from './support/engine.ts';
import { startTestServer, type TestServer } from './support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

type City = Extract<NonNullable<CityDetailQuery['actor']>, { __typename?: 'City'; partners: unknown }>;

async function city(id: string): Promise<City> {
  const { actor } = await read<CityDetailQuery>(server, 'CityDetail', { id });
  if (!actor || !('partners' in actor)) throw new Error(`${id} is not a city`);
  return actor as City;
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('what the documents say, through the API', () => {
  it('answers the counts of the curated set', async () => {
    const { stats } = await read<StatsQuery>(server, 'Stats');
    const [direct] = await server.store.run('stats');
    expect(stats).toEqual(direct);
    expect(stats.cities).toBeGreaterThan(100);
  });

  it('tells who Yokohama cooperates with and on what (000 Box 3.5.1, 003 case studies)', async () => {
    const yokohama = await city('city:jp:yokohama');
    expect(yokohama).toMatchObject({ name: 'Yokohama', country: 'JP', region: 'ASIA_PACIFIC', bloc: 'NORTH' });
    expect(yokohama.partners.map((p) => p.name)).toEqual(expect.arrayContaining(['Bangkok', 'Hanoi', 'Colombo', 'Makati']));
    const flood = yokohama.partnerships.find((p) => p.id === 'partnership:000:bangkok-yokohama-flood-control');
    expect(flood?.themes).toContain('SECURITY_DISASTER');
    expect(flood?.participants.map((x) => [x.actor.id, x.role])).toEqual(
      expect.arrayContaining([
        ['city:jp:yokohama', 'RESOURCE'],
        ['city:th:bangkok', 'BENEFICIARY'],
      ]),
    );
    const hanoi = yokohama.partnerships.find((p) => p.participants.some((x) => x.actor.id === 'city:vn:hanoi'));
    expect(hanoi?.themes).toContain('WATER_SANITATION');
    expect(yokohama.sources.some((s) => s.document.startsWith('000_') && s.locator?.startsWith('Box 3.5.1'))).toBe(true);
  });

  it('names the cities of the Estelí partnership and who funded it (000 Box 3.2.2)', async () => {
    const [esteli] = (await read<SearchQuery>(server, 'Search', { text: 'esteli', kinds: ['CITY'] })).search;
    const partnership = (await city(esteli!.id)).partnerships[0]!;
    const { partnership: detail } = await read<PartnershipDetailQuery>(server, 'PartnershipDetail', { id: partnership.id });
    const cities = detail!.participants.filter((x) => x.actor.kind === 'CITY');
    expect(cities.map((x) => x.actor.name).sort()).toEqual(['Bielefeld', 'Delft', 'Essen', 'Esteli', 'Evry', 'San Felix de Llobregat', 'Sheffield']);
    expect(cities.find((x) => x.actor.name === 'Esteli')?.role).toBe('BENEFICIARY');
    expect(detail!.fundings.map((f) => f.donor.name)).toEqual(['European Commission']);
    expect(detail!.fundings[0]!.recipient).toEqual({ __typename: 'Partnership', id: partnership.id });
    expect(detail!.orientation).toBe('NORTH_SOUTH');
    expect(detail!.sources[0]).toMatchObject({ document: '000_5d96574968be9f4d.txt' });
    expect(detail!.sources[0]!.locator).toMatch(/^Box 3\.2\.2/);
  });

  it('shows Barcelona among Medellín’s partners, with the source of that fact (002)', async () => {
    const medellin = await city('city:co:medellin');
    expect(medellin.name).toBe('Medellín');
    expect(medellin.partners.map((p) => p.name)).toContain('Barcelona');
    const withBarcelona = medellin.partnerships.filter((p) => p.participants.some((x) => x.actor.id === 'city:es:barcelona'));
    expect(withBarcelona.length).toBeGreaterThan(0);
  });

  it('lists associations, networks, donors (cities that fund included) and programmes by name, with their links', async () => {
    const lists = await read<OrganisationsQuery>(server, 'Organisations');
    const [stats] = await server.store.run<Record<string, number>>('stats');
    expect(lists.associations).toHaveLength(stats!.associations!);
    expect(lists.networks).toHaveLength(stats!.networks!);
    expect(lists.donors).toHaveLength(stats!.donors!);
    expect(lists.programmes).toHaveLength(stats!.programmes!);
    for (const list of [lists.associations, lists.networks, lists.donors, lists.programmes]) {
      const names = list.map((a) => a.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    const barcelona = lists.donors.find((d) => d.id === 'city:es:barcelona');
    expect(barcelona).toMatchObject({ kind: 'CITY' });
    expect(barcelona!.fundings.length).toBeGreaterThan(0);
    const citynet = lists.networks.find((n) => n.id === 'network:citynet')!;
    expect(citynet.members.map((m) => m.name)).toContain('Yokohama');
    expect(citynet.partnerships.map((p) => p.id)).toContain('partnership:003:disaster-risk-reduction');
    expect(lists.programmes.some((p) => p.runBy.length > 0 && p.supports.length > 0)).toBe(true);
  });
});

describe('search', () => {
  it.each(['medellin', 'MEDELLIN', 'Medellín', 'medellín', '  mEdElLíN '])('finds Medellín first for "%s"', async (text) => {
    const { search } = await read<SearchQuery>(server, 'Search', { text });
    expect(search[0]).toEqual({ id: 'city:co:medellin', name: 'Medellín', kind: 'CITY' });
  });

  it('matches prefixes and infixes, best matches first', async () => {
    const infix = await read<SearchQuery>(server, 'Search', { text: 'dellin' });
    expect(ids(infix.search)).toContain('city:co:medellin');
    const prefix = await read<SearchQuery>(server, 'Search', { text: 'barcel' });
    expect(ids(prefix.search).slice(0, 2)).toEqual(['city:es:barcelona', 'city:es:province-of-barcelona']);
  });

  it('finds actors by alias and by several words in any order', async () => {
    const alias = await read<SearchQuery>(server, 'Search', { text: 'ethekwini' });
    expect(ids(alias.search)).toContain('city:za:durban');
    const words = await read<SearchQuery>(server, 'Search', { text: 'commission european' });
    expect(ids(words.search)).toContain('donor:european-commission');
  });

  it('keeps to the kinds asked for and to `first`', async () => {
    const { search } = await read<SearchQuery>(server, 'Search', { text: 'a', kinds: ['NETWORK', 'PROGRAMME'], first: 5 });
    expect(search).toHaveLength(5);
    expect(search.every((a) => a.kind === 'NETWORK' || a.kind === 'PROGRAMME')).toBe(true);
    const blank = await read<SearchQuery>(server, 'Search', { text: ' ' });
    expect(blank.search).toEqual([]);
    const { errors } = await readErrors(server, 'Search', { text: 'a', first: 0 });
    expect(errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});

describe('cities and partnerships as connections', () => {
  it('pages through every city with opaque cursors, in name order, once each', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: CitiesQuery = await read<CitiesQuery>(server, 'Cities', { first: 25, after });
      total = page.cities.totalCount;
      seen.push(...page.cities.edges.map((e) => e.node.name));
      after = page.cities.pageInfo.hasNextPage ? page.cities.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it.each([
    [{ country: 'br' }, (c: CitiesQuery['cities']['edges'][0]['node']) => c.country === 'BR'],
    [{ region: 'AFRICA' }, (c: CitiesQuery['cities']['edges'][0]['node']) => c.region === 'AFRICA'],
    [{ bloc: 'EAST' }, (c: CitiesQuery['cities']['edges'][0]['node']) => c.bloc === 'EAST'],
    [{ ldc: true }, (c: CitiesQuery['cities']['edges'][0]['node']) => c.ldc],
    [{ supportLevel: 'ISOLATED' }, (c: CitiesQuery['cities']['edges'][0]['node']) => c.supportLevel === 'ISOLATED'],
    [{ nameContains: 'PÔRTO' }, (c: CitiesQuery['cities']['edges'][0]['node']) => /porto/i.test(c.name)],
    // The country's own statement (cities-page-in-country.cypher) with the other filters.
    [{ country: 'br', nameContains: 'o' }, (c: CitiesQuery['cities']['edges'][0]['node']) => c.country === 'BR' && /o/i.test(c.name)],
  ])('filters cities by %j', async (where, holds) => {
    const all = await read<CitiesQuery>(server, 'Cities', { first: 1000 });
    const filtered = await read<CitiesQuery>(server, 'Cities', { where, first: 1000 });
    expect(filtered.cities.totalCount).toBeGreaterThan(0);
    expect(filtered.cities.edges.every((e) => holds(e.node))).toBe(true);
    expect(filtered.cities.totalCount).toBe(all.cities.edges.filter((e) => holds(e.node)).length);
  });

  it('filters partnerships by theme, orientation, modality, region, year and participant', async () => {
    type P = PartnershipsQuery['partnerships']['edges'][0]['node'];
    const all = (await read<PartnershipsQuery>(server, 'Partnerships', { first: 1000 })).partnerships.edges.map((e) => e.node);
    const africanCities = new Set(
      (await read<CitiesQuery>(server, 'Cities', { where: { region: 'AFRICA' }, first: 1000 })).cities.edges.map((e) => e.node.id),
    );
    const cases: [Record<string, unknown>, (p: P) => boolean][] = [
      [{ theme: 'WATER_SANITATION' }, (p) => p.themes.includes('WATER_SANITATION')],
      [{ orientation: 'SOUTH_SOUTH' }, (p) => p.orientation === 'SOUTH_SOUTH'],
      [{ modality: 'GROUP' }, (p) => p.modality === 'GROUP'],
      [{ region: 'AFRICA' }, (p) => p.participants.some((x) => africanCities.has(x.actor.id))],
      [{ activeInYear: 2000 }, (p) => p.startYear !== null && p.startYear <= 2000 && (p.endYear === null || p.endYear >= 2000)],
      [{ participantId: 'city:jp:yokohama' }, (p) => p.participants.some((x) => x.actor.id === 'city:jp:yokohama')],
    ];
    for (const [where, holds] of cases) {
      const { partnerships } = await read<PartnershipsQuery>(server, 'Partnerships', { where, first: 1000 });
      const expected = all.filter(holds).map((p) => p.id).sort();
      expect(expected.length, JSON.stringify(where)).toBeGreaterThan(0);
      expect(partnerships.edges.map((e) => e.node.id).sort(), JSON.stringify(where)).toEqual(expected);
      expect(partnerships.totalCount).toBe(expected.length);
    }
  });

  it('reports a bad page size and a malformed cursor as user errors naming the argument', async () => {
    const big = await readErrors(server, 'Cities', { first: 5000 });
    expect(big.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect(big.errors[0].message).toMatch(/first must be a whole number from 1 to 1000, not 5000/);
    const cursor = await readErrors(server, 'Partnerships', { after: 'not-a-cursor' });
    expect(cursor.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    expect(cursor.errors[0].message).toMatch(/not a cursor this API gave out/);
  });

  it('returns null for an unknown actor or partnership', async () => {
    expect((await read<CityDetailQuery>(server, 'CityDetail', { id: 'city:zz:nowhere' })).actor).toBeNull();
    expect((await read<PartnershipDetailQuery>(server, 'PartnershipDetail', { id: 'partnership:zz' })).partnership).toBeNull();
  });
});

describe('support levels', () => {
  it('calls a city SUPPORTED when a donor funds a partnership it takes part in, and names the donor', async () => {
    const esteli = await city('city:ni:esteli');
    expect(esteli.supportLevel).toBe('SUPPORTED');
    expect(esteli.supporters.map((s) => s.id)).toContain('donor:european-commission');
  });

  it('is consistent with each city’s links: ISOLATED means no established partnership and no membership', async () => {
    const { cities } = await read<CitiesQuery>(server, 'Cities', { first: 1000 });
    for (const { node } of cities.edges.slice(0, 40)) {
      const detail = await city(node.id);
      // Announced partnerships and contacts are listed, but are not cooperation yet (GraphFilter.statuses).
      const linked = detail.partnerships.some((p) => p.status === 'ESTABLISHED') || detail.memberships.length > 0;
      const expected = detail.supporters.length ? 'SUPPORTED' : linked ? 'UNSUPPORTED' : 'ISOLATED';
      expect(detail.supportLevel, node.id).toBe(expected);
    }
  });
});

describe('graph views', () => {
  it('draws every actor, with partnerships as edges between their participants', async () => {
    const { graph } = await read<GraphQuery>(server, 'Graph');
    const [stats] = await server.store.run<Record<string, number>>('stats');
    const donorsOnly = (await read<OrganisationsQuery>(server, 'Organisations')).donors.filter((d) => d.kind === 'DONOR').length;
    expect(graph.nodes).toHaveLength(stats!.cities! + stats!.associations! + stats!.networks! + donorsOnly + stats!.programmes! + stats!.organisations!);
    const edge = graph.edges.find((e) => e.partnershipId === 'partnership:002:barcelona-medellin' && e.type === 'PARTNERSHIP');
    expect([edge?.source, edge?.target].sort()).toEqual(['city:co:medellin', 'city:es:barcelona']);
    const nodeIds = new Set(ids(graph.nodes));
    expect(graph.edges.every((e) => nodeIds.has(e.source) && nodeIds.has(e.target))).toBe(true);
    expect(new Set(ids(graph.edges)).size).toBe(graph.edges.length);
    expect(graph.nodes.find((n) => n.id === 'city:co:medellin')?.cluster).toBe(graph.nodes.find((n) => n.id === 'city:es:barcelona')?.cluster);
  });

  it('draws established partnerships unless the filter asks for announced ones or contacts; lists every status on the city', async () => {
    const edgesOf = (graph: GraphQuery['graph'], id: string) => graph.edges.filter((e) => e.partnershipId === id);
    const established = (await read<GraphQuery>(server, 'Graph')).graph;
    expect(edgesOf(established, 'partnership:004:banjul-ostend')).toHaveLength(0);
    expect(edgesOf(established, 'partnership:004:lome-lyon')).toHaveLength(1);
    const announced = (await read<GraphQuery>(server, 'Graph', { filter: { statuses: ['ESTABLISHED', 'ANNOUNCED'] } })).graph;
    expect(edgesOf(announced, 'partnership:004:banjul-ostend')).toHaveLength(1);
    expect(edgesOf(announced, 'partnership:004:brussels-kigali')).toHaveLength(0);
    const { partnerships } = await read<PartnershipsQuery>(server, 'Partnerships', { where: { status: 'CONTACT' }, first: 100 });
    expect(partnerships.edges.map((e) => e.node.id).sort()).toEqual(['partnership:004:brussels-dakar', 'partnership:004:brussels-kigali', 'partnership:004:brussels-kinshasa']);
    const banjul = await city('city:gm:banjul');
    expect(banjul.partnerships.map((p) => p.status)).toEqual(['ANNOUNCED']);
    expect(banjul.supportLevel).toBe('ISOLATED');
  });

  it('places a county at its seat, flagged, as a tier above the municipality', async () => {
    const lancashire = await city('city:gb:lancashire');
    expect(lancashire).toMatchObject({ level: 'INTERMEDIATE', locationIsSeat: true, population: null });
    expect(lancashire.location?.lat).toBeCloseTo(53.76, 1);
    expect(await city('city:de:cologne')).toMatchObject({ level: 'MUNICIPALITY', locationIsSeat: false });
  });

  it('keeps to the kinds, regions, themes and year asked for', async () => {
    const { graph } = await read<GraphQuery>(server, 'Graph', { filter: { kinds: ['CITY'], regions: ['AFRICA'] } });
    expect(graph.nodes.length).toBeGreaterThan(5);
    expect(graph.nodes.every((n) => n.kind === 'CITY' && n.region === 'AFRICA')).toBe(true);
    const water = await read<GraphQuery>(server, 'Graph', { filter: { themes: ['WATER_SANITATION'] } });
    const { partnerships } = await read<PartnershipsQuery>(server, 'Partnerships', { where: { theme: 'WATER_SANITATION' }, first: 1000 });
    const waterIds = new Set(partnerships.edges.map((e) => e.node.id));
    const drawn = new Set(water.graph.edges.flatMap((e) => (e.type === 'PARTNERSHIP' ? [e.partnershipId] : [])));
    expect(drawn).toEqual(waterIds);
    const year = await read<GraphQuery>(server, 'Graph', { filter: { activeInYear: 1980 } });
    const active = await read<PartnershipsQuery>(server, 'Partnerships', { where: { activeInYear: 1980 }, first: 1000 });
    const drawnIn1980 = new Set(year.graph.edges.flatMap((e) => (e.type === 'PARTNERSHIP' ? [e.partnershipId] : [])));
    expect(drawnIn1980).toEqual(new Set(active.partnerships.edges.map((e) => e.node.id)));
  });

  it('keeps to a range of years: the links active at some time in it, growing as its end steps on', async () => {
    type P = PartnershipsQuery['partnerships']['edges'][0]['node'];
    const all = (await read<PartnershipsQuery>(server, 'Partnerships', { first: 1000 })).partnerships.edges.map((e) => e.node);
    const drawnPartnerships = async (filter: Record<string, unknown>) => {
      const { graph } = await read<GraphQuery>(server, 'Graph', { filter });
      return new Set(graph.edges.flatMap((e) => (e.type === 'PARTNERSHIP' ? [e.partnershipId!] : [])));
    };
    const during = (from: number, to: number) => (p: P) => p.startYear !== null && p.startYear <= to && (p.endYear === null || p.endYear >= from);
    const range = await drawnPartnerships({ activeFrom: 1990, activeTo: 2005 });
    const expected = new Set(all.filter(during(1990, 2005)).map((p) => p.id));
    expect(expected.size).toBeGreaterThan(0);
    expect(range).toEqual(expected);
    // Wider than any one year of it, and a year is the range of that one year.
    expect(range.size).toBeGreaterThan((await drawnPartnerships({ activeInYear: 1990 })).size);
    expect(await drawnPartnerships({ activeFrom: 2000, activeTo: 2000 })).toEqual(await drawnPartnerships({ activeInYear: 2000 }));
    // An open end: from a year on, or up to a year.
    expect(await drawnPartnerships({ activeFrom: 2010 })).toEqual(new Set(all.filter(during(2010, Infinity)).map((p) => p.id)));
    expect(await drawnPartnerships({ activeTo: 1970 })).toEqual(new Set(all.filter(during(-Infinity, 1970)).map((p) => p.id)));
    // Played forward from a fixed start, each step keeps every link of the step before.
    let before = new Set<string>();
    for (const to of [1960, 1980, 2000, 2020]) {
      const now = await drawnPartnerships({ activeFrom: 1950, activeTo: to });
      expect([...before].every((id) => now.has(id)), String(to)).toBe(true);
      before = now;
    }
    expect(before.size).toBeGreaterThan(0);
  });

  it('lists the years partnerships start in, with how many start in each', async () => {
    const all = (await read<PartnershipsQuery>(server, 'Partnerships', { first: 1000 })).partnerships.edges.map((e) => e.node);
    const counts = new Map<number, number>();
    for (const p of all) if (p.startYear !== null && p.startYear !== undefined) counts.set(p.startYear, (counts.get(p.startYear) ?? 0) + 1);
    const { partnershipYears } = await read<PartnershipYearsQuery>(server, 'PartnershipYears');
    expect(partnershipYears.length).toBeGreaterThan(5);
    expect(partnershipYears).toEqual([...counts].sort(([a], [b]) => a - b).map(([year, partnerships]) => ({ year, partnerships })));
  });

  it('refuses a range of years whose end comes before its start, naming the field', async () => {
    const { errors } = await readErrors(server, 'Graph', { filter: { activeFrom: 2010, activeTo: 1990 } });
    expect(errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.activeTo' } });
    expect(errors[0].message).toMatch(/filter\.activeTo \(1990\) is before filter\.activeFrom \(2010\)/);
  });

  it('gives the neighbourhood of an actor to the depth asked for', async () => {
    const one = (await read<NeighbourhoodQuery>(server, 'Neighbourhood', { id: 'city:co:medellin' })).neighbourhood;
    expect(ids(one.nodes)).toEqual(expect.arrayContaining(['city:co:medellin', 'city:es:barcelona', 'city:cu:havana']));
    const medellin = await city('city:co:medellin');
    for (const partner of medellin.partners) expect(ids(one.nodes)).toContain(partner.id);
    const two = (await read<NeighbourhoodQuery>(server, 'Neighbourhood', { id: 'city:co:medellin', depth: 2 })).neighbourhood;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(ids(two.nodes)).toEqual(expect.arrayContaining(ids(one.nodes)));
  });

  it('cuts a neighbourhood at its limit, nearest hops first, and says so', async () => {
    const around = (variables: Record<string, unknown>) =>
      read<NeighbourhoodQuery>(server, 'Neighbourhood', { id: 'city:co:medellin', depth: 2, ...variables }).then((r) => r.neighbourhood);
    const whole = await around({});
    const hopOne = new Set(ids((await around({ depth: 1 })).nodes));
    expect(whole).toMatchObject({ truncated: false, totalNodes: whole.nodes.length });
    const cut = await around({ limit: hopOne.size + 2 });
    expect(cut).toMatchObject({ truncated: true, totalNodes: whole.nodes.length });
    expect(cut.nodes).toHaveLength(hopOne.size + 2);
    // The actor, then every actor one hop away, then the first two of the second hop.
    expect(cut.nodes[0]!.id).toBe('city:co:medellin');
    expect(new Set(ids(cut.nodes.slice(0, hopOne.size)))).toEqual(hopOne);
    expect(ids(cut.nodes.slice(hopOne.size)).every((id) => !hopOne.has(id) && ids(whole.nodes).includes(id))).toBe(true);
    // Edges only among the kept actors, and every one of those the whole answer has.
    const kept = new Set(ids(cut.nodes));
    const among = whole.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    expect(ids(cut.edges).sort()).toEqual(ids(among).sort());
    // Cut before the last hop: how many there are is not counted.
    expect(await around({ limit: 2 })).toMatchObject({ truncated: true, totalNodes: null });
  });

  it("merges a neighbourhood's parallel links into weighted edges when asked", async () => {
    const around = (mergeParallel: boolean) =>
      read<NeighbourhoodQuery>(server, 'Neighbourhood', { id: 'city:co:medellin', depth: 2, mergeParallel }).then((r) => r.neighbourhood);
    const [separate, merged] = await Promise.all([around(false), around(true)]);
    expect(merged.nodes).toEqual(separate.nodes);
    expect(separate.edges.every((e) => e.weight === 1 && e.edgeIds.join() === e.id)).toBe(true);
    // Each separate edge is in exactly one merged edge, of its type and between its two actors.
    const separateById = new Map(separate.edges.map((e) => [e.id, e]));
    expect(merged.edges.flatMap((e) => e.edgeIds).sort()).toEqual([...separateById.keys()].sort());
    const ends = (e: { source: string; target: string }) => [e.source, e.target].sort().join();
    for (const edge of merged.edges) {
      expect(edge.weight).toBe(edge.edgeIds.length);
      for (const id of edge.edgeIds) expect([separateById.get(id)!.type, ends(separateById.get(id)!)]).toEqual([edge.type, ends(edge)]);
      const behind = [...new Set(edge.edgeIds.flatMap((id) => separateById.get(id)!.partnershipId ?? []))].sort();
      expect(edge.partnershipIds).toEqual(behind);
    }
    const pairs = merged.edges.map((e) => `${e.type} ${ends(e)}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(merged.edges.some((e) => e.weight > 1), 'the curated data has parallel links around Medellín').toBe(true);
  });

  it("cuts a neighbourhood's edges at its edge limit, every actor still linked to the centre, and counts them", async () => {
    const around = (edgeLimit?: number) =>
      read<NeighbourhoodQuery>(server, 'Neighbourhood', { id: 'city:co:medellin', depth: 2, mergeParallel: true, edgeLimit }).then((r) => r.neighbourhood);
    const whole = await around();
    expect(whole.totalEdges).toBe(whole.edges.length);
    const backbone = whole.nodes.length - 1;
    expect(whole.edges.length, 'the curated data has more links around Medellín than actors').toBeGreaterThan(backbone + 1);
    const cut = await around(backbone);
    expect(cut).toMatchObject({ nodes: whole.nodes, totalEdges: whole.edges.length });
    expect(cut.edges).toHaveLength(backbone);
    expect(ids(whole.edges)).toEqual(expect.arrayContaining(ids(cut.edges)));
    // One link per actor towards the centre: every actor is reached from Medellín through the kept edges.
    const reached = new Set(['city:co:medellin']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const { source, target } of cut.edges) {
        if (reached.has(source) !== reached.has(target)) [source, target].forEach((id) => reached.add(id)), (grew = true);
      }
    }
    expect(reached.size).toBe(whole.nodes.length);
  });

  it('refuses a neighbourhood limit outside 1..5000 and an edge limit outside 1..50000, naming the argument', async () => {
    for (const limit of [0, 5001]) {
      const refused = await readErrors(server, 'Neighbourhood', { id: 'city:co:medellin', limit });
      expect(refused.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'limit' } });
      expect(refused.errors[0].message).toMatch(`limit must be a whole number from 1 to 5000, not ${limit}`);
    }
    for (const edgeLimit of [0, 50_001]) {
      const refused = await readErrors(server, 'Neighbourhood', { id: 'city:co:medellin', edgeLimit });
      expect(refused.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'edgeLimit' } });
      expect(refused.errors[0].message).toMatch(`edgeLimit must be a whole number from 1 to 50000, not ${edgeLimit}`);
    }
  });

  it('finds a shortest path, in order, or null beyond maxHops', async () => {
    const direct = (await read<PathQuery>(server, 'Path', { from: 'city:co:medellin', to: 'city:es:barcelona' })).path!;
    expect(ids(direct.nodes)).toEqual(['city:co:medellin', 'city:es:barcelona']);
    expect(direct.edges.length).toBeGreaterThan(0);
    const far = (await read<PathQuery>(server, 'Path', { from: 'city:co:medellin', to: 'city:jp:yokohama' })).path!;
    expect(far.nodes[0]!.id).toBe('city:co:medellin');
    expect(far.nodes.at(-1)!.id).toBe('city:jp:yokohama');
    far.nodes.slice(1).forEach((node, i) => {
      const previous = far.nodes[i]!.id;
      expect(far.edges.some((e) => [e.source, e.target].sort().join() === [previous, node.id].sort().join())).toBe(true);
    });
    const tooShort = await read<PathQuery>(server, 'Path', { from: 'city:co:medellin', to: 'city:jp:yokohama', maxHops: far.nodes.length - 2 });
    expect(tooShort.path).toBeNull();
  });

  it('reports unknown ids as NOT_FOUND and bad depths as user errors', async () => {
    const unknown = await readErrors(server, 'Neighbourhood', { id: 'city:zz:atlantis' });
    expect(unknown.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'id' } });
    const path = await readErrors(server, 'Path', { from: 'city:co:medellin', to: 'city:zz:atlantis' });
    expect(path.errors[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'to' } });
    const deep = await readErrors(server, 'Neighbourhood', { id: 'city:co:medellin', depth: 9 });
    expect(deep.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'depth' } });
  });
});

describe('HTTP', () => {
  it('reports the store engine at /health', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(await response.json()).toEqual({ status: 'ok', store: { engine: TEST_ENGINE, answers: true } });
  });
});
