// The store contract: what both engines must do alike. It runs in the
// embedded and the neo4j projects, each on its own engine (support/engine.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../server/store/store.ts';
import { seedCurated } from '../server/ingest/seed-curated.ts';
import type { GraphRows } from '../server/ingest/graph-rows.ts';
import { writeGraph } from '../server/ingest/write-graph.ts';
import { openEmptyStore, TEST_ENGINE } from './support/engine.ts';

const city = (id: string, name: string, country: string, extra: Record<string, unknown> = {}) => ({
  id,
  props: { kind: 'CITY', name, nameKey: name.toLowerCase(), country, sourceDocuments: ['test'], sourceLocators: ['line 1'], sourceQuotes: ['q'], ...extra },
});
const partnership = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  props: { title, themes: ['WASTE'], orientation: 'NORTH_SOUTH', startYear: 1998, ...extra },
});

const emptyRows = (): GraphRows => ({
  cities: [], associations: [], networks: [], donors: [], programmes: [], organisations: [], partnerships: [], extraDonorIds: [],
  participations: [], memberships: [], fundings: [], supports: [], runs: [],
});

describe(`store contract: ${TEST_ENGINE}`, () => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await openEmptyStore();
  });
  afterEach(async () => {
    await store.close();
  });

  it('writes and reads back plain JS values (numbers, lists, null for missing)', async () => {
    await store.run('upsert-cities', { rows: [city('city:fr:lyon', 'Lyon', 'FR', { population: 522_250, latitude: 45.75 })] });
    const [row] = await store.run('actors-by-ids', { ids: ['city:fr:lyon'] });
    expect(row).toBeDefined();
    const props = row!.props as Record<string, unknown>;
    expect(props.population).toBe(522_250);
    expect(typeof props.population).toBe('number');
    expect(props.latitude).toBe(45.75);
    expect(props.sourceDocuments).toEqual(['test']);
    expect(row!.labels).toEqual(expect.arrayContaining(['City', 'Actor']));
  });

  it('upserts idempotently: the same rows twice leave one node, and null removes a property', async () => {
    const rows = [city('city:tg:lome', 'Lomé', 'TG', { population: 1 })];
    await store.run('upsert-cities', { rows });
    await store.run('upsert-cities', { rows });
    await store.run('upsert-cities', { rows: [city('city:tg:lome', 'Lomé', 'TG', { population: null })] });
    const [stats] = await store.run('stats');
    expect(stats!.cities).toBe(1);
    const [row] = await store.run('actors-by-ids', { ids: ['city:tg:lome'] });
    expect((row!.props as Record<string, unknown>).population ?? null).toBeNull();
  });

  it('answers the batched relationship reads', async () => {
    await store.transaction(async (tx) => {
      await tx.run('upsert-cities', { rows: [city('city:a:a', 'Alpha', 'FR'), city('city:b:b', 'Beta', 'ML'), city('city:c:c', 'Gamma', 'ML')] });
      await tx.run('upsert-partnerships', { rows: [partnership('partnership:000:ab', 'Alpha–Beta'), partnership('partnership:000:bc', 'Beta–Gamma')] });
      await tx.run('upsert-participations', {
        rows: [
          { actor: 'city:a:a', partnership: 'partnership:000:ab', props: { role: 'RESOURCE' } },
          { actor: 'city:b:b', partnership: 'partnership:000:ab', props: { role: 'BENEFICIARY' } },
          { actor: 'city:b:b', partnership: 'partnership:000:bc', props: { role: 'PEER' } },
          { actor: 'city:c:c', partnership: 'partnership:000:bc', props: { role: 'PEER' } },
        ],
      });
    });
    const partners = await store.run('partners-of-cities', { ids: ['city:b:b', 'city:a:a'] });
    expect(partners.map((r) => [r.id, r.partner])).toEqual([
      ['city:a:a', 'city:b:b'],
      ['city:b:b', 'city:a:a'],
      ['city:b:b', 'city:c:c'],
    ]);
    const participants = await store.run('participants-of-partnerships', { ids: ['partnership:000:ab'] });
    expect(participants.map((r) => [r.actor, r.role])).toEqual([
      ['city:a:a', 'RESOURCE'],
      ['city:b:b', 'BENEFICIARY'],
    ]);
    const filters = { region: null, bloc: null, ldc: null, nameKey: null, ids: null, skip: 0, limit: 1 };
    const [page] = await store.run('cities-page-in-country', { ...filters, country: 'ML' });
    expect(page).toEqual({ total: 2, page: ['city:b:b'] });
    const [all] = await store.run('cities-page', filters);
    expect(all!.total).toBeGreaterThan(2);
  });

  it('enforces unique ids per label', async () => {
    await store.run('upsert-cities', { rows: [city('city:x:x', 'X', 'FR')] });
    // A programme with a city's id would make two Actor nodes share an id.
    await expect(store.run('upsert-programmes', { rows: [{ id: 'city:x:x', props: { kind: 'PROGRAMME', name: 'Clash' } }] })).rejects.toThrow();
    const [stats] = await store.run('stats');
    expect(stats!.programmes).toBe(0);
  });

  it('rolls a transaction back whole when its work throws', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.run('upsert-cities', { rows: [city('city:y:y', 'Y', 'FR')] });
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    const [stats] = await store.run('stats');
    expect(stats!.cities).toBe(0);
  });

  it('writes a graph all or nothing: a row that references a missing node aborts the whole load', async () => {
    const rows = { ...emptyRows(), cities: [city('city:fr:lyon', 'Lyon', 'FR')], partnerships: [partnership('partnership:000:p', 'P')] };
    rows.participations = [{ actor: 'city:zz:missing', partnership: 'partnership:000:p', props: { role: 'PEER' } }];
    await expect(writeGraph(store, rows)).rejects.toThrow(/upsert-participations: wrote 0 of 1 rows/);
    const [stats] = await store.run('stats');
    expect([stats!.cities, stats!.partnerships]).toEqual([0, 0]);
  });

  it('refuses unknown statements and undeclared or missing parameters', async () => {
    await expect(store.run('no-such-statement')).rejects.toThrow(/Unknown statement "no-such-statement"/);
    await expect(store.run('actors-by-ids', {})).rejects.toThrow(/missing \$ids/);
    await expect(store.run('actors-by-ids', { ids: [], extra: 1 })).rejects.toThrow(/undeclared \$extra/);
  });

  it('seeds the curated data idempotently: a second run changes nothing', async () => {
    await seedCurated(store);
    const [first] = await store.run('stats');
    const firstTypes = await store.run('relationship-counts');
    await seedCurated(store);
    expect((await store.run('stats'))[0]).toEqual(first);
    expect(await store.run('relationship-counts')).toEqual(firstTypes);
    expect(first!.cities).toBeGreaterThan(100);
  });

  it('answers the health ping', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});
