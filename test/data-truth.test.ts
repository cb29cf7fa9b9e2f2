// The rules that keep the curated data no stronger than its documents
// (seed/FORMAT.md, "Claims"), checked on every run: each failure names the
// record and where its source is. Each rule is also shown to fail on a record
// that breaks it, so that a passing run means something.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimProblems } from '../server/ingest/claim-rules.ts';
import { documentSummary } from '../server/ingest/document-summary.ts';
import { toGraphRows } from '../server/ingest/graph-rows.ts';
import { loadCurated } from '../server/ingest/load-curated.ts';
import type { MergedData } from '../server/ingest/merge.ts';
import { pinnedCities } from '../server/ingest/place-pins.ts';
import { HAVE_SEEDS, SEEDS_DIR } from './support/shared.ts';

const data = loadCurated();
const { rows, geocoding } = toGraphRows(data);
const describeProblems = (ps: ReturnType<typeof claimProblems>) => ps.map((p) => `${p.record} (${p.where}): ${p.reason}`);
const source = (quote: string) => ({ document: 'doc.txt', locator: 'Box 1, line 7', quote });

describe('the curated data claims no more than its documents', () => {
  it('passes every rule: FUNDS and RUN_BY worded as stated, statuses as written, every actor linked or explained, every city placed or explained', () => {
    expect(describeProblems(claimProblems(data, geocoding))).toEqual([]);
  });

  it('fails a FUNDS without a word of money, a RUN_BY without a word of running, and an ESTABLISHED partnership its quote calls possible', () => {
    const broken: MergedData = structuredClone(data);
    broken.fundings.push({ id: 'funding:x', donor: 'donor:world-bank', recipient: 'city:zw:chegutu', sources: [source('Chegutu is involved with the Bank')] });
    broken.runs.push({ programme: 'programme:delgosea', runner: 'association:uclg-aspac', sources: [source('UCLG-ASPAC has been actively involved in it')] });
    broken.partnerships[0]!.sources = [source('Possible agreements were announced by the two cities')];
    broken.partnerships[0]!.status = 'ESTABLISHED';
    const problems = describeProblems(claimProblems(broken, geocoding));
    expect(problems).toContain('funding donor:world-bank -> city:zw:chegutu (doc.txt, Box 1, line 7): FUNDS, but no quote states money, a grant or funding');
    expect(problems).toContain('run programme:delgosea -> association:uclg-aspac (doc.txt, Box 1, line 7): RUN_BY, but no quote says the actor runs, operates, manages or coordinates it');
    expect(problems.some((p) => p.startsWith(`${broken.partnerships[0]!.id} (doc.txt, Box 1, line 7)`))).toBe(true);
  });

  it('fails an actor without relationships and without a note, and a city without a place and without a reason', () => {
    const broken: MergedData = structuredClone(data);
    broken.networks.push({ id: 'network:lonely', name: 'Lonely', themes: [], sources: [source('the Lonely network exists')] });
    const unplaced = { ...geocoding, unmatched: [...geocoding.unmatched, { id: 'city:es:barcelona', name: 'Barcelona', country: 'ES', reason: null }] };
    const problems = describeProblems(claimProblems(broken, unplaced));
    expect(problems).toContain('network:lonely (doc.txt, Box 1, line 7): has no relationship and no note saying the documents give it none');
    expect(problems.some((p) => p.startsWith('city:es:barcelona (') && p.endsWith('has no location and seed/place-pins.json gives no reason'))).toBe(true);
  });

  it('pins only curated cities, and places a county or province at its seat, flagged, without the seat population', () => {
    const ids = new Set(data.cities.map((c) => c.id));
    expect(pinnedCities().filter((id) => !ids.has(id))).toEqual([]);
    const lancashire = rows.cities.find((c) => c.id === 'city:gb:lancashire')!.props;
    expect(lancashire).toMatchObject({ level: 'INTERMEDIATE', locationIsSeat: true, population: null, geonameId: 2639912 });
    const cologne = rows.cities.find((c) => c.id === 'city:de:cologne')!.props;
    expect(cologne).toMatchObject({ level: 'MUNICIPALITY', locationIsSeat: false, geonameId: 2886242 });
    expect(geocoding.unmatched.map((u) => u.id).sort()).toEqual(['city:bd:jalchatra', 'city:be:evere']);
  });

  it('records the Meeting of Mayors announcements and contacts as such, ENDA Tiers Monde and ITDG as NGOs, and AIMF as the Association of Francophone Mayors', () => {
    const status = (id: string) => rows.partnerships.find((p) => p.id === id)!.props.status;
    expect(status('partnership:004:banjul-ostend')).toBe('ANNOUNCED');
    expect(status('partnership:004:brussels-kigali')).toBe('CONTACT');
    expect(status('partnership:004:lome-lyon')).toBe('ESTABLISHED');
    // A TACIS twinning is West–East whatever the country list says of Mongolia.
    expect(rows.partnerships.find((p) => p.id === 'partnership:000:hillerod-darkhan-uul-education')!.props.orientation).toBe('WEST_EAST');
    expect(data.organisations.map((o) => [o.id, o.organisationType])).toEqual(expect.arrayContaining([['organisation:enda-tiers-monde', 'NGO_CBO'], ['organisation:itdg', 'NGO_CBO']]));
    const aimf = data.associations.find((a) => a.id === 'association:association-of-francophone-mayors')!;
    expect(aimf.aliases).toContain('AIMF');
    expect(data.networks.some((n) => n.id === 'network:aimf')).toBe(false);
  });

  it.skipIf(!HAVE_SEEDS)('takes a population the document states over GeoNames, with its source quoted from the document', () => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ');
    const stated = data.cities.filter((c) => c.statedPopulation);
    expect(stated.map((c) => c.id).sort()).toEqual(['city:dk:hillerod', 'city:es:province-of-barcelona', 'city:mn:darkhan-uul', 'city:pe:independencia']);
    for (const c of stated) {
      const { value, source } = c.statedPopulation!;
      expect(collapse(readFileSync(SEEDS_DIR + source.document, 'utf8')), c.id).toContain(collapse(source.quote));
      const props = rows.cities.find((r) => r.id === c.id)!.props;
      expect(props.population, c.id).toBe(value);
      expect(props.sourceQuotes as string[], c.id).toContain(source.quote);
    }
  });
});

describe('the seed summary per source document', () => {
  it('says what each document holds and what it leaves out: announcements, inferences, actors without links, unplaced cities', () => {
    const lines = documentSummary(data, geocoding);
    const of = (document: string) => {
      const start = lines.findIndex((l) => l.startsWith(`  ${document}:`));
      const end = lines.findIndex((l, i) => i > start && /^ {2}\S/.test(l));
      return lines.slice(start, end === -1 ? undefined : end).join('\n');
    };
    const mayors = of('004_517b2ffd7e7a8bca.txt');
    expect(mayors).toMatch(/partnership:004:banjul-ostend \(ANNOUNCED\)/);
    expect(mayors).toMatch(/partnership:004:brussels-kigali \(CONTACT\)/);
    expect(mayors).toMatch(/not placed: city:be:evere: Evere is one of the nineteen municipalities/);
    expect(mayors).toMatch(/actors named without any relationship the text states: .*city:ht:port-au-prince/);
    expect(lines.join('\n')).not.toMatch(/funding:/);
    expect(of('000_5d96574968be9f4d.txt')).toMatch(/links kept as inferences/);
  });
});
