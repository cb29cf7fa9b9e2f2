// Draws items with probability proportional to their weight (cumulative sums
// and a binary search: O(log n) a draw), which is what gives the synthetic
// graph its skew: a few heavy items are drawn again and again.
import type { Random } from './random.ts';

export class WeightedPool<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];

  constructor(entries: Iterable<[item: T, weight: number]> = []) {
    for (const [item, weight] of entries) this.add(item, weight);
  }

  add(item: T, weight: number): void {
    if (!(weight > 0)) return; // an item that weighs nothing is never drawn
    this.items.push(item);
    this.cumulative.push((this.cumulative.at(-1) ?? 0) + weight);
  }

  get size(): number {
    return this.items.length;
  }

  get totalWeight(): number {
    return this.cumulative.at(-1) ?? 0;
  }

  /** One item, or null when the pool is empty. */
  draw(random: Random): T | null {
    if (!this.items.length) return null;
    const target = random.uniform() * this.totalWeight;
    let [low, high] = [0, this.cumulative.length - 1];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }

  /** Up to `count` distinct items; fewer when the pool runs short (after a few tries per item). */
  drawDistinct(random: Random, count: number, exclude: ReadonlySet<T> = new Set()): T[] {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < count && tries < count * 8; tries++) {
      const item = this.draw(random);
      if (item !== null && !exclude.has(item)) chosen.add(item);
    }
    return [...chosen];
  }
}
