// What a load run reports: latency percentiles from every response's own
// time (in ms, with sub-millisecond precision: autocannon's histogram keeps
// whole milliseconds only), and the rate of answers over the run.
export interface LatencyFigures {
  p50: number;
  p99: number;
  perSecond: number;
  requests: number;
}

const round = (ms: number, digits: number) => Math.round(ms * 10 ** digits) / 10 ** digits;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Percentiles and rate of `latencies` (ms) answered over `elapsedMs`. */
export function latencyFigures(latencies: number[], elapsedMs: number): LatencyFigures {
  const sorted = Float64Array.from(latencies).sort();
  const list = Array.from(sorted);
  return {
    p50: round(percentile(list, 50), 3),
    p99: round(percentile(list, 99), 3),
    perSecond: Math.round((latencies.length / elapsedMs) * 1000),
    requests: latencies.length,
  };
}
