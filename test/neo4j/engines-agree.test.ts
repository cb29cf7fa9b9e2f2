// The same answers on both engines: every analysis, graph view, search
// ranking, detail and page (cursors included) on the curated data and on a
// 3,000-city synthetic set, put to an embedded and a Neo4j server over the
// same data and compared by canonical hash (support/answers.ts); an answer
// that differs is shown as a diff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCurated } from '../../server/ingest/seed-curated.ts';
import { generateDataSet } from '../../seed/synthetic/generate.ts';
import { loadDataSet } from '../../seed/synthetic/load.ts';
import type { GraphQuery, IsolatedCitiesQuery } from '../generated/operations.ts';
import { answersOf, asksAbout, hashOf, type Subjects } from '../support/answers.ts';
import { read } from '../support/operations.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const SYNTHETIC_CITIES = 3000;

/** The best-linked city, a weakly linked one, an isolated one (or the second best) and the hub's country, from the data. */
async function subjectsOf(server: TestServer, searches: string[]): Promise<Subjects> {
  const { graph } = await read<GraphQuery>(server, 'Graph');
  const links = new Map<string, number>();
  for (const edge of graph.edges) for (const end of [edge.source, edge.target]) links.set(end, (links.get(end) ?? 0) + 1);
  const cities = graph.nodes
    .filter((n) => n.kind === 'CITY' && links.has(n.id))
    .sort((a, b) => links.get(b.id)! - links.get(a.id)! || (a.id < b.id ? -1 : 1));
  const { isolatedCities } = await read<IsolatedCitiesQuery>(server, 'IsolatedCities', { first: 1 });
  const hub = cities[0]!;
  return { hub: hub.id, other: cities.at(-1)!.id, asking: isolatedCities[0]?.id ?? cities[1]!.id, country: hub.country!, searches };
}

function agreement(data: string, load: (server: TestServer) => Promise<unknown>, searches: string[]) {
  describe(`the engines on the ${data}`, () => {
    let embedded: TestServer;
    let neo4j: TestServer;
    beforeAll(async () => {
      [embedded, neo4j] = await Promise.all([startTestServer({ engine: 'embedded', empty: true }), startTestServer({ engine: 'neo4j', empty: true })]);
      await Promise.all([load(embedded), load(neo4j)]);
    }, 300_000);
    afterAll(async () => {
      await Promise.all([embedded?.close(), neo4j?.close()]);
    });

    it('answer every analysis, view, search and page alike', async () => {
      const asks = asksAbout(await subjectsOf(embedded, searches));
      const [expected, actual] = [await answersOf(embedded, asks), await answersOf(neo4j, asks)];
      const differing = asks.map((a) => a.name).filter((name) => expected.get(name)!.hash !== actual.get(name)!.hash);
      for (const name of differing) expect.soft(actual.get(name)!.value, name).toEqual(expected.get(name)!.value);
      expect(differing, 'the answers that differ').toEqual([]);
      console.log(`[engines agree] ${data}: ${asks.length} answers alike, together ${hashOf([...expected.values()].map((a) => a.hash)).slice(0, 16)}`);
    }, 300_000);
  });
}

agreement('curated data', (server) => seedCurated(server.store), ['medellin', 'san', 'bar', 'city of']);

const synthetic = generateDataSet({ cities: SYNTHETIC_CITIES, seed: 42 });
agreement(`${SYNTHETIC_CITIES}-city synthetic set`, (server) => loadDataSet(server.store, synthetic), ['an', 'ville', 'sa']);
