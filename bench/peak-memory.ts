// The peak resident memory of this process: the kernel's high-water mark
// (VmHWM in /proc/self/status), which catches a peak between two samples; where
// there is no /proc, the largest RSS sampled every 50 ms since the start.
import { readFileSync } from 'node:fs';

let sampled = process.memoryUsage().rss;
setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 50).unref();

/** Peak RSS so far, in MiB. */
export function peakRssMiB(): number {
  try {
    const kB = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kB) return Math.round(Number(kB) / 1024);
  } catch {
    // Not Linux: the samples are what there is.
  }
  return Math.round(Math.max(sampled, process.memoryUsage().rss) / 2 ** 20);
}
