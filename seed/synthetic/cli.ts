// npm run synthetic -- --cities N [--seed S] (--out FILE.json | --load [--reset]):
// generates a synthetic data set (seed/SYNTHETIC.md) and writes it as a JSON
// data set file, for `npm run import`, or loads it straight into the
// configured store (C2C_DATA_DIR or NEO4J_URI, as `npm run seed` does) with a
// progress display; then prints what it wrote and the time taken.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readConfig } from '../../server/config.ts';
import { openStore } from '../../server/store/open-store.ts';
import { progressDisplay } from '../import/progress-display.ts';
import { COLLECTIONS } from '../schema.ts';
import { generateDataSet, type SyntheticDataSet } from './generate.ts';
import { dataSetLines } from './json-lines.ts';
import { loadDataSet } from './load.ts';
import { MAX_CITIES, MIN_CITIES } from './shape.ts';

const USAGE = `Usage: npm run synthetic -- --cities ${MIN_CITIES}..${MAX_CITIES} [--seed 42] (--out FILE.json | --load [--reset])`;

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const counts = (entries: [string, number][]) => entries.filter(([, n]) => n).map(([k, n]) => `${k} ${n}`).join(', ');

function wholeNumber(option: string, value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new Error(`--${option} must be a whole number, not "${value ?? ''}". ${USAGE}`);
  return n;
}

async function writeFile(path: string, set: SyntheticDataSet): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  for (const line of dataSetLines(set.file)) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function load(set: SyntheticDataSet, reset: boolean): Promise<string[]> {
  const config = readConfig();
  const store = await openStore(config);
  const progress = progressDisplay();
  try {
    const where = config.neo4j ? `Neo4j at ${config.neo4j.uri}` : `the embedded store ${config.dataDir ? `in ${config.dataDir}` : 'in memory'}`;
    const started = performance.now();
    if (reset) await store.run('delete-all');
    const written = await loadDataSet(store, set, (done, total) => progress.update({ phase: 'writing', done, total }));
    const [stats] = await store.run<Record<string, number>>('stats');
    return [
      `Loaded into ${where}${reset ? ' (emptied first)' : ''} in ${seconds(started)} s.`,
      `  written: ${counts(Object.entries(written))}`,
      `  in the store: ${counts(Object.entries(stats ?? {}))}`,
    ];
  } finally {
    progress.stop();
    await store.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { cities: { type: 'string' }, seed: { type: 'string', default: '42' }, out: { type: 'string' }, load: { type: 'boolean', default: false }, reset: { type: 'boolean', default: false } },
  });
  const cities = wholeNumber('cities', values.cities);
  const seed = wholeNumber('seed', values.seed);
  if (Boolean(values.out) === values.load) throw new Error(`Say where the data set goes: --out FILE.json or --load. ${USAGE}`);
  if (values.out && !values.out.endsWith('.json')) throw new Error(`--out ${values.out}: the file must end in .json. ${USAGE}`);
  if (values.reset && !values.load) throw new Error(`--reset empties the store before --load. ${USAGE}`);

  const started = performance.now();
  const set = generateDataSet({ cities, seed });
  const records = COLLECTIONS.map((c): [string, number] => [c, set.file[c].length]);
  const lines = [`Generated ${set.file.document} (${cities} cities) in ${seconds(started)} s: ${counts(records)}.`];
  if (values.out) {
    const writing = performance.now();
    await writeFile(values.out, set);
    lines.push(`Wrote ${values.out} in ${seconds(writing)} s; load it with: npm run import -- ${values.out}`);
    lines.push('  (the seed format has no population or coordinates: imported synthetic cities have none; --load writes them)');
  } else {
    lines.push(...(await load(set, values.reset)));
  }
  lines.push(`Done in ${seconds(started)} s.`);
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
