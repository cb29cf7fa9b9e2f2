// Clients that write to a server process until it dies, or the database
// behind it does, and remember every write the server acknowledged (200 with
// no error): after a crash and a restart, each of those must be in the store, whole. Each write is a chain a
// crash could cut anywhere: a new city, a partnership between it and a hub
// city (a node and two relationships in one transaction), and the city's
// membership of a network.
import { expect } from 'vitest';
import type { EngineName } from '../../server/store/store.ts';
import type { GqlAnswer, ServerProcess } from './server-process.ts';

export const PROBE_NAME = 'Crashprobe';
export const HUB = 'city:is:crashprobe-hub';
export const NETWORK = 'network:crashprobe-network';

const CREATE_CITY = 'mutation($input: CreateCityInput!) { createCity(input: $input) { id } }';
const CREATE_NETWORK = 'mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }';
const CREATE_PARTNERSHIP = 'mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }';
const ADD_MEMBERSHIP = 'mutation($input: MembershipInput!) { addMembership(input: $input) { member { id } } }';

export interface Acknowledged {
  cities: string[];
  partnerships: string[];
  /** Ids of the cities whose membership of NETWORK was acknowledged. */
  members: string[];
}

export const nothingAcknowledged = (): Acknowledged => ({ cities: [], partnerships: [], members: [] });

/** The server's answer that its database went away (503, STORE_UNAVAILABLE, or TIMEOUT while it waited for it). */
const databaseGone = (answer: GqlAnswer) =>
  answer.status === 503 && !!answer.errors?.every((e) => ['STORE_UNAVAILABLE', 'TIMEOUT'].includes(e.extensions?.reason as string));

/**
 * A write the server answered; anything but a 200 without errors, or an answer that the database went away, fails
 * the test, since a server and database that are alive must not refuse these.
 */
async function acknowledged(server: ServerProcess, query: string, input: Record<string, unknown>): Promise<boolean> {
  let answer: GqlAnswer;
  try {
    answer = await server.gql(query, { input }, { admin: true });
  } catch {
    return false; // the server died before it answered: not acknowledged
  }
  if (databaseGone(answer)) return false;
  if (answer.status !== 200 || answer.errors?.length) {
    throw new Error(`write refused: ${answer.status} ${JSON.stringify(answer.errors)}\nthe server's last output:\n${server.output().slice(-3000)}`);
  }
  return true;
}

const city = (id: string, name: string, i: number) => ({
  id, name, country: 'IS', population: 1000 + i, location: { lat: 64 + (i % 100) / 100, lon: -21 },
});

/** The hub city and the network every probe city links to. */
export async function createHub(server: ServerProcess): Promise<void> {
  if (!(await acknowledged(server, CREATE_CITY, city(HUB, `${PROBE_NAME} Hub`, 0)))) throw new Error('the hub city was not written');
  if (!(await acknowledged(server, CREATE_NETWORK, { id: NETWORK, name: `${PROBE_NAME} Network` }))) throw new Error('the network was not written');
}

/**
 * `clients` writers, each writing up to `perClient` chains (city, partnership, membership) until the server, or its
 * database, stops answering; adds what was acknowledged to `into`. Resolves when every writer has stopped.
 */
export async function writeUntilDeath(server: ServerProcess, round: number, clients: number, perClient: number, into: Acknowledged): Promise<void> {
  const writer = async (client: number) => {
    for (let k = 0; k < perClient; k++) {
      const slug = `crashprobe-${round}-${client}-${k}`;
      const id = `city:is:${slug}`;
      if (!(await acknowledged(server, CREATE_CITY, city(id, `${PROBE_NAME} ${round} ${client} ${k}`, k + 1)))) return;
      into.cities.push(id);
      const partnership = {
        id: `partnership:api:${slug}`,
        title: `${PROBE_NAME} partnership ${round} ${client} ${k}`,
        participants: [{ actorId: id, role: 'PEER' }, { actorId: HUB, role: 'PEER' }],
      };
      if (!(await acknowledged(server, CREATE_PARTNERSHIP, partnership))) return;
      into.partnerships.push(partnership.id);
      if (!(await acknowledged(server, ADD_MEMBERSHIP, { memberId: id, organisationId: NETWORK }))) return;
      into.members.push(id);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, client) => writer(client)));
}

const STORED = `query($hub: ID!, $network: ID!, $name: String!) {
  cities(where: { nameContains: $name }, first: 1000) { totalCount edges { node { id } } }
  partnerships(where: { participantId: $hub }, first: 1000) { totalCount edges { node { id participants { actor { id } } } } }
  network: actor(id: $network) { ... on Network { members { id } } }
}`;

export interface Stored {
  cities: Set<string>;
  /** Each stored partnership of the hub with the ids of its participants. */
  partnerships: Map<string, string[]>;
  members: Set<string>;
}

/** What the restarted server holds of the probe's writes. */
export async function storedProbe(server: ServerProcess): Promise<Stored> {
  const { data, errors } = await server.gql(STORED, { hub: HUB, network: NETWORK, name: PROBE_NAME });
  if (errors?.length) throw new Error(JSON.stringify(errors));
  if (data.cities.totalCount > 1000 || data.partnerships.totalCount > 1000) throw new Error('more probe writes than one page holds: write fewer');
  return {
    cities: new Set(data.cities.edges.map((e: any) => e.node.id)),
    partnerships: new Map(data.partnerships.edges.map((e: any) => [e.node.id, e.node.participants.map((p: any) => p.actor.id).sort()])),
    members: new Set(data.network.members.map((m: { id: string }) => m.id)),
  };
}

/** Checks that the server, restarted or reconnected, holds every acknowledged write, whole; returns how many probe cities it holds. */
export async function expectAcknowledgedWrites(running: ServerProcess, written: Acknowledged, engine: EngineName): Promise<number> {
  const health = await fetch(`${running.url}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok', store: { engine, answers: true } });

  const stored = await storedProbe(running);
  expect(written.cities.filter((id) => !stored.cities.has(id)), 'acknowledged cities lost').toEqual([]);
  expect(written.partnerships.filter((id) => !stored.partnerships.has(id)), 'acknowledged partnerships lost').toEqual([]);
  expect(written.members.filter((id) => !stored.members.has(id)), 'acknowledged memberships lost').toEqual([]);
  // Stored, acknowledged or not: whole. A partnership has its city and the hub; a member is a stored city.
  for (const [id, participants] of stored.partnerships) {
    const city = id.replace('partnership:api:', 'city:is:');
    expect(participants, id).toEqual([city, HUB].sort());
    expect(stored.cities.has(city), `${id} without its city`).toBe(true);
  }
  for (const member of stored.members) expect(stored.cities.has(member), `member ${member} is no stored city`).toBe(true);
  return stored.cities.size;
}
