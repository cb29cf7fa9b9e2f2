// Many writers at once lose nothing: 50 clients adding 20 memberships each in
// parallel over HTTP leave exactly 1,000 memberships, none lost and none
// twice; clients racing to add the same membership get it added once; and
// concurrent updates of one actor leave a record that is one whole update,
// with the notes of every update kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, startTestServer, type TestServer } from './support/server.ts';

const CLIENTS = 50;
const PER_CLIENT = 20;

let server: TestServer;
let token: string;

/** Runs a mutation as an admin; fails the test on any error. */
async function mutate<T = any>(query: string, variables: Record<string, unknown>): Promise<T> {
  const { data, errors } = await server.gql(query, variables, undefined, { token });
  if (errors?.length) throw new Error(JSON.stringify(errors));
  return data as T;
}

const CREATE_CITY = 'mutation($input: CreateCityInput!) { createCity(input: $input) { id } }';
const CREATE_NETWORK = 'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }';
const ADD_MEMBERSHIP = 'mutation($input: MembershipInput!) { addMembership(input: $input) { member { id } organisation { id } } }';
const UPDATE_CITY = 'mutation($id: ID!, $input: UpdateCityInput!) { updateCity(id: $id, input: $input) { id population aliases } }';
const MEMBERSHIPS = 'query($id: ID!) { actor(id: $id) { ... on City { memberships { id } } } }';

const memberships = async () => {
  const counts = await server.store.run<{ type: string; count: number }>('relationship-counts');
  return counts.find((c) => c.type === 'MEMBER_OF')?.count ?? 0;
};

const cities = Array.from({ length: CLIENTS }, (_, i) => `city:fr:concurrent-${i}`);
const networks = Array.from({ length: PER_CLIENT }, (_, j) => `network:concurrent-${j}`);

beforeAll(async () => {
  server = await startTestServer({ empty: true });
  token = await adminToken();
  // The members and organisations, themselves created by parallel writers.
  await Promise.all([
    ...cities.map((id, i) => mutate(CREATE_CITY, { input: { id, name: `Concurrent ${i}`, country: 'FR', population: 1000 + i } })),
    ...networks.map((id, j) => mutate(CREATE_NETWORK, { input: { id, name: `Concurrent Network ${j}` } })),
  ]);
});
afterAll(async () => {
  await server?.close();
});

describe('concurrent writers', () => {
  it(`${CLIENTS} clients adding ${PER_CLIENT} memberships each in parallel leave exactly ${CLIENTS * PER_CLIENT}`, async () => {
    expect(await memberships()).toBe(0);
    const client = async (city: string) => {
      for (const network of networks) await mutate(ADD_MEMBERSHIP, { input: { memberId: city, organisationId: network } });
    };
    await Promise.all(cities.map(client));

    expect(await memberships()).toBe(CLIENTS * PER_CLIENT);
    const pairs = new Set<string>();
    for (const city of cities) {
      const { data } = await server.gql(MEMBERSHIPS, { id: city });
      const ids: string[] = data.actor.memberships.map((m: { id: string }) => m.id);
      expect(ids.sort(), city).toEqual([...networks].sort());
      for (const id of ids) pairs.add(`${city}->${id}`);
    }
    expect(pairs.size).toBe(CLIENTS * PER_CLIENT);
  });

  it('adds a membership that 20 clients race to add once, and tells the others it exists', async () => {
    const before = await memberships();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => server.gql(ADD_MEMBERSHIP, { input: { memberId: cities[0], organisationId: 'network:racing' } }, undefined, { token })),
    );
    expect(results.every((r) => r.errors?.[0].extensions.code === 'BAD_USER_INPUT')).toBe(true); // the network does not exist yet
    await mutate(CREATE_NETWORK, { input: { id: 'network:racing', name: 'Racing Network' } });

    const raced = await Promise.all(
      Array.from({ length: 20 }, () => server.gql(ADD_MEMBERSHIP, { input: { memberId: cities[0], organisationId: 'network:racing' } }, undefined, { token })),
    );
    const added = raced.filter((r) => !r.errors);
    const refused = raced.filter((r) => r.errors);
    expect(added).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const r of refused) expect(r.errors![0].message).toMatch(/is already a member: nothing to add/);
    expect(await memberships()).toBe(before + 1);
  });

  it('leaves one actor updated by 50 clients at once as one whole update, with every note kept', async () => {
    const id = cities[1]!;
    const updates = Array.from({ length: 50 }, (_, i) => ({ population: 5000 + i, aliases: [`Alias ${i}`], notes: [`concurrent note ${i}`] }));
    await Promise.all(updates.map((input) => mutate(UPDATE_CITY, { id, input })));

    const { data } = await server.gql('query($id: ID!) { actor(id: $id) { ... on City { population aliases notes } } }', { id });
    const { population, aliases, notes } = data.actor;
    const winner = population - 5000;
    expect(winner).toBeGreaterThanOrEqual(0);
    expect(aliases).toEqual([`Alias ${winner}`]);
    expect([...notes].sort()).toEqual(updates.map((u) => u.notes[0]).sort());
    const { data: found } = await server.gql('query($text: String!) { search(text: $text) { id } }', { text: `Alias ${winner}` });
    expect(found.search.map((a: { id: string }) => a.id)).toContain(id);
  });
});
