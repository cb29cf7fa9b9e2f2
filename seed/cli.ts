// npm run seed: loads the curated data set into the configured store
// (idempotent: a second run changes nothing) and prints a summary and the
// report of cities GeoNames could not place. `--reset` empties the store first.
// `--synthetic N [--seed S]` loads a synthetic data set of N cities instead
// (seed/SYNTHETIC.md), with a progress bar, then counts, time and load rate.
import { parseArgs } from 'node:util';
import { readConfig, type Config } from '../server/config.ts';
import { openStore } from '../server/store/open-store.ts';
import type { GraphStore } from '../server/store/store.ts';
import { emptyStore } from '../server/store/empty-store.ts';
import { progressDisplay } from './progress-display.ts';
import { SeedValidationError } from '../server/ingest/load-curated.ts';
import { seedReport } from '../server/ingest/report.ts';
import { seedCurated } from '../server/ingest/seed-curated.ts';
import { StoreNotEmptyError } from './synthetic/load.ts';
import { CITIES_RANGE, citiesOption, commandLineFailure, countsLine, seedSynthetic, UsageError, wholeNumberOption } from './synthetic/seed-synthetic.ts';

const USAGE = `Usage: npm run seed -- [--reset] [--synthetic ${CITIES_RANGE} [--seed 42]]`;

async function loadSynthetic(store: GraphStore, cities: number, seed: number): Promise<string> {
  const progress = progressDisplay();
  try {
    const { set, written, generateSeconds, loadSeconds } = await seedSynthetic(store, { cities, seed }, (done, total) =>
      progress.update({ phase: 'writing', done, total }),
    );
    progress.stop();
    const relationships = ['participations', 'memberships', 'fundings', 'supports', 'runs'].reduce((n, k) => n + (written[k] ?? 0), 0);
    const [stats] = await store.run<Record<string, number>>('stats');
    return [
      `Synthetic data set ${set.file.document} (${cities} cities) generated in ${generateSeconds.toFixed(1)} s, loaded in ${loadSeconds.toFixed(1)} s (${Math.round(relationships / loadSeconds)} relationships/s).`,
      `  written: ${countsLine(written)}`,
      `  in the store: ${countsLine(stats ?? {})}`,
    ].join('\n');
  } finally {
    progress.stop();
  }
}

const where = (config: Config) => (config.neo4j ? ` at ${config.neo4j.uri}` : config.dataDir ? ` in ${config.dataDir}` : ' in memory');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false }, synthetic: { type: 'string' }, seed: { type: 'string' } } });
  if (values.seed !== undefined && values.synthetic === undefined) throw new UsageError(`--seed chooses a synthetic data set: give --synthetic N too. ${USAGE}`);
  const synthetic = values.synthetic === undefined ? null : { cities: citiesOption('synthetic', values.synthetic, USAGE), seed: wholeNumberOption('seed', values.seed ?? '42', USAGE) };
  const config = readConfig();
  const store = await openStore(config);
  try {
    if (values.reset) console.log(`Emptied the store: ${await emptyStore(store)} nodes deleted.`);
    console.log(`Store: ${store.engine}${where(config)}`);
    if (synthetic) console.log(await loadSynthetic(store, synthetic.cities, synthetic.seed));
    else console.log(await seedReport(store, 'Curated data set loaded.', await seedCurated(store)));
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error instanceof SeedValidationError || error instanceof StoreNotEmptyError ? error.message : (commandLineFailure(error, USAGE) ?? error));
  process.exit(1);
});
