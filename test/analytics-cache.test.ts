// The analyses read one projection per data version, keep their results with
// it, and start afresh after a write. While writes keep coming (docs/api.md,
// "Analyses under writes"): writes that commit during a projection read cost
// one more read, not one each; a city just created is found by search and has
// a neighbourhood at once; the strict setting never answers from an older
// projection, and a bound lets only the whole-graph analyses lag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analytics } from '../server/analytics/analytics.ts';
import { foldName } from '../server/domain/text.ts';
import { openStore } from '../server/store/open-store.ts';
import type { GraphStore } from '../server/store/store.ts';
import { seedCurated } from '../server/ingest/seed-curated.ts';
import { adminToken, startTestServer, type TestServer } from './support/server.ts';
import { countingStore } from './support/store-wrappers.ts';

let store: GraphStore;
beforeAll(async () => {
  store = await openStore({ dataDir: null, neo4j: null });
  await seedCurated(store);
});
afterAll(async () => {
  await store?.close();
});

describe('analytics cache', () => {
  it('reads the projection once for every analysis, and answers a repeated analysis from the cache', async () => {
    const counting = countingStore(store);
    const analytics = new Analytics(counting.store);
    const clusters = await analytics.clusters(null, 'LOUVAIN');
    await analytics.triangles('ANY', null);
    await analytics.supportGaps('REGION', null, 2);
    await analytics.coverage(null);
    await analytics.matches('city:vn:hanoi', 'WASTE');
    expect([...counting.calls].sort()).toEqual(['projection-actors', 'projection-links', 'projection-participations', 'projection-partnerships']);
    expect(await analytics.clusters(null, 'LOUVAIN')).toBe(clusters);
    expect(await analytics.clusters({ themes: [], regions: null }, 'LOUVAIN')).toBe(clusters); // the same filter, written differently
  });

  it('computes afresh after a write', async () => {
    const analytics = new Analytics(store);
    const before = await analytics.supportGaps('COUNTRY', null, 2);
    await store.transaction(async (tx) => {
      await tx.run('delete-nodes', { ids: ['donor:european-commission'] });
    });
    const after = await analytics.supportGaps('COUNTRY', null, 2);
    expect(after).not.toBe(before);
    expect((await analytics.citySupport('city:ni:esteli'))?.supporters).not.toContain('donor:european-commission');
  });
});

let made = 0;
/** Writes one new city straight through the store (one commit, one new data version). */
async function newCity(target: GraphStore): Promise<string> {
  const id = `city:is:written-${made++}`;
  const name = `Written ${id.slice(-3)}`;
  await target.run('upsert-cities', { rows: [{ id, props: { kind: 'CITY', name, nameKey: foldName(name), country: 'IS', region: 'EUROPE' } }] });
  return id;
}

/** `store`, with the projection's actor statement held back until `open` is called. */
function gated(inner: GraphStore): { store: GraphStore; open: () => void } {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  return {
    open,
    store: {
      engine: inner.engine,
      get dataVersion() {
        return inner.dataVersion;
      },
      run: async (statement, params) => {
        if (statement === 'projection-actors') await gate;
        return inner.run(statement, params);
      },
      transaction: (work) => inner.transaction(work),
      ping: () => inner.ping(),
      close: () => inner.close(),
    },
  };
}

describe('analytics under writes', () => {
  it('folds the writes that commit during a projection read into one more read', async () => {
    const counting = countingStore(store);
    const { store: slow, open } = gated(counting.store);
    const analytics = new Analytics(slow);
    const first = analytics.clusters(null, 'LOUVAIN');
    // Ten writes commit while that read is held, each followed by a request that needs it.
    const neighbourhoods = [];
    for (let i = 0; i < 10; i++) {
      const id = await newCity(slow);
      neighbourhoods.push(analytics.neighbourhood(id, { depth: 1, limit: 10, mergeParallel: false, edgeLimit: 100 }).then((subgraph) => ({ id, subgraph })));
    }
    open();
    await first;
    for (const { id, subgraph } of await Promise.all(neighbourhoods)) expect(subgraph.nodes.map((n) => n.id)).toContain(id);
    expect(counting.calls.filter((s) => s === 'projection-actors')).toHaveLength(2);
  });

  it('never answers from an older projection with the strict setting', async () => {
    const analytics = new Analytics(store);
    await analytics.graph(null);
    const id = await newCity(store);
    expect((await analytics.graph(null)).nodes.map((n) => n.id)).toContain(id);
    expect(await analytics.isolatedCities(null, 2)).toContain(id);
  });

  it('with a bound, lets the whole-graph analyses lag while what a request names is as committed', async () => {
    const analytics = new Analytics(store, undefined, 3_600_000);
    await analytics.graph(null);
    const id = await newCity(store);
    // Within the bound: the analysis may come from the projection before the write...
    expect((await analytics.graph(null)).nodes.map((n) => n.id)).not.toContain(id);
    // ...but the city itself is there at once.
    expect(await analytics.hasActor(id)).toBe(true);
    expect((await analytics.neighbourhood(id, { depth: 1, limit: 10, mergeParallel: false, edgeLimit: 100 })).nodes.map((n) => n.id)).toEqual([id]);
    expect(await analytics.citySupport(id)).toMatchObject({ level: 'ISOLATED' });
  });
});

describe('read your writes over the API', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const CREATE = 'mutation Create($input: CreateCityInput!) { createCity(input: $input) { id } }';
  const FIND = 'query Find($text: String!, $id: ID!) { search(text: $text) { id } neighbourhood(id: $id, depth: 1) { nodes { id } } }';

  it('finds each city it creates by search and in its neighbourhood, while other writes keep coming', async () => {
    const token = await adminToken();
    const create = async (name: string) => {
      const { data, errors } = await server.gql(CREATE, { input: { name, country: 'IS', location: { lat: 64.1, lon: -21.9 } } }, undefined, { token });
      expect(errors).toBeUndefined();
      return data.createCity.id as string;
    };
    await server.gql(FIND, { text: 'Reykjavik', id: 'city:vn:hanoi' }); // the caches are built
    const others = Array.from({ length: 20 }, (_, i) => create(`Background Town ${i}`));
    const creators = Array.from({ length: 5 }, async (_, i) => {
      const name = `Readback Village ${i}`;
      const id = await create(name);
      const { data, errors } = await server.gql(FIND, { text: name, id });
      expect(errors).toBeUndefined();
      expect(data.search.map((a: { id: string }) => a.id)).toContain(id);
      expect(data.neighbourhood.nodes.map((n: { id: string }) => n.id)).toEqual([id]);
    });
    await Promise.all([...others, ...creators]);
  });
});
