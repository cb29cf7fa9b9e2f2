// The coverage matrix (report 000, sections 6.3–6.4: complementarities,
// overlaps and gaps): for every region × theme, how many partnerships work on
// the theme with a city of the region, and how many distinct donors and
// programmes fund or support those partnerships or those cities.
import type { CoverageCell, Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { ProjectedActor, ProjectedPartnership } from './projection.ts';

export function coverage(
  partnerships: ProjectedPartnership[],
  actors: Map<string, ProjectedActor>,
  giversOf: (id: string) => string[],
  regions: Region[],
  themes: Theme[],
): CoverageCell[] {
  const cells = new Map<string, { partnerships: number; supporters: Set<string> }>();
  const cell = (region: string, theme: string) => {
    const key = `${region}|${theme}`;
    let found = cells.get(key);
    if (!found) cells.set(key, (found = { partnerships: 0, supporters: new Set() }));
    return found;
  };
  for (const p of partnerships) {
    const cities = p.participants.map((id) => actors.get(id)).filter((a): a is ProjectedActor => a?.kind === 'CITY' && a.region !== null);
    for (const region of new Set(cities.map((c) => c.region!))) {
      const supporters = [...giversOf(p.id), ...cities.filter((c) => c.region === region).flatMap((c) => giversOf(c.id))];
      for (const theme of p.themes) {
        const target = cell(region, theme);
        target.partnerships += 1;
        supporters.forEach((s) => target.supporters.add(s));
      }
    }
  }
  return regions.flatMap((region) =>
    themes.map((theme) => {
      const found = cells.get(`${region}|${theme}`);
      return { region, theme, partnerships: found?.partnerships ?? 0, supporters: found?.supporters.size ?? 0 };
    }),
  );
}
