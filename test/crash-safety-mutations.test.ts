// kill -9 in the middle of a stream of mutations loses no acknowledged write
// and leaves nothing half-written: the real server (a child process on a data
// directory on disk) is killed at a random moment while clients write, three
// times over, and each restart must find every write it acknowledged before,
// each partnership with both its participants, and a store that answers.
import { afterEach, describe, expect, it } from 'vitest';
import { createHub, expectAcknowledgedWrites, nothingAcknowledged, writeUntilDeath } from './support/acknowledged-writes.ts';
import { curatedDataDir, removeDataDirs, startServerProcess, type ServerProcess } from './support/server-process.ts';

const CLIENTS = 4;
const PER_CLIENT = 60;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.kill('SIGKILL');
  removeDataDirs();
});

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
      const stored = await expectAcknowledgedWrites(server, written, 'embedded');
      console.log(`crash-safety: round ${round}: ${written.cities.length} cities acknowledged, ${stored} stored (the hub included)`);
    }
  });
});
