// Which part of the projection a view looks at (the GraphFilter of the API).
// Themes, orientations, statuses and years (one year, or a range) select
// partnerships; years also select fundings and programmes. Without statuses
// only ESTABLISHED partnerships count: an announcement or a contact is not
// cooperation yet. statedOnly leaves out the links recorded as inferences.
// Regions and kinds only decide which actors are
// shown (cities in the regions, and the other actors in them or linked to such
// a city), so that support and clusters still count partners, donors and
// programmes a view does not draw.
import type { ActorKind, Orientation, PartnershipStatus, Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { ProjectedActor, ProjectedLink, ProjectedPartnership, Projection } from './projection.ts';

export interface Selection {
  kinds?: ActorKind[] | null;
  regions?: Region[] | null;
  themes?: Theme[] | null;
  orientations?: Orientation[] | null;
  activeInYear?: number | null;
  activeFrom?: number | null;
  activeTo?: number | null;
  statuses?: PartnershipStatus[] | null;
  /** Leave out the links recorded as inferences: what the sources state, no more. */
  statedOnly?: boolean | null;
}

/** The statuses a view counts when its filter names none. */
export const DEFAULT_STATUSES: readonly PartnershipStatus[] = ['ESTABLISHED'];

const given = <T>(list: T[] | null | undefined): list is T[] => Array.isArray(list) && list.length > 0;

/** The years a selection asks for, both ends included; an end left open is infinite. */
export interface Years {
  from: number;
  to: number;
}

const isYear = (value: number | null | undefined): value is number => typeof value === 'number';

/** The range of years a selection asks for: activeInYear and the range hold together (their overlap); null when no year is asked. */
export function yearsOf(selection: Selection): Years | null {
  const { activeInYear: year, activeFrom: from, activeTo: to } = selection;
  if (!isYear(year) && !isYear(from) && !isYear(to)) return null;
  return {
    from: Math.max(isYear(year) ? year : -Infinity, isYear(from) ? from : -Infinity),
    to: Math.min(isYear(year) ? year : Infinity, isYear(to) ? to : Infinity),
  };
}

/** Known to be active at some time in `years`: a start year at or before its end and no end year before its start. */
export function activeDuring(years: Years, item: { startYear: number | null; endYear: number | null }): boolean {
  return item.startYear !== null && item.startYear <= years.to && (item.endYear === null || item.endYear >= years.from);
}

function selectsPartnership(selection: Selection, years: Years | null, p: ProjectedPartnership): boolean {
  if (!(given(selection.statuses) ? selection.statuses : DEFAULT_STATUSES).includes(p.status)) return false;
  if (given(selection.themes) && !p.themes.some((t) => selection.themes!.includes(t))) return false;
  if (given(selection.orientations) && !selection.orientations.includes(p.orientation)) return false;
  if (years && !activeDuring(years, p)) return false;
  return true;
}

function selectsLink(selection: Selection, years: Years | null, link: ProjectedLink, projection: Projection): boolean {
  if (selection.statedOnly && link.inferred) return false;
  if (!years) return true;
  if (link.type === 'FUNDS') return activeDuring(years, link);
  // A programme's support and its running last as long as the programme.
  const programme = projection.actors.get(link.source);
  if (link.type === 'SUPPORTS' || link.type === 'RUN_BY') return programme ? activeDuring(years, programme) : false;
  return true;
}

/** Whether an actor is in the regions asked for, before links are looked at. */
function inRegions(selection: Selection, actor: ProjectedActor): boolean {
  return !given(selection.regions) || (actor.region !== null && selection.regions.includes(actor.region));
}

export interface SelectedLinks {
  partnerships: ProjectedPartnership[];
  links: ProjectedLink[];
  /** Who funds or supports each target (actor or partnership), among the links. */
  givers: Map<string, string[]>;
}

/** The partnerships and relationships a selection keeps; computed once per selection by its callers. */
export function select(projection: Projection, selection: Selection): SelectedLinks {
  const years = yearsOf(selection);
  const partnerships = [...projection.partnerships.values()].filter((p) => selectsPartnership(selection, years, p));
  const partnershipIds = new Set(partnerships.map((p) => p.id));
  const links = projection.links.filter(
    (l) => selectsLink(selection, years, l, projection) && (!projection.partnerships.has(l.target) || partnershipIds.has(l.target)),
  );
  return { partnerships, links, givers: giversByTarget(links) };
}

/** The actors a view shows: of the kinds asked for; cities in the regions, other actors in them or linked to such a city. */
export function shown(projection: Projection, selection: Selection, { partnerships, links }: SelectedLinks): Set<string> {
  const actorIds = new Set<string>();
  for (const actor of projection.actors.values()) if (inRegions(selection, actor)) actorIds.add(actor.id);
  if (given(selection.regions)) {
    // Organisations outside the regions (donors, global networks...) stay when they reach a city inside them.
    const cityIn = (id: string) => projection.actors.get(id)?.kind === 'CITY' && actorIds.has(id);
    const reached = new Set<string>();
    // Only actors: a link's other end may be a partnership, which is not a node of the view.
    const reach = (id: string) => {
      const kind = projection.actors.get(id)?.kind;
      if (kind && kind !== 'CITY') reached.add(id);
    };
    for (const p of partnerships) if (p.participants.some(cityIn)) p.participants.forEach(reach);
    for (const l of links) {
      if (cityIn(l.target) || cityIn(l.source)) [l.source, l.target].forEach(reach);
      if (projection.partnerships.get(l.target)?.participants.some(cityIn)) reach(l.source);
    }
    reached.forEach((id) => actorIds.add(id));
  }
  if (given(selection.kinds)) {
    for (const id of actorIds) if (!selection.kinds.includes(projection.actors.get(id)!.kind)) actorIds.delete(id);
  }
  return actorIds;
}

function giversByTarget(links: ProjectedLink[]): Map<string, string[]> {
  const givers = new Map<string, string[]>();
  for (const link of links) {
    if (link.type !== 'FUNDS' && link.type !== 'SUPPORTS') continue;
    const list = givers.get(link.target);
    if (list) list.push(link.source);
    else givers.set(link.target, [link.source]);
  }
  return givers;
}
