// The years partnerships start in, with how many start in each: the steps a
// range of years can be played through (the explorer's play button), and the
// way to tell that a data set gives no years at all (nothing to play).
import type { Projection } from './projection.ts';

export interface YearCount {
  year: number;
  partnerships: number;
}

/** Each year some partnership starts in, earliest first; partnerships without a start year are not counted. */
export function partnershipYears(projection: Projection): YearCount[] {
  const counts = new Map<number, number>();
  for (const { startYear } of projection.partnerships.values()) {
    if (startYear !== null) counts.set(startYear, (counts.get(startYear) ?? 0) + 1);
  }
  return [...counts].map(([year, partnerships]) => ({ year, partnerships })).sort((a, b) => a.year - b.year);
}
