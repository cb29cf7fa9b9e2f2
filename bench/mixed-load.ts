// Issue 8's load run: `connections` autocannon connections on loopback for
// `seconds`, each sending 4 reads then 1 write in turn (80 % reads: city
// detail, a country's page of cities, search, neighbourhood; 20 % writes:
// createCity with a new id each time, as an admin), against the real server
// (`server/main.ts`, NODE_ENV=production) in a child process over the curated
// data set, in an embedded store ON DISK (a fresh temporary directory: every
// write is fsynced before it is acknowledged) or, with --engine neo4j, in the
// run's Neo4j emptied (bench-engine.ts; the server's first start seeds it,
// and durability is Neo4j's transaction log). Reported: requests and rate,
// read and write latencies apart, non-2xx and 5xx answers, the writes
// acknowledged against those found in the store afterwards, and the server's
// RSS and heap after warm-up and at the end, with their slope.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { curatedDataDir, processAdminToken, removeDataDirs, startServerProcess, type GqlAnswer, type ServerProcess } from '../test/support/server-process.ts';
import { beforeNewDataSet, engineDescription, engineEnvironment, openEmptyStore, type BenchEngine } from './bench-engine.ts';
import { readsOf, SEPARATE_LINKS_NEIGHBOURHOOD } from './http-load.ts';
import { latencyFigures, type LatencyFigures } from './latency-figures.ts';
import { COLLECT, type MemorySample } from './memory-reporter.ts';
import { megabytes, memoryTrend, warmUpSeconds, type MemoryTrend } from './memory-trend.ts';
import type { Samples } from './served-data-set.ts';

export interface MixedLoadOptions {
  seconds: number;
  connections: number;
  engine: BenchEngine;
}

export interface MixedLoadFigures extends MixedLoadOptions {
  data: string;
  requests: number;
  perSecond: number;
  reads: LatencyFigures;
  writes: LatencyFigures;
  non2xx: number;
  status5xx: number;
  /** 2xx answers carrying a GraphQL error. */
  graphqlErrors: number;
  /** Connection errors and timeouts. */
  connectionErrors: number;
  writesAcknowledged: number;
  writesFound: number;
  /** Acknowledged writes the store does not hold. */
  writesLost: number;
  rss: MemoryTrend;
  heapUsed: MemoryTrend;
  /** Heap used right after a full collection, `atSeconds` into the run and at its end (MB). */
  heapAfterFullGc: { atSeconds: number; thenMb: number; endMb: number };
}

const PROBE = 'Loadprobe';
/** How long before the end of warm-up the heap is collected and measured. */
const SETTLE_SECONDS = 5;
const CREATE_CITY = 'mutation Write($input: CreateCityInput!) { createCity(input: $input) { id } }';
const SAMPLES = '{ cities(first: 1000) { edges { node { id name country partners { id } } } } }';
const FOUND = 'query Found($name: String!, $after: String) { cities(where: { nameContains: $name }, first: 1000, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }';

/** Ids, countries and words of the curated data to vary the reads with. */
async function samplesOf(server: ServerProcess): Promise<Samples> {
  const { data } = await server.gql(SAMPLES);
  const cities: { id: string; name: string; country: string; partners: unknown[] }[] = data.cities.edges.map((e: { node: unknown }) => e.node);
  return {
    citiesWithPartners: cities.filter((c) => c.partners.length).map((c) => c.id),
    countries: cities.map((c) => c.country),
    searchTexts: cities.map((c, i) => (i % 2 ? c.name : c.name.split(' ').at(-1)!)),
  };
}

/** The ids of the probe's cities the store holds. */
async function storedProbeCities(server: ServerProcess): Promise<Set<string>> {
  const found = new Set<string>();
  let after: string | null = null;
  do {
    const { data, errors }: GqlAnswer = await server.gql(FOUND, { name: PROBE, after });
    if (errors?.length) throw new Error(JSON.stringify(errors));
    for (const edge of data.cities.edges) found.add(edge.node.id);
    after = data.cities.pageInfo.hasNextPage ? data.cities.pageInfo.endCursor : null;
  } while (after);
  return found;
}

type Kind = 'read' | 'write';

/** Where the server's store is, with what describes it: an embedded store on disk seeded here, or the run's Neo4j emptied for the server to seed. */
async function storeOfServer(engine: BenchEngine): Promise<{ dataDir: string; env: Record<string, string>; data: string }> {
  if (engine === 'embedded') return { dataDir: await curatedDataDir('mixed-load'), env: {}, data: 'curated data set, embedded store on disk (fsync per commit)' };
  await beforeNewDataSet(engine);
  await (await openEmptyStore(engine)).close();
  // With NEO4J_URI set the server opens no embedded store: no data directory is needed.
  return { dataDir: ':memory:', env: await engineEnvironment(engine), data: `curated data set, ${await engineDescription(engine)}` };
}

