// The data-set import: JSON and CSV files are checked whole (syntax, format,
// references, against the store too) and written all or nothing, with every
// problem on its line; imported records carry their file and line, may refer
// to what the store holds, and add their provenance to it instead of replacing it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CSV_LAYOUTS } from '../server/ingest/import/csv-layouts.ts';
import { CSV_KINDS, ImportRejectedError, importDataSet, type ImportOptions } from '../server/ingest/import/import-data-set.ts';
import { seedCurated } from '../server/ingest/seed-curated.ts';
import { parseDeclaredOffers } from '../server/analytics/declared-offers.ts';
import { declareCooperationOffer } from '../server/mutations/cooperation-offers.ts';
import type { GraphStore, StatementRunner } from '../server/store/store.ts';
import { openEmptyStore } from './support/engine.ts';

type Props = Record<string, unknown>;
const ROOT = new URL('..', import.meta.url).pathname;

let store: GraphStore;
beforeEach(async () => {
  store = await openEmptyStore();
  await seedCurated(store);
});
afterEach(async () => {
  await store.close();
});

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const run = (fileName: string, content: string, options: Partial<ImportOptions> = {}) =>
  importDataSet(store, { fileName, content, format: fileName.endsWith('.json') ? 'JSON' : 'CSV', dryRun: false, ...options });

async function refusal(importing: Promise<unknown>): Promise<ImportRejectedError> {
  const error = await importing.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ImportRejectedError);
  return error as ImportRejectedError;
}

const actor = async (id: string) => (await store.run('actors-by-ids', { ids: [id] }))[0]?.props as Props | undefined;
const partnership = async (id: string) => (await store.run('partnerships-by-ids', { ids: [id] }))[0]?.props as Props | undefined;
const sources = (props: Props | undefined) =>
  ((props?.sourceDocuments as string[]) ?? []).map((document, i) => ({ document, locator: (props!.sourceLocators as string[])[i] }));
const snapshot = async () => ({ stats: await store.run('stats'), relationships: await store.run('relationship-counts') });

