// One partnership per twin pair: rows naming the same two cities (listed from
// both ends, or under other spellings of a name) are one partnership with
// every row's line as a source. The file says only that two places are twinned:
// both take part as PEERs, one on one; themes, years and outcomes it does not
// give stay empty, and the orientation is derived from the countries.
import type { SeedData } from '../../server/ingest/schema.ts';
import type { TwinCity } from './cities.ts';
import { TWIN_CITIES_DOCUMENT } from './read-rows.ts';
import type { Unresolved } from './resolve-rows.ts';

export type PartnershipRecord = SeedData['partnerships'][number];

const lineSource = (line: number) => ({ document: TWIN_CITIES_DOCUMENT, locator: `line ${line}` });
const idPart = (city: TwinCity) => city.id.slice('city:'.length).replace(':', '-');

export function buildPartnerships(pairs: { line: number; a: TwinCity; b: TwinCity }[]): {
  partnerships: PartnershipRecord[];
  merged: number;
  unresolved: Unresolved[];
} {
  const byPair = new Map<string, PartnershipRecord>();
  const unresolved: Unresolved[] = [];
  let merged = 0;
  for (const { line, a, b } of pairs) {
    if (a === b) {
      unresolved.push({ line, reason: `both ends name one city (${a.id}${a.aliases.length ? `, also written ${a.aliases.join(', ')}` : ''})` });
      continue;
    }
    const [first, second] = [a, b].sort((x, y) => (x.id < y.id ? -1 : 1)) as [TwinCity, TwinCity];
    const id = `partnership:twin:${idPart(first)}--${idPart(second)}`;
    const existing = byPair.get(id);
    if (existing) {
      existing.sources.push(lineSource(line));
      merged++;
      continue;
    }
    byPair.set(id, {
      id,
      title: `${a.name}–${b.name} twinning`,
      modality: 'ONE_ON_ONE',
      themes: [],
      focus: [],
      parties: [],
      outcomes: [],
      participants: [
        { actor: a.id, role: 'PEER' },
        { actor: b.id, role: 'PEER' },
      ],
      sources: [lineSource(line)],
    });
  }
  return { partnerships: [...byPair.values()], merged, unresolved };
}

export { lineSource };
