// Two API servers on one Neo4j (two real server processes, as behind a load
// balancer): while clients write through both, a city created through one is
// at once what the other answers for that city, and soon in the other's
// analyses, which follow the database's count of commits
// (cypher/data-version.cypher) rather than their own writes only.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCurated } from '../../server/ingest/seed-curated.ts';
import { hashOf } from '../support/answers.ts';
import { neo4jUnderTest, openEmptyStore } from '../support/engine.ts';
import { startServerProcess, statsOf, type ServerProcess } from '../support/server-process.ts';

const WRITERS_PER_SERVER = 2;
const WRITES_PER_WRITER = 25;
/** How long a write may take to reach the other server's analyses before the test calls it lost (the target is 1 s). */
const GIVE_UP_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const CREATE_CITY = 'mutation($input: CreateCityInput!) { createCity(input: $input) { id } }';
const ISOLATED = '{ isolatedCities(first: 1000) { id } }';

let servers: ServerProcess[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  const store = await openEmptyStore('neo4j');
  await seedCurated(store);
  await store.close();
  const { uri, username, password } = neo4jUnderTest();
  const start = () => {
    const dir = mkdtempSync(join(tmpdir(), 'c2c-two-servers-'));
    dirs.push(dir);
    return startServerProcess(dir, { env: { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password } });
  };
  servers = await Promise.all([start(), start()]);
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.kill('SIGTERM')));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const isolatedIds = async (server: ServerProcess) => {
  const { data, errors } = await server.gql(ISOLATED);
  if (errors?.length) throw new Error(JSON.stringify(errors));
  return new Set<string>(data.isolatedCities.map((c: { id: string }) => c.id));
};

/** ms until `server`'s analyses list the new (isolated) city `id`. */
async function lagUntilAnalysed(server: ServerProcess, id: string, since: number): Promise<number> {
  while (Date.now() - since < GIVE_UP_MS) {
    if ((await isolatedIds(server)).has(id)) return Date.now() - since;
    await sleep(20);
  }
  throw new Error(`${id}, written through the other server, was not in this one's analyses after ${GIVE_UP_MS} ms`);
}

describe('two API servers on one Neo4j', () => {
  it("see each other's writes: at once in what a request names, within a second in the analyses, under concurrent writes", async () => {
    const lags: number[] = [];
    const writer = async (through: number, client: number) => {
      const [self, other] = [servers[through]!, servers[1 - through]!];
      for (let k = 0; k < WRITES_PER_WRITER; k++) {
        const id = `city:is:two-servers-${through}-${client}-${k}`;
        const written = await self.gql(CREATE_CITY, { input: { id, name: `Two Servers ${through} ${client} ${k}`, country: 'IS' } }, { admin: true });
        expect(written.errors, id).toBeUndefined();
        const acknowledged = Date.now();
        // What a request names is read from the database: the other server answers it at once.
        expect((await other.gql('query($id: ID!) { actor(id: $id) { id } }', { id })).data.actor, id).toEqual({ id });
        if (k % 5 === 0) lags.push(await lagUntilAnalysed(other, id, acknowledged));
      }
    };
    await Promise.all(servers.flatMap((_, through) => Array.from({ length: WRITERS_PER_SERVER }, (_, client) => writer(through, client))));

    const sorted = [...lags].sort((a, b) => a - b);
    console.log(`[two servers] a write reached the other server's analyses in p50 ${sorted[sorted.length >> 1]} ms, max ${sorted.at(-1)} ms (${lags.length} writes sampled)`);
    // Quiet again, both servers hold every write in their analyses, and count and analyse the same graph.
    const total = 2 * WRITERS_PER_SERVER * WRITES_PER_WRITER;
    const newCities = async (server: ServerProcess) => [...(await isolatedIds(server))].filter((id) => id.startsWith('city:is:two-servers-')).length;
    for (const server of servers) await expect.poll(() => newCities(server), { timeout: GIVE_UP_MS }).toBe(total);
    const [a, b] = servers as [ServerProcess, ServerProcess];
    expect(await statsOf(a)).toEqual(await statsOf(b));
    expect(hashOf([...(await isolatedIds(a))].sort())).toBe(hashOf([...(await isolatedIds(b))].sort()));
  });
});
