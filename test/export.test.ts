// npm run export: the whole store as one data set in the import format, which
// `npm run import` of it into an empty store turns back into the same graph
// (every node and relationship with every property, test/store-dump.ts), and
// which a second export gives again byte for byte. Values the import would
// otherwise derive or look up (a place given through the API, a stated
// modality, a funding's id, a participation's own provenance) are carried;
// without them the graph differs, and the comparison says so.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStore } from '../seed/export/export-store.ts';
import { importDataSet } from '../server/ingest/import/import-data-set.ts';
import { seedCurated } from '../server/ingest/seed-curated.ts';
import { openStore } from '../server/store/open-store.ts';
import type { GraphStore } from '../server/store/store.ts';
import { dumpStore } from './store-dump.ts';
import { openEmptyStore } from './support/engine.ts';
import { adminToken, startTestServer, type TestServer } from './support/server.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const exec = promisify(execFile);
const scratch = () => mkdtempSync(join(tmpdir(), 'c2c-export-'));

/** One of the project's commands in a child process, on the embedded store in `dataDir`. */
const npmRun = (script: 'export-cli' | 'import-cli', dataDir: string, ...args: string[]) =>
  exec(process.execPath, ['--import', 'tsx', `seed/${script}.ts`, ...args], { cwd: ROOT, env: { ...process.env, C2C_DATA_DIR: dataDir, NEO4J_URI: '' } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

async function withStore<T>(dataDir: string, work: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir, neo4j: null });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const importInto = (store: GraphStore, content: string) => importDataSet(store, { fileName: 'backup.json', content, format: 'JSON', dryRun: false });

describe('npm run export', () => {
  it('writes the store, and npm run import of the file into an empty store gives the same graph; its export is the same file', async () => {
    const dir = scratch();
    await withStore(join(dir, 'from'), seedCurated);
    const file = join(dir, 'backup.json');
    const exported = await npmRun('export-cli', join(dir, 'from'), file);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^Exported the embedded store in .*from to .*backup\.json in [\d.]+ s \([\d.]+ MB\)\.\n {2}written: cities \d+, associations \d+, networks \d+, donors \d+, programmes \d+, organisations \d+, partnerships \d+, /);
    expect(exported.stdout).toMatch(/read: \d+ nodes and \d+ relationships, every one the store holds/);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const imported = await npmRun('import-cli', join(dir, 'to'), file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/placed as the file gives them \(not looked up in GeoNames\): \d+ cities/);
    const [from, to] = [await withStore(join(dir, 'from'), dumpStore), await withStore(join(dir, 'to'), dumpStore)];
    expect(to.stats).toEqual(from.stats);
    expect(to.nodes).toEqual(from.nodes);
    expect(to.links).toEqual(from.links);

    const again = join(dir, 'again.json');
    expect((await npmRun('export-cli', join(dir, 'to'), again)).code).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
  });

  it('refuses a store that is not there (and creates none), a file that is not .json, and a store held open', async () => {
    const dir = scratch();
    const missing = await npmRun('export-cli', join(dir, 'nothing'), join(dir, 'backup.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No embedded store at .*nothing\/c2c\.grafeo \(C2C_DATA_DIR\): nothing to export/);
    expect(existsSync(join(dir, 'nothing'))).toBe(false);
    expect(existsSync(join(dir, 'backup.json'))).toBe(false);
    const csv = await npmRun('export-cli', join(dir, 'nothing'), join(dir, 'backup.csv'));
    expect(csv.code).toBe(1);
    expect(csv.stderr).toMatch(/backup\.csv: the file must end in \.json\. Usage: npm run export -- FILE\.json/);
    // A store held open, as by a running server: the engine's lock refuses the export, which says why.
    const held = await withStore(join(dir, 'held'), () => npmRun('export-cli', join(dir, 'held'), join(dir, 'held.json')));
    expect(held.code).toBe(1);
    expect(held.stderr).toMatch(/cannot be locked.*is a server running on it\? Stop it, then export\./);
    expect(existsSync(join(dir, 'held.json'))).toBe(false);
  });
});

describe('an export carries what the import would derive otherwise', () => {
  let server: TestServer;
  let content: string;
  beforeAll(async () => {
    server = await startTestServer();
    const token = await adminToken();
    const write = async (mutation: string) => {
      const { data, errors } = await server.gql(`mutation { ${mutation} }`, {}, undefined, { token });
      expect(errors, mutation).toBeUndefined();
      return data;
    };
    // A place given (no GeoNames place has that name), and a population given beside the one GeoNames has.
    await write('createCity(input: { name: "Nowhere Town", country: "NE", population: 1234, location: { lat: 13.1, lon: 2.1 } }) { id }');
    // On a source that names its document only, as the API allows.
    await write('createCity(input: { name: "Porto", country: "PT", population: 5, sources: [{ document: "Census 2021" }] }) { id }');
    // A stated modality that the rule would not give for three cities, on an id of the API's shape.
    await write(`createPartnership(input: { title: "Porto and Nowhere Town", modality: ONE_ON_ONE, participants: [
      { actorId: "city:pt:porto", role: PEER }, { actorId: "city:ne:nowhere-town", role: PEER }] }) { id }`);
    // A participant added later has its own provenance, here with a quote of one word.
    await write(`updatePartnership(id: "partnership:api:porto-and-nowhere-town", input: { participants: [
      { actorId: "city:pt:porto", role: PEER }, { actorId: "city:ne:nowhere-town", role: PEER }, { actorId: "city:ml:bamako", role: BENEFICIARY }],
      sources: [{ document: "Annual report", locator: "p. 2", quote: "Bamako" }] }) { id }`);
    // A funding keeps its id when its amount changes.
    const created = await write('createFunding(input: { donorId: "donor:dfid", recipientId: "partnership:api:porto-and-nowhere-town", amount: 100, currency: "EUR", startYear: 2020 }) { id }');
    await write(`updateFunding(id: "${(created as { createFunding: { id: string } }).createFunding.id}", input: { amount: 250 }) { id }`);
    // What a city seeks and offers, declared: one on the API's own source, one on a source that names its document only.
    await write('declareCooperationOffer(input: { cityId: "city:ml:bamako", direction: SEEKS, theme: WATER_SANITATION }) { theme }');
    await write(`declareCooperationOffer(input: { cityId: "city:ml:bamako", direction: OFFERS, theme: SOCIAL_CULTURAL, note: "Festival know-how",
      sources: [{ document: "Council minutes" }] }) { theme }`);
    const file = join(scratch(), 'backup.json');
    await exportStore(server.store, file);
    content = readFileSync(file, 'utf8');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('gives the same graph back, every property of every node and relationship', async () => {
    const store = await openEmptyStore('embedded');
    try {
      await importInto(store, content);
      const [before, after] = [await dumpStore(server.store), await dumpStore(store)];
      expect(after.nodes).toEqual(before.nodes);
      expect(after.links).toEqual(before.links);
      expect(after.relationshipCounts).toEqual(before.relationshipCounts);
      const file = join(scratch(), 'again.json');
      await exportStore(store, file);
      expect(readFileSync(file, 'utf8')).toBe(content);
    } finally {
      await store.close();
    }
  });

  it('can fail: without the places the import looks the cities up again, and the graph differs', async () => {
    const data = JSON.parse(content) as { cities: { id: string; place?: object }[] };
    for (const city of data.cities) delete city.place;
    const store = await openEmptyStore('embedded');
    try {
      await importInto(store, JSON.stringify(data));
      const [before, after] = [await dumpStore(server.store), await dumpStore(store)];
      const differing = before.nodes.filter((n) => !after.nodes.includes(n)).map((n) => JSON.parse(n).id as string);
      expect(differing).toEqual(expect.arrayContaining(['city:ne:nowhere-town', 'city:pt:porto']));
      const nowhere = after.nodes.map((n) => JSON.parse(n)).find((n) => n.id === 'city:ne:nowhere-town');
      expect(nowhere.props.population).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('writes a stated modality, a derived orientation, a funding id and a participation of its own as the format says', () => {
    const data = JSON.parse(content) as Record<string, Record<string, unknown>[]>;
    const partnership = data.partnerships!.find((p) => p.id === 'partnership:api:porto-and-nowhere-town')!;
    expect(partnership).toMatchObject({ modality: 'ONE_ON_ONE', modalityStated: true, orientationStated: false });
    expect(partnership.participants).toHaveLength(3);
    expect(data.participations!.filter((x) => x.partnership === partnership.id)).toEqual([
      expect.objectContaining({ partnership: partnership.id, actor: 'city:ml:bamako', role: 'BENEFICIARY', sources: [expect.objectContaining({ quote: 'Bamako' })] }),
    ]);
    // The curated set's participations with sources of their own (organisations in case studies) are written as such too.
    expect(data.participations).toContainEqual(expect.objectContaining({ partnership: 'partnership:000:bremen-pune', actor: 'organisation:university-of-bremen', role: 'PEER' }));
    expect(data.fundings!.find((f) => f.recipient === partnership.id)).toMatchObject({ id: expect.stringMatching(/^funding:/), amount: 250, currency: 'EUR' });
    expect(data.cities!.find((c) => c.id === 'city:ne:nowhere-town')).toMatchObject({ place: { population: 1234, latitude: 13.1, longitude: 2.1 } });
    expect(data.cities!.find((c) => c.id === 'city:ml:bamako')!.offers).toEqual([
      { direction: 'SEEKS', theme: 'WATER_SANITATION', sources: [{ document: 'graphql-api', locator: expect.stringMatching(/^declareCooperationOffer \d{4}-/) }] },
      { direction: 'OFFERS', theme: 'SOCIAL_CULTURAL', note: 'Festival know-how', sources: [{ document: 'Council minutes' }] },
    ]);
  });
});
