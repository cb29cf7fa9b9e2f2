// Data derived from the whole store (the analytics projection, the search
// index), rebuilt after writes without flooding the event loop: every write
// bumps the store's data version, and under a steady stream of writes a cache
// that started one whole-store read per new version would run many of them at
// once, each as slow as the others make it, and starve the writes (docs/performance.md,
// "Under load"). So:
//
// - single flight: at most one build runs; a request that needs a newer
//   version than the one being built waits for ONE next build, which starts
//   when the current one ends and reads whatever version the store is at then,
//   so every write that arrived meanwhile is folded into it;
// - pacing: a build starts no sooner than `rebuildGap` × the last build's
//   duration after it ended, so rebuilds take at most 1 / (1 + rebuildGap) of
//   the time while writes keep coming (half, by default) and the rest is left
//   to writes and cheap reads;
// - strict by default: `fresh()` answers a snapshot that holds every write
//   committed before the call; `within(ms)` may answer an older snapshot if
//   everything it misses was committed less than `ms` ago.
import type { GraphStore } from './store.ts';

export interface Snapshot<T> {
  /** The store's data version when the build started: the snapshot holds every write committed before it. */
  version: number;
  value: T;
}

interface Held<T> extends Snapshot<T> {
  /** The last moment the store was seen still at `version`: nothing it misses was committed before. */
  seenCurrentAt: number;
}

export interface SnapshotCacheOptions {
  /** The pause after a build, in multiples of its duration, before the next one may start (0: none). */
  rebuildGap?: number;
  /** The clock, in ms (tests). */
  now?: () => number;
}

/** Half of the time to rebuilds at most while writes keep coming: reads wait at most about two builds for a fresh snapshot. */
export const DEFAULT_REBUILD_GAP = 1;

export class SnapshotCache<T> {
  private held: Held<T> | null = null;
  private building: { version: number; done: Promise<Held<T>> } | null = null;
  /** The one build queued behind the current one (or behind the pause after it). */
  private queued: Promise<Held<T>> | null = null;
  private readyAt = 0;
  private readonly rebuildGap: number;
  private readonly now: () => number;

  constructor(
    private readonly store: Pick<GraphStore, 'dataVersion'>,
    private readonly build: () => Promise<T>,
    options: SnapshotCacheOptions = {},
  ) {
    this.rebuildGap = options.rebuildGap ?? DEFAULT_REBUILD_GAP;
    this.now = options.now ?? Date.now;
  }

  /** A snapshot holding every write committed before this call (or before version `atLeast`). */
  async fresh(atLeast: number = this.store.dataVersion): Promise<Snapshot<T>> {
    const held = this.observed();
    if (held && held.version >= atLeast) return held;
    if (this.building && this.building.version >= atLeast) return this.building.done;
    if (!this.building && !this.queued && this.readyAt <= this.now()) return this.start();
    // Versions only grow: the queued build reads the store's version when it starts, after this call.
    return (this.queued ??= this.after(this.building?.done).then(() => {
      this.queued = null;
      return this.start();
    }));
  }

  /**
   * The snapshot held if no write it misses was committed more than `maxStalenessMs` ago
   * (a fresh build is then started, or joined, for the requests that follow); else a fresh one.
   */
  async within(maxStalenessMs: number): Promise<Snapshot<T>> {
    const held = this.observed();
    if (maxStalenessMs > 0 && held && held.version !== this.store.dataVersion && this.now() - held.seenCurrentAt <= maxStalenessMs) {
      // Its failure is the next strict request's to report.
      this.fresh().catch(() => {});
      return held;
    }
    return this.fresh();
  }

  /** The held snapshot, marked as still current if the store has not moved on. */
  private observed(): Held<T> | null {
    if (this.held?.version === this.store.dataVersion) this.held.seenCurrentAt = this.now();
    return this.held;
  }

  /** Resolves once `current` has ended (however) and the pause after it has passed. */
  private async after(current: Promise<unknown> | undefined): Promise<void> {
    await current?.catch(() => {});
    const wait = this.readyAt - this.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }

  /** Builds are never concurrent (`fresh` queues at most one behind the current), so each snapshot is newer than the last. */
  private start(): Promise<Held<T>> {
    const version = this.store.dataVersion;
    const startedAt = this.now();
    // A failed build is not kept: the next request tries again, without a pause.
    const done = this.build().then((value) => {
      const endedAt = this.now();
      this.readyAt = endedAt + (endedAt - startedAt) * this.rebuildGap;
      return (this.held = { version, value, seenCurrentAt: startedAt });
    });
    const building = { version, done };
    this.building = building;
    const clear = () => {
      if (this.building === building) this.building = null;
    };
    done.then(clear, clear);
    return done;
  }
}
