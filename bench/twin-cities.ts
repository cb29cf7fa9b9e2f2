// The twin-cities import on the whole file (seed/TWIN_CITIES.md), as `npm run
// twin-cities` runs it, into a fresh empty store of either engine (bench-
// engine.ts) that holds the curated data set first (the import joins its cities by id): the time to read
// and resolve the file, the rows left out, the time to load it (one
// transaction), and then every analysis on the result, cold and cached
// (bench/analytics-at-scale.ts).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadCurated } from '../server/ingest/load-curated.ts';
import { seedCurated } from '../server/ingest/seed-curated.ts';
import { countsLine } from '../seed/synthetic/seed-synthetic.ts';
import { buildTwinCities } from '../seed/twin-cities/build.ts';
import { loadTwinCities } from '../seed/twin-cities/load.ts';
import { busiestCity, printAnalyses, timeAnalyses, type AnalysisFigures } from './analytics-at-scale.ts';
import { beforeNewDataSet, engineDescription, openEmptyStore, type BenchEngine } from './bench-engine.ts';

/** Where `npm run twin-cities` reads the file by default. */
const DEFAULT_FILE = fileURLToPath(new URL('../../shared/data/twin-cities/twin_cities.csv', import.meta.url));

export interface TwinCitiesFigures {
  /** Where the store was (bench-engine.ts). */
  store: string;
  file: string;
  rows: number;
  cities: number;
  partnerships: number;
  /** Rows left out (seed/TWIN_CITIES.md says why). */
  unresolved: number;
  /** Reading, resolving and merging the rows into records. */
  parseSeconds: number;
  /** Deriving the rows and writing them on top of the curated data, in one transaction. */
  loadSeconds: number;
  /** What the store holds afterwards, curated data included: nodes by label (a city that funds is counted among donors too) and relationships. */
  stored: Record<string, number>;
  analyses: AnalysisFigures;
}

const secondsSince = (start: number) => Math.round((performance.now() - start) / 100) / 10;

export async function twinCitiesBench({ file = DEFAULT_FILE, engine }: { file?: string; engine: BenchEngine }): Promise<TwinCitiesFigures> {
  await beforeNewDataSet(engine);
  const store = await openEmptyStore(engine);
  try {
    await seedCurated(store);
    const parsing = performance.now();
    const result = buildTwinCities(readFileSync(file, 'utf8'), loadCurated().cities);
    const parseSeconds = secondsSince(parsing);
    const loading = performance.now();
    await loadTwinCities(store, result);
    const loadSeconds = secondsSince(loading);
    const [stored = {}] = await store.run<Record<string, number>>('stats');
    const { report } = result;
    return {
      store: await engineDescription(engine),
      file,
      rows: report.rows,
      cities: report.cities,
      partnerships: report.partnerships,
      unresolved: report.unresolved.length,
      parseSeconds,
      loadSeconds,
      stored,
      analyses: await timeAnalyses(store, busiestCity(result.data.partnerships)),
    };
  } finally {
    await store.close();
  }
}

export function printTwinCities(f: TwinCitiesFigures): string[] {
  return [
    `Twin cities, the whole file (${f.rows} rows), on top of the curated data, ${f.store}`,
    `  read and resolved in ${f.parseSeconds} s: ${f.cities} cities, ${f.partnerships} partnerships, ${f.unresolved} rows left out`,
    `  loaded in ${f.loadSeconds} s (one transaction); the store then holds ${countsLine(f.stored)}`,
    '',
    ...printAnalyses(`Analyses on the twin cities (matches for ${f.analyses.matchesFor.cityId})`, f.analyses),
  ];
}
