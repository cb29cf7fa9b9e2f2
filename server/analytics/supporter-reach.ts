// The reach of each supporter (a donor, a programme, an organisation, a city
// or association acting as a donor), seen from the supporter: the cities
// whose support it is part of (supportOfCities, turned around, so that it is
// exactly the reach supportLevel uses) and, per theme, the cities it reaches
// on that theme. A supporter works on a theme for a city when, within the
// reach, it funds or supports a partnership on the theme the city takes part
// in (one hop short of the reach: the partnership's participants are one hop
// further), or funds or supports the city itself, which works on the themes
// of its partnerships.
//
// Supporters are walked one at a time in id order, so every list a supporter
// is added to ends with it while it is walked: a look at the last element
// keeps the lists free of repeats without a set per city and theme.
import type { Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { Projection } from './projection.ts';
import type { SelectedLinks } from './selection.ts';
import type { CitySupport } from './support.ts';

export interface SupporterReach {
  /** Every supporter that reaches a city, by id. */
  supporters: string[];
  /** The cities each supporter reaches. */
  cities: Map<string, Set<string>>;
  /** Per city and theme: the supporters working on that theme for it, by id. */
  onTheme: Map<string, Map<Theme, readonly string[]>>;
  /** Per supporter and theme: the regions of the cities it reaches on the theme. */
  themeRegions: Map<string, Map<Theme, Set<Region>>>;
}

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

/** The distinct themes of each participant's selected partnerships, once: a hub takes part in a thousand. */
function themesOfParticipants(selected: SelectedLinks): Map<string, Theme[]> {
  const themes = new Map<string, Theme[]>();
  for (const p of selected.partnerships) {
    // Every participant, cities or not: only cities' are read, and telling them apart cost more than the lists.
    for (const id of p.participants) {
      const list = themes.get(id);
      if (!list) themes.set(id, [...p.themes]);
      else for (const theme of p.themes) if (!list.includes(theme)) list.push(theme);
    }
  }
  return themes;
}

export function supporterReach(projection: Projection, selected: SelectedLinks, support: Map<string, CitySupport>, reach: number): SupporterReach {
  const cities = new Map<string, Set<string>>();
  for (const [city, { supporters }] of support) {
    for (const s of supporters) {
      const set = cities.get(s);
      if (set) set.add(city);
      else cities.set(s, new Set([city]));
    }
  }
  const supporters = [...cities.keys()].sort();
  const themesOfCity = themesOfParticipants(selected);
  const partnerships = new Map(selected.partnerships.map((p) => [p.id, p]));
  const gifts = giftsOf(selected);
  const onTheme = new Map<string, Map<Theme, string[]>>();
  const themeRegions = new Map<string, Map<Theme, Set<Region>>>();

  for (const supporter of supporters) {
    const regions = new Map<Theme, Set<Region>>();
    themeRegions.set(supporter, regions);
    const works = (city: string, themes: readonly Theme[]) => {
      const region = projection.actors.get(city)!.region;
      let ofCity = onTheme.get(city);
      if (!ofCity) onTheme.set(city, (ofCity = new Map()));
      for (const theme of themes) {
        const list = ofCity.get(theme);
        if (!list) ofCity.set(theme, [supporter]);
        else if (list[list.length - 1] !== supporter) list.push(supporter);
        let set = regions.get(theme);
        if (!set) regions.set(theme, (set = new Set()));
        if (region) set.add(region);
      }
    };
    const isCity = (id: string) => projection.actors.get(id)?.kind === 'CITY';
    const seen = new Set([supporter]);
    let frontier = [supporter];
    for (let depth = 1; depth <= reach && frontier.length; depth++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const target of gifts.get(node) ?? []) {
          if (seen.has(target)) continue;
          seen.add(target);
          next.push(target);
          const partnership = partnerships.get(target);
          if (partnership && depth < reach) {
            for (const id of partnership.participants) if (isCity(id)) works(id, partnership.themes);
          } else if (isCity(target)) {
            const themes = themesOfCity.get(target);
            if (themes) works(target, themes);
          }
        }
      }
      frontier = next;
    }
    // A supporter that works on no theme keeps an empty map, as before: the agenda of a donor reads none.
    if (!regions.size) themeRegions.delete(supporter);
  }
  return { supporters, cities, onTheme, themeRegions };
}
