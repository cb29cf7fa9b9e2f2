// One GraphQL operation under HTTP load with autocannon: `connections`
// keep-alive connections, each sending the next request when the last is
// answered, for `seconds`, every request with its own variables. Latencies
// are taken from each response (autocannon's histogram rounds them to whole
// milliseconds); answers that are not 2xx, and 2xx answers that carry
// GraphQL errors, are counted, so a fast run of refusals cannot pass for a
// fast server.
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import type { LoadShape } from './closed-loop.ts';
import { latencyFigures, type LatencyFigures } from './latency-figures.ts';

export interface HttpFigures extends LatencyFigures {
  non2xx: number;
  /** 2xx answers with an `errors` entry. */
  graphqlErrors: number;
  /** Connection errors and timeouts. */
  errors: number;
}

export interface Operation {
  query: string;
  /** The variables of the n-th request. */
  variables: (n: number) => Record<string, unknown>;
}

/** Sends `operation` to `url` under the load `shape`. */
export async function autocannonLoad(url: string, operation: Operation, { connections, seconds }: LoadShape): Promise<HttpFigures> {
  let sent = 0;
  const latencies: number[] = [];
  const start = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: operation.query, variables: operation.variables(sent++) }) }) }],
        verifyBody: (body) => !body?.includes('"errors"'),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  return {
    ...latencyFigures(latencies, performance.now() - start),
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    errors: result.errors,
  };
}
