// Issue 7's HTTP benchmark: GraphQL over HTTP on loopback under autocannon,
// at each size of synthetic data set — a city detail with its partners, a
// page of cities filtered by country, search, and neighbourhood(depth: 2),
// each request with other ids or words drawn from the loaded data, on either
// engine (bench-engine.ts). The server runs in a child process (served-data-
// set.ts says why).
import { autocannonLoad, type HttpFigures, type Operation } from './autocannon-load.ts';
import { beforeNewDataSet, engineDescription, type BenchEngine } from './bench-engine.ts';
import { CITY_DETAIL } from './city-detail.ts';
import type { LoadShape } from './closed-loop.ts';
import { serveDataSet, type Samples } from './served-data-set.ts';

export interface HttpLoadOptions extends LoadShape {
  sizes: number[];
  engine: BenchEngine;
}

export interface HttpLoadFigures {
  engine: BenchEngine;
  /** Where the store was (bench-engine.ts). */
  store: string;
  connections: number;
  seconds: number;
  sizes: { cities: number; relationships: number; loadSeconds: number; reads: Record<string, HttpFigures> }[];
}

const pick = (list: string[], n: number) => list[n % list.length]!;

/** The neighbourhood with every parallel link apart, as issue 7 timed it; the explorer asks for them merged. */
export const SEPARATE_LINKS_NEIGHBOURHOOD = 'neighbourhood, depth 2';

/** The four reads of the issue, and the neighbourhood as the explorer asks for it, their variables varied from the samples. */
export function readsOf(samples: Samples): Record<string, Operation> {
  return {
    'city detail with partners': { query: CITY_DETAIL, variables: (n) => ({ id: pick(samples.citiesWithPartners, n) }) },
    'cities of a country, page of 20': {
      query: 'query CitiesOf($country: String!) { cities(where: { country: $country }, first: 20) { totalCount edges { node { id name population } } } }',
      variables: (n) => ({ country: pick(samples.countries, n) }),
    },
    search: { query: 'query Search($text: String!) { search(text: $text) { id name kind } }', variables: (n) => ({ text: pick(samples.searchTexts, n) }) },
    [SEPARATE_LINKS_NEIGHBOURHOOD]: {
      query: 'query Around($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id } edges { id source target type } } }',
      variables: (n) => ({ id: pick(samples.citiesWithPartners, n) }),
    },
    // What the explorer asks for: parallel links as one weighted edge.
    'neighbourhood, depth 2, merged': {
      query: 'query Around($id: ID!) { neighbourhood(id: $id, depth: 2, mergeParallel: true) { nodes { id } edges { id source target type weight } } }',
      variables: (n) => ({ id: pick(samples.citiesWithPartners, n) }),
    },
  };
}

/** A short unrecorded run first: the projection behind neighbourhood is built, code is optimised, caches filled. */
const warmUpOf = ({ connections, seconds }: LoadShape): LoadShape => ({ connections, seconds: Math.max(1, Math.min(3, seconds / 4)) });

/** How many times the first request is asked before the run goes on regardless: each waits up to the server's time limit. */
const FIRST_ANSWER_TRIES = 5;

/**
 * The first request builds what the read needs once per data version (the analytics projection, the actor graph,
 * Louvain for the neighbourhood's colours: tens of seconds at 100k cities, past the server's 30 s time limit on a
 * busy machine, while the build goes on). It is asked until it answers without errors, so that the run measures
 * the reads and not the build.
 */
async function firstAnswer(url: string, operation: Operation): Promise<void> {
  for (let attempt = 1; attempt <= FIRST_ANSWER_TRIES; attempt++) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: operation.query, variables: operation.variables(0) }) });
    const body = (await response.json()) as { errors?: unknown[] };
    if (response.ok && !body.errors?.length) return;
  }
}

export async function httpLoad({ sizes, seconds, connections, engine }: HttpLoadOptions): Promise<HttpLoadFigures> {
  const figures: HttpLoadFigures = { engine, store: await engineDescription(engine), connections, seconds, sizes: [] };
  for (const cities of sizes) {
    await beforeNewDataSet(engine);
    const served = await serveDataSet(cities, engine);
    try {
      const reads: Record<string, HttpFigures> = {};
      for (const [name, operation] of Object.entries(readsOf(served.samples))) {
        await firstAnswer(served.url, operation);
        await autocannonLoad(served.url, operation, warmUpOf({ connections, seconds }));
        reads[name] = await autocannonLoad(served.url, operation, { connections, seconds });
      }
      figures.sizes.push({ cities, relationships: served.relationships, loadSeconds: served.loadSeconds, reads });
    } finally {
      await served.stop();
    }
  }
  return figures;
}

export function printHttpLoad(f: HttpLoadFigures): string[] {
  const lines = [`GraphQL over HTTP under load (autocannon, ${f.connections} connections, ${f.seconds} s per read, server in a child process, ${f.store})`];
  for (const size of f.sizes) {
    lines.push(`  ${size.cities} cities, ${size.relationships} relationships (loaded in ${size.loadSeconds} s)`);
    for (const [name, r] of Object.entries(size.reads)) {
      const failures = r.non2xx + r.graphqlErrors + r.errors;
      const failed = failures ? `, FAILED: ${r.non2xx} non-2xx, ${r.graphqlErrors} with GraphQL errors, ${r.errors} connection errors` : '';
      lines.push(`    ${name.padEnd(32)} p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.perSecond} req/s${failed}`);
    }
  }
  return lines;
}
