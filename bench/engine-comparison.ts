// The `engines` section: the same work on the embedded engine and on Neo4j in
// one run, through the sections' own functions — the synthetic loads with the
// analyses at the sizes asked (load-rate.ts, analytics-at-scale.ts) and the
// four HTTP reads under autocannon (http-load.ts) — then one table per kind of
// figure with both engines and the ratio Neo4j / embedded (engine-table.ts).
// The engines take turns size by size rather than one after the other, so
// that a change in the machine's load over the run (2 cores shared here)
// falls on both alike.
import { SLICE_ROWS } from '../seed/synthetic/load.ts';
import { BENCH_ENGINES, type BenchEngine } from './bench-engine.ts';
import { engineRow, printEngineTables, type EngineRow, type EngineTable } from './engine-table.ts';
import { httpLoad, type HttpLoadFigures } from './http-load.ts';
import { loadRate, type LoadFigures } from './load-rate.ts';
import type { HttpFigures } from './autocannon-load.ts';

export interface EngineComparisonOptions {
  loadSizes: number[];
  analysesAt: number[];
  seed: number;
  httpSizes: number[];
  seconds: number;
  connections: number;
}

type PerEngine<T> = Record<BenchEngine, T[]>;

export interface EngineComparisonFigures {
  loads: PerEngine<LoadFigures>;
  /** One run of the HTTP section per size and engine. */
  http: PerEngine<HttpLoadFigures>;
  tables: EngineTable[];
}

/** `run` for each size on each engine in turn. */
async function bothEnginesPerSize<T>(sizes: number[], run: (cities: number, engine: BenchEngine) => Promise<T>): Promise<PerEngine<T>> {
  const figures: PerEngine<T> = { embedded: [], neo4j: [] };
  for (const cities of sizes) for (const engine of BENCH_ENGINES) figures[engine].push(await run(cities, engine));
  return figures;
}

/** Rows pairing what `figure` gives for the same item on each engine (items keyed by name). */
function pairRows<T>(figures: PerEngine<T>, items: (f: T) => [string, number | null][]): EngineRow[] {
  const neo4j = new Map(figures.neo4j.flatMap(items));
  return figures.embedded.flatMap(items).map(([name, embedded]) => engineRow(name, embedded, neo4j.get(name) ?? null));
}

function loadTables(loads: PerEngine<LoadFigures>): EngineTable[] {
  const perSize = (value: (f: LoadFigures) => number | null) => (f: LoadFigures): [string, number | null][] => [[`${f.cities} cities`, value(f)]];
  const jvm = (f: LoadFigures) => (f.engine === 'neo4j' ? f.jvmPeakRssMiB : null);
  // The embedded engine holds the database in the Node process; on Neo4j it is in the JVM: the sum is what compares.
  const total = (f: LoadFigures) => (f.engine === 'embedded' ? f.peakRssMiB : f.jvmPeakRssMiB === null ? null : f.peakRssMiB + f.jvmPeakRssMiB);
  return [
    { figure: `Synthetic load, time (embedded: one transaction; Neo4j: transactions of ${SLICE_ROWS.neo4j.toLocaleString('en')} rows)`, unit: 's', better: 'lower', rows: pairRows(loads, perSize((f) => f.loadSeconds)) },
    { figure: 'Synthetic load, rate', unit: 'relationships/s', better: 'higher', rows: pairRows(loads, perSize((f) => f.relationshipsPerSecond)) },
    {
      figure: 'Synthetic load, peak memory (high-water mark after the load; a new Node process and, on a local Neo4j, a new JVM per size)',
      unit: 'MiB',
      better: 'lower',
      rows: pairRows(loads, (f) => [
        [`${f.cities} cities, Node process`, f.peakRssMiB],
        [`${f.cities} cities, Neo4j JVM`, jvm(f)],
        [`${f.cities} cities, Node + JVM`, total(f)],
      ]),
    },
  ];
}

function httpTables(http: PerEngine<HttpLoadFigures>): EngineTable[] {
  const perRead = (value: (r: HttpFigures) => number) => (f: HttpLoadFigures) =>
    f.sizes.flatMap((size) => Object.entries(size.reads).map(([read, r]): [string, number] => [`${size.cities} cities, ${read}`, value(r)]));
  const failed = [...http.embedded, ...http.neo4j].flatMap((f) =>
    f.sizes.flatMap((size) => Object.entries(size.reads).filter(([, r]) => r.non2xx + r.graphqlErrors + r.errors).map(([read]) => `${f.engine} ${size.cities} cities ${read}`)),
  );
  const caveat = failed.length ? `; FAILED requests in: ${failed.join(', ')}` : '';
  const shape = http.embedded[0] ? `autocannon, ${http.embedded[0].connections} connections, ${http.embedded[0].seconds} s per read${caveat}` : '';
  return [
    { figure: `HTTP reads, p50 (${shape})`, unit: 'ms', better: 'lower', rows: pairRows(http, perRead((r) => r.p50)) },
    { figure: 'HTTP reads, p99', unit: 'ms', better: 'lower', rows: pairRows(http, perRead((r) => r.p99)) },
    { figure: 'HTTP reads, throughput', unit: 'req/s', better: 'higher', rows: pairRows(http, perRead((r) => r.perSecond)) },
  ];
}

function analysisTables(loads: PerEngine<LoadFigures>): EngineTable[] {
  const perAnalysis = (value: (t: { coldMs: number; cachedMs: number }) => number) => (f: LoadFigures) =>
    Object.entries(f.analyses?.analyses ?? {}).map(([name, t]): [string, number] => [`${f.cities} cities, ${name}`, value(t)]);
  return [
    {
      figure: 'Projection read (four statements, once per data version)',
      unit: 'ms',
      better: 'lower',
      rows: pairRows(loads, (f) => (f.analyses ? [[`${f.cities} cities`, f.analyses.projectionMs]] : [])),
    },
    { figure: 'Analyses, cold (computed from the projection, nothing else cached)', unit: 'ms', better: 'lower', rows: pairRows(loads, perAnalysis((t) => t.coldMs)) },
    { figure: 'Analyses, cached (asked again)', unit: 'ms', better: 'lower', rows: pairRows(loads, perAnalysis((t) => t.cachedMs)) },
  ];
}

export async function engineComparison(o: EngineComparisonOptions): Promise<EngineComparisonFigures> {
  const loads = await bothEnginesPerSize(o.loadSizes, async (cities, engine) => (await loadRate({ sizes: [cities], analysesAt: o.analysesAt, seed: o.seed, engine }))[0]!);
  const http = await bothEnginesPerSize(o.httpSizes, (cities, engine) => httpLoad({ sizes: [cities], seconds: o.seconds, connections: o.connections, engine }));
  return { loads, http, tables: [...loadTables(loads), ...httpTables(http), ...analysisTables(loads)] };
}

export function printEngineComparison(f: EngineComparisonFigures): string[] {
  const stores = BENCH_ENGINES.map((engine) => f.loads[engine][0]?.store ?? f.http[engine][0]?.store).filter(Boolean);
  const matches = f.loads.embedded.find((l) => l.analyses)?.analyses?.matchesFor;
  return [
    `Both engines, the same work in one run: ${stores.join(' vs ')}; ratio neo4j/embedded`,
    ...(matches ? [`  (supportLevel and matches asked for ${matches.cityId}, theme ${matches.theme})`] : []),
    ...printEngineTables(f.tables),
  ];
}
