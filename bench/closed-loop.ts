// A closed-loop load in this process: `connections` workers, each starting
// its next call as soon as the last one answered, for `seconds` — the model
// autocannon uses for HTTP connections, so a direct read and the same read
// over HTTP are loaded alike.
import { performance } from 'node:perf_hooks';
import { latencyFigures, type LatencyFigures } from './latency-figures.ts';

export interface LoadShape {
  connections: number;
  seconds: number;
}

/** Runs `call(n)` (n counts calls, to vary their arguments) under the load `shape`. */
export async function closedLoop(call: (n: number) => Promise<unknown>, { connections, seconds }: LoadShape): Promise<LatencyFigures> {
  const latencies: number[] = [];
  let calls = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      await call(calls++);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return latencyFigures(latencies, performance.now() - start);
}