describe('import: CSV', () => {
  it('writes cities with derived region, bloc, LDC flag and coordinates, and the file and line as their source', async () => {
    const report = await run(
      'towns.cities.csv',
      csv(
        'id,name,country,aliases,source_quote',
        'city:ne:niamey,Niamey,NE,Niamé,',
        'city:pt:porto,Porto,PT,Oporto;Porto City,Porto is a city of the North of Portugal',
      ),
    );
    expect(report).toMatchObject({ dryRun: false, fileName: 'towns.cities.csv', format: 'CSV', kind: 'cities', counts: { cities: 2 } });
    expect(report.geocoding.unmatched).toEqual([]);

    const niamey = await actor('city:ne:niamey');
    expect(niamey).toMatchObject({ name: 'Niamey', kind: 'CITY', country: 'NE', region: 'AFRICA', bloc: 'SOUTH', ldc: true, aliases: ['Niamé'] });
    expect(niamey!.latitude).toBeCloseTo(13.5, 0);
    expect(sources(niamey)[0]).toEqual({ document: 'towns.cities.csv', locator: 'line 2' });
    const porto = await actor('city:pt:porto');
    expect(porto).toMatchObject({ region: 'EUROPE', bloc: 'NORTH', ldc: false, aliases: ['Oporto', 'Porto City'] });
    expect(porto!.sourceQuotes).toContain('Porto is a city of the North of Portugal');
    expect(sources(porto)[0]).toEqual({ document: 'towns.cities.csv', locator: 'line 3' });
  });

  it('links cities and a network that exist only in the store, with an explicit source', async () => {
    const report = await run(
      'memberships.csv',
      csv(
        'member,organisation,source_document,source_locator,source_quote',
        'city:co:medellin,network:eurocities,Annual report 2020,p. 12,Medellín joined as an associate partner',
        'city:ml:bamako,network:eurocities,,,',
      ),
    );
    expect(report.counts).toEqual({ memberships: 2 });
    const rows = await store.run('memberships-of-actors', { ids: ['city:co:medellin', 'city:ml:bamako'] });
    expect(rows.filter((r) => r.organisation === 'network:eurocities').map((r) => r.id).sort()).toEqual(['city:co:medellin', 'city:ml:bamako']);
  });

  it('writes partnerships with participants from the store, their orientation and modality derived', async () => {
    const report = await run(
      'partnerships.csv',
      csv(
        'id,title,start_year,themes,participants',
        'partnership:900:bamako-dakar,Bamako–Dakar water,2019,WATER_SANITATION,city:ml:bamako=PEER;city:sn:dakar=PEER',
        'partnership:900:lyon-bamako-dakar,Lyon with Bamako and Dakar,,WASTE;HEALTH,city:fr:lyon=RESOURCE;city:ml:bamako=BENEFICIARY;city:sn:dakar=BENEFICIARY',
      ),
    );
    expect(report.counts).toEqual({ partnerships: 2 });
    expect(await partnership('partnership:900:bamako-dakar')).toMatchObject({
      orientation: 'SOUTH_SOUTH', orientationStated: false, modality: 'ONE_ON_ONE', startYear: 2019, themes: ['WATER_SANITATION'],
    });
    expect(await partnership('partnership:900:lyon-bamako-dakar')).toMatchObject({ orientation: 'TRIANGULAR', modality: 'GROUP', themes: ['WASTE', 'HEALTH'] });
    const participants = await store.run('participants-of-partnerships', { ids: ['partnership:900:lyon-bamako-dakar'] });
    expect(participants.map((r) => [r.actor, r.role])).toEqual(
      expect.arrayContaining([['city:fr:lyon', 'RESOURCE'], ['city:ml:bamako', 'BENEFICIARY'], ['city:sn:dakar', 'BENEFICIARY']]),
    );
  });

  it('derives again the orientation of a stored partnership that gains a participant', async () => {
    const id = 'partnership:002:medellin-rio-de-janeiro-cable-cars';
    expect(await partnership(id)).toMatchObject({ orientation: 'SOUTH_SOUTH', modality: 'ONE_ON_ONE' });
    await run('participations.csv', csv('partnership,actor,role', `${id},city:es:barcelona,FACILITATOR`));
    expect(await partnership(id)).toMatchObject({ orientation: 'TRIANGULAR', orientationStated: false, modality: 'ONE_ON_ONE' });
  });

  it('takes the kind from --kind before the file name', async () => {
    const report = await run('whatever.csv', csv('member,organisation', 'city:ml:bamako,network:eurocities'), { kind: 'memberships' });
    expect(report.kind).toBe('memberships');
    const error = await refusal(run('whatever.csv', csv('member,organisation', 'city:ml:bamako,network:eurocities')));
    expect(error.problems[0]!.reason).toMatch(/a CSV file holds one kind of record/);
  });

  it('refuses a file with two bad rows among good ones, writing nothing and naming both rows', async () => {
    const before = await snapshot();
    const error = await refusal(
      run(
        'cities.csv',
        csv(
          'id,name,country',
          'city:ne:niamey,Niamey,NE',
          'city:xx:atlantis,Atlantis,XX',
          'city:pt:porto,Porto,PT',
          'city:fr:paris,,France',
          'city:gh:accra,Accra,GH',
        ),
      ),
    );
    expect(error.message).toMatch(/^cities\.csv: 2 bad rows; nothing was written\./);
    expect(error.problems).toEqual([
      { line: 3, record: 'city:xx:atlantis', field: 'country', reason: '"XX" is not an ISO 3166-1 alpha-2 code' },
      { line: 5, record: 'city:fr:paris', field: 'country', reason: 'must be an ISO 3166-1 alpha-2 code (got "France")' },
      { line: 5, record: 'city:fr:paris', field: 'name', reason: 'is required' },
    ]);
    expect(error.message).toContain('line 3 (city:xx:atlantis), country: "XX" is not an ISO 3166-1 alpha-2 code');
    expect(await snapshot()).toEqual(before);
    expect(await actor('city:ne:niamey')).toBeUndefined();
  });

  it('names each bad cell of a list column by its item, and a row whose quoted cell spans lines by its first line', async () => {
    const error = await refusal(
      run(
        'networks.csv',
        csv('id,name,themes', 'network:ok,"A network', 'on two lines",WASTE', 'network:bad,Bad,WASTE;SPORT'),
      ),
    );
    expect(error.problems).toEqual([expect.objectContaining({ line: 4, record: 'network:bad', field: 'themes (item 2)', reason: expect.stringMatching(/Invalid option.*\(got "SPORT"\)/) })]);
  });

  it('refuses a reference to an id that is neither in the file nor in the store, on its line', async () => {
    const error = await refusal(
      run('memberships.csv', csv('member,organisation', 'city:ml:bamako,network:eurocities', 'city:zz:nowhere,network:eurocities', 'city:ml:bamako,network:no-such')),
    );
    expect(error.problems).toEqual([
      { line: 3, record: 'membership city:zz:nowhere -> network:eurocities', field: 'member', reason: '"city:zz:nowhere" is not defined' },
      { line: 4, record: 'membership city:ml:bamako -> network:no-such', field: 'organisation', reason: '"network:no-such" is not defined' },
    ]);
  });

  it('refuses unknown and missing columns, naming them', async () => {
    const error = await refusal(run('cities.csv', csv('id,name,population', 'city:ne:niamey,Niamey,1000')));
    expect(error.message).toMatch(/cities\.csv: its header is wrong; nothing was written/);
    expect(error.problems).toEqual([
      expect.objectContaining({ line: 1, field: 'population', reason: expect.stringMatching(/is not a column of cities/) }),
      expect.objectContaining({ line: 1, field: 'country', reason: 'required column is missing' }),
    ]);
  });

  it('refuses malformed CSV: a row with too many cells, and a quote never closed', async () => {
    const rows = await refusal(run('cities.csv', csv('id,name,country', 'city:ne:niamey,Niamey,NE,extra', 'city:pt:porto,Porto,PT')));
    expect(rows.problems).toEqual([expect.objectContaining({ line: 2, reason: expect.stringMatching(/Invalid Record Length/) })]);
    const quote = await refusal(run('cities.csv', csv('id,name,country', 'city:ne:niamey,Niamey,NE', 'city:pt:porto,"Porto,PT', 'city:gh:accra,Accra,GH')));
    expect(quote.problems).toEqual([expect.objectContaining({ line: 3, reason: expect.stringMatching(/Quote Not Closed/) })]);
    expect(await actor('city:ne:niamey')).toBeUndefined();
  });
});

