// How well support reaches each city (domain.md, "Isolated cities lacking
// support"). Support flows from whoever funds or supports something (a donor,
// a programme, a city acting as a donor) along FUNDS and SUPPORTS
// relationships, then down to the members and participants of what it
// reaches: a donor reaches a city it funds (1 hop), the participants of a
// partnership it funds and the members of a network it funds (2 hops), the
// cities a programme it funds supports (2 hops), and so on up to `reach`
// hops. A city is SUPPORTED when something reaches it; UNSUPPORTED when it has
// partnerships or memberships but nothing reaches it; ISOLATED otherwise.
//
// The walk starts from the supporters, not from the cities: they number in
// the tens or hundreds where cities number in the hundred thousands, and a
// walk from each city (a few sets per city) was most of the cost of every
// analysis that needs support (docs/performance.md, "The analyses, cold and cached"). It
// is the walk from a city up through what it belongs to and back along the
// gifts, turned around: the same supporters reach the same cities.
import type { SupportLevel } from '../graphql/generated/resolvers-types.ts';
import type { Projection } from './projection.ts';
import type { SelectedLinks } from './selection.ts';

export const DEFAULT_REACH = 2;

export interface CitySupport {
  level: SupportLevel;
  /** Ids of the actors whose support reaches the city, by id. */
  supporters: string[];
}

/**
 * The selected relationships support travels along, pointing down from
 * supporters to cities, and the cities by position: what a node reaches is a
 * list of positions, and a walk marks cities in an array by position rather
 * than in sets keyed by id (a million and a half city and supporter pairs at
 * 100,000 cities).
 */
interface SupportPaths {
  /** Of a giver: what it funds or supports. */
  gifts: Map<string, string[]>;
  /** Of an organisation: its members (a partnership's participants are the projection's). */
  members: Map<string, string[]>;
  /** The projection's cities, and the position of each. */
  cities: string[];
  position: Map<string, number>;
  /** By position: the city takes part in a partnership or is a member of something (not isolated). */
  linked: Uint8Array;
}

const push = (map: Map<string, string[]>, key: string, value: string) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function supportPaths(projection: Projection, { partnerships, links, givers }: SelectedLinks): SupportPaths {
  const cities: string[] = [];
  const position = new Map<string, number>();
  for (const actor of projection.actors.values()) {
    if (actor.kind !== 'CITY') continue;
    position.set(actor.id, cities.length);
    cities.push(actor.id);
  }
  const gifts = new Map<string, string[]>();
  for (const [target, of] of givers) for (const giver of of) push(gifts, giver, target);
  const members = new Map<string, string[]>();
  const linked = new Uint8Array(cities.length);
  const link = (id: string) => {
    const at = position.get(id);
    if (at !== undefined) linked[at] = 1;
  };
  for (const p of partnerships) p.participants.forEach(link);
  for (const l of links) {
    if (l.type !== 'MEMBER_OF') continue;
    push(members, l.target, l.source);
    link(l.source);
  }
  return { gifts, members, cities, position, linked };
}

const NONE = new Int32Array(0);

/**
 * The positions of the cities support reaches from `node` within `hops`
 * hops, `node` itself included if it is a city: down to its participants or
 * members and theirs, and, when `node` was reached by a gift (`giving`), on
 * along its own gifts too; once down, only down. Worked out once per node,
 * hops and way in (`memo`): every donor funding a programme or a network
 * reaches what the programme supports or the network's members, and listing
 * them by id again for each donor was most of the cost. A list may repeat a
 * city; the walk below reads each once.
 */
function below(projection: Projection, paths: SupportPaths, memo: Map<string, Int32Array>[], node: string, hops: number, giving: boolean): Int32Array {
  const own = paths.position.get(node);
  if (hops === 0) return own === undefined ? NONE : Int32Array.of(own);
  const byKey = (memo[hops * 2 + (giving ? 1 : 0)] ??= new Map());
  const known = byKey.get(node);
  if (known) return known;
  const parts: Int32Array[] = own === undefined ? [] : [Int32Array.of(own)];
  // Only a gift's target can be a partnership (a participant or a member is an actor), and a target is one the selection kept.
  for (const d of projection.partnerships.get(node)?.participants ?? paths.members.get(node) ?? []) parts.push(below(projection, paths, memo, d, hops - 1, false));
  if (giving) for (const t of paths.gifts.get(node) ?? []) parts.push(below(projection, paths, memo, t, hops - 1, true));
  const list = new Int32Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    list.set(part, at);
    at += part.length;
  }
  byKey.set(node, list);
  return list;
}

/** The support of every city of the projection, along the selected relationships. */
export function supportOfCities(projection: Projection, selected: SelectedLinks, reach: number = DEFAULT_REACH): Map<string, CitySupport> {
  const paths = supportPaths(projection, selected);
  const supportersOf: string[][] = paths.cities.map(() => []);
  const mark = new Int32Array(paths.cities.length).fill(-1);
  const memo: Map<string, Int32Array>[] = [];
  // In id order, so that each city's list comes out sorted. A supporter reaches what its gifts reach, itself left out.
  [...paths.gifts.keys()].sort().forEach((supporter, walk) => {
    const self = paths.position.get(supporter);
    if (self !== undefined) mark[self] = walk;
    for (const target of paths.gifts.get(supporter)!) {
      for (const at of below(projection, paths, memo, target, reach - 1, true)) {
        if (mark[at] === walk) continue;
        mark[at] = walk;
        supportersOf[at]!.push(supporter);
      }
    }
  });
  const support = new Map<string, CitySupport>();
  paths.cities.forEach((id, at) => {
    const supporters = supportersOf[at]!;
    support.set(id, { level: supporters.length ? 'SUPPORTED' : paths.linked[at] ? 'UNSUPPORTED' : 'ISOLATED', supporters });
  });
  return support;
}
