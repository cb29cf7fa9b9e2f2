// npm run seed: loads the curated data set into the configured store
// (idempotent: a second run changes nothing) and prints a summary and the
// report of cities GeoNames could not place. `--reset` empties the store first.
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config.ts';
import { openStore } from '../server/store/open-store.ts';
import { SeedValidationError } from './load-curated.ts';
import { seedReport } from './report.ts';
import { seedCurated } from './seed-curated.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reset: { type: 'boolean', default: false } } });
  const config = readConfig();
  const store = await openStore(config);
  try {
    if (values.reset) console.log(`Emptied the store: ${(await store.run('delete-all'))[0]?.deleted ?? 0} nodes deleted.`);
    const result = await seedCurated(store);
    console.log(`Store: ${store.engine}${config.neo4j ? ` at ${config.neo4j.uri}` : config.dataDir ? ` in ${config.dataDir}` : ' in memory'}`);
    console.log(await seedReport(store, 'Curated data set loaded.', result));
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
