// Loaded into the server's process (`node --import`) by the mixed-load bench:
// reports the process's memory to the parent over IPC every second, so that
// the server's own RSS and heap are sampled, apart from the load generator's.
// The timer does not keep the process alive.
import { memoryUsage } from 'node:process';

export interface MemorySample {
  kind: 'memory';
  /** Milliseconds since the epoch. */
  at: number;
  rss: number;
  heapUsed: number;
}

if (process.send) {
  // The channel must not keep a server that is shutting down alive.
  process.channel?.unref();
  setInterval(() => {
    const { rss, heapUsed } = memoryUsage();
    process.send!({ kind: 'memory', at: Date.now(), rss, heapUsed } satisfies MemorySample);
  }, 1000).unref();
}
