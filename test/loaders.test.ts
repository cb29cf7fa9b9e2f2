// The per-request loaders (server/graphql/loaders.ts) tell "no such node" from
// "the store did not answer": a failed statement fails every load it batched,
// so that a database that went away is answered STORE_UNAVAILABLE, never as a
// missing actor (CI once saw addMembership's member reported "not in the
// graph" after Neo4j was killed).
import { describe, expect, it } from 'vitest';
import { createLoaders } from '../server/graphql/loaders.ts';
import { StoreUnavailableError, type GraphStore, type Params, type Row } from '../server/store/store.ts';

const storeAnswering = (run: (name: string, params: Params) => Promise<Row[]>) => ({ run }) as unknown as GraphStore;

describe('the node loaders', () => {
  it('give the node, or null where the store has none', async () => {
    const loaders = createLoaders(storeAnswering(async () => [{ id: 'city:fr:lyon', name: 'Lyon' }]));
    const [found, missing] = await Promise.all([loaders.actor.load('city:fr:lyon'), loaders.actor.load('city:fr:nowhere')]);
    expect(found).toEqual({ id: 'city:fr:lyon', name: 'Lyon' });
    expect(missing).toBeNull();
  });

  it("fail every load of a batch whose statement failed, with the store's error", async () => {
    const gone = new StoreUnavailableError('neo4j', new Error('connect ECONNREFUSED'));
    const loaders = createLoaders(storeAnswering(async () => Promise.reject(gone)));
    const loads = ['city:fr:lyon', 'city:fr:paris'].map((id) => loaders.actor.load(id));
    for (const load of loads) await expect(load).rejects.toBe(gone);
    await expect(loaders.partnership.load('partnership:001:x')).rejects.toBe(gone);
  });
});
