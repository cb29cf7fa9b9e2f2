// Whether a process's memory stays flat under load: the level once warm-up is
// over (the first quarter of the run, 5 to 15 s: code optimised, caches and
// pools filled), the level at the end, and the least-squares slope of the
// samples in between — one number that a sawtooth of garbage collections
// does not swing the way a difference of two samples would.
import type { MemorySample } from './memory-reporter.ts';

export interface MemoryTrend {
  warmUpSeconds: number;
  afterWarmUpMb: number;
  endMb: number;
  slopeMbPerMinute: number;
  samples: number;
}

const MB = 1024 * 1024;
const round = (value: number) => Math.round(value * 10) / 10;
export const megabytes = (bytes: number) => round(bytes / MB);

/** The first quarter of a run of `seconds`, 5 to 15 s. */
export const warmUpSeconds = (seconds: number) => Math.round(Math.min(15, Math.max(5, seconds / 4)));

/** Least-squares slope of (x, y) points. */
function slope(points: [number, number][]): number {
  const n = points.length;
  const meanX = points.reduce((s, [x]) => s + x, 0) / n;
  const meanY = points.reduce((s, [, y]) => s + y, 0) / n;
  const covariance = points.reduce((s, [x, y]) => s + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((s, [x]) => s + (x - meanX) ** 2, 0);
  return variance ? covariance / variance : 0;
}

/** The trend of `value` (bytes) over samples taken once a second during a run. */
export function memoryTrend(samples: MemorySample[], value: (sample: MemorySample) => number): MemoryTrend {
  if (samples.length < 2) throw new Error(`${samples.length} memory samples: the run is too short to tell a trend`);
  const first = samples[0]!.at;
  const runSeconds = (samples.at(-1)!.at - first) / 1000;
  const warmUp = warmUpSeconds(runSeconds);
  const settled = samples.filter((s) => s.at - first >= warmUp * 1000);
  const trend = settled.length >= 2 ? settled : samples;
  const perMs = slope(trend.map((s) => [s.at, value(s) / MB]));
  return {
    warmUpSeconds: warmUp,
    afterWarmUpMb: megabytes(value(trend[0]!)),
    endMb: megabytes(value(trend.at(-1)!)),
    slopeMbPerMinute: round(perMs * 60_000),
    samples: trend.length,
  };
}
