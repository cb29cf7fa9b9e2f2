// What the partnerships of each group (a cluster, a country, a region) are
// about: those with at least two participants in the group count for it.
// The most frequent themes (up to five) and the most frequent orientation, in
// one pass over the partnerships; ties go to the value first in name order.
import type { Orientation, Theme } from '../graphql/generated/resolvers-types.ts';
import type { ProjectedPartnership } from './projection.ts';

export interface GroupFacets {
  topThemes: Theme[];
  mainOrientation: Orientation | null;
}

const MAX_THEMES = 5;

const ranked = <T extends string>(counts: Map<T, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);

export function groupFacets(partnerships: readonly ProjectedPartnership[], groupOf: ReadonlyMap<string, string>): Map<string, GroupFacets> {
  const themes = new Map<string, Map<Theme, number>>();
  const orientations = new Map<string, Map<Orientation, number>>();
  const bump = <T>(counts: Map<string, Map<T, number>>, group: string, value: T) => {
    let of = counts.get(group);
    if (!of) counts.set(group, (of = new Map()));
    of.set(value, (of.get(value) ?? 0) + 1);
  };
  for (const p of partnerships) {
    const participantsIn = new Map<string, number>();
    for (const id of p.participants) {
      const group = groupOf.get(id);
      if (group) participantsIn.set(group, (participantsIn.get(group) ?? 0) + 1);
    }
    for (const [group, n] of participantsIn) {
      if (n < 2) continue;
      for (const t of p.themes) bump(themes, group, t);
      bump(orientations, group, p.orientation);
    }
  }
  const facets = new Map<string, GroupFacets>();
  for (const group of new Set([...themes.keys(), ...orientations.keys()])) {
    facets.set(group, {
      topThemes: ranked(themes.get(group) ?? new Map()).slice(0, MAX_THEMES),
      mainOrientation: ranked(orientations.get(group) ?? new Map())[0] ?? null,
    });
  }
  return facets;
}
