// The city detail read, both ways the GraphQL overhead compares: the
// operation the client sends, and the store statements its resolvers run for
// it, in the same order — the city (actor loader), its partners (partnersOf
// loader), then the partners' nodes (one batched actor load, as `actors`
// in server/graphql/resolvers/lookups.ts makes it).
import type { GraphStore } from '../server/store/store.ts';

export const CITY_DETAIL = 'query CityDetail($id: ID!) { actor(id: $id) { id name ... on City { country population partners { id name } } } }';

export async function readCityDetailDirectly(store: GraphStore, id: string): Promise<void> {
  await store.run('actors-by-ids', { ids: [id] });
  const partners = await store.run('partners-of-cities', { ids: [id] });
  await store.run('actors-by-ids', { ids: partners.map((row) => row.partner) });
}
