// The real server (`server/main.ts`, as `npm start` runs it) in a child
// process over a data directory on disk, for the tests that kill it (-9 or
// TERM) and start it again on the same directory, and for the mixed-load
// bench, which samples its memory alone. Writes carry an admin token signed
// with the secret the child is given.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedCurated } from '../../server/ingest/seed-curated.ts';
import { issueToken } from '../../server/auth/tokens.ts';
import { openStore } from '../../server/store/open-store.ts';
import { freePort } from './free-port.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
export const PROCESS_SECRET = 'secret-of-the-server-process-tests-0123456789';

export interface GqlAnswer<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything the child wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves when the output matches `pattern` (checked as it arrives); rejects if the child exits first or after `ms`. */
  waitForOutput(pattern: RegExp, ms?: number): Promise<void>;
  /** Resolves with the exit code (null when a signal ended it) and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** POSTs to /graphql, with an admin token when `admin` is set. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { admin?: boolean; signal?: AbortSignal }): Promise<GqlAnswer<T>>;
  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const made: string[] = [];

/** A new data directory holding the curated data, closed cleanly (seeded here: quicker than a first start of the server). */
export async function curatedDataDir(prefix: string): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `c2c-${prefix}-`));
  made.push(dataDir);
  const store = await openStore({ dataDir, neo4j: null });
  await seedCurated(store);
  await store.close();
  return dataDir;
}

/** Removes the data directories curatedDataDir made (once no server runs on them). */
export function removeDataDirs(): void {
  for (const dataDir of made.splice(0)) rmSync(dataDir, { recursive: true, force: true });
}

/** A token for the child's secret, valid an hour. */
export const processAdminToken = () => issueToken(PROCESS_SECRET, { sub: 'server-process-test', role: 'admin' }, 3600);

export interface ServerProcessOptions {
  /** Environment variables over the defaults (the test secret, NODE_ENV=test, the embedded engine). */
  env?: Record<string, string>;
  /** Modules loaded into the server's process before it starts (`--import`); with any, the child gets an IPC channel to report on. */
  preload?: string[];
}

/** Starts the server on `dataDir` and resolves once it listens (the first start seeds the curated data, which takes a few seconds). */
export async function startServerProcess(dataDir: string, { env = {}, preload = [] }: ServerProcessOptions = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', ...preload.flatMap((module) => ['--import', module]), 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), C2C_DATA_DIR: dataDir, C2C_JWT_SECRET: PROCESS_SECRET, NEO4J_URI: '', NODE_ENV: 'test', ...env },
    stdio: preload.length ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const watchers = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk;
    for (const watcher of watchers) watcher();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  const waitForOutput = (pattern: RegExp, ms = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const done = (error?: Error) => {
        watchers.delete(check);
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        if (pattern.test(output)) done();
      };
      const timer = setTimeout(() => done(new Error(`no ${pattern} from the server within ${ms} ms:\n${output}`)), ms);
      watchers.add(check);
      void exited.then(({ code, signal }) => done(new Error(`the server exited (${code ?? signal}) before ${pattern}:\n${output}`)));
      check();
    });

  await waitForOutput(/C2C Graph on /, 120_000);
  const url = `http://127.0.0.1:${port}`;
  const token = await processAdminToken();
  return {
    url,
    pid: child.pid!,
    child,
    output: () => output,
    waitForOutput,
    exited,
    async gql(query, variables = {}, { admin = false, signal } = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(admin ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal,
      });
      return { ...(await response.json()), status: response.status };
    },
    async kill(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

const IMPORT = readFileSync(new URL('../operations/import.graphql', import.meta.url), 'utf8');
const STATS = '{ stats { cities associations networks donors programmes partnerships relationships } }';

/** What the server counts; fails on any error. */
export async function statsOf(running: ServerProcess): Promise<{ cities: number } & Record<string, number>> {
  const { data, errors } = await running.gql(STATS);
  if (errors?.length) throw new Error(JSON.stringify(errors));
  return data.stats;
}

/**
 * Sends a JSON data set to importDataSet as an admin; resolves with 'answered', or 'unanswered' when the server died
 * before it answered, or when it answered that its database went away; rejects on any other error.
 */
export const importFile = (running: ServerProcess, fileName: string, content: string) =>
  running.gql(IMPORT, { input: { fileName, content, format: 'JSON' } }, { admin: true }).then(
    (answer): 'answered' | 'unanswered' => {
      if (!answer.errors?.length) return 'answered';
      if (answer.errors.every((e) => e.extensions?.reason === 'STORE_UNAVAILABLE')) return 'unanswered';
      throw new Error(JSON.stringify(answer.errors));
    },
    () => 'unanswered' as const,
  );
