// npm run twin-cities -- [--file PATH] [--limit N] [--dry-run]: turns the
// twin-cities file (../shared/data/twin-cities/twin_cities.csv by default;
// seed/TWIN_CITIES.md) into cities and partnerships and loads them into the
// configured store (C2C_DATA_DIR or NEO4J_URI, as `npm run seed` does) in one
// transaction, all or nothing, with a progress display; then prints what it
// wrote, the rows it left out and why (the first 20), and the time taken.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readConfig } from '../../server/config.ts';
import { openStore } from '../../server/store/open-store.ts';
import { progressDisplay } from '../progress-display.ts';
import { loadCurated } from '../../server/ingest/load-curated.ts';
import { buildTwinCities, type TwinCitiesReport } from './build.ts';
import { loadTwinCities } from './load.ts';

const DEFAULT_FILE = fileURLToPath(new URL('../../../shared/data/twin-cities/twin_cities.csv', import.meta.url));
const USAGE = 'Usage: npm run twin-cities -- [--file PATH] [--limit N] [--dry-run]';
/** The summary lists this many unresolved rows and suspect cities; the counts say how many there are. */
const LISTED = 20;

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const counts = (entries: [string, number][]) => entries.filter(([, n]) => n).map(([k, n]) => `${k} ${n}`).join(', ');

function reportLines(report: TwinCitiesReport): string[] {
  const lines = [
    `  read ${report.rows} rows: ${report.cities} cities (${report.curatedCities} already in the curated data set, their ids kept), ${report.partnerships} partnerships`,
    `  merged: ${report.merged} rows into a partnership another row gives; ${report.mergedSpellings} spellings into another city`,
    `  unresolved: ${report.unresolved.length} rows left out`,
    ...report.unresolved.slice(0, LISTED).map((u) => `    line ${u.line}: ${u.reason}`),
  ];
  if (report.unresolved.length > LISTED) lines.push(`    ... and ${report.unresolved.length - LISTED} more`);
  lines.push(`  suspect coordinates in the file (not used): ${report.suspect.length} cities`);
  lines.push(...report.suspect.slice(0, LISTED).map((s) => `    line ${s.line} ${s.city}: ${s.reason}`));
  if (report.suspect.length > LISTED) lines.push(`    ... and ${report.suspect.length - LISTED} more`);
  return lines;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { file: { type: 'string', default: DEFAULT_FILE }, limit: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit > 0)) throw new Error(`--limit must be a whole number above 0, not "${values.limit}". ${USAGE}`);

  const started = performance.now();
  const file = values.file;
  const result = buildTwinCities(readFileSync(file, 'utf8'), loadCurated().cities, limit);
  const lines = [`Read ${basename(file)}${limit ? ` (first ${limit} rows)` : ''} in ${seconds(started)} s.`, ...reportLines(result.report)];
  if (values['dry-run']) {
    lines.push(`Dry run: nothing was written. Done in ${seconds(started)} s.`);
    console.log(lines.join('\n'));
    return;
  }

  const config = readConfig();
  const store = await openStore(config);
  const progress = progressDisplay();
  try {
    const where = config.neo4j ? `Neo4j at ${config.neo4j.uri}` : `the embedded store ${config.dataDir ? `in ${config.dataDir}` : 'in memory'}`;
    const writing = performance.now();
    const { written, geocoding } = await loadTwinCities(store, result, (done, total) => progress.update({ phase: 'writing', done, total }));
    progress.stop();
    const [stats] = await store.run<Record<string, number>>('stats');
    lines.push(
      `Loaded into ${where} in ${seconds(writing)} s (one transaction).`,
      `  written: ${counts(Object.entries(written))}`,
      `  geocoded from GeoNames: ${geocoding.matched.length} of ${geocoding.matched.length + geocoding.unmatched.length} cities; ` +
        `${[...result.places.values()].filter((f) => 'point' in f).length} more placed by the file's coordinates`,
      `  in the store: ${counts(Object.entries(stats ?? {}))}`,
      `Done in ${seconds(started)} s.`,
    );
    console.log(lines.join('\n'));
  } finally {
    progress.stop();
    await store.close();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