export async function mixedLoad({ seconds, connections, engine }: MixedLoadOptions): Promise<MixedLoadFigures> {
  const { dataDir, env, data } = await storeOfServer(engine);
  const server = await startServerProcess(dataDir, { env: { ...env, NODE_ENV: 'production' }, preload: [fileURLToPath(new URL('./memory-reporter.ts', import.meta.url))] });
  const memory: MemorySample[] = [];
  const collected: MemorySample[] = [];
  server.child.on('message', (sample: MemorySample) => (sample.collected ? collected : memory).push(sample));
  const collectGarbage = () => server.child.send(COLLECT);
  try {
    // The explorer's reads: its neighbourhood comes with parallel links merged.
    const reads = Object.entries(readsOf(await samplesOf(server))).flatMap(([name, read]) => (name === SEPARATE_LINKS_NEIGHBOURHOOD ? [] : [read]));
    const token = await processAdminToken();
    let sent = 0;
    let writes = 0;
    const acknowledged = new Set<string>();
    // autocannon calls a request's onResponse just before it emits 'response' with the latency, on the same tick:
    // onResponse says which kind of request the next latency belongs to.
    let answered: Kind = 'read';
    const latencies: Record<Kind, number[]> = { read: [], write: [] };

    const read = (operation: (typeof reads)[number]): autocannon.Request => ({
      setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: operation.query, variables: operation.variables(sent++) }) }),
      onResponse: () => {
        answered = 'read';
      },
    });
    const write: autocannon.Request = {
      setupRequest: (request) => {
        const n = writes++;
        const input = { id: `city:is:loadprobe-${n}`, name: `${PROBE} ${n}`, country: 'IS', population: 1000 + n, location: { lat: 64.1, lon: -21.9 } };
        return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` }, body: JSON.stringify({ query: CREATE_CITY, variables: { input } }) };
      },
      onResponse: (status, body) => {
        answered = 'write';
        if (status !== 200) return;
        const { data, errors } = JSON.parse(body) as { data?: { createCity?: { id: string } }; errors?: unknown[] };
        if (!errors?.length && data?.createCity) acknowledged.add(data.createCity.id);
      },
    };

    const start = performance.now();
    const startedAt = Date.now();
    // Before the trends' window opens, so that the memory the collection frees does not tilt them.
    const collectAt = Math.max(1, warmUpSeconds(seconds) - SETTLE_SECONDS);
    setTimeout(collectGarbage, collectAt * 1000);
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `${server.url}/graphql`,
          connections,
          duration: seconds,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          requests: [...reads.map(read), write],
          verifyBody: (body) => !body?.includes('"errors"'),
        },
        (error, done) => (error ? reject(error) : resolve(done)),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode >= 200 && statusCode < 300) latencies[answered].push(responseTime);
      });
    });
    const elapsed = performance.now() - start;
    const during = memory.filter((m) => m.at >= startedAt && m.at <= startedAt + elapsed);
    collectGarbage();
    while (collected.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
    const found = await storedProbeCities(server);
    const lost = [...acknowledged].filter((id) => !found.has(id)).length;
    const total = latencies.read.length + latencies.write.length;
    return {
      seconds,
      connections,
      engine,
      data: `${data}, server in a child process (NODE_ENV=production)`,
      requests: result.requests.total,
      perSecond: Math.round((total / elapsed) * 1000),
      reads: latencyFigures(latencies.read, elapsed),
      writes: latencyFigures(latencies.write, elapsed),
      non2xx: result.non2xx,
      status5xx: result['5xx'],
      graphqlErrors: result.mismatches,
      connectionErrors: result.errors + result.timeouts,
      writesAcknowledged: acknowledged.size,
      writesFound: found.size,
      writesLost: lost,
      rss: memoryTrend(during, (m) => m.rss),
      heapUsed: memoryTrend(during, (m) => m.heapUsed),
      heapAfterFullGc: { atSeconds: collectAt, thenMb: megabytes(collected[0]!.heapUsed), endMb: megabytes(collected[1]!.heapUsed) },
    };
  } finally {
    await server.kill('SIGTERM');
    removeDataDirs();
  }
}

const trend = (t: MemoryTrend) =>
  `${t.afterWarmUpMb} MB after ${t.warmUpSeconds} s of warm-up, ${t.endMb} MB at the end, slope ${t.slopeMbPerMinute} MB/min`;

export function printMixedLoad(f: MixedLoadFigures): string[] {
  const failed = f.non2xx + f.graphqlErrors + f.connectionErrors + f.writesLost;
  return [
    `Mixed load: ${f.connections} connections for ${f.seconds} s, 80 % reads / 20 % writes (autocannon; ${f.data})`,
    `  requests            ${f.requests} answered, ${f.perSecond} req/s`,
    `  reads               ${f.reads.requests} 2xx, p50 ${f.reads.p50} ms, p99 ${f.reads.p99} ms`,
    `  writes              ${f.writes.requests} 2xx, p50 ${f.writes.p50} ms, p99 ${f.writes.p99} ms`,
    `  failures            ${f.non2xx} non-2xx (${f.status5xx} 5xx), ${f.graphqlErrors} with GraphQL errors, ${f.connectionErrors} connection errors or timeouts`,
    `  writes              ${f.writesAcknowledged} acknowledged, ${f.writesFound} found in the store, ${f.writesLost} lost`,
    `  server RSS          ${trend(f.rss)}`,
    `  server heap used    ${trend(f.heapUsed)}`,
    `  heap after full GC  ${f.heapAfterFullGc.thenMb} MB after ${f.heapAfterFullGc.atSeconds} s, ${f.heapAfterFullGc.endMb} MB at the end (the writes add ${f.writesFound} cities)`,
    `  verdict             ${failed ? 'FAILED' : 'no 5xx, no error, no lost write'}`,
  ];
}
