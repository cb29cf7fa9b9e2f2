// The curated data set: it loads, every fact cites a source whose quote is in
// the document, the documented cases are there, and bad files are refused with
// errors that name the record and the field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedFiles, loadCurated, loadCuratedFrom, SeedValidationError } from '../server/ingest/load-curated.ts';
import { toGraphRows } from '../server/ingest/graph-rows.ts';
import { HAVE_SEEDS, SEEDS_DIR } from './support/shared.ts';

const data = loadCurated();
const { rows, geocoding } = toGraphRows(data);
const partnershipBetween = (...cityIds: string[]) =>
  data.partnerships.filter((p) => cityIds.every((id) => p.participants.some((x) => x.actor === id)));

describe('curated data set', () => {
  it('holds well over 100 cities and several dozen partnerships, with every kind of actor and link', () => {
    expect(data.cities.length).toBeGreaterThan(100);
    expect(data.partnerships.length).toBeGreaterThanOrEqual(36);
    for (const kind of ['associations', 'networks', 'donors', 'programmes', 'memberships', 'fundings', 'supports', 'runs'] as const) {
      expect(data[kind].length, kind).toBeGreaterThan(10);
    }
  });

  it.skipIf(!HAVE_SEEDS)('cites, for every fact, a quote that occurs in the named document', () => {
    const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
    const documents = new Map<string, string>();
    const text = (name: string) => {
      if (!documents.has(name)) documents.set(name, collapse(readFileSync(SEEDS_DIR + name, 'utf8')));
      return documents.get(name)!;
    };
    const missing: string[] = [];
    const records = [
      ...data.cities, ...data.associations, ...data.networks, ...data.donors, ...data.programmes, ...data.organisations, ...data.partnerships,
      ...data.participations, ...data.memberships, ...data.fundings, ...data.supports, ...data.runs,
      // What a document says a city seeks or offers is quoted as every other fact.
      ...data.cities.flatMap((c) => c.offers ?? []),
    ];
    let checked = 0;
    for (const record of records) {
      for (const source of record.sources) {
        checked++;
        if (!text(source.document).includes(collapse(source.quote))) missing.push(`${JSON.stringify(record).slice(0, 80)}: "${source.quote}"`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('records the documented cases: Barcelona–Medellín–Havana, Bangkok–Yokohama, Lomé–Lyon, Quebec–Ouagadougou', () => {
    const triad = partnershipBetween('city:es:barcelona', 'city:co:medellin', 'city:cu:havana');
    expect(triad.map((p) => p.orientation)).toContain('TRIANGULAR');
    expect(partnershipBetween('city:th:bangkok', 'city:jp:yokohama')).not.toHaveLength(0);
    expect(partnershipBetween('city:tg:lome', 'city:fr:lyon')).not.toHaveLength(0);
    expect(partnershipBetween('city:ca:quebec-city', 'city:bf:ouagadougou')).not.toHaveLength(0);
  });

  it('derives region, bloc and LDC flag from the country, and orientation where the document is silent', () => {
    const row = (id: string) => rows.cities.find((c) => c.id === id)!.props;
    expect(row('city:co:medellin')).toMatchObject({ region: 'LATIN_AMERICA_CARIBBEAN', bloc: 'SOUTH', ldc: false });
    expect(row('city:ml:bamako')).toMatchObject({ region: 'AFRICA', bloc: 'SOUTH', ldc: true });
    expect(row('city:es:barcelona')).toMatchObject({ region: 'EUROPE', bloc: 'NORTH' });
    for (const p of rows.partnerships) expect(p.props.orientation, p.id).toBeTruthy();
    const stated = data.partnerships.filter((p) => p.orientation).map((p) => p.id);
    for (const p of rows.partnerships) expect(p.props.orientationStated, p.id).toBe(stated.includes(p.id!));
  });

  it('geocodes from GeoNames by name and country, and reports what it cannot match', () => {
    const medellin = rows.cities.find((c) => c.id === 'city:co:medellin')!.props;
    expect(medellin.latitude).toBeCloseTo(6.25, 1);
    expect(medellin.population).toBeGreaterThan(1_000_000);
    expect(geocoding.matched.length + geocoding.unmatched.length).toBe(data.cities.length);
    for (const u of geocoding.unmatched) {
      const props = rows.cities.find((c) => c.id === u.id)!.props;
      expect([props.latitude, props.longitude, props.population]).toEqual([null, null, null]);
    }
  });
});

describe('curated seed validation', () => {
  const good = curatedFiles();
  const source = { document: 'x.txt', locator: 'line 1', quote: 'a quote long enough' };

  it('refuses a bad record and names the file, record and field', () => {
    const bad = JSON.stringify({
      document: 'x.txt',
      cities: [{ id: 'city:fr:paris', name: 'Paris', country: 'France', sources: [source] }],
      partnerships: [{ id: 'partnership:000:p', title: ' ', themes: ['SPORT'], focus: [], parties: [], outcomes: [], participants: [], sources: [] }],
    });
    let error: unknown;
    try {
      loadCuratedFrom([{ name: 'bad.json', json: bad }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems.join('\n');
    expect(problems).toMatch(/bad\.json: cities\.0\.country \(city:fr:paris\): must be an ISO 3166-1 alpha-2 code/);
    expect(problems).toMatch(/bad\.json: partnerships\.0\.title \(partnership:000:p\): must not be blank/);
    expect(problems).toMatch(/partnerships\.0\.themes\.0/);
    expect(problems).toMatch(/partnerships\.0\.participants .*needs at least two participants/);
    expect(problems).toMatch(/partnerships\.0\.sources .*every fact needs at least one source/);
  });

  it('unites what two files say a city seeks or offers, and refuses two different notes on one declaration', () => {
    const other = { document: 'y.txt', locator: 'line 2', quote: 'another quote long enough' };
    const file = (document: string, offers: object[]) =>
      JSON.stringify({ document, cities: [{ id: 'city:ne:town', name: 'Town', country: 'NE', sources: [source], offers }] });
    const merged = loadCuratedFrom([
      { name: 'one.json', json: file('x.txt', [{ direction: 'SEEKS', theme: 'WASTE', note: 'A landfill', sources: [source] }]) },
      { name: 'two.json', json: file('y.txt', [{ direction: 'SEEKS', theme: 'WASTE', sources: [other] }, { direction: 'OFFERS', theme: 'HEALTH', sources: [other] }]) },
    ]);
    expect(merged.cities[0]!.offers).toEqual([
      { direction: 'SEEKS', theme: 'WASTE', note: 'A landfill', sources: [source, other] },
      { direction: 'OFFERS', theme: 'HEALTH', sources: [other] },
    ]);
    expect(() =>
      loadCuratedFrom([
        { name: 'one.json', json: file('x.txt', [{ direction: 'SEEKS', theme: 'WASTE', note: 'A landfill', sources: [source] }]) },
        { name: 'two.json', json: file('y.txt', [{ direction: 'SEEKS', theme: 'WASTE', note: 'A sorting plant', sources: [other] }]) },
      ]),
    ).toThrow(/two\.json: city:ne:town: offers: SEEKS WASTE: two files give different notes/);
  });

  it('refuses references to actors that are not defined, and two files that disagree', () => {
    const file = (donorType: string) =>
      JSON.stringify({
        document: 'x.txt',
        donors: [{ id: 'donor:d', name: 'D', donorType, sources: [source] }],
        fundings: [{ donor: 'donor:d', recipient: 'city:zz:nowhere', sources: [source] }],
      });
    expect(() => loadCuratedFrom([...good, { name: 'one.json', json: file('BILATERAL') }, { name: 'two.json', json: file('FOUNDATION') }])).toThrow(
      /donorType: two files disagree[\s\S]*recipient: "city:zz:nowhere" is not defined/,
    );
  });

  it('refuses a file that is not JSON, naming it', () => {
    expect(() => loadCuratedFrom([{ name: 'broken.json', json: '{ "document": ' }])).toThrow(/broken\.json: not valid JSON/);
  });
});
