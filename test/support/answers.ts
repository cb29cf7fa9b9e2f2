// Every answer whose content comes from the engine's reads: each analysis,
// the graph views, search rankings, details and pages with their cursors, as
// named asks of test/operations, answered by a server and hashed canonically,
// so that two servers over the same data (one per engine) can be compared.
import { createHash } from 'node:crypto';
import { read } from './operations.ts';
import type { TestServer } from './server.ts';

export interface Ask {
  name: string;
  operation: string;
  variables?: Record<string, unknown>;
  /** Follow the connection's endCursor for this many pages (the page answers carry their cursors). */
  pages?: number;
}

/** The actors and words the asks are about, chosen once from the data and put to both servers. */
export interface Subjects {
  /** The actor with the most links, and another one to find a path to. */
  hub: string;
  other: string;
  /** A city that asks for matches on a theme. */
  asking: string;
  country: string;
  searches: string[];
}

const FILTERS: Record<string, Record<string, unknown> | undefined> = {
  all: undefined,
  'africa+latin-america': { regions: ['AFRICA', 'LATIN_AMERICA_CARIBBEAN'] },
  'waste+water': { themes: ['WASTE', 'WATER_SANITATION'] },
  'south-south': { orientations: ['SOUTH_SOUTH'] },
  'active-2005': { activeInYear: 2005 },
  'cities-only': { kinds: ['CITY'] },
};

const THEMES = ['WASTE', 'WATER_SANITATION', 'GOVERNANCE', 'CLIMATE'];

export function asksAbout(s: Subjects): Ask[] {
  const perFilter = Object.entries(FILTERS).flatMap(([label, filter]) => [
    { name: `graph ${label}`, operation: 'Graph', variables: { filter } },
    { name: `clusters louvain ${label}`, operation: 'Clusters', variables: { filter } },
    { name: `clusters components ${label}`, operation: 'Clusters', variables: { filter, algorithm: 'CONNECTED_COMPONENTS' } },
    { name: `triangles any ${label}`, operation: 'Triangles', variables: { filter, first: 1000 } },
    { name: `triangles south-south+1 ${label}`, operation: 'Triangles', variables: { filter, kind: 'SOUTH_SOUTH_PLUS_ONE', first: 1000 } },
    { name: `isolated cities ${label}`, operation: 'IsolatedCities', variables: { filter, first: 1000 } },
    { name: `support gaps by region ${label}`, operation: 'SupportGaps', variables: { filter } },
    { name: `support gaps by country ${label}`, operation: 'SupportGaps', variables: { filter, groupBy: 'COUNTRY' } },
    { name: `coverage ${label}`, operation: 'Coverage', variables: { filter } },
  ]);
  return [
    ...perFilter,
    { name: 'isolated cities, support reaching 1 hop', operation: 'IsolatedCities', variables: { first: 1000, reach: 1 } },
    { name: 'isolated cities, support reaching 4 hops', operation: 'IsolatedCities', variables: { first: 1000, reach: 4 } },
    ...THEMES.flatMap((theme) => [
      { name: `matches of the hub on ${theme}`, operation: 'Matches', variables: { cityId: s.hub, theme, first: 100 } },
      { name: `matches of ${s.asking} on ${theme}`, operation: 'Matches', variables: { cityId: s.asking, theme, first: 100 } },
    ]),
    ...[1, 2, 3].map((depth) => ({ name: `neighbourhood depth ${depth}`, operation: 'Neighbourhood', variables: { id: s.hub, depth } })),
    { name: 'neighbourhood depth 2, cut at 50', operation: 'Neighbourhood', variables: { id: s.hub, depth: 2, limit: 50 } },
    { name: 'path hub to other', operation: 'Path', variables: { from: s.hub, to: s.other } },
    { name: 'path other to hub, 2 hops at most', operation: 'Path', variables: { from: s.other, to: s.hub, maxHops: 2 } },
    { name: 'details of the hub', operation: 'CityDetail', variables: { id: s.hub } },
    { name: 'details of the asking city', operation: 'CityDetail', variables: { id: s.asking } },
    ...s.searches.flatMap((text) => [
      { name: `search "${text}"`, operation: 'Search', variables: { text, first: 100 } },
      { name: `search "${text}" in cities`, operation: 'Search', variables: { text, kinds: ['CITY'], first: 100 } },
    ]),
    { name: 'cities, 4 pages of 25', operation: 'Cities', variables: { first: 25 }, pages: 4 },
    { name: `cities in ${s.country}, 3 pages of 10`, operation: 'Cities', variables: { where: { country: s.country }, first: 10 }, pages: 3 },
    { name: 'unsupported cities, 3 pages of 20', operation: 'Cities', variables: { where: { supportLevel: 'UNSUPPORTED' }, first: 20 }, pages: 3 },
    { name: `cities named like "${s.searches[0]}"`, operation: 'Cities', variables: { where: { nameContains: s.searches[0] }, first: 20 }, pages: 2 },
    { name: 'partnerships, 4 pages of 25', operation: 'Partnerships', variables: { first: 25 }, pages: 4 },
    { name: 'organisations', operation: 'Organisations' },
    { name: 'stats', operation: 'Stats' },
  ];
}

type Connection = { pageInfo: { hasNextPage: boolean; endCursor: string | null } };

async function answer(server: TestServer, ask: Ask): Promise<unknown> {
  if (!ask.pages) return read(server, ask.operation, ask.variables);
  const pages: unknown[] = [];
  let after: string | null = null;
  for (let page = 0; page < ask.pages; page++) {
    const data: Record<string, Connection> = await read(server, ask.operation, { ...ask.variables, after });
    pages.push(data);
    const { pageInfo }: Connection = Object.values(data)[0]!;
    if (!pageInfo.hasNextPage) break;
    after = pageInfo.endCursor;
  }
  return pages;
}

/** JSON with every object's keys sorted: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export const hashOf = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

export interface Answer {
  value: unknown;
  hash: string;
}

/** The server's answer to each ask, by the ask's name, one at a time (so that no ask's timing shapes another's). */
export async function answersOf(server: TestServer, asks: Ask[]): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  for (const ask of asks) {
    const value = await answer(server, ask);
    answers.set(ask.name, { value, hash: hashOf(value) });
  }
  return answers;
}
