// Load rate of synthetic data sets (seed/SYNTHETIC.md) on the embedded engine:
// for each size, a set is generated and loaded into a fresh in-memory store
// through `npm run seed -- --synthetic`'s own path (seed/synthetic/seed-
// synthetic.ts), and at the sizes asked the analyses are then timed on that
// same store (bench/analytics-at-scale.ts): no size is loaded twice. Each size
// runs in a child process of its own, so that its peak memory (the kernel's
// high-water mark) is its own and not the largest of the sizes before it.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { openStore } from '../server/store/open-store.ts';
import { seedSynthetic } from '../seed/synthetic/seed-synthetic.ts';
import { busiestCity, printAnalyses, timeAnalyses, type AnalysisFigures } from './analytics-at-scale.ts';
import { peakRssMiB } from './peak-memory.ts';

export interface LoadFigures {
  cities: number;
  seed: number;
  nodes: number;
  relationships: number;
  generateSeconds: number;
  /** Rows derived and written, in one transaction. */
  loadSeconds: number;
  relationshipsPerSecond: number;
  /** Peak RSS of the process that generated and loaded the set (before any analysis). */
  peakRssMiB: number;
  analyses: AnalysisFigures | null;
  /** Peak RSS once the analyses ran too; null without them. */
  peakRssWithAnalysesMiB: number | null;
}

export interface LoadRateOptions {
  sizes: number[];
  /** The sizes at which the analyses are timed on the loaded store too. */
  analysesAt: number[];
  seed: number;
}

const NODE_KINDS = ['cities', 'associations', 'networks', 'donors', 'programmes', 'partnerships'];
const CHILD_FLAG = '--load-rate-child';
const THIS_FILE = fileURLToPath(import.meta.url);

/** In the child: one size, generated, loaded and (if asked) analysed. */
async function measureSize(cities: number, seed: number, analyse: boolean): Promise<LoadFigures> {
  const store = await openStore({ dataDir: null, neo4j: null });
  try {
    const { set, written, generateSeconds, loadSeconds } = await seedSynthetic(store, { cities, seed });
    const peakAfterLoad = peakRssMiB();
    const [stats] = await store.run<{ relationships: number }>('stats');
    const relationships = stats?.relationships ?? 0;
    const analyses = analyse ? await timeAnalyses(store, busiestCity(set.file.partnerships)) : null;
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      cities,
      seed,
      // Rows written per kind: a city that also funds is one node, counted once.
      nodes: NODE_KINDS.reduce((sum, kind) => sum + (written[kind] ?? 0), 0),
      relationships,
      generateSeconds: round(generateSeconds),
      loadSeconds: round(loadSeconds),
      relationshipsPerSecond: Math.round(relationships / loadSeconds),
      peakRssMiB: peakAfterLoad,
      analyses,
      peakRssWithAnalysesMiB: analyses ? peakRssMiB() : null,
    };
  } finally {
    await store.close();
  }
}

/** Runs one size in a child process and returns its figures. */
async function inChild(cities: number, seed: number, analyse: boolean): Promise<LoadFigures> {
  const child = fork(THIS_FILE, [CHILD_FLAG, String(cities), String(seed), String(analyse)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const figures = new Promise<LoadFigures>((resolve) => child.once('message', (message) => resolve(message as LoadFigures)));
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`The load of ${cities} cities failed (child exit code ${code})`);
  return figures;
}

export async function loadRate({ sizes, analysesAt, seed }: LoadRateOptions): Promise<LoadFigures[]> {
  const all: LoadFigures[] = [];
  for (const cities of sizes) all.push(await inChild(cities, seed, analysesAt.includes(cities)));
  return all;
}

export function printLoadRate(figures: LoadFigures[]): string[] {
  return [
    'Synthetic data sets into the embedded engine (in memory), one process per size',
    '  cities    nodes  relationships  generate    load  relationships/s  peak RSS',
    ...figures.map((f) =>
      [
        String(f.cities).padStart(8),
        String(f.nodes).padStart(8),
        String(f.relationships).padStart(14),
        `${f.generateSeconds.toFixed(1)} s`.padStart(9),
        `${f.loadSeconds.toFixed(1)} s`.padStart(7),
        String(f.relationshipsPerSecond).padStart(16),
        `${f.peakRssMiB} MiB`.padStart(9),
      ].join(' '),
    ),
    ...figures.flatMap((f) =>
      f.analyses
        ? ['', ...printAnalyses(`Analyses at ${f.cities} synthetic cities (${f.relationships} relationships; peak RSS with them ${f.peakRssWithAnalysesMiB} MiB)`, f.analyses)]
        : [],
    ),
  ];
}

// In the child process loadRate forks for one size.
if (process.argv[1] === THIS_FILE && process.argv[2] === CHILD_FLAG) {
  const [cities, seed, analyse] = process.argv.slice(3);
  const figures = await measureSize(Number(cities), Number(seed), analyse === 'true');
  // The parent reads the figures over IPC; then the channel closes and the child exits.
  process.send!(figures, () => process.disconnect?.());
}
