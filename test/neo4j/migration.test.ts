// Migration both ways: a store on the embedded engine exported to a file
// (seed/export/), the file imported into an empty Neo4j, which then holds the
// same graph (every node and relationship with every property,
// test/store-dump.ts), the same stats and the same answer to every ask of
// support/answers.ts; Neo4j exported in turn gives the same file byte for
// byte, and imported into an empty embedded store the same graph again. On
// the curated data and on a synthetic set, whose made-up populations and
// coordinates only the file's `place` carries.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStore, type ExportReport } from '../../seed/export/export-store.ts';
import { importDataSet } from '../../server/ingest/import/import-data-set.ts';
import type { SeedData } from '../../server/ingest/schema.ts';
import { seedCurated } from '../../server/ingest/seed-curated.ts';
import { generateDataSet } from '../../seed/synthetic/generate.ts';
import { loadDataSet } from '../../seed/synthetic/load.ts';
import { answersOf, asksAbout, type Answer, type Ask, type Subjects } from '../support/answers.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { dumpStore } from '../store-dump.ts';

const SYNTHETIC_CITIES = 2000;

/** The asks' subjects, from the file: the city in the most partnerships, one in the fewest, one in none (or the second), the hub's country. */
function subjectsOf(content: string, searches: string[]): Subjects {
  const { cities, partnerships } = JSON.parse(content) as SeedData;
  const count = new Map(cities.map((c) => [c.id, 0]));
  for (const p of partnerships) for (const { actor } of p.participants) if (count.has(actor)) count.set(actor, count.get(actor)! + 1);
  const ranked = [...count].filter(([, n]) => n > 0).sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1));
  const hub = ranked[0]![0];
  const asking = [...count].find(([, n]) => n === 0)?.[0] ?? ranked[1]![0];
  return { hub, other: ranked.at(-1)![0], asking, country: cities.find((c) => c.id === hub)!.country, searches };
}

/** Exports `server`'s store to `file`, timed. */
async function timedExport(server: TestServer, file: string): Promise<ExportReport & { seconds: number }> {
  const started = performance.now();
  const report = await exportStore(server.store, file);
  return { ...report, seconds: (performance.now() - started) / 1000 };
}

/** Imports `file` into an empty server of `engine`, timed. */
async function importedInto(engine: 'embedded' | 'neo4j', file: string): Promise<{ server: TestServer; seconds: number }> {
  const server = await startTestServer({ engine, empty: true });
  const started = performance.now();
  await importDataSet(server.store, { fileName: 'backup.json', content: readFileSync(file, 'utf8'), format: 'JSON', dryRun: false });
  return { server, seconds: (performance.now() - started) / 1000 };
}

async function expectSameGraph(actual: TestServer, expected: TestServer): Promise<void> {
  const [a, e] = [await dumpStore(actual.store), await dumpStore(expected.store)];
  expect(a.stats, 'stats').toEqual(e.stats);
  expect(a.relationshipCounts, 'relationships of each type').toEqual(e.relationshipCounts);
  expect(a.nodes, 'nodes with their labels and properties').toEqual(e.nodes);
  expect(a.links, 'relationships with their properties').toEqual(e.links);
}

async function expectSameAnswers(server: TestServer, asks: Ask[], expected: Map<string, Answer>): Promise<void> {
  const actual = await answersOf(server, asks);
  const differing = asks.map((a) => a.name).filter((name) => actual.get(name)!.hash !== expected.get(name)!.hash);
  for (const name of differing) expect.soft(actual.get(name)!.value, name).toEqual(expected.get(name)!.value);
  expect(differing, 'the answers that differ').toEqual([]);
}

const seconds = (s: number) => `${s.toFixed(1)} s`;
const size = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function migration(data: string, load: (server: TestServer) => Promise<unknown>, searches: string[]) {
  describe(`migrating the ${data}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'c2c-migration-'));
    const [fromEmbedded, fromNeo4j] = [join(dir, 'embedded.json'), join(dir, 'neo4j.json')];
    const servers: TestServer[] = [];
    let source: TestServer;
    let asks: Ask[];
    let expected: Map<string, Answer>;
    let neo4j: TestServer;

    beforeAll(async () => {
      source = await startTestServer({ engine: 'embedded', empty: true });
      servers.push(source);
      await load(source);
    }, 300_000);
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.close()));
    });

    it('embedded, to a file, to an empty Neo4j: the same graph, stats and answers', async () => {
      const exported = await timedExport(source, fromEmbedded);
      const imported = await importedInto('neo4j', fromEmbedded);
      neo4j = imported.server;
      servers.push(neo4j);
      await expectSameGraph(neo4j, source);
      asks = asksAbout(subjectsOf(readFileSync(fromEmbedded, 'utf8'), searches));
      expected = await answersOf(source, asks);
      await expectSameAnswers(neo4j, asks, expected);
      console.log(`[migration] ${data}: embedded export ${seconds(exported.seconds)}, ${size(exported.bytes)} (${exported.nodes} nodes, ${exported.relationships} relationships); import into Neo4j ${seconds(imported.seconds)}; ${asks.length} answers alike`);
    }, 600_000);

    it('and back: Neo4j exported gives the same file, and an empty embedded store imported from it the same graph, stats and answers', async () => {
      expect(neo4j, 'the migration to Neo4j ran').toBeDefined();
      const exported = await timedExport(neo4j, fromNeo4j);
      expect(readFileSync(fromNeo4j, 'utf8') === readFileSync(fromEmbedded, 'utf8'), 'the two exports are the same file').toBe(true);
      const imported = await importedInto('embedded', fromNeo4j);
      servers.push(imported.server);
      await expectSameGraph(imported.server, source);
      await expectSameAnswers(imported.server, asks, expected);
      console.log(`[migration] ${data}: Neo4j export ${seconds(exported.seconds)}, ${size(exported.bytes)}; import into embedded ${seconds(imported.seconds)}; ${asks.length} answers alike`);
    }, 600_000);
  });
}

migration('curated data', (server) => seedCurated(server.store), ['medellin', 'san', 'bar', 'city of']);

const synthetic = generateDataSet({ cities: SYNTHETIC_CITIES, seed: 7 });
migration(`${SYNTHETIC_CITIES}-city synthetic set`, async (server) => {
  await loadDataSet(server.store, synthetic);
  // The places are the generator's, which no lookup would find: what the migration must carry.
  const [city] = await server.store.run<{ props: { population: number } }>('actors-by-ids', { ids: [synthetic.file.cities[0]!.id] });
  expect(city!.props.population).toBe(synthetic.places.get(synthetic.file.cities[0]!.id)!.population);
}, ['an', 'ville', 'sa']);
