// Loaded into the server's process (`node --import`) by the mixed-load bench:
// reports the process's memory to the parent over IPC every second, so that
// the server's own RSS and heap are sampled, apart from the load generator's;
// and, when the parent asks, the heap after a full garbage collection, which
// tells what is still held from what merely has not been collected yet.
import { memoryUsage } from 'node:process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface MemorySample {
  kind: 'memory';
  /** Milliseconds since the epoch. */
  at: number;
  rss: number;
  heapUsed: number;
  /** Taken right after a full collection the parent asked for. */
  collected: boolean;
}

export const COLLECT = 'collect-garbage';

const sample = (collected: boolean): MemorySample => {
  const { rss, heapUsed } = memoryUsage();
  return { kind: 'memory', at: Date.now(), rss, heapUsed, collected };
};

if (process.send) {
  // V8's gc() without starting the server with --expose-gc.
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  process.on('message', (message) => {
    if (message !== COLLECT) return;
    collectGarbage();
    process.send!(sample(true));
  });
  // The channel must not keep a server that is shutting down alive.
  process.channel?.unref();
  setInterval(() => process.send!(sample(false)), 1000).unref();
}
