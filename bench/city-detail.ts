// The city detail read, both ways the GraphQL overhead compares: the
// operation the client sends, and the store statements its resolvers run for
// it, in the same order — the city (actor loader), then its partners with
// their nodes (partnersOf loader).
import type { GraphStore } from '../server/store/store.ts';

export const CITY_DETAIL = 'query CityDetail($id: ID!) { actor(id: $id) { id name ... on City { country population partners { id name } } } }';

export async function readCityDetailDirectly(store: GraphStore, id: string): Promise<void> {
  await store.run('actors-by-ids', { ids: [id] });
  await store.run('partners-of-cities', { ids: [id] });
}
