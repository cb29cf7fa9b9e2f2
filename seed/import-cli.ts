// npm run import -- FILE.json [--dry-run]: loads a data set in the seed's JSON
// format (seed/FORMAT.md) into the configured store. All or nothing: a file
// with one bad record writes nothing and every problem is listed.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config.ts';
import { openStore } from '../server/store/open-store.ts';
import { toGraphRows } from './graph-rows.ts';
import { loadCuratedFrom, SeedValidationError } from './load-curated.ts';
import { seedReport } from './report.ts';
import { writeGraph } from './write-graph.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
  const [file] = positionals;
  if (!file) throw new Error('Usage: npm run import -- FILE.json [--dry-run]');
  const { rows, geocoding } = toGraphRows(loadCuratedFrom([{ name: basename(file), json: readFileSync(file, 'utf8') }]));
  if (values['dry-run']) {
    const counts = Object.entries(rows).map(([k, v]) => `${k} ${v.length}`);
    console.log(`Dry run: ${file} is valid and would write ${counts.join(', ')}. Nothing was written.`);
    return;
  }
  const store = await openStore(readConfig());
  try {
    const written = await writeGraph(store, rows);
    console.log(await seedReport(store, `Imported ${file}.`, { written, geocoding }));
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error instanceof SeedValidationError ? error.message : (error as Error).message);
  process.exit(1);
});
