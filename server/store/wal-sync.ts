// Makes Grafeo's commits durable against power loss, not only process death.
// Grafeo (0.6) appends every commit to its write-ahead log, the sidecar
// directory `<file>.wal/`, and hands the bytes to the operating system before
// commit() returns, so a commit survives `kill -9`, a crash or the OOM killer.
// It fsyncs that log only in batches (at most every 100 ms or 1,000 records, and
// only when a later write comes), and @grafeo-db/js has no option to make it
// sync every commit: a power cut or kernel crash could lose the last commits
// already acknowledged. So after each commit the store fsyncs the log itself.
import { existsSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Where Grafeo keeps the write-ahead log of the database file at `path`. */
export const walDirectory = (path: string) => `${path}.wal`;

async function fsync(path: string, data: boolean): Promise<void> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    // A segment a checkpoint removed since the listing holds nothing to flush.
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!handle) return;
  try {
    await (data ? handle.datasync() : handle.sync());
  } finally {
    await handle.close();
  }
}

export class WalSync {
  private constructor(private readonly directory: string) {}

  /** Fails when the log is not where this Grafeo version keeps it: syncing nothing would promise what it does not keep. */
  static of(path: string): WalSync {
    const directory = walDirectory(path);
    if (!existsSync(directory)) {
      throw new Error(`Grafeo keeps no write-ahead log at ${directory}: commits could not be made durable (has @grafeo-db/js changed its layout?)`);
    }
    return new WalSync(directory);
  }

  /** Flushes every log segment to the disk, and the directory, which names a segment created by a rotation. */
  async sync(): Promise<void> {
    const segments = await readdir(this.directory);
    await Promise.all(segments.map((segment) => fsync(join(this.directory, segment), true)));
    await fsync(this.directory, false);
  }
}
