// The peak resident memory of a process: the kernel's high-water mark
// (VmHWM in /proc/<pid>/status), which catches a peak between two samples.
// For this process, where there is no /proc, the largest RSS sampled every
// 50 ms since the start; for another process (the Neo4j JVM), null.
import { readFileSync } from 'node:fs';

let sampled = process.memoryUsage().rss;
setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 50).unref();

/** The high-water mark of process `pid` ('self': this one), in MiB; null where /proc does not tell it. */
function highWaterMarkMiB(pid: number | 'self'): number | null {
  try {
    const kB = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kB ? Math.round(Number(kB) / 1024) : null;
  } catch {
    // Not Linux, or the process has gone.
    return null;
  }
}

/** Peak RSS of this process so far, in MiB. */
export function peakRssMiB(): number {
  return highWaterMarkMiB('self') ?? Math.round(Math.max(sampled, process.memoryUsage().rss) / 2 ** 20);
}

/** Peak RSS of another process of this machine so far, in MiB; null where it cannot be read. */
export function peakRssMiBOf(pid: number): number | null {
  return highWaterMarkMiB(pid);
}
