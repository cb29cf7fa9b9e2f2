// The server side of an HTTP load run, in a child process of its own (see
// served-data-set.ts for why): a synthetic data set of the size given as the
// first argument, loaded into a fresh empty store of the engine given as the
// second (bench-engine.ts) and served by the app on 127.0.0.1, an ephemeral
// port. It tells its parent the port and
// the ids and words to vary requests with, then, on request, loads the store
// directly with the city detail read, in this process, where the store is.
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { generateDataSet } from '../seed/synthetic/generate.ts';
import { loadDataSet } from '../seed/synthetic/load.ts';
import { Random } from '../seed/synthetic/random.ts';
import { benchEngineOption, openEmptyStore } from './bench-engine.ts';
import { readCityDetailDirectly } from './city-detail.ts';
import { closedLoop } from './closed-loop.ts';
import type { ChildMessage, ParentMessage, Samples } from './served-data-set.ts';

/** Enough distinct ids and words that caches keyed by them do not serve every request. */
const SAMPLE_SIZE = 2000;

function send(message: ChildMessage): void {
  process.send!(message);
}

function samplesOf(set: ReturnType<typeof generateDataSet>): Samples {
  const random = new Random(7);
  const { cities, partnerships } = set.file;
  const partnered = [...new Set(partnerships.flatMap((p) => p.participants.map((x) => x.actor)).filter((id) => id.startsWith('city:')))];
  const drawn = Array.from({ length: SAMPLE_SIZE }, () => random.pick(cities));
  return {
    citiesWithPartners: Array.from({ length: SAMPLE_SIZE }, () => random.pick(partnered)),
    // Countries as often as they have cities: a busy country's page is asked for as often as its people would.
    countries: drawn.map((c) => c.country),
    // What people type: a whole name, or the part of it that tells cities apart.
    searchTexts: drawn.map((c, i) => (i % 2 ? c.name : c.name.split(' ').at(-1)!)),
  };
}

async function main(): Promise<void> {
  const cities = Number(process.argv[2]);
  const store = await openEmptyStore(benchEngineOption(process.argv[3] ?? ''));
  const set = generateDataSet({ cities, seed: 42 });
  const loadStart = performance.now();
  await loadDataSet(store, set);
  const loadSeconds = Math.round((performance.now() - loadStart) / 100) / 10;
  const [stats] = await store.run<{ relationships: number }>('stats');
  const samples = samplesOf(set);

  // As `npm start` serves it, but over the store opened here and on an ephemeral loopback port.
  const { app, stop } = await createApp(store, readConfig({ ...process.env, C2C_DATA_DIR: ':memory:' }));
  const server = app.listen(0, '127.0.0.1', () => {
    send({ kind: 'ready', port: (server.address() as AddressInfo).port, samples, loadSeconds, relationships: stats?.relationships ?? 0 });
  });

  process.on('message', async (message: ParentMessage) => {
    if (message.kind === 'direct-city-detail') {
      const ids = samples.citiesWithPartners;
      const figures = await closedLoop((n) => readCityDetailDirectly(store, ids[n % ids.length]!), message.shape);
      send({ kind: 'direct-figures', figures });
    } else if (message.kind === 'stop') {
      server.close();
      await stop();
      await store.close();
      process.exit(0);
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
