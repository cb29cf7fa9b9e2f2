// The Neo4j a benchmark run works on: the server NEO4J_URI names (whose
// database the benchmark empties), or else a local Neo4j 5.26 (the launcher
// of `npm run neo4j`) that the run starts when a section first needs it, on a
// free port and a temporary directory, and stops, removing the directory, at
// the end. The run's child processes (a load per size, a served data set, the
// server of the mixed load) are given its address in NEO4J_URI,
// NEO4J_USERNAME and NEO4J_PASSWORD, and the JVM's process id in
// C2C_BENCH_NEO4J_PID so that they can read its memory (set it yourself for a
// Neo4j of your own on this machine to have its JVM's memory reported); in a
// child, this module takes the Neo4j from there instead of starting one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../server/config.ts';
import { checkPrerequisites, DEFAULT_PAGE_CACHE, Neo4jLocalError, SIZE, startLocalNeo4j, type LocalNeo4j } from '../server/neo4j-local/launcher.ts';
import type { Neo4jSettings } from '../server/store/neo4j.ts';
import { freePort } from '../test/support/free-port.ts';

export interface BenchNeo4j {
  settings: Neo4jSettings;
  /** The JVM's process id where this machine runs it and the run knows it (its memory is read from /proc); else null. */
  jvmPid: number | null;
  /** Where it runs, for the sections' titles. */
  description: string;
}

/**
 * The local JVM's heap: room for the load's transactions (slices of about 80 MB of state each, seed/synthetic/load.ts),
 * the query cache and the reads of the analyses' projection at 100,000 cities.
 */
export const DEFAULT_NEO4J_HEAP = '4g';
const PID_VARIABLE = 'C2C_BENCH_NEO4J_PID';
const DESCRIPTION_VARIABLE = 'C2C_BENCH_NEO4J_DESCRIPTION';

let heap = DEFAULT_NEO4J_HEAP;
let pageCache = DEFAULT_PAGE_CACHE;
/** Graph Data Science as a plugin of the local Neo4j: the gds section asks for it. */
let gds = false;
let local: { neo4j: LocalNeo4j; dir: string } | null = null;
let current: Promise<BenchNeo4j> | null = null;

/** The heap (-Xmx) of a local Neo4j the run starts, such as 4g; set before any section runs. */
export function setNeo4jHeap(size: string): void {
  if (!/^\d+[kmg]$/i.test(size)) throw new Error(`--neo4j-heap must be a size such as 2g or 4096m, not "${size}"`);
  heap = size;
}

/** The page cache of a local Neo4j the run starts, such as 2g; set before any section runs. */
export function setNeo4jPageCache(size: string): void {
  if (!SIZE.test(size)) throw new Error(`--neo4j-page-cache must be a size such as 512m or 2g, not "${size}"`);
  pageCache = size;
}

/** Whether local Neo4js the run starts from now on load Graph Data Science (restartLocalNeo4j brings in the change). */
export function setNeo4jGds(on: boolean): void {
  gds = on;
}

// The launcher's own lines (the JVM's messages) go to stderr, apart from the sections' tables and the --json line.
const log = (line: string) => process.stderr.write(`[neo4j] ${line}\n`);

async function startLocal(): Promise<BenchNeo4j> {
  const dir = mkdtempSync(join(tmpdir(), 'c2c-bench-neo4j-'));
  const started = Date.now();
  try {
    const neo4j = await startLocalNeo4j({ port: await freePort(), dir, heap, pageCache, gds, log });
    local = { neo4j, dir };
    const shape = `${heap} heap, ${pageCache} page cache${gds ? ', Graph Data Science' : ''}`;
    log(`a local Neo4j for the benchmark on ${neo4j.uri} (${shape}), started in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return {
      settings: { uri: neo4j.uri, username: neo4j.username, password: neo4j.password },
      jvmPid: neo4j.child.pid ?? null,
      description: `local Neo4j 5.26, ${shape}, a new JVM for each data set`,
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function configured(): BenchNeo4j | null {
  const settings = readConfig().neo4j;
  if (!settings) return null;
  const pid = Number(process.env[PID_VARIABLE]);
  const jvmPid = Number.isInteger(pid) && pid > 0 ? pid : null;
  // The run's child processes are told the run's description (neo4jEnvironment); a Neo4j of the user's gets this one.
  const description = process.env[DESCRIPTION_VARIABLE] ?? `Neo4j at ${settings.uri}${jvmPid ? `, JVM ${jvmPid}'s memory cumulative over the run` : ''}`;
  return { settings, jvmPid, description };
}

/** Why the run could not have a Neo4j (no NEO4J_URI, and no Java or Maven for a local one), or null when it can. */
export function neo4jUnavailable(): string | null {
  if (readConfig().neo4j) return null;
  try {
    checkPrerequisites();
    return null;
  } catch (error) {
    if (error instanceof Neo4jLocalError) return error.message;
    throw error;
  }
}

/** The run's Neo4j: NEO4J_URI's (as given to a child), or a local one started on the first call. */
export function benchNeo4j(): Promise<BenchNeo4j> {
  const given = configured();
  return (current ??= given ? Promise.resolve(given) : startLocal());
}

/**
 * A new empty database for the next data set, where the run started Neo4j itself: the JVM is stopped and started
 * again on a new directory, so that its high-water mark of memory is that data set's own rather than the largest of
 * all before it (as each load size has a Node process of its own), and no store files, page cache or heap are
 * carried over. The price: a start (10 to 20 s here) per data set, and each load runs on a JVM whose JIT has not
 * warmed up yet, which weighs on the small sets (a 1k load takes seconds) and little on a million relationships;
 * the HTTP reads are measured after a warm-up run. Emptying one long-lived JVM instead would report cumulative
 * peaks, and deleting a 100k set is itself a transaction of a million relationships. A Neo4j that NEO4J_URI names
 * cannot be restarted: its database is emptied instead (bench-engine.ts), and its memory, where its pid is known,
 * is cumulative over the run.
 */
export async function restartLocalNeo4j(): Promise<void> {
  if (!local) return;
  await stopBenchNeo4j();
  current = startLocal();
  await current;
}

/** Stops a local Neo4j the run started and removes its directory; a configured one is left alone. */
export async function stopBenchNeo4j(): Promise<void> {
  const running = local;
  local = null;
  current = null;
  if (!running) return;
  await running.neo4j.stop();
  rmSync(running.dir, { recursive: true, force: true });
}

/** The environment that points a child process of the run at this Neo4j. */
export function neo4jEnvironment(neo4j: BenchNeo4j): Record<string, string> {
  return {
    NEO4J_URI: neo4j.settings.uri,
    NEO4J_USERNAME: neo4j.settings.username,
    NEO4J_PASSWORD: neo4j.settings.password,
    ...(neo4j.settings.database ? { NEO4J_DATABASE: neo4j.settings.database } : {}),
    ...(neo4j.jvmPid ? { [PID_VARIABLE]: String(neo4j.jvmPid) } : {}),
    [DESCRIPTION_VARIABLE]: neo4j.description,
  };
}
