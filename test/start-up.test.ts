// `npm start` as a newcomer runs it (the same command as the start script,
// without npm in between so that signals reach the server): a child process that builds the client if
// needed, seeds an empty store on first start, serves /, /graphql and /health,
// and finds its data again after a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port.ts';

const ROOT = new URL('..', import.meta.url).pathname;

let child: ChildProcess | undefined;

async function start(dataDir: string): Promise<{ url: string; output: () => string }> {
  const port = await freePort();
  let output = '';
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: ROOT, env: { ...process.env, PORT: String(port), C2C_DATA_DIR: dataDir, NEO4J_URI: '' } });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 110_000);
    const check = setInterval(() => {
      if (output.includes('C2C Graph on')) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child!.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, output: () => output };
}

async function stop(): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child!.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

afterEach(stop);

describe('npm start', () => {
  it('serves the client, GraphQL with the curated counts, and health; data survives a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'c2c-start-'));
    const first = await start(dataDir);
    expect(first.output()).toMatch(/The store is empty: loading the curated data set/);

    const page = await fetch(`${first.url}/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<div id="root">/);

    const query = async (url: string) =>
      (await (await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { cities partnerships } }' }),
      })).json()) as { data: { stats: { cities: number; partnerships: number } } };
    const before = (await query(first.url)).data.stats;
    expect(before.cities).toBeGreaterThan(100);
    expect(await (await fetch(`${first.url}/health`)).json()).toMatchObject({ status: 'ok', store: { engine: 'embedded' } });
    await stop();

    const second = await start(dataDir);
    expect(second.output()).not.toMatch(/The store is empty/);
    expect((await query(second.url)).data.stats).toEqual(before);
  }, 240_000);
});
