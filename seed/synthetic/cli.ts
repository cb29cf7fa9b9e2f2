// npm run synthetic -- --cities N [--seed S] --out FILE.json: generates a
// synthetic data set (seed/SYNTHETIC.md) and writes it as a JSON data set
// file, for `npm run import` or another machine, with each city's made-up
// population and coordinates as its `place` (which an import takes as it is).
// Loading one straight into the store is `npm run seed -- --synthetic N` (seed/cli.ts).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { COLLECTIONS } from '../../server/ingest/schema.ts';
import { generateDataSet, type SyntheticDataSet } from './generate.ts';
import { dataSetLines } from './json-lines.ts';
import { CITIES_RANGE, citiesOption, commandLineFailure, countsLine, wholeNumberOption } from './seed-synthetic.ts';

const USAGE = `Usage: npm run synthetic -- --cities ${CITIES_RANGE} [--seed 42] --out FILE.json (to load one into the store: npm run seed -- --synthetic N [--seed S] [--reset])`;

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function writeFile(path: string, set: SyntheticDataSet): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  const cities = set.file.cities.map((c) => ({ ...c, place: set.places.get(c.id) }));
  for (const line of dataSetLines({ ...set.file, cities })) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { cities: { type: 'string' }, seed: { type: 'string', default: '42' }, out: { type: 'string' } } });
  const cities = citiesOption('cities', values.cities, USAGE);
  const seed = wholeNumberOption('seed', values.seed, USAGE);
  if (!values.out?.endsWith('.json')) throw new Error(`--out must name a file ending in .json, not "${values.out ?? ''}". ${USAGE}`);

  const started = performance.now();
  const set = generateDataSet({ cities, seed });
  const records = Object.fromEntries(COLLECTIONS.map((c) => [c, set.file[c].length]));
  console.log(`Generated ${set.file.document} (${cities} cities) in ${seconds(started)} s: ${countsLine(records)}.`);
  const writing = performance.now();
  await writeFile(values.out, set);
  console.log(`Wrote ${values.out} in ${seconds(writing)} s; load it with: npm run import -- ${values.out}`);
}

main().catch((error) => {
  console.error(commandLineFailure(error, USAGE) ?? error);
  process.exit(1);
});
