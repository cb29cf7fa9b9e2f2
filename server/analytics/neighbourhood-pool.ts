// Neighbourhoods computed in worker threads (piscina). Around a hub at
// 100,000 cities the walk, the edges among the kept actors and the cut are
// about half of an answer's time; on the server's one thread, ten explorers
// expanding hubs at once waited for each other's. In workers they run beside
// the main thread, which goes on parsing, executing and sending the answers.
// One pool per process, made at the first neighbourhood; its idle threads do
// not keep the process alive (piscina unreferences them).
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { NeighbourhoodTask, NumberedNeighbourhood } from './neighbourhood-task.ts';

const TASK = new URL('./neighbourhood-task.ts', import.meta.url).href;

let pool: Piscina<NeighbourhoodTask, NumberedNeighbourhood> | undefined;

function poolOf(): Piscina<NeighbourhoodTask, NumberedNeighbourhood> {
  return (pool ??= new Piscina({
    filename: TASK,
    // The main thread keeps a core for the rest of each answer.
    minThreads: 1,
    maxThreads: Math.max(1, availableParallelism() - 1),
    // A thread takes a tenth of a second or more to start (it loads TypeScript through tsx): those above the first are kept a minute between bursts.
    idleTimeout: 60_000,
    // The server runs its TypeScript through tsx (npm start), and so does a worker, whatever started the process.
    execArgv: ['--import', 'tsx'],
  }));
}

/** The numbers of a neighbourhood (neighbourhood-task.ts), computed in a worker thread. */
export function neighbourhoodInWorker(task: NeighbourhoodTask): Promise<NumberedNeighbourhood> {
  return poolOf().run(task);
}
