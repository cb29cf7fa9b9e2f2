// Search by name, in memory: actors whose folded name or alias (nameKey:
// "name | alias | ...") contains every folded word of the text, best first —
// an exact name or alias, then one that starts with the text, then one with a
// word that starts with it, then other matches; shorter names, then names and
// ids in order within a rank. A substring test cannot use a graph index, and
// evaluating it in Cypher on every actor node costs about 2 µs a node (2 s a
// search at 100k cities on the embedded engine), so the keys are read once
// per data version (cypher/search-keys.cypher, kept until the next write and
// read again one read at a time, as the analytics projection is:
// snapshot-cache.ts) and scanned here, about 50 times faster.
import FixedReverseHeap from 'mnemonist/fixed-reverse-heap.js';
import { SnapshotCache, type SnapshotCacheOptions } from '../store/snapshot-cache.ts';
import type { GraphStore } from '../store/store.ts';

interface Entry {
  id: string;
  name: string;
  /** In characters, as Cypher's size() counts them. */
  nameLength: number;
  names: string[];
  nameKey: string;
  kind: string;
}

interface Ranked {
  entry: Entry;
  rank: number;
}

function rankOf(names: string[], key: string): number {
  if (names.includes(key)) return 0;
  if (names.some((name) => name.startsWith(key))) return 1;
  if (names.some((name) => ` ${name}`.includes(` ${key}`))) return 2;
  return 3;
}

const compare = (a: Ranked, b: Ranked): number =>
  a.rank - b.rank ||
  a.entry.nameLength - b.entry.nameLength ||
  (a.entry.name < b.entry.name ? -1 : a.entry.name > b.entry.name ? 1 : 0) ||
  (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);

/** A row of search-keys.cypher. */
type KeyRow = { id: string; name: string; nameKey: string | null; kind: string } & Record<string, unknown>;

function entryOf({ id, name, nameKey, kind }: KeyRow): Entry {
  return { id, name, nameLength: [...name].length, nameKey: nameKey ?? '', names: (nameKey ?? '').split(' | '), kind };
}

export class NameSearch {
  private readonly entries: SnapshotCache<Entry[]>;

  constructor(store: GraphStore, options?: SnapshotCacheOptions) {
    this.entries = new SnapshotCache(store, async () => (await store.run<KeyRow>('search-keys')).map(entryOf), options);
  }

  /** The keys of every actor committed before the call: an actor just created is found. */
  private async list(): Promise<Entry[]> {
    return (await this.entries.fresh()).value;
  }

  /** The ids of the best `limit` actors matching the folded text `key` (of kinds `kinds`, or any), best first. */
  async search(key: string, kinds: readonly string[] | null, limit: number): Promise<string[]> {
    const words = key.split(' ');
    // The best `limit` so far: a match that ranks below all of them is dropped at once.
    const best = new FixedReverseHeap<Ranked>(Array, compare, limit);
    for (const entry of await this.list()) {
      if (kinds && !kinds.includes(entry.kind)) continue;
      if (words.every((word) => entry.nameKey.includes(word))) best.push({ entry, rank: rankOf(entry.names, key) });
    }
    return (best.consume() as Ranked[]).map((r) => r.entry.id);
  }
}
