// The cache of whole-store snapshots (server/store/snapshot-cache.ts): one
// build at a time, the versions that arrive during it folded into one next
// build, strict answers never older than the call, bounded ones never missing
// a write older than the bound, and builds paced by their own duration.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnapshotCache } from '../server/store/snapshot-cache.ts';

/** A store that only counts commits, and builds that finish when the test says so. */
function harness(options: { rebuildGap?: number } = {}) {
  const store = { dataVersion: 0 };
  let clock = 1_000;
  const builds: { version: number; finish: () => void; fail: (error: Error) => void }[] = [];
  const cache = new SnapshotCache(
    store,
    () =>
      new Promise<string>((resolve, reject) => {
        const version = store.dataVersion;
        builds.push({ version, finish: () => resolve(`built at ${version}`), fail: reject });
      }),
    { rebuildGap: options.rebuildGap ?? 0, now: () => clock },
  );
  const commit = () => void (store.dataVersion += 1);
  const tick = (ms: number) => void (clock += ms);
  return { store, cache, builds, commit, tick };
}

/** Lets the promise chains between a build's end and the next one's start run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('snapshot cache', () => {
  it('folds every write that arrives during a build into one next build', async () => {
    const { cache, builds, commit } = harness();
    const first = cache.fresh();
    expect(builds).toHaveLength(1);
    const waiting: Promise<{ version: number }>[] = [];
    for (let i = 0; i < 10; i++) {
      commit();
      waiting.push(cache.fresh());
    }
    expect(builds).toHaveLength(1); // nothing new starts while one runs
    builds[0]!.finish();
    expect((await first).version).toBe(0);
    await settle();
    expect(builds).toHaveLength(2);
    expect(builds[1]!.version).toBe(10);
    builds[1]!.finish();
    for (const answer of await Promise.all(waiting)) expect(answer.version).toBe(10);
    expect(builds).toHaveLength(2);
  });

  it('answers a request that the build in flight satisfies from that build', async () => {
    const { cache, builds, commit } = harness();
    commit();
    const a = cache.fresh();
    const b = cache.fresh();
    builds[0]!.finish();
    expect(await a).toBe(await b);
    expect(builds).toHaveLength(1);
  });

  it('never answers a strict request from a snapshot older than the call, even in the millisecond it was seen current', async () => {
    const { cache, builds, commit } = harness();
    const first = cache.fresh();
    builds[0]!.finish();
    await first;
    commit();
    const strict = cache.within(0);
    expect(builds).toHaveLength(2);
    builds[1]!.finish();
    expect((await strict).version).toBe(1);
    commit();
    const fresh = cache.fresh();
    builds[2]!.finish();
    expect((await fresh).version).toBe(2);
  });

  it('answers within a bound from the held snapshot while the misses are young, and rebuilds behind it', async () => {
    const { cache, builds, commit, tick } = harness();
    const first = cache.fresh();
    builds[0]!.finish();
    await first;
    tick(50);
    expect((await cache.within(100)).version).toBe(0); // still current: seen so now
    commit();
    tick(80);
    // The write is at most 80 ms old: the held snapshot may answer, and a rebuild starts for later requests.
    expect((await cache.within(100)).version).toBe(0);
    await settle();
    expect(builds).toHaveLength(2);
    tick(30);
    // Now the write may be 110 ms old: past the bound, the request waits for the rebuild.
    const bounded = cache.within(100);
    builds[1]!.finish();
    expect((await bounded).version).toBe(1);
    expect(builds).toHaveLength(2);
  });

  it('does not keep a failed build: the next request builds again', async () => {
    const { cache, builds } = harness();
    const failed = cache.fresh();
    builds[0]!.fail(new Error('connection reset'));
    await expect(failed).rejects.toThrow('connection reset');
    const retried = cache.fresh();
    await settle();
    expect(builds).toHaveLength(2);
    builds[1]!.finish();
    expect((await retried).value).toBe('built at 0');
  });

  it('waits after a build, for as long as it took times the gap, before starting the next', async () => {
    vi.useFakeTimers();
    const store = { dataVersion: 0 };
    let clock = 0;
    let started = 0;
    const cache = new SnapshotCache(
      store,
      async () => {
        started += 1;
        clock += 400; // each build takes 400 ms of the cache's clock
        return started;
      },
      { rebuildGap: 1, now: () => clock },
    );
    await cache.fresh();
    store.dataVersion += 1;
    const next = cache.fresh();
    await vi.advanceTimersByTimeAsync(399);
    expect(started).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(2);
    expect((await next).version).toBe(1);
  });
});
