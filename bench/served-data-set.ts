// A synthetic data set served over HTTP by a child process, for load runs.
// The server runs in a process of its own rather than beside the load
// generator: autocannon builds requests and parses answers on the event loop
// it runs on, so in one process every request would wait behind the load
// generator's own work and the server would get what CPU it leaves over —
// latency and throughput would describe the pair, not the server. Two
// processes get an event loop (and on this machine a core) each, as a server
// and its clients do. The store lives in the child too, so the direct store
// reads the GraphQL overhead is measured against run there, beside it.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { engineEnvironment, type BenchEngine } from './bench-engine.ts';
import type { LoadShape } from './closed-loop.ts';
import type { LatencyFigures } from './latency-figures.ts';

/** Values to vary requests with, drawn from the loaded data set. */
export interface Samples {
  citiesWithPartners: string[];
  countries: string[];
  searchTexts: string[];
}

export type ParentMessage = { kind: 'direct-city-detail'; shape: LoadShape } | { kind: 'stop' };

export type ChildMessage =
  | { kind: 'ready'; port: number; samples: Samples; loadSeconds: number; relationships: number }
  | { kind: 'direct-figures'; figures: LatencyFigures };

export interface ServedDataSet {
  url: string;
  samples: Samples;
  loadSeconds: number;
  relationships: number;
  /** The city detail read straight from the store, in the server's process, under `shape`. */
  directCityDetail(shape: LoadShape): Promise<LatencyFigures>;
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./served-data-set-child.ts', import.meta.url));

/** The Node flags `npm start` gives the server (package.json): the child runs with them, so that it is the server users run. */
function startFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  return scripts.start.split(/\s+/).filter((word) => word.startsWith('--'));
}

async function reply<K extends ChildMessage['kind']>(child: ChildProcess, kind: K): Promise<Extract<ChildMessage, { kind: K }>> {
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`The benchmark server exited (code ${code}) before answering`);
  });
  const answered = new Promise<Extract<ChildMessage, { kind: K }>>((resolve) => {
    const listen = (message: ChildMessage) => {
      if (message.kind !== kind) return;
      child.off('message', listen);
      resolve(message as Extract<ChildMessage, { kind: K }>);
    };
    child.on('message', listen);
  });
  return Promise.race([answered, exited]);
}

/** Starts a child serving a synthetic data set of `cities` cities from a fresh store of `engine`, and waits until it listens. */
export async function serveDataSet(cities: number, engine: BenchEngine): Promise<ServedDataSet> {
  const child = fork(CHILD, [String(cities), engine], {
    execArgv: ['--import', 'tsx', ...startFlags()],
    env: { ...process.env, ...(await engineEnvironment(engine)) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await reply(child, 'ready');
  const send = (message: ParentMessage) => child.send(message);
  return {
    url: `http://127.0.0.1:${ready.port}/graphql`,
    samples: ready.samples,
    loadSeconds: ready.loadSeconds,
    relationships: ready.relationships,
    async directCityDetail(shape) {
      const answer = reply(child, 'direct-figures');
      send({ kind: 'direct-city-detail', shape });
      return (await answer).figures;
    },
    async stop() {
      const exited = once(child, 'exit');
      send({ kind: 'stop' });
      await exited;
    },
  };
}
