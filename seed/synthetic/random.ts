// The one source of randomness of the synthetic generator: a seeded PRNG
// (seedrandom's Alea, fast and with a long period), so that a seed always
// gives the same data set, and the few distributions the generator draws from.
import seedrandom from 'seedrandom';

export class Random {
  private readonly next: () => number;

  constructor(seed: number | string) {
    this.next = seedrandom.alea(`c2c-synthetic:${seed}`);
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.next();
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (!items.length) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Pareto: x_min times a heavy tail of index `alpha` (the smaller, the heavier). */
  pareto(xMin: number, alpha: number): number {
    return xMin / Math.pow(1 - this.next(), 1 / alpha);
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  logNormal(mu: number, sigma: number): number {
    return Math.exp(mu + sigma * this.normal());
  }

  /** A number of items in [min, max], geometrically fewer for each one more (`ratio` < 1). */
  geometric(min: number, max: number, ratio: number): number {
    let n = min;
    while (n < max && this.next() < ratio) n += 1;
    return n;
  }

  /** `count` distinct items of `items`, in random order (a partial Fisher–Yates shuffle of a copy). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }
}
