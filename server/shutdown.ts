// Graceful shutdown on SIGTERM and SIGINT: stop accepting connections, let
// the requests in flight finish and get their answers, then stop Apollo and
// close the store (Grafeo writes its commits into the file and removes its
// write-ahead log), and exit 0. Later signals do not cut this short: under
// `npm start` a Ctrl-C reaches the server twice (from the terminal and
// forwarded by npm), and a write cut off would be lost to its client. To stop
// at once, send SIGKILL: every acknowledged write is on disk already.
import type { Server } from 'node:http';

export interface ShutdownOptions {
  /** Stops what serves requests besides the HTTP server (Apollo), then closes the store. */
  close(): Promise<void>;
  /** Past this, the process exits with 1 even if requests are still running. */
  graceMs: number;
  log?: (line: string) => void;
}

export function shutDownGracefully(server: Server, { close, graceMs, log = console.log }: ShutdownOptions): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again: still finishing the requests in flight (SIGKILL stops at once).`);
      return;
    }
    stopping = true;
    log(`${signal}: Shutting down: no new connections; finishing the requests in flight.`);
    setTimeout(() => {
      log(`Requests still running after ${graceMs} ms: exiting without waiting for them.`);
      process.exit(1);
    }, graceMs).unref();
    // close() stops listening and waits for every connection to end; a keep-alive connection
    // that is idle, or becomes idle once its answer is sent, would hold it up: Node closes those.
    server.close(async () => {
      try {
        await close();
        log('Stopped: the store is closed.');
        process.exit(0);
      } catch (error) {
        console.error('Shutting down failed:', error);
        process.exit(1);
      }
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
