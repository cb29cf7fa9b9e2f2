// Generates a synthetic data set and loads it into a store, timing each part:
// the one way a synthetic set gets into a store, used by `npm run seed --
// --synthetic N` (seed/cli.ts) and by the benchmark of load rates
// (bench/load-rate.ts).
import { performance } from 'node:perf_hooks';
import type { GraphStore } from '../../server/store/store.ts';
import type { WriteProgress } from '../../server/ingest/write-graph.ts';
import { generateDataSet, type SyntheticDataSet, type SyntheticOptions } from './generate.ts';
import { loadDataSet } from './load.ts';
import { MAX_CITIES, MIN_CITIES } from './shape.ts';

export interface SyntheticSeeding {
  set: SyntheticDataSet;
  /** Rows written per kind (server/ingest/write-graph.ts). */
  written: Record<string, number>;
  generateSeconds: number;
  /** Deriving the rows and writing them: in one transaction, or on Neo4j a slice at a time (load.ts). */
  loadSeconds: number;
}

const secondsSince = (start: number) => (performance.now() - start) / 1000;

export async function seedSynthetic(store: GraphStore, options: SyntheticOptions, onProgress?: WriteProgress): Promise<SyntheticSeeding> {
  const generating = performance.now();
  const set = generateDataSet(options);
  const generateSeconds = secondsSince(generating);
  const loading = performance.now();
  const written = await loadDataSet(store, set, onProgress);
  return { set, written, generateSeconds, loadSeconds: secondsSince(loading) };
}

/** A command line that asks for something impossible: its message says what to give instead. */
export class UsageError extends Error {}

/** A whole number given on the command line (`--cities`, `--synthetic`, `--seed`), or an error that says what is wanted. */
export function wholeNumberOption(option: string, value: string | undefined, usage: string): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(`--${option} must be a whole number, not "${value ?? ''}". ${usage}`);
  return n;
}

export const CITIES_RANGE = `${MIN_CITIES}..${MAX_CITIES}`;

/** A number of cities given on the command line, checked before anything is opened. */
export function citiesOption(option: string, value: string | undefined, usage: string): number {
  const cities = wholeNumberOption(option, value, usage);
  if (cities < MIN_CITIES || cities > MAX_CITIES) throw new UsageError(`--${option} must be from ${MIN_CITIES} to ${MAX_CITIES} cities, not ${cities}. ${usage}`);
  return cities;
}

/** What a command line failure prints: the message alone for a wrong command line (ours or parseArgs'), with the usage. */
export function commandLineFailure(error: unknown, usage: string): string | null {
  if (error instanceof UsageError) return error.message;
  if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return `${(error as Error).message}. ${usage}`;
  return null;
}

/** Counts as one line: "cities 100, partnerships 320" (zeros left out). */
export const countsLine = (counts: Record<string, number>) =>
  Object.entries(counts)
    .filter(([, n]) => n)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
