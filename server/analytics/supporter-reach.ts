// The reach of each supporter (a donor, a programme, an organisation, a city
// or association acting as a donor), seen from the supporter: the cities
// whose support it is part of (supportOfCities, turned around, so that it is
// exactly the reach supportLevel uses) and, per theme, the cities it reaches
// on that theme. A supporter works on a theme for a city when, within the
// reach, it funds or supports a partnership on the theme the city takes part
// in (one hop short of the reach: the partnership's participants are one hop
// further), or funds or supports the city itself, which works on the themes
// of its partnerships.
import type { Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { Projection } from './projection.ts';
import type { SelectedLinks } from './selection.ts';
import type { CitySupport } from './support.ts';

export interface SupporterReach {
  /** Every supporter that reaches a city, by id. */
  supporters: string[];
  /** The cities each supporter reaches. */
  cities: Map<string, Set<string>>;
  /** Per city and theme: the supporters working on that theme for it. */
  onTheme: Map<string, Map<Theme, Set<string>>>;
  /** Per supporter and theme: the regions of the cities it reaches on the theme. */
  themeRegions: Map<string, Map<Theme, Set<Region>>>;
}

const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};

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

export function supporterReach(projection: Projection, selected: SelectedLinks, support: Map<string, CitySupport>, reach: number): SupporterReach {
  const cities = new Map<string, Set<string>>();
  for (const [city, { supporters }] of support) for (const s of supporters) add(cities, s, city);
  const supporters = [...cities.keys()].sort();

  // The distinct themes of each city's partnerships, once: a hub takes part in a thousand.
  const themesOfCity = new Map<string, Set<Theme>>();
  const selectedPartnerships = new Map(selected.partnerships.map((p) => [p.id, p]));
  for (const p of selected.partnerships) for (const id of p.participants) for (const theme of p.themes) add(themesOfCity, id, theme);
  const gifts = giftsOf(selected);
  const onTheme = new Map<string, Map<Theme, Set<string>>>();
  const themeRegions = new Map<string, Map<Theme, Set<Region>>>();
  const works = (supporter: string, city: string, theme: Theme) => {
    const region = projection.actors.get(city)?.region;
    let themes = onTheme.get(city);
    if (!themes) onTheme.set(city, (themes = new Map()));
    add(themes, theme, supporter);
    let regions = themeRegions.get(supporter);
    if (!regions) themeRegions.set(supporter, (regions = new Map()));
    if (region) add(regions, theme, region);
    else if (!regions.has(theme)) regions.set(theme, new Set());
  };
  const isCity = (id: string) => projection.actors.get(id)?.kind === 'CITY';

  for (const supporter of supporters) {
    const seen = new Set([supporter]);
    let frontier = [supporter];
    for (let depth = 1; depth <= reach && frontier.length; depth++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const target of gifts.get(node) ?? []) {
          if (seen.has(target)) continue;
          seen.add(target);
          next.push(target);
          const partnership = selectedPartnerships.get(target);
          if (partnership && depth < reach) {
            for (const id of partnership.participants) if (isCity(id)) for (const theme of partnership.themes) works(supporter, id, theme);
          } else if (isCity(target)) {
            for (const theme of themesOfCity.get(target) ?? []) works(supporter, target, theme);
          }
        }
      }
      frontier = next;
    }
  }
  return { supporters, cities, onTheme, themeRegions };
}
