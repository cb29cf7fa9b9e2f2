// Duplications, synergies and complementarities among supporters (report
// 000, section 6.3: "what complementarities and synergies among the
// activities of support organisations can be exploited, ... what duplications
// or even conflicts could be avoided"). An overlap is a pair of supporters
// whose reach covers the same cities, measured by the Jaccard index of the
// two sets; a complement is a pair on the same theme whose regions on it do
// not meet. Both are listed in a fixed order, ties broken by ids.
import { REGIONS, THEMES } from '../domain/enums.ts';
import type { Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { SupporterReach } from './supporter-reach.ts';

export interface Overlap {
  firstId: string;
  secondId: string;
  sharedCityIds: string[];
  sharedThemes: Theme[];
  overlap: number;
}

export interface Complement {
  firstId: string;
  secondId: string;
  theme: Theme;
  firstRegions: Region[];
  secondRegions: Region[];
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * Every pair of the supporters kept that reaches a common city, largest
 * overlap first. Counted city by city over the pairs of its supporters, in a
 * table indexed by the supporters' positions: the supporters number in the
 * hundreds where the cities number in the hundred thousands.
 */
export function overlaps(reach: SupporterReach, keepSupporter: (id: string) => boolean, keepCity: (id: string) => boolean): Overlap[] {
  const supporters = reach.supporters.filter(keepSupporter);
  const n = supporters.length;
  const cityCounts = new Uint32Array(n);
  const shared = new Uint32Array(n * n);
  const supportersOfCity = new Map<string, number[]>();
  supporters.forEach((id, i) => {
    for (const city of reach.cities.get(id)!) {
      if (!keepCity(city)) continue;
      cityCounts[i]! += 1;
      const list = supportersOfCity.get(city);
      if (list) list.push(i);
      else supportersOfCity.set(city, [i]);
    }
  });
  // Supporters were added in id order, so each city's list is sorted: i < j below.
  for (const list of supportersOfCity.values()) {
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) shared[list[a]! * n + list[b]!]! += 1;
  }
  const found: { overlap: Overlap; shared: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const both = shared[i * n + j]!;
      if (!both) continue;
      const [first, second] = [supporters[i]!, supporters[j]!];
      const [firstThemes, secondThemes] = [reach.themeRegions.get(first), reach.themeRegions.get(second)];
      const sharedThemes = THEMES.filter((t) => firstThemes?.has(t) && secondThemes?.has(t));
      let sharedCityIds: string[] | undefined;
      found.push({
        shared: both,
        overlap: {
          firstId: first,
          secondId: second,
          // Listed only for the pairs a client reads (a page of them): listing every pair's thousands of cities was most of the work.
          get sharedCityIds() {
            return (sharedCityIds ??= sharedCities(reach, first, second, keepCity));
          },
          sharedThemes,
          overlap: round(both / (cityCounts[i]! + cityCounts[j]! - both)),
        },
      });
    }
  }
  return found
    .sort(({ overlap: a, shared: sharedA }, { overlap: b, shared: sharedB }) => b.overlap - a.overlap || sharedB - sharedA || a.firstId.localeCompare(b.firstId) || a.secondId.localeCompare(b.secondId))
    .map(({ overlap }) => overlap);
}

/** The cities both reach (of those kept), by id: the smaller of the two lists walked, each city looked up in the other. */
function sharedCities(reach: SupporterReach, first: string, second: string, keepCity: (id: string) => boolean): string[] {
  const [small, large] = [reach.cities.get(first)!, reach.cities.get(second)!].sort((x, y) => x.length - y.length);
  const inLarge = new Set(large);
  return small!.filter((c) => inLarge.has(c) && keepCity(c)).sort();
}

const REGION_BIT = new Map(REGIONS.map((r, i) => [r, 1 << i]));
const maskOf = (regions: Iterable<Region>, keep: (r: Region) => boolean) => {
  let mask = 0;
  for (const r of regions) if (keep(r)) mask |= REGION_BIT.get(r)!;
  return mask;
};
const regionsOf = (mask: number) => REGIONS.filter((r) => mask & REGION_BIT.get(r)!);
const bits = (mask: number) => regionsOf(mask).length;

/** Pairs on the same theme in disjoint regions, those spanning the most regions together first, then by theme (schema order) and ids. */
export function complements(reach: SupporterReach, keepSupporter: (id: string) => boolean, keepRegion: (r: Region) => boolean): Complement[] {
  const supporters = reach.supporters.filter(keepSupporter);
  const found: (Complement & { span: number; themeRank: number })[] = [];
  THEMES.forEach((theme, themeRank) => {
    const onTheme = supporters
      .map((id) => ({ id, mask: maskOf(reach.themeRegions.get(id)?.get(theme) ?? [], keepRegion) }))
      .filter((s) => s.mask !== 0);
    for (let a = 0; a < onTheme.length; a++) {
      for (let b = a + 1; b < onTheme.length; b++) {
        const [first, second] = [onTheme[a]!, onTheme[b]!];
        if (first.mask & second.mask) continue;
        found.push({
          firstId: first.id,
          secondId: second.id,
          theme,
          firstRegions: regionsOf(first.mask),
          secondRegions: regionsOf(second.mask),
          span: bits(first.mask | second.mask),
          themeRank,
        });
      }
    }
  });
  return found
    .sort((a, b) => b.span - a.span || a.themeRank - b.themeRank || a.firstId.localeCompare(b.firstId) || a.secondId.localeCompare(b.secondId))
    .map(({ span: _span, themeRank: _rank, ...complement }) => complement);
}
