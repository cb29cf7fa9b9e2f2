// Latency figures of a read run one request at a time, after a warm-up.
import { performance } from 'node:perf_hooks';

export interface Timings {
  p50: number;
  p99: number;
  perSecond: number;
}

const WARM_UP = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `run` `iterations` times in sequence (after a warm-up) and reports p50/p99 in ms and the rate. */
export async function sequentialTimes(iterations: number, run: () => Promise<unknown>): Promise<Timings> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { p50: round(percentile(times, 50)), p99: round(percentile(times, 99)), perSecond: Math.round((iterations / total) * 1000) };
}