describe('import: JSON', () => {
  const source = { document: 'report.pdf', locator: 'p. 3', quote: 'Niamey and Dakar exchange on waste' };
  const dataSet = {
    document: 'report.pdf',
    cities: [{ id: 'city:ne:niamey', name: 'Niamey', country: 'NE', sources: [source] }],
    networks: [{ id: 'network:sahel-cities', name: 'Sahel Cities', themes: ['CLIMATE'] }],
    partnerships: [{
      id: 'partnership:901:niamey-dakar', title: 'Niamey–Dakar waste exchange', themes: ['WASTE'], focus: [], parties: ['LOCAL_AUTHORITY'], outcomes: [],
      participants: [{ actor: 'city:ne:niamey', role: 'PEER' }, { actor: 'city:sn:dakar', role: 'PEER' }],
    }],
    memberships: [{ member: 'city:ne:niamey', organisation: 'network:sahel-cities' }, { member: 'city:sn:dakar', organisation: 'network:sahel-cities' }],
  };

  it('writes every kind of record in the file, deriving what the rules derive', async () => {
    const text = JSON.stringify(dataSet, null, 2);
    const report = await run('sahel.json', text);
    expect(report).toMatchObject({ format: 'JSON', kind: null, counts: { cities: 1, networks: 1, partnerships: 1, memberships: 2 } });
    expect(await actor('city:ne:niamey')).toMatchObject({ region: 'AFRICA', bloc: 'SOUTH', ldc: true, sourceDocuments: ['report.pdf', expect.stringMatching(/GeoNames/)] });
    expect(await partnership('partnership:901:niamey-dakar')).toMatchObject({ orientation: 'SOUTH_SOUTH', modality: 'ONE_ON_ONE' });
    const network = await actor('network:sahel-cities');
    // The line of the record's opening brace, just above its id.
    const line = text.split('\n').findIndex((l) => l.includes('"id": "network:sahel-cities"'));
    expect(sources(network)).toEqual([{ document: 'sahel.json', locator: `line ${line}` }]);
    const members = await store.run('members-of-organisations', { ids: ['network:sahel-cities'] });
    expect(members).toHaveLength(2);
  });

  it('refuses a bad record on the line of its bad field, and a reference to it is not a second problem', async () => {
    const bad = structuredClone(dataSet);
    bad.cities[0]!.country = 'Niger';
    const text = JSON.stringify(bad, null, 2);
    const error = await refusal(run('sahel.json', text));
    const line = text.split('\n').findIndex((l) => l.includes('"Niger"')) + 1;
    expect(error.problems).toEqual([
      { line, record: 'city:ne:niamey', field: 'cities[0].country', reason: 'must be an ISO 3166-1 alpha-2 code (got "Niger")' },
    ]);
    expect(error.message).toMatch(/^sahel\.json: 1 bad record; nothing was written/);
  });

  it('writes what a city seeks and offers, and refuses the same direction and theme declared twice, naming the record and field', async () => {
    const offers = [
      { direction: 'SEEKS', theme: 'WASTE', note: 'A sorting plant', sources: [source] },
      { direction: 'OFFERS', theme: 'CLIMATE', sources: [{ document: 'council minutes' }] },
    ];
    await run('offers.json', JSON.stringify({ cities: [{ ...dataSet.cities[0], offers }] }, null, 2));
    expect(parseDeclaredOffers((await actor('city:ne:niamey'))!.cooperationOffers as string[])).toEqual([
      { direction: 'SEEKS', theme: 'WASTE', note: 'A sorting plant', sources: [{ ...source }] },
      { direction: 'OFFERS', theme: 'CLIMATE', note: null, sources: [{ document: 'council minutes', locator: null, quote: null }] },
    ]);

    const twice = JSON.stringify({ cities: [{ ...dataSet.cities[0], id: 'city:ne:zinder', name: 'Zinder', offers: [offers[0], { ...offers[0], note: 'Again' }] }] }, null, 2);
    const before = await snapshot();
    const error = await refusal(run('twice.json', twice));
    expect(error.problems).toEqual([
      expect.objectContaining({ record: 'city:ne:zinder', field: 'cities[0].offers', reason: expect.stringMatching(/declares the same direction and theme twice/) }),
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses malformed JSON with the line and column of the error', async () => {
    const error = await refusal(run('broken.json', '{\n  "cities": [\n    { "id": "city:ne:niamey", }\n  ]\n}'));
    expect(error.message).toMatch(/broken\.json: not valid JSON/);
    expect(error.problems).toEqual([{ line: 3, record: null, field: null, reason: expect.stringMatching(/at line 3, column \d+/) }]);
  });

  it('refuses a collection the format does not have', async () => {
    const error = await refusal(run('x.json', JSON.stringify({ towns: [] })));
    expect(error.problems).toEqual([expect.objectContaining({ line: 1, field: 'towns', reason: expect.stringMatching(/not part of the format/) })]);
  });
});

describe('import: updating what the store holds', () => {
  it('keeps the curated provenance of an existing city and adds its own', async () => {
    const before = await actor('city:es:barcelona');
    await run('cities.csv', csv('id,name,country,aliases,notes', 'city:es:barcelona,Barcelona,ES,BCN,imported from the 2024 survey'));
    const after = await actor('city:es:barcelona');
    expect(sources(after)).toEqual([...sources(before), { document: 'cities.csv', locator: 'line 2' }]);
    expect(after!.sourceQuotes).toEqual([...(before!.sourceQuotes as string[]), '']);
    expect(after!.notes).toEqual([...(before!.notes as string[]), 'imported from the 2024 survey']);
    expect(after!.aliases).toEqual([...(before!.aliases as string[]), 'BCN']);
    // What the import leaves out stays; derived values stay the same.
    expect(after).toMatchObject({ donorType: 'LOCAL_GOVERNMENT', population: before!.population, region: 'EUROPE' });
    expect(after!.nameKey).toContain('bcn');

    // The same file again adds nothing.
    await run('cities.csv', csv('id,name,country,aliases,notes', 'city:es:barcelona,Barcelona,ES,BCN,imported from the 2024 survey'));
    expect(await actor('city:es:barcelona')).toEqual(after);
  });

  it('declares a city\'s seeks and offers over those declared through the API, adding the sources', async () => {
    await declareCooperationOffer(store, { cityId: 'city:ml:bamako', direction: 'SEEKS', theme: 'WATER_SANITATION', note: 'Drinking water', sources: [{ document: 'letter', locator: 'p. 1' }] });
    await declareCooperationOffer(store, { cityId: 'city:ml:bamako', direction: 'OFFERS', theme: 'HEALTH' });
    const file = JSON.stringify({ cities: [{ id: 'city:ml:bamako', name: 'Bamako', country: 'ML', sources: [{ document: 'survey.pdf', locator: 'p. 9' }],
      offers: [{ direction: 'SEEKS', theme: 'WATER_SANITATION', sources: [{ document: 'survey.pdf', locator: 'p. 9' }] }, { direction: 'OFFERS', theme: 'WASTE', sources: [{ document: 'survey.pdf', locator: 'p. 10' }] }] }] });
    await run('survey.json', file);
    const declared = () => actor('city:ml:bamako').then((props) => parseDeclaredOffers(props!.cooperationOffers as string[]));
    expect((await declared()).map((d) => [d.direction, d.theme, d.note, d.sources.map((s) => s.document)])).toEqual([
      ['OFFERS', 'HEALTH', null, ['graphql-api']],
      ['SEEKS', 'WATER_SANITATION', 'Drinking water', ['letter', 'survey.pdf']],
      ['OFFERS', 'WASTE', null, ['survey.pdf']],
    ]);
    // The same file again changes nothing.
    const once = await declared();
    await run('survey.json', file);
    expect(await declared()).toEqual(once);
  });

  it('keeps the former name of a renamed actor as an alias', async () => {
    await run('networks.csv', csv('id,name', 'network:eurocities,EUROCITIES network'));
    const props = await actor('network:eurocities');
    expect(props).toMatchObject({ name: 'EUROCITIES network' });
    expect(props!.aliases).toContain('Eurocities');
  });

  it('adds to the provenance of an existing relationship instead of replacing it', async () => {
    const stored = async () => (await store.run('links-between', { pairs: [{ actor: 'city:gb:birmingham', target: 'network:eurocities' }] }))[0]!.props as Props;
    const before = await stored();
    await run('memberships.csv', csv('member,organisation', 'city:gb:birmingham,network:eurocities'));
    expect(sources(await stored())).toEqual([...sources(before), { document: 'memberships.csv', locator: 'line 2' }]);
  });
});

describe('import: all or nothing', () => {
  const cities = csv('id,name,country', 'city:ne:niamey,Niamey,NE', 'city:pt:porto,Porto,PT');

  it('dry run checks against the store and reports the counts, writing nothing', async () => {
    const before = await snapshot();
    const report = await run('cities.csv', cities, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, counts: { cities: 2 } });
    expect(await snapshot()).toEqual(before);
    await refusal(run('memberships.csv', csv('member,organisation', 'city:zz:nowhere,network:eurocities'), { dryRun: true }));
  });

  it('leaves the store as it was when a write fails in the middle', async () => {
    const before = await snapshot();
    const barcelona = await actor('city:es:barcelona');
    let writes = 0;
    // The store, except that the third write statement of a transaction fails.
    const failing = new Proxy(store, {
      get(target, key, receiver) {
        if (key !== 'transaction') return Reflect.get(target, key, receiver);
        return <T>(work: (tx: StatementRunner) => Promise<T>) =>
          target.transaction((tx) =>
            work({
              run: (name, params) => {
                if (/^(upsert|mark)-/.test(name) && ++writes === 3) throw new Error('disk full');
                return tx.run(name, params);
              },
            }),
          );
      },
    });
    const file = JSON.stringify({
      cities: [{ id: 'city:ne:niamey', name: 'Niamey', country: 'NE' }, { id: 'city:es:barcelona', name: 'Barcelona', country: 'ES' }],
      networks: [{ id: 'network:sahel-cities', name: 'Sahel Cities', themes: [] }],
      memberships: [{ member: 'city:ne:niamey', organisation: 'network:sahel-cities' }],
    });
    const progress: string[] = [];
    await expect(
      importDataSet(failing, { fileName: 'x.json', content: file, format: 'JSON', dryRun: false, onProgress: (p) => progress.push(p.phase) }),
    ).rejects.toThrow('disk full');
    expect(writes).toBe(3);
    expect(progress).toContain('writing');
    expect(await snapshot()).toEqual(before);
    expect(await actor('city:ne:niamey')).toBeUndefined();
    expect(await actor('city:es:barcelona')).toEqual(barcelona);
  });
});

describe('import: a large file', () => {
  it('validates and writes 5,000 rows in one transaction, reporting progress, in seconds', async () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `city:fr:bourg-${i},Bourg ${i},FR`);
    const progress: { phase: string; done: number; total: number }[] = [];
    const started = performance.now();
    const report = await run('bourgs.cities.csv', csv('id,name,country', ...rows), { onProgress: (p) => progress.push(p) });
    // Quadratic upserts (an engine scanning every node per MERGE) took a minute here.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(report.counts).toEqual({ cities: 5_000 });
    expect(progress.filter((p) => p.phase === 'validating').at(-1)).toEqual({ phase: 'validating', done: 5_000, total: 5_000 });
    expect(progress.filter((p) => p.phase === 'writing').map((p) => p.done)).toEqual([2_000, 4_000, 5_000]);
    const [stats] = await store.run('stats');
    expect(stats!.cities).toBeGreaterThan(5_000);
  });
});

