// The GraphQL overhead of issue 7: one read, a city detail with its
// partners, made straight through the store (the statements its resolvers
// run, city-detail.ts) and through /graphql over HTTP, in the same run, at
// the same concurrency (closed loops of `connections` callers; the direct
// reads run in the server's process, beside the store). The ratio compares
// p50 latency over HTTP to p50 latency of the direct read, and direct
// throughput to HTTP throughput; `addedMs` is the p50 difference, what
// HTTP + Express + Apollo + the resolvers add to one read.
import { autocannonLoad, type HttpFigures } from './autocannon-load.ts';
import { beforeNewDataSet, engineDescription, type BenchEngine } from './bench-engine.ts';
import { CITY_DETAIL } from './city-detail.ts';
import type { LoadShape } from './closed-loop.ts';
import type { LatencyFigures } from './latency-figures.ts';
import { serveDataSet } from './served-data-set.ts';

export interface OverheadFigures {
  /** Where the store was (bench-engine.ts). */
  store: string;
  cities: number;
  connections: number;
  direct: LatencyFigures;
  graphqlHttp: HttpFigures;
  /** HTTP p50 / direct p50. */
  latencyRatio: number;
  /** Direct req/s / HTTP req/s. */
  throughputRatio: number;
  addedMs: number;
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export async function graphqlOverhead({ sizes, seconds, connections, engine }: LoadShape & { sizes: number[]; engine: BenchEngine }): Promise<OverheadFigures[]> {
  const figures: OverheadFigures[] = [];
  for (const cities of sizes) {
    await beforeNewDataSet(engine);
    const served = await serveDataSet(cities, engine);
    try {
      const ids = served.samples.citiesWithPartners;
      const operation = { query: CITY_DETAIL, variables: (n: number) => ({ id: ids[n % ids.length]! }) };
      const warmUp = { connections, seconds: Math.max(1, Math.min(3, seconds / 4)) };
      await served.directCityDetail(warmUp);
      await autocannonLoad(served.url, operation, warmUp);
      const direct = await served.directCityDetail({ connections, seconds });
      const graphqlHttp = await autocannonLoad(served.url, operation, { connections, seconds });
      figures.push({
        store: await engineDescription(engine),
        cities,
        connections,
        direct,
        graphqlHttp,
        latencyRatio: ratio(graphqlHttp.p50, direct.p50),
        throughputRatio: ratio(direct.perSecond, graphqlHttp.perSecond),
        addedMs: Math.round((graphqlHttp.p50 - direct.p50) * 1000) / 1000,
      });
    } finally {
      await served.stop();
    }
  }
  return figures;
}

export function printGraphqlOverhead(list: OverheadFigures[]): string[] {
  const lines = [`GraphQL overhead: a city detail with partners, store directly vs /graphql over HTTP (same run, same closed-loop concurrency, ${list[0]?.store ?? 'no size run'})`];
  for (const f of list) {
    const { direct: d, graphqlHttp: h } = f;
    lines.push(`  ${f.cities} cities, ${f.connections} connection(s)`);
    lines.push(`    store directly  p50 ${d.p50} ms, p99 ${d.p99} ms, ${d.perSecond} req/s`);
    lines.push(`    /graphql        p50 ${h.p50} ms, p99 ${h.p99} ms, ${h.perSecond} req/s${h.non2xx + h.graphqlErrors + h.errors ? ' (with failures)' : ''}`);
    lines.push(`    overhead        ${f.latencyRatio}x p50 (+${f.addedMs} ms per read), ${f.throughputRatio}x throughput`);
  }
  return lines;
}
