// SIGTERM (and SIGINT, which `npm start` under Ctrl-C delivers twice: from the
// terminal and forwarded by npm) stops the real server gracefully: a request
// in flight gets its whole answer, an idle keep-alive connection does not
// hold the exit up, a second signal does not cut the shutdown short, the
// process exits 0 with the store closed cleanly (what the request wrote is
// there when the store is opened again), and no new connection is accepted.
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDataSet } from '../seed/synthetic/generate.ts';
import { dataSetLines } from '../seed/synthetic/json-lines.ts';
import { EMBEDDED_FILE, openStore } from '../server/store/open-store.ts';
import { walDirectory } from '../server/store/wal-sync.ts';
import { curatedDataDir, removeDataDirs, startServerProcess, type ServerProcess } from './support/server-process.ts';

const IMPORT = readFileSync(new URL('./operations/import.graphql', import.meta.url), 'utf8');
const FILE = 'shutdown-import.json';
const CITIES = 1_000;
const STATS = '{ stats { cities partnerships relationships } }';

let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.kill('SIGKILL');
  removeDataDirs();
});

/** GET /health on `agent`'s kept-alive connection; resolves when the answer is read, leaving the connection idle and open. */
const healthOn = (url: string, agent: Agent) =>
  new Promise<number>((resolve, reject) => {
    request(`${url}/health`, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode!));
    }).on('error', reject).end();
  });

describe.each(['SIGTERM', 'SIGINT'] as const)('%s', (signal) => {
  it('lets the request in flight finish, exits 0 with the store closed, and refuses new connections', async () => {
    const content = [...dataSetLines(generateDataSet({ cities: CITIES, seed: 5 }).file)].join('\n');
    const dataDir = await curatedDataDir('shutdown');
    server = await startServerProcess(dataDir);
    const before = (await server.gql(STATS)).data.stats;

    const agent = new Agent({ keepAlive: true });
    expect(await healthOn(server.url, agent)).toBe(200);

    const importing = server.gql(IMPORT, { input: { fileName: FILE, content, format: 'JSON' } }, { admin: true });
    await server.waitForOutput(new RegExp(`Import of ${FILE}: validating`));
    server.child.kill(signal);
    // A second signal once the first is being handled (two at once arrive as one).
    await server.waitForOutput(/Shutting down/);
    server.child.kill(signal);

    const answer = await importing;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.importDataSet.records).toContainEqual({ kind: 'cities', count: CITIES });
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toMatch(/Stopped: the store is closed/);
    // Grafeo's close writes every commit into the file and removes the write-ahead log; a crash leaves the log behind.
    expect(existsSync(walDirectory(join(dataDir, EMBEDDED_FILE)))).toBe(false);
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    agent.destroy();

    // Reopened, the store holds the import.
    const store = await openStore({ dataDir, neo4j: null });
    const [after] = await store.run<{ cities: number }>('stats');
    await store.close();
    expect(after!.cities).toBe(before.cities + CITIES);
  });
});
