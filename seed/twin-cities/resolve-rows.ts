// The first pass over the file: each row's two ends with their ISO country
// and the slug the city is keyed on, or the row left out with why (line and
// reason), never guessed.
import { resolveCountry, type CountryResolution } from './countries.ts';
import type { RowEnd, TwinRow } from './read-rows.ts';
import { slugOf } from './slugs.ts';

export interface ResolvedEnd extends RowEnd {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The key of the city in its country: its name folded (case, accents) to ASCII. */
  slug: string;
}

export interface ResolvedRow {
  line: number;
  ends: [ResolvedEnd, ResolvedEnd];
}

export interface Unresolved {
  line: number;
  reason: string;
}

export function resolveRows(rows: TwinRow[]): { resolved: ResolvedRow[]; unresolved: Unresolved[] } {
  const countries = new Map<string, CountryResolution>();
  const country = (label: string) => {
    if (!countries.has(label)) countries.set(label, resolveCountry(label));
    return countries.get(label)!;
  };
  const resolved: ResolvedRow[] = [];
  const unresolved: Unresolved[] = [];
  for (const row of rows) {
    const reasons: string[] = [];
    const ends = row.ends.map((end, i): ResolvedEnd | null => {
      const column = i + 1;
      let name = end.name.replace(/\s+/g, ' ').trim();
      let found = country(end.country);
      // With no country cell, the scraper sometimes left the country in the name ("Varna, Bulgaria").
      const [, place, named] = /^(.+),\s*([^,]+)$/.exec(name) ?? [];
      if (!end.country.trim() && place && named && 'code' in country(named)) [name, found] = [place, country(named)];
      const slug = slugOf(name);
      if (!slug) reasons.push(`city${column}: "${end.name}" has no name to identify the city by`);
      if ('reason' in found) reasons.push(`country${column} of "${name}": ${found.reason}`);
      return slug && 'code' in found ? { ...end, name, code: found.code, slug } : null;
    });
    if (ends[0] && ends[1]) resolved.push({ line: row.line, ends: [ends[0], ends[1]] });
    else unresolved.push({ line: row.line, reason: reasons.join('; ') });
  }
  return { resolved, unresolved };
}
