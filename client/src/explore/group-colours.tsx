// How an overview's groups are coloured, with the legend that says so. Each
// view colours them by what it is about (Clusters: the cluster; Support gaps:
// the support of most of their cities); the others, Explore first, by the
// country most of their members are in: the ten countries with most members
// get a colour each, the rest share the neutral grey (palette.ts).
import type { ReactNode } from 'react';
import { categoryColour, OTHER_COLOUR } from '../analytics/palette.ts';
import type { DrawnGroup } from './graph-queries.ts';

export interface GroupColouring {
  /** A group's colour, or undefined for the neutral one. */
  colour: (group: DrawnGroup) => string | undefined;
  legend: ReactNode;
}

/** Builds a view's colouring from the groups drawn. */
export type GroupColouringOf = (groups: readonly DrawnGroup[]) => GroupColouring;

const COLOURED_COUNTRIES = 10;
const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

export function LegendLine({ title, entries }: { title: string; entries: readonly (readonly [string, string])[] }) {
  return (
    <p className="overview-legend" aria-label="Group colours">
      {title}
      {entries.map(([label, colour]) => (
        <span key={label}>
          <span className="swatch" style={{ background: colour }} aria-hidden="true" />
          {label}
        </span>
      ))}
    </p>
  );
}

export const byMainCountry: GroupColouringOf = (groups) => {
  const members = new Map<string, number>();
  for (const g of groups) if (g.countries[0]) members.set(g.countries[0], (members.get(g.countries[0]) ?? 0) + g.size);
  const ranked = [...members].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, COLOURED_COUNTRIES);
  const colourOf = new Map(ranked.map(([code], i) => [code, categoryColour(i)]));
  const entries = [...ranked.map(([code]) => [COUNTRY_NAMES.of(code) ?? code, colourOf.get(code)!] as const), ['other or several', OTHER_COLOUR] as const];
  return {
    colour: (g) => (g.countries[0] ? colourOf.get(g.countries[0]) : undefined),
    legend: <LegendLine title="Colour: main country" entries={entries} />,
  };
};
