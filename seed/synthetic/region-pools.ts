// Items (partnerships, cities, organisations) in weighted pools by region, and
// a draw by a funder's preference for regions: a region is chosen by that
// preference times the weight the region holds, then an item in it. So the
// regions funders care little for get few fundings per partnership or city,
// however many they have: the gaps of seed/SYNTHETIC.md.
import type { Region } from '../../server/domain/enums.ts';
import type { Random } from './random.ts';
import { WeightedPool } from './weighted-pool.ts';

/** How much a funder or programme favours each region (a region left out: not at all). */
export type RegionPreference = Partial<Record<Region, number>>;

export class RegionPools<T> {
  /** By region; null holds the items of no region (global networks and programmes). */
  private readonly pools = new Map<Region | null, WeightedPool<T>>();

  constructor(items: Iterable<T>, regionOf: (item: T) => Region | null, weightOf: (item: T) => number) {
    for (const item of items) {
      const region = regionOf(item);
      let pool = this.pools.get(region);
      if (!pool) this.pools.set(region, (pool = new WeightedPool()));
      pool.add(item, weightOf(item));
    }
  }

  /** An item of a region drawn by `preference` times the region's weight; null when none is. */
  draw(preference: RegionPreference, random: Random): T | null {
    const regions = new WeightedPool<Region>();
    for (const [region, pool] of this.pools) if (region) regions.add(region, (preference[region] ?? 0) * pool.totalWeight);
    const region = regions.draw(random);
    return region ? this.pools.get(region)!.draw(random) : null;
  }

  /** An item of `region` (null: of no region), or else one of no region; null when there is neither. */
  drawIn(region: Region | null, random: Random): T | null {
    return (this.pools.get(region) ?? this.pools.get(null))?.draw(random) ?? null;
  }
}

/** A region drawn by `preference` alone. */
export function preferredRegion(preference: RegionPreference, random: Random): Region | null {
  return new WeightedPool(Object.entries(preference) as [Region, number][]).draw(random);
}
