// The reach of each supporter (a donor, a programme, an organisation, a city
// or association acting as a donor), seen from the supporter: the cities
// whose support it is part of (supportOfCities, turned around, so that it is
// exactly the reach supportLevel uses) and, per theme, where it works. A
// supporter works on a theme for a city when, within the reach, it funds or
// supports a partnership on the theme the city takes part in (one hop short
// of the reach: the partnership's participants are one hop further), or funds
// or supports the city itself, which works on the themes of its partnerships.
//
// Listing every supporter × city × theme is millions of entries at 100,000
// cities (a donor funding programmes reaches tens of thousands of cities
// through them), and no answer reads them all. So the regions a supporter
// works in per theme are summed up giver by giver (what a programme reaches
// is worked out once, not once for every donor that funds it), and who works
// on what for one city is worked out for that city when asked, walking back
// along the gifts that reach it.
import { REGIONS, THEMES } from '../domain/enums.ts';
import type { Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { ProjectedPartnership, Projection } from './projection.ts';
import type { SelectedLinks } from './selection.ts';
import type { CitySupport } from './support.ts';

export interface SupporterReach {
  /** Every supporter that reaches a city, by id. */
  supporters: string[];
  /** The cities each supporter reaches. */
  cities: Map<string, readonly string[]>;
  /** Per supporter and theme: the regions of the cities it works with on the theme. */
  themeRegions: Map<string, Map<Theme, Set<Region>>>;
  /** For one city, per theme: the supporters working on that theme for it, by id (worked out on each call). */
  onTheme: (cityId: string) => ReadonlyMap<Theme, readonly string[]>;
}

const THEME_INDEX = new Map(THEMES.map((t, i) => [t, i]));
const REGION_BIT = new Map(REGIONS.map((r, i) => [r, 1 << i]));
/** Set in a theme's mask when the supporter works on the theme at all (a city of no known region adds no region). */
const ON_THEME = 1 << 30;

/** Per theme (by its index in THEMES): ON_THEME and a bit per region. */
type Masks = Int32Array;

/** What each node funds or supports, among the selected links. */
function giftsOf(selected: SelectedLinks): Map<string, string[]> {
  const gifts = new Map<string, string[]>();
  for (const [target, givers] of selected.givers) {
    for (const giver of givers) {
      const list = gifts.get(giver);
      if (list) list.push(target);
      else gifts.set(giver, [target]);
    }
  }
  return gifts;
}

/** Gifts seen from the targets: the distinct themes of each city something funds or supports, and the funded partnerships each city takes part in. */
function giftedCities(projection: Projection, selected: SelectedLinks) {
  const themesOfCity = new Map<string, Theme[]>();
  for (const id of selected.givers.keys()) if (projection.actors.get(id)?.kind === 'CITY') themesOfCity.set(id, []);
  const fundedPartnerships = new Map<string, ProjectedPartnership[]>();
  // One pass over the participations, looking up only those of the few cities and partnerships that gifts reach.
  for (const p of selected.partnerships) {
    const funded = selected.givers.has(p.id);
    for (const id of p.participants) {
      const themes = themesOfCity.get(id);
      if (themes) for (const theme of p.themes) if (!themes.includes(theme)) themes.push(theme);
      if (funded && projection.actors.get(id)?.kind === 'CITY') {
        const list = fundedPartnerships.get(id);
        if (list) list.push(p);
        else fundedPartnerships.set(id, [p]);
      }
    }
  }
  return { themesOfCity, fundedPartnerships };
}

export function supporterReach(projection: Projection, selected: SelectedLinks, support: Map<string, CitySupport>, reach: number): SupporterReach {
  const cities = new Map<string, string[]>();
  for (const [city, { supporters }] of support) {
    for (const s of supporters) {
      const list = cities.get(s);
      if (list) list.push(city);
      else cities.set(s, [city]);
    }
  }
  const supporters = [...cities.keys()].sort();
  const isSupporter = new Set(supporters);
  const gifts = giftsOf(selected);
  const { themesOfCity, fundedPartnerships } = giftedCities(projection, selected);
  const regionBit = (id: string) => {
    const region = projection.actors.get(id)?.region;
    return region ? REGION_BIT.get(region)! : 0;
  };

  /** What reaching `target` adds: a partnership's themes for its cities while hops remain, a city's own themes. */
  const addTarget = (masks: Masks, target: string, hopsLeft: boolean) => {
    // A gift's target is a partnership the selection kept, if a partnership at all (selection.ts).
    const partnership = projection.partnerships.get(target);
    if (partnership) {
      if (!hopsLeft) return;
      for (const id of partnership.participants) {
        if (projection.actors.get(id)?.kind !== 'CITY') continue;
        const bit = ON_THEME | regionBit(id);
        for (const theme of partnership.themes) masks[THEME_INDEX.get(theme)!]! |= bit;
      }
      return;
    }
    const themes = themesOfCity.get(target);
    if (!themes) return;
    const bit = ON_THEME | regionBit(target);
    for (const theme of themes) masks[THEME_INDEX.get(theme)!]! |= bit;
  };

  // What a giver reaches within k hops, once per giver and k: a donor funding a programme adds what the programme reaches.
  const memo = new Map<string, Masks>();
  const within = (giver: string, k: number): Masks => {
    const key = `${k}|${giver}`;
    let masks = memo.get(key);
    if (masks) return masks;
    masks = new Int32Array(THEMES.length);
    for (const target of gifts.get(giver) ?? []) {
      addTarget(masks, target, k > 1);
      if (k > 1 && gifts.has(target)) {
        const further = within(target, k - 1);
        for (let t = 0; t < masks.length; t++) masks[t]! |= further[t]!;
      }
    }
    memo.set(key, masks);
    return masks;
  };

  // A supporter that something funds may be reached by its own gifts (a city funding a programme that supports it):
  // it does not work for itself, so its walk leaves it out, hop by hop, as the walk of support does.
  const ownWalk = (supporter: string): Masks => {
    const masks = new Int32Array(THEMES.length);
    const seen = new Set([supporter]);
    let frontier = [supporter];
    for (let depth = 1; depth <= reach && frontier.length; depth++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const target of gifts.get(node) ?? []) {
          if (seen.has(target)) continue;
          seen.add(target);
          next.push(target);
          addTarget(masks, target, depth < reach);
        }
      }
      frontier = next;
    }
    return masks;
  };

  const themeRegions = new Map<string, Map<Theme, Set<Region>>>();
  for (const supporter of supporters) {
    const masks = selected.givers.has(supporter) ? ownWalk(supporter) : within(supporter, reach);
    const regions = new Map<Theme, Set<Region>>();
    THEMES.forEach((theme, t) => {
      if (masks[t]! & ON_THEME) regions.set(theme, new Set(REGIONS.filter((r) => masks[t]! & REGION_BIT.get(r)!)));
    });
    // A supporter that works on no theme has no entry: the agenda of a donor then reads none.
    if (regions.size) themeRegions.set(supporter, regions);
  }

  /** Who funds or supports `node` within `hops` steps back along the gifts. */
  const giversWithin = (node: string, hops: number): Set<string> => {
    const found = new Set<string>();
    let frontier = [node];
    for (let hop = 1; hop <= hops && frontier.length; hop++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const giver of selected.givers.get(n) ?? []) {
          if (found.has(giver)) continue;
          found.add(giver);
          next.push(giver);
        }
      }
      frontier = next;
    }
    return found;
  };

  const nobody: ReadonlyMap<Theme, readonly string[]> = new Map();
  const onTheme = (cityId: string): ReadonlyMap<Theme, readonly string[]> => {
    // Most cities: nothing funds or supports them or their partnerships.
    if (!themesOfCity.has(cityId) && !fundedPartnerships.has(cityId)) return nobody;
    const byTheme = new Map<Theme, Set<string>>();
    const add = (themes: readonly Theme[], who: Set<string>) => {
      for (const s of who) {
        if (!isSupporter.has(s)) continue;
        for (const theme of themes) {
          const set = byTheme.get(theme);
          if (set) set.add(s);
          else byTheme.set(theme, new Set([s]));
        }
      }
    };
    const own = themesOfCity.get(cityId);
    if (own) {
      const who = giversWithin(cityId, reach);
      who.delete(cityId);
      add(own, who);
    }
    if (reach > 1) for (const p of fundedPartnerships.get(cityId) ?? []) add(p.themes, giversWithin(p.id, reach - 1));
    return new Map([...byTheme].map(([theme, who]) => [theme, [...who].sort()]));
  };

  return { supporters, cities, themeRegions, onTheme };
}
