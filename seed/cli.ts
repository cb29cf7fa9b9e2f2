// npm run seed: loads the curated data set into the configured store
// (idempotent: a second run changes nothing) and prints a summary and the
// report of cities GeoNames could not place.
import { readConfig } from '../server/config.ts';
import { openStore } from '../server/store/open-store.ts';
import { SeedValidationError } from './load-curated.ts';
import { seedCurated, type SeedResult } from './seed-curated.ts';

export function formatSeedReport(result: SeedResult, stats: Record<string, number>): string {
  const { matched, unmatched } = result.geocoding;
  const ambiguous = matched.filter((m) => m.candidates > 1);
  const lines = [
    'Curated data set loaded.',
    `  written: ${Object.entries(result.written).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  in the store: ${Object.entries(stats).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  geocoded from GeoNames: ${matched.length} of ${matched.length + unmatched.length} cities`,
  ];
  if (ambiguous.length) {
    lines.push(`  ${ambiguous.length} matched a name shared by several places; the most populous was taken:`);
    for (const m of ambiguous) lines.push(`    ${m.id} "${m.name}" -> ${m.geoName} (${m.candidates} places)`);
  }
  if (unmatched.length) {
    lines.push(`  ${unmatched.length} cities could not be geocoded (population and location stay unknown):`);
    for (const u of unmatched) lines.push(`    ${u.id} "${u.name}" (${u.country})`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const config = readConfig();
  const store = await openStore(config);
  try {
    const result = await seedCurated(store);
    const [stats] = await store.run<Record<string, number>>('stats');
    console.log(`Store: ${store.engine}${config.neo4j ? ` at ${config.neo4j.uri}` : config.dataDir ? ` in ${config.dataDir}` : ' in memory'}`);
    console.log(formatSeedReport(result, stats ?? {}));
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(1);
});
