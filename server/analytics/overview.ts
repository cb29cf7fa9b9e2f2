// The overview of a view too large to read actor by actor: its actors in
// groups (their Louvain community, their country or their region), each group
// described from its members (group-labels.ts), with the links between groups
// counted into weighted group links; and a group opened: its members with the
// links among them, and their links to the other groups, still aggregated.
// Computed from the same view (filter) as the graph field, so a group's
// members are exactly the actors the whole graph would draw there.
import type { ActorGrouping, Orientation, Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { ActorLinks, KeyedEdge } from './actor-graph.ts';
import type { Clustering } from './clusters.ts';
import { groupFacets } from './group-facets.ts';
import { countryName, describeGroup, regionName } from './group-labels.ts';
import type { ProjectedActor, ProjectedPartnership } from './projection.ts';
import { toSubgraph, type Annotations, type DrawnSubgraph } from './subgraph.ts';
import type { CitySupport } from './support.ts';

export interface ActorGroupModel {
  id: string;
  label: string;
  size: number;
  memberIds: string[];
  countries: string[];
  regions: Region[];
  hubIds: string[];
  topThemes: Theme[];
  mainOrientation: Orientation | null;
  /** The region most members are in. */
  region: Region | null;
  /** The community most members are in (a community's own id for its group). */
  cluster: string | null;
  cities: number;
  supported: number;
  unsupported: number;
  isolated: number;
}

export interface GroupLink {
  source: string;
  target: string;
  weight: number;
}

export interface Groups {
  /** Largest first, then by id. */
  groups: ActorGroupModel[];
  byId: Map<string, ActorGroupModel>;
  groupOf: Map<string, string>;
  /** Every pair of groups with links between their members, the number of links as weight. */
  links: GroupLink[];
}

/** The group of the actors without any link in the view, when grouping by community: each is a community of one. */
export const UNLINKED = 'group:unlinked';

/**
 * Communities smaller than this are drawn together, one group per region
 * (group:small:<Region>), as are those past MAX_COMMUNITY_GROUPS: the twin-towns data has a thousand communities of
 * two to nine cities (twinned pairs and small rings), which as separate
 * groups would again be a thousand specks; together they read as "the
 * scattered pairs of Europe", and open into a readable picture of them.
 */
export const SMALL_COMMUNITY = 10;
const SMALL = 'group:small:';

/**
 * At most this many communities are drawn as groups of their own, the
 * largest; the others join their region's group of small ones, so that the
 * first picture stays one of discs that can be read and laid out in a moment
 * whatever the data: the twin-towns data has about 70 communities of ten or
 * more, the synthetic sets a few large ones, but data of many loosely linked
 * cities would have thousands, and as many discs, with links between most
 * pairs of them. A hundred discs and their names still fit a 1280×800 stage.
 */
export const MAX_COMMUNITY_GROUPS = 100;

interface GroupInput {
  actors: ReadonlyMap<string, ProjectedActor>;
  shown: ReadonlySet<string>;
  edges: readonly KeyedEdge[];
  clustering: Clustering;
  support: ReadonlyMap<string, CitySupport>;
  partnerships: readonly ProjectedPartnership[];
  by: ActorGrouping;
}

/**
 * The group of each community: its own (the MAX_COMMUNITY_GROUPS largest of
 * SMALL_COMMUNITY members or more), the small ones' of its region, or the
 * unlinked actors'. Only the communities with a member the view shows count.
 */
function communityGroups(actors: ReadonlyMap<string, ProjectedActor>, shown: ReadonlySet<string>, clustering: Clustering): Map<string, string> {
  const groupOf = new Map<string, string>();
  const own = [...clustering.members]
    .filter(([, members]) => members.length >= SMALL_COMMUNITY && members.some((m) => shown.has(m)))
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .slice(0, MAX_COMMUNITY_GROUPS);
  for (const [cluster] of own) groupOf.set(cluster, cluster);
  for (const [cluster, members] of clustering.members) {
    if (groupOf.has(cluster)) continue;
    if (members.length === 1) groupOf.set(cluster, UNLINKED);
    else groupOf.set(cluster, `${SMALL}${mostFrequent(members.map((m) => actors.get(m)!.region)) ?? 'none'}`);
  }
  return groupOf;
}

function keyOf(by: ActorGrouping, actor: ProjectedActor, clustering: Clustering, communities: Map<string, string> | null): string {
  if (by === 'COUNTRY') return `country:${actor.country ?? 'none'}`;
  if (by === 'REGION') return `region:${actor.region ?? 'none'}`;
  return communities!.get(clustering.clusterOf.get(actor.id)!)!;
}

/** How a country's or region's group is named; null for a community (named by its members' places). */
function placeOf(id: string): string | null {
  if (id === UNLINKED) return 'Not linked';
  if (id.startsWith(SMALL)) {
    const region = id.slice(SMALL.length);
    return `${region === 'none' ? 'No region' : regionName(region as Region)} · small clusters`;
  }
  const [prefix, value] = id.split(':', 2) as [string, string];
  if (prefix === 'country') return value === 'none' ? 'No country' : countryName(value);
  if (prefix === 'region') return value === 'none' ? 'No region' : regionName(value as Region);
  return null;
}

function mostFrequent<T extends string>(values: Iterable<T | null | undefined>): T | null {
  const counts = new Map<T, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

function weighted(counts: Map<string, number>): GroupLink[] {
  return [...counts].map(([key, weight]) => {
    const [source, target] = key.split('\n') as [string, string];
    return { source, target, weight };
  });
}

/**
 * Each actor's links to other actors of its own group (`groupOf` holds only
 * the actors a view shows): the hubs of a group are its own centres, not
 * members linked mostly elsewhere.
 */
export function degreesWithin(edges: readonly KeyedEdge[], groupOf: ReadonlyMap<string, string>): Map<string, number> {
  const degree = new Map<string, number>();
  for (const { source, target } of edges) {
    const group = groupOf.get(source);
    if (source === target || group === undefined || groupOf.get(target) !== group) continue;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return degree;
}

export function groupActors({ actors, shown, edges, clustering, support, partnerships, by }: GroupInput): Groups {
  const groupOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  const communities = by === 'COMMUNITY' ? communityGroups(actors, shown, clustering) : null;
  for (const [id, actor] of actors) {
    if (!shown.has(id)) continue;
    const key = keyOf(by, actor, clustering, communities);
    groupOf.set(id, key);
    const list = members.get(key);
    if (list) list.push(id);
    else members.set(key, [id]);
  }
  const degree = degreesWithin(edges, groupOf);
  const facets = groupFacets(partnerships, groupOf);
  const groups = [...members].map(([id, memberIds]): ActorGroupModel => {
    memberIds.sort();
    const { topThemes = [], mainOrientation = null } = facets.get(id) ?? {};
    const clusters = new Set(memberIds.map((m) => clustering.clusterOf.get(m)));
    const detail = id.startsWith(SMALL) ? `in ${clusters.size.toLocaleString('en')} cluster${clusters.size === 1 ? '' : 's'}` : undefined;
    const description = describeGroup({ memberIds, actors, degree, themes: topThemes, place: placeOf(id) ?? undefined, detail });
    const levels = memberIds.map((m) => support.get(m)?.level);
    return {
      id,
      ...description,
      size: memberIds.length,
      memberIds,
      topThemes,
      mainOrientation,
      region: mostFrequent(memberIds.map((m) => actors.get(m)!.region)),
      cluster: mostFrequent(memberIds.map((m) => clustering.clusterOf.get(m))),
      cities: levels.filter(Boolean).length,
      supported: levels.filter((l) => l === 'SUPPORTED').length,
      unsupported: levels.filter((l) => l === 'UNSUPPORTED').length,
      isolated: levels.filter((l) => l === 'ISOLATED').length,
    };
  });
  groups.sort((a, b) => b.size - a.size || a.id.localeCompare(b.id));

  const between = new Map<string, number>();
  for (const { source, target } of edges) {
    const [a, b] = [groupOf.get(source), groupOf.get(target)];
    if (a === undefined || b === undefined || a === b) continue;
    const key = pairKey(a, b);
    between.set(key, (between.get(key) ?? 0) + 1);
  }
  return { groups, byId: new Map(groups.map((g) => [g.id, g])), groupOf, links: weighted(between) };
}

export interface OpenedGroup {
  members: DrawnSubgraph;
  /** Links between the other groups (in id order), and from each member (source) to each other group (target). */
  links: GroupLink[];
}

/** A group opened: its members and their links drawn, the rest still in groups. */
export function openGroup(groups: Groups, links: ActorLinks, annotations: Annotations, open: string): OpenedGroup {
  const inOpen = (id: string) => groups.groupOf.get(id) === open;
  const members = toSubgraph(links, annotations, inOpen);
  const toGroups = new Map<string, number>();
  for (const { source, target } of links.edges) {
    const [a, b] = [groups.groupOf.get(source), groups.groupOf.get(target)];
    if (a === undefined || b === undefined || a === b) continue;
    // A member's link to another group: from the member to the group.
    if (a === open || b === open) {
      const key = a === open ? `${source}\n${b}` : `${target}\n${a}`;
      toGroups.set(key, (toGroups.get(key) ?? 0) + 1);
    }
  }
  const others = groups.links.filter((l) => l.source !== open && l.target !== open);
  return { members, links: [...others, ...weighted(toGroups)] };
}
