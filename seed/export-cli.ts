// npm run export -- FILE.json: writes the whole configured store (NEO4J_URI
// picks Neo4j, else the embedded store in C2C_DATA_DIR) as one JSON data set
// in the import format (seed/FORMAT.md, seed/export/export-store.ts), with a
// progress bar, then a summary: records written, nodes and relationships
// read, time and size. `npm run import -- FILE.json` into an empty store, of
// either engine, gives the same graph back.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readConfig, type Config } from '../server/config.ts';
import { EMBEDDED_FILE, openStore } from '../server/store/open-store.ts';
import { exportStore } from './export/export-store.ts';
import { progressDisplay } from './progress-display.ts';
import { countsLine } from './synthetic/seed-synthetic.ts';

const USAGE = 'Usage: npm run export -- FILE.json (the store NEO4J_URI names, else the embedded one in C2C_DATA_DIR)';

/** Where the store is; an embedded store that is not there is an error, not an empty export (opening it would create it). */
function storeOf(config: Config): string {
  if (config.neo4j) return `the neo4j store at ${config.neo4j.uri}`;
  if (config.dataDir === null) throw new Error(`C2C_DATA_DIR=:memory: is a store that holds nothing once its process ends: nothing to export. ${USAGE}`);
  const file = join(config.dataDir, EMBEDDED_FILE);
  if (!existsSync(file)) throw new Error(`No embedded store at ${file} (C2C_DATA_DIR): nothing to export. ${USAGE}`);
  return `the embedded store in ${config.dataDir}`;
}

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  const [file, ...more] = positionals;
  if (!file?.endsWith('.json') || more.length) throw new Error(`${file && !more.length ? `${file}: the file must end in .json. ` : ''}${USAGE}`);
  const config = readConfig();
  const where = storeOf(config);

  const started = performance.now();
  const store = await openStore(config).catch((error: Error) => {
    // The embedded engine locks its file: a server still running on it is the usual cause.
    throw /lock/i.test(error.message) ? new Error(`${error.message}: is a server running on it? Stop it, then export.`) : error;
  });
  const progress = progressDisplay();
  try {
    const report = await exportStore(store, file, (p) => progress.update({ phase: 'exporting', ...p }));
    progress.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      [
        `Exported ${where} to ${file} in ${seconds} s (${(report.bytes / 1e6).toFixed(1)} MB).`,
        `  written: ${countsLine(report.counts)}`,
        `  read: ${report.nodes} nodes and ${report.relationships} relationships, every one the store holds`,
        `  load it into an empty store with: npm run import -- ${file}`,
      ].join('\n'),
    );
  } finally {
    progress.stop();
    await store.close();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