describe('import: layouts', () => {
  const doc = readFileSync(join(ROOT, 'seed/IMPORT.md'), 'utf8');
  const [shared, ...sections] = doc.split(/^### /m);
  const section = (kind: string) => sections.find((s) => s.startsWith(`${kind}.csv`));

  it('seed/IMPORT.md documents every column of every CSV layout', () => {
    for (const kind of CSV_KINDS) {
      expect(section(kind), kind).toBeDefined();
      for (const column of CSV_LAYOUTS[kind]) expect(`${section(kind)}${shared}`, `${kind}: ${column.name}`).toContain(`\`${column.name}\``);
    }
  });

  it('imports the example of every layout in seed/IMPORT.md, in order', async () => {
    for (const kind of CSV_KINDS) {
      const example = /```csv\n([\s\S]*?)```/.exec(section(kind)!)?.[1];
      expect(example, kind).toBeDefined();
      const report = await run(`${kind}.csv`, example!);
      expect(report.counts[kind], kind).toBeGreaterThan(0);
    }
  });
});

describe('npm run import', () => {
  const exec = promisify(execFile);
  const cli = (dataDir: string, ...args: string[]) =>
    exec(process.execPath, ['--import', 'tsx', 'seed/import-cli.ts', ...args], { cwd: ROOT, env: { ...process.env, C2C_DATA_DIR: dataDir, NEO4J_URI: '' } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  it('imports a file, prints the summary and exits 0; refuses a bad file, listing every bad line, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'c2c-import-'));
    const good = join(dir, 'survey.cities.csv');
    writeFileSync(good, csv('id,name,country', 'city:ne:niamey,Niamey,NE', 'city:pt:porto,Porto,PT', 'city:zz:atlantis,Atlantis,ZZ'));
    const refused = await cli(join(dir, 'data'), good);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('survey.cities.csv: 1 bad row; nothing was written.');
    expect(refused.stderr).toMatch(/line 4 \(city:zz:atlantis\), country: "ZZ" is not an ISO 3166-1 alpha-2 code/);

    writeFileSync(good, csv('id,name,country', 'city:ne:niamey,Niamey,NE', 'city:pt:porto,Porto,PT'));
    const dry = await cli(join(dir, 'data'), good, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Dry run of survey\.cities\.csv \(cities\) in [\d.]+ s: it is valid; nothing was written\.\n {2}would write: cities 2/);

    const imported = await cli(join(dir, 'data'), good);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/Imported survey\.cities\.csv \(cities\) in [\d.]+ s\.\n {2}written: cities 2\n {2}in the store: cities 2/);
    expect(imported.stdout).toMatch(/geocoded from GeoNames: 2 of 2 cities/);

    const members = join(dir, 'links.csv');
    writeFileSync(members, csv('member,organisation', 'city:ne:niamey,network:nowhere', 'city:pt:porto,network:nowhere'));
    const unknown = await cli(join(dir, 'data'), members, '--kind', 'memberships');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/links\.csv: 2 bad rows[\s\S]*line 2 .*"network:nowhere" is not defined[\s\S]*line 3 /);
  });
});
