// The engine a benchmark section works on (`npm run bench -- --engine
// embedded|neo4j`, and both in the `engines` section): the one place that
// opens a fresh empty store of it, tells a child process how to reach it, and
// reads the Neo4j JVM's peak memory. Embedded: a new in-memory Grafeo store in
// the process that asks. Neo4j: the run's Neo4j (bench-neo4j.ts), emptied.
import type { EngineName, GraphStore } from '../server/store/store.ts';
import { openStore } from '../server/store/open-store.ts';
import { emptyStore } from '../server/store/empty-store.ts';
import { benchNeo4j, neo4jEnvironment, restartLocalNeo4j } from './bench-neo4j.ts';
import { peakRssMiBOf } from './peak-memory.ts';

export type BenchEngine = EngineName;

export const BENCH_ENGINES: readonly BenchEngine[] = ['embedded', 'neo4j'];

/** The engine a command line names, or an error listing the two. */
export function benchEngineOption(value: string): BenchEngine {
  const engine = BENCH_ENGINES.find((e) => e === value);
  if (!engine) throw new Error(`--engine must be ${BENCH_ENGINES.join(' or ')}, not "${value}"`);
  return engine;
}

/** A store of `engine` holding nothing but the schema. */
export async function openEmptyStore(engine: BenchEngine): Promise<GraphStore> {
  if (engine === 'embedded') return openStore({ dataDir: null, neo4j: null });
  const store = await openStore({ dataDir: null, neo4j: (await benchNeo4j()).settings });
  try {
    // A restarted local Neo4j is empty already; one NEO4J_URI names holds what the last user left.
    await emptyStore(store);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** Before a section loads a new data set, in the run's own process: on a local Neo4j, a new JVM on an empty directory (bench-neo4j.ts says why). */
export async function beforeNewDataSet(engine: BenchEngine): Promise<void> {
  if (engine === 'neo4j') await restartLocalNeo4j();
}

/** What a child process (a load, a served data set, a server) needs in its environment to work on `engine`. */
export async function engineEnvironment(engine: BenchEngine): Promise<Record<string, string>> {
  // An empty NEO4J_URI keeps a server child on the embedded engine even where the run's own environment names a Neo4j.
  return engine === 'neo4j' ? neo4jEnvironment(await benchNeo4j()) : { NEO4J_URI: '' };
}

/** Peak RSS of the Neo4j JVM so far (MiB); null on the embedded engine, or where the JVM's process is not known here. */
export async function neo4jJvmPeakMiB(engine: BenchEngine): Promise<number | null> {
  if (engine !== 'neo4j') return null;
  const { jvmPid } = await benchNeo4j();
  return jvmPid === null ? null : peakRssMiBOf(jvmPid);
}

/** The engine in a section's title: "embedded engine in memory", "Neo4j (local Neo4j 5.26, 4g heap)". */
export async function engineDescription(engine: BenchEngine): Promise<string> {
  return engine === 'embedded' ? 'embedded engine in memory' : `Neo4j (${(await benchNeo4j()).description})`;
}
