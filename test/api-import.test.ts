// importDataSet over HTTP: a file sent as a string is imported all or
// nothing, and a refused file lists every bad row with its line.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportDataSetMutation, SearchQuery } from './generated/operations.ts';
import { read } from './support/operations.ts';
import { adminToken, startTestServer, type TestServer } from './support/server.ts';

const IMPORT = readFileSync(new URL('./operations/import.graphql', import.meta.url), 'utf8');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** importDataSet as an admin, the only role that may import. */
const importFile = async (input: Record<string, unknown>) => server.gql<ImportDataSetMutation>(IMPORT, { input }, 'ImportDataSet', { token: await adminToken() });

async function counts() {
  const [stats] = await server.store.run('stats');
  return { stats, relationships: await server.store.run('relationship-counts') };
}

const CITIES = [
  'id,name,country,aliases',
  'city:ne:niamey,Niamey,NE,Niamé',
  'city:xx:atlantis,Atlantis,XX,',
  'city:ml:segou,Ségou,ML,',
  'city:fr:paris,Paris,France,',
].join('\n');

describe('importDataSet', () => {
  it('refuses a CSV file with bad rows, writes nothing, and lists every bad row with its line', async () => {
    const before = await counts();
    const { errors, data } = await importFile({ fileName: 'cities.csv', content: CITIES, format: 'CSV', kind: 'CITIES' });
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    const problems = errors![0].extensions.problems as { line: number; field: string; reason: string }[];
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'country'],
      [5, 'country'],
    ]);
    expect(errors![0].message).toMatch(/cities\.csv: 2 bad rows; nothing was written/);
    expect(await counts()).toEqual(before);
  });

  it('checks a good file in a dry run without writing, then imports it', async () => {
    const good = CITIES.split('\n').filter((line) => !/atlantis|paris/.test(line)).join('\n');
    const before = await counts();
    const dry = await importFile({ fileName: 'sahel.cities.csv', content: good, format: 'CSV', dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importDataSet).toMatchObject({ dryRun: true, records: [{ kind: 'cities', count: 2 }] });
    expect(await counts()).toEqual(before);

    const real = await importFile({ fileName: 'sahel.cities.csv', content: good, format: 'CSV' });
    expect(real.data!.importDataSet).toMatchObject({ dryRun: false, records: [{ kind: 'cities', count: 2 }] });
    expect(real.data!.importDataSet.message).toMatch(/sahel\.cities\.csv wrote 2 cities/);
    const { search } = await read<SearchQuery>(server, 'Search', { text: 'segou' });
    expect(search[0]).toMatchObject({ id: 'city:ml:segou', name: 'Ségou', kind: 'CITY' });
  });

  it('imports the seed’s JSON format and reports a bad record on its line', async () => {
    const file = (themes: string[]) =>
      JSON.stringify({ networks: [{ id: 'network:sahel-water', name: 'Sahel Water Cities', themes }] }, null, 2);
    const json = file(['WATER_SANITATION', 'DROUGHT']);
    const { errors } = await importFile({ fileName: 'sahel.json', content: json, format: 'JSON' });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const [problem] = errors![0].extensions.problems as { line: number; field: string; reason: string }[];
    expect(json.split('\n')[problem!.line - 1]).toMatch(/DROUGHT|themes|network:sahel-water/);
    const ok = await importFile({ fileName: 'sahel.json', content: file(['WATER_SANITATION']), format: 'JSON' });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.importDataSet.records).toEqual([{ kind: 'networks', count: 1 }]);
  });

  it('says when a CSV layout is given for a JSON file', async () => {
    const { errors } = await importFile({ fileName: 'x.json', content: '{}', format: 'JSON', kind: 'CITIES' });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
  });
});
