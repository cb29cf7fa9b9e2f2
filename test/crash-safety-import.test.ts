// kill -9 during a large import (importDataSet, one transaction) leaves
// nothing of it: the real server (a child process on a data directory on
// disk) is killed while the import writes its rows, and again while its commit
// goes to the write-ahead log; after each restart the store answers, holds
// everything written before, and holds none of the import (or, when the kill
// came a moment after the commit, all of it).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataSet } from '../seed/synthetic/generate.ts';
import { dataSetLines } from '../seed/synthetic/json-lines.ts';
import { EMBEDDED_FILE } from '../server/store/open-store.ts';
import { walDirectory } from '../server/store/wal-sync.ts';
import { curatedDataDir, importFile, removeDataDirs, startServerProcess, statsOf as stats, type ServerProcess } from './support/server-process.ts';

const FILE = 'crash-import.json';
// Large enough that writing its rows takes over a second here, so a kill lands inside it.
const CITIES = 2_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.kill('SIGKILL');
  removeDataDirs();
});

const sendImport = (running: ServerProcess, content: string) => importFile(running, FILE, content);

/** Bytes in the write-ahead log of the data directory. */
function walBytes(dataDir: string): number {
  const wal = walDirectory(join(dataDir, EMBEDDED_FILE));
  return readdirSync(wal).reduce((sum, segment) => sum + statSync(join(wal, segment), { throwIfNoEntry: false })!.size, 0);
}

/** Polls the log without yielding (a commit's append takes milliseconds) until it grows; false if it does not within `ms`. */
function waitForWalGrowth(dataDir: string, from: number, ms: number): boolean {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) if (walBytes(dataDir) > from) return true;
  return false;
}

async function restart(dataDir: string): Promise<ServerProcess> {
  server = await startServerProcess(dataDir);
  const health = await fetch(`${server.url}/health`);
  expect(await health.json()).toEqual({ status: 'ok', store: { engine: 'embedded', answers: true } });
  return server;
}

describe('kill -9 during a large import', () => {
  it('leaves nothing of the import, and everything written before it', async () => {
    const content = [...dataSetLines(generateDataSet({ cities: CITIES, seed: 11 }).file)].join('\n');
    const dataDir = await curatedDataDir('crash-import');
    server = await startServerProcess(dataDir);
    const created = await server.gql('mutation { createCity(input: { id: "city:is:before-import", name: "Before Import", country: "IS" }) { id } }', {}, { admin: true });
    expect(created.errors).toBeUndefined();
    const before = await stats(server);

    // 1. Killed while the transaction writes its rows: the server logs when it starts writing.
    const first = sendImport(server, content);
    await server.waitForOutput(new RegExp(`Import of ${FILE}: writing`));
    await sleep(Math.random() * 300);
    await server.kill('SIGKILL');
    expect(await first, 'the import finished before the kill').toBe('unanswered');
    await restart(dataDir);
    expect(await stats(server)).toEqual(before);
    expect((await server.gql('{ actor(id: "city:is:before-import") { name } }')).data.actor).toEqual({ name: 'Before Import' });

    // 2. Killed as soon as the commit starts appending to the write-ahead log: all or nothing.
    const walBefore = walBytes(dataDir);
    const second = sendImport(server, content);
    await server.waitForOutput(new RegExp(`Import of ${FILE}: writing`));
    expect(waitForWalGrowth(dataDir, walBefore, 60_000), 'the commit never reached the log').toBe(true);
    await server.kill('SIGKILL');
    const answered = await second;
    await restart(dataDir);
    const afterCrash = await stats(server);

    // The whole import, sent again to the recovered store: it writes, and importing the same file twice is idempotent.
    expect(await sendImport(server, content)).toBe('answered');
    const complete = await stats(server);
    expect(complete.cities).toBe(before.cities + CITIES);
    const outcome = JSON.stringify(afterCrash) === JSON.stringify(before) ? 'nothing' : 'everything';
    console.log(`crash-safety: killed during the commit (${answered}); after restart the store held ${outcome} of the import`);
    expect(afterCrash).toEqual(outcome === 'nothing' ? before : complete);
    if (answered === 'answered') expect(outcome).toBe('everything');
  });
});
