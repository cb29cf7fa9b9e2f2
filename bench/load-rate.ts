// Load rate of synthetic data sets (seed/SYNTHETIC.md) on either engine
// (bench-engine.ts): for each size, a set is generated and loaded into a fresh
// empty store through `npm run seed -- --synthetic`'s own path (seed/synthetic/
// seed-synthetic.ts), and at the sizes asked the analyses are then timed on
// that same store (bench/analytics-at-scale.ts): no size is loaded twice. Each
// size runs in a child process of its own, so that its peak memory (the
// kernel's high-water mark) is its own and not the largest of the sizes before
// it; on a local Neo4j each size gets a new JVM too, for the same reason.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { seedSynthetic } from '../seed/synthetic/seed-synthetic.ts';
import { busiestCity, printAnalyses, timeAnalyses, type AnalysisFigures } from './analytics-at-scale.ts';
import { beforeNewDataSet, benchEngineOption, engineDescription, engineEnvironment, neo4jJvmPeakMiB, openEmptyStore, type BenchEngine } from './bench-engine.ts';
import { peakRssMiB } from './peak-memory.ts';
import type { GraphStore } from '../server/store/store.ts';

export interface LoadFigures {
  engine: BenchEngine;
  /** Where the store was (bench-engine.ts). */
  store: string;
  cities: number;
  seed: number;
  nodes: number;
  relationships: number;
  generateSeconds: number;
  /** Rows derived and written: in one transaction, or on Neo4j in slices (seed/synthetic/load.ts). */
  loadSeconds: number;
  relationshipsPerSecond: number;
  /** Peak RSS of the process that generated and loaded the set (before any analysis). */
  peakRssMiB: number;
  /**
   * Peak RSS of the Neo4j JVM after the load: this size's own on a local Neo4j (a JVM per size, bench-neo4j.ts),
   * cumulative on one NEO4J_URI names; null on the embedded engine, or where the JVM's pid is not known.
   */
  jvmPeakRssMiB: number | null;
  analyses: AnalysisFigures | null;
  /** Peak RSS once the analyses ran too; null without them. */
  peakRssWithAnalysesMiB: number | null;
  /** The JVM's, likewise. */
  jvmPeakRssWithAnalysesMiB: number | null;
}

export interface LoadRateOptions {
  sizes: number[];
  /** The sizes at which the analyses are timed on the loaded store too. */
  analysesAt: number[];
  seed: number;
  engine: BenchEngine;
}

const NODE_KINDS = ['cities', 'associations', 'networks', 'donors', 'programmes', 'partnerships'];
const CHILD_FLAG = '--load-rate-child';
const THIS_FILE = fileURLToPath(import.meta.url);

/**
 * Generates and loads a set, keeping of it only what the figures need: the analyses are then timed as a server
 * would run them, without the generated set (over a gigabyte at 100,000 cities) held in the heap beside them.
 */
async function load(store: GraphStore, cities: number, seed: number) {
  const { set, written, generateSeconds, loadSeconds } = await seedSynthetic(store, { cities, seed });
  return { written, generateSeconds, loadSeconds, busiest: busiestCity(set.file.partnerships) };
}

/** In the child: one size, generated, loaded and (if asked) analysed. */
async function measureSize(cities: number, seed: number, analyse: boolean, engine: BenchEngine): Promise<LoadFigures> {
  const store = await openEmptyStore(engine);
  try {
    const { written, generateSeconds, loadSeconds, busiest } = await load(store, cities, seed);
    const peakAfterLoad = peakRssMiB();
    const jvmPeakAfterLoad = await neo4jJvmPeakMiB(engine);
    const [stats] = await store.run<{ relationships: number }>('stats');
    const relationships = stats?.relationships ?? 0;
    const analyses = analyse ? await timeAnalyses(store, busiest) : null;
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      engine,
      store: await engineDescription(engine),
      cities,
      seed,
      // Rows written per kind: a city that also funds is one node, counted once.
      nodes: NODE_KINDS.reduce((sum, kind) => sum + (written[kind] ?? 0), 0),
      relationships,
      generateSeconds: round(generateSeconds),
      loadSeconds: round(loadSeconds),
      relationshipsPerSecond: Math.round(relationships / loadSeconds),
      peakRssMiB: peakAfterLoad,
      jvmPeakRssMiB: jvmPeakAfterLoad,
      analyses,
      peakRssWithAnalysesMiB: analyses ? peakRssMiB() : null,
      jvmPeakRssWithAnalysesMiB: analyses ? await neo4jJvmPeakMiB(engine) : null,
    };
  } finally {
    await store.close();
  }
}

/** Runs one size in a child process and returns its figures. */
async function inChild(cities: number, seed: number, analyse: boolean, engine: BenchEngine): Promise<LoadFigures> {
  const child = fork(THIS_FILE, [CHILD_FLAG, String(cities), String(seed), String(analyse), engine], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, ...(await engineEnvironment(engine)) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const figures = new Promise<LoadFigures>((resolve) => child.once('message', (message) => resolve(message as LoadFigures)));
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`The load of ${cities} cities failed (child exit code ${code})`);
  return figures;
}

export async function loadRate({ sizes, analysesAt, seed, engine }: LoadRateOptions): Promise<LoadFigures[]> {
  const all: LoadFigures[] = [];
  for (const cities of sizes) {
    await beforeNewDataSet(engine);
    all.push(await inChild(cities, seed, analysesAt.includes(cities), engine));
  }
  return all;
}

const jvmMemory = (mib: number | null) => (mib === null ? '' : `, Neo4j JVM ${mib} MiB`);

export function printLoadRate(figures: LoadFigures[]): string[] {
  return [
    `Synthetic data sets into the ${figures[0]?.store ?? 'store'}, one Node process per size`,
    '  cities    nodes  relationships  generate    load  relationships/s  peak RSS (Node)  peak RSS (Neo4j JVM)',
    ...figures.map((f) =>
      [
        String(f.cities).padStart(8),
        String(f.nodes).padStart(8),
        String(f.relationships).padStart(14),
        `${f.generateSeconds.toFixed(1)} s`.padStart(9),
        `${f.loadSeconds.toFixed(1)} s`.padStart(7),
        String(f.relationshipsPerSecond).padStart(16),
        `${f.peakRssMiB} MiB`.padStart(16),
        (f.jvmPeakRssMiB === null ? '-' : `${f.jvmPeakRssMiB} MiB`).padStart(21),
      ].join(' '),
    ),
    ...figures.flatMap((f) =>
      f.analyses
        ? ['', ...printAnalyses(`Analyses at ${f.cities} synthetic cities (${f.relationships} relationships; peak RSS with them: Node ${f.peakRssWithAnalysesMiB} MiB${jvmMemory(f.jvmPeakRssWithAnalysesMiB)})`, f.analyses)]
        : [],
    ),
  ];
}

// In the child process loadRate forks for one size.
if (process.argv[1] === THIS_FILE && process.argv[2] === CHILD_FLAG) {
  const [cities, seed, analyse, engine] = process.argv.slice(3);
  const figures = await measureSize(Number(cities), Number(seed), analyse === 'true', benchEngineOption(engine ?? ''));
  // The parent reads the figures over IPC; then the channel closes and the child exits.
  process.send!(figures, () => process.disconnect?.());
}
