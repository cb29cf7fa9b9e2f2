// kill -9 in the middle of a stream of mutations loses no acknowledged write
// and leaves nothing half-written: the real server (a child process on a data
// directory on disk) is killed at a random moment while clients write, three
// times over, and each restart must find every write it acknowledged before,
// each partnership with both its participants, and a store that answers.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createHub, HUB, nothingAcknowledged, storedProbe, writeUntilDeath, type Acknowledged,
} from './support/acknowledged-writes.ts';
import { curatedDataDir, removeDataDirs, startServerProcess, type ServerProcess } from './support/server-process.ts';

const CLIENTS = 4;
const PER_CLIENT = 60;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.kill('SIGKILL');
  removeDataDirs();
});

/** Checks the restarted server holds every acknowledged write, whole; returns how many probe cities it holds. */
async function expectAcknowledgedWrites(running: ServerProcess, written: Acknowledged): Promise<number> {
  const health = await fetch(`${running.url}/health`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok', store: { engine: 'embedded', answers: true } });

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

describe('kill -9 during a stream of mutations', () => {
  it('keeps every acknowledged write, whole, over three kills at random moments', async () => {
    const dataDir = await curatedDataDir('crash-mutations');
    server = await startServerProcess(dataDir);
    await createHub(server);
    const written = nothingAcknowledged();

    // Random moments, announced so that a failure can be replayed with the same ones.
    const delays = [40 + Math.random() * 120, 150 + Math.random() * 300, 400 + Math.random() * 400].map(Math.round);
    console.log(`crash-safety: kill -9 after ${delays.join(', ')} ms of writing`);
    for (const [round, delay] of delays.entries()) {
      const before = written.cities.length;
      const writing = writeUntilDeath(server, round, CLIENTS, PER_CLIENT, written);
      // Kill while the writes flow: after the first acknowledgements of this round, plus the random delay.
      while (written.cities.length < before + CLIENTS) await sleep(5);
      await sleep(delay);
      const { signal } = await server.kill('SIGKILL');
      expect(signal).toBe('SIGKILL');
      await writing;
      expect(written.cities.length - before, 'the kill came after the writers had finished').toBeLessThan(CLIENTS * PER_CLIENT);

      server = await startServerProcess(dataDir);
      const stored = await expectAcknowledgedWrites(server, written);
      console.log(`crash-safety: round ${round}: ${written.cities.length} cities acknowledged, ${stored} stored (the hub included)`);
    }
  });
});
