// Faults of Neo4j under the real server: a Neo4j of this file's own (npm run
// neo4j's launcher, on a directory and port of its own) under the API server
// process (server/main.ts, as npm start runs it). Neo4j is killed with -9
// during a 2,000-city import and during a stream of mutations, and stopped
// while the API runs; the API answers 503 meanwhile, within its time limit,
// and recovers by itself when Neo4j is back, which then holds nothing of the
// import and every acknowledged write.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from '../../server/neo4j-local/launcher.ts';
import { generateDataSet } from '../../seed/synthetic/generate.ts';
import { dataSetLines } from '../../seed/synthetic/json-lines.ts';
import { createHub, expectAcknowledgedWrites, nothingAcknowledged, writeUntilDeath } from '../support/acknowledged-writes.ts';
import { freePort } from '../support/free-port.ts';
import { whyNoOwnNeo4j } from '../support/own-neo4j.ts';
import { importFile, startServerProcess, statsOf, type ServerProcess } from '../support/server-process.ts';

const CITIES = 2_000;
/** The API's request time limit here: room for the import, which takes about 10 s on this machine. */
const REQUEST_TIMEOUT_MS = 60_000;
/** How soon a request to an API whose Neo4j is down is answered: the driver's 5 s of retries, and a margin. */
const UNAVAILABLE_WITHIN_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Each test stops or kills Neo4j and starts it again: a JVM start, slower on a busy machine than the suites' 60 s allow. */
const RESTARTING_TEST_MS = 180_000;

const cannotStart = whyNoOwnNeo4j();
if (cannotStart) console.log(`Neo4j fault tests skipped: they kill a Neo4j of their own, and ${cannotStart}`);

let options: LocalNeo4jOptions;
let neo4j: LocalNeo4j;
let api: ServerProcess;
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

/** Polls `check` every 100 ms until it holds; the time it took, or a failure after `ms`. */
async function within(ms: number, what: string, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check().catch(() => false)) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

const healthIs = (status: number) => async () => (await fetch(`${api.url}/health`)).status === status;

/** Starts Neo4j again on its directory and port, and waits until the API, never restarted, answers again. */
async function bringBack(): Promise<number> {
  neo4j = await startLocalNeo4j(options);
  return within(30_000, 'the API did not recover', healthIs(200));
}

describe.skipIf(cannotStart)('Neo4j faults', { timeout: RESTARTING_TEST_MS }, () => {
  beforeAll(async () => {
    options = { port: await freePort(), dir: tempDir('c2c-neo4j-faults-'), heap: '1g', log: () => {} };
    neo4j = await startLocalNeo4j(options);
    // The first start seeds the curated data into Neo4j.
    api = await startServerProcess(tempDir('c2c-neo4j-api-'), {
      env: { NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, C2C_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) },
    });
  }, 180_000);

  // A test that failed half-way may have left Neo4j down: the next one starts with it up.
  beforeEach(async () => {
    if (neo4j.child.exitCode !== null || neo4j.child.signalCode !== null) await bringBack();
  });

  afterAll(async () => {
    await api?.kill('SIGTERM');
    await neo4j?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  describe('Neo4j stopped while the API runs', () => {
    it('answers 503 at /health within 5 s and STORE_UNAVAILABLE within the time limit, and recovers without a restart', async () => {
      expect(await (await fetch(`${api.url}/health`)).json()).toEqual({ status: 'ok', store: { engine: 'neo4j', answers: true } });
      await neo4j.stop();

      const healthAfter = await within(5_000, '/health did not say 503', healthIs(503));
      expect(await (await fetch(`${api.url}/health`)).json()).toEqual({ status: 'unavailable', store: { engine: 'neo4j', answers: false } });

      for (const query of ['{ stats { cities } }', '{ clusters { modularity } }', 'mutation { createCity(input: { name: "Unreachable", country: "IS" }) { id } }']) {
        const asked = Date.now();
        const answer = await api.gql(query, {}, { admin: true });
        const took = Date.now() - asked;
        expect(answer.status, query).toBe(503);
        expect(answer.errors![0]!.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'STORE_UNAVAILABLE' });
        expect(answer.errors![0]!.message).toMatch(/database does not answer just now .* try again in 5 s/);
        expect(took, `${query} hung`).toBeLessThan(UNAVAILABLE_WITHIN_MS);
        console.log(`[neo4j faults] stopped: /health 503 after ${healthAfter} ms; ${query.slice(0, 20)}… answered 503 in ${took} ms`);
      }

      const recovered = await bringBack();
      expect((await statsOf(api)).cities).toBeGreaterThan(100);
      console.log(`[neo4j faults] the API answered again ${recovered} ms after Neo4j accepted connections`);
    });
  });

  describe('kill -9 of Neo4j during a 2,000-city import', () => {
    it('leaves nothing of the import, and everything written before it', async () => {
      const content = [...dataSetLines(generateDataSet({ cities: CITIES, seed: 11 }).file)].join('\n');
      const created = await api.gql('mutation { createCity(input: { id: "city:is:before-import", name: "Before Import", country: "IS" }) { id } }', {}, { admin: true });
      expect(created.errors).toBeUndefined();
      const before = await statsOf(api);

      const sent = importFile(api, 'neo4j-crash-import.json', content);
      await api.waitForOutput(/Import of neo4j-crash-import\.json: writing/);
      await sleep(Math.random() * 300);
      neo4j.child.kill('SIGKILL');
      await neo4j.exited;
      expect(await sent, 'the import finished before the kill').toBe('unanswered');

      await bringBack();
      expect(await statsOf(api)).toEqual(before);
      expect((await api.gql('{ actor(id: "city:is:before-import") { name } }')).data.actor).toEqual({ name: 'Before Import' });

      // Sent again to the recovered database, the whole import is written.
      expect(await importFile(api, 'neo4j-crash-import.json', content)).toBe('answered');
      expect((await statsOf(api)).cities).toBe(before.cities + CITIES);
    });
  });

  describe('kill -9 of Neo4j during a stream of mutations', () => {
    it('keeps every acknowledged write, whole', async () => {
      await createHub(api);
      const written = nothingAcknowledged();
      const writing = writeUntilDeath(api, 0, 4, 200, written);
      while (written.cities.length < 20) await sleep(5);
      await sleep(Math.round(Math.random() * 300));
      neo4j.child.kill('SIGKILL');
      await neo4j.exited;
      await writing;
      expect(written.cities.length, 'the kill came after the writers had finished').toBeLessThan(4 * 200);

      await bringBack();
      const stored = await expectAcknowledgedWrites(api, written, 'neo4j');
      console.log(`[neo4j faults] kill -9 during writes: ${written.cities.length} cities acknowledged, ${stored} stored (the hub included)`);
    });
  });
});
