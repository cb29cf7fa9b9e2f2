// Match-making (report 001: "match supply with demand for knowledge"): for a
// city that asks for help on a theme, the cities with experience of it, scored
// on four grounds, each 0..1, weighted into a score in 0..1:
//   experience 0.40: partnerships on the theme, as RESOURCE (1), PEER (0.6),
//                    FACILITATOR (0.5) or BENEFICIARY (0.25); two full ones saturate;
//   context    0.25: same bloc (South–South for a Southern city) 0.7, same region 0.3;
//   networks   0.20: associations and networks both belong to (an easy first contact); two saturate;
//   closeness  0.15: 1 / hops between them in the cooperation graph (up to 4 hops).
// A city that declares it offers the theme counts as one full resource partnership
// on it; one that declares it seeks the theme itself loses a beneficiary's worth
// (0.25). A city is never matched with itself nor with a partner it already has on the theme.
import { blocOf } from '../domain/country-profile.ts';
import type { ParticipantRole, Theme } from '../graphql/generated/resolvers-types.ts';
import { organisationsOfMembers } from './memberships.ts';
import type { Projection } from './projection.ts';

export interface Match {
  cityId: string;
  score: number;
  reasons: string[];
}

const ROLE_WEIGHT: Record<ParticipantRole, number> = { RESOURCE: 1, PEER: 0.6, FACILITATOR: 0.5, BENEFICIARY: 0.25 };
const WEIGHTS = { experience: 0.4, context: 0.25, networks: 0.2, closeness: 0.15 };
const MAX_HOPS = 4;
const theme = (t: Theme) => t.toLowerCase().replaceAll('_', ' ');
const list = (names: string[]) => (names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`);

/** Hops from `from` to every actor within MAX_HOPS, breadth first. */
function hopsFrom(neighbours: Map<string, string[]>, from: string): Map<string, number> {
  const hops = new Map([[from, 0]]);
  let frontier = [from];
  for (let depth = 1; depth <= MAX_HOPS && frontier.length; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of neighbours.get(node) ?? []) {
        if (hops.has(neighbour)) continue;
        hops.set(neighbour, depth);
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return hops;
}

/** `neighbours`: each actor's neighbours in the cooperation graph (actor-graph.ts `neighboursOf`). */
export function matches(projection: Projection, neighbours: Map<string, string[]>, askerId: string, wanted: Theme): Match[] {
  const asker = projection.actors.get(askerId)!;
  const askerBloc = asker.country ? blocOf(asker.country) : null;
  const onTheme = [...projection.partnerships.values()].filter((p) => p.themes.includes(wanted));
  const currentPartners = new Set(onTheme.filter((p) => p.participants.includes(askerId)).flatMap((p) => p.participants));
  const memberships = organisationsOfMembers(projection);
  const askerOrganisations = new Set(memberships.get(askerId));
  const hops = hopsFrom(neighbours, askerId);

  const experience = new Map<string, { weight: number; titles: string[]; resource: number; declared: string[] }>();
  const entryOf = (id: string) => {
    let entry = experience.get(id);
    if (!entry) experience.set(id, (entry = { weight: 0, titles: [], resource: 0, declared: [] }));
    return entry;
  };
  for (const p of onTheme) {
    for (let i = 0; i < p.participants.length; i++) {
      const id = p.participants[i]!;
      const role = p.roles[i]!;
      const actor = projection.actors.get(id);
      if (actor?.kind !== 'CITY' || id === askerId || currentPartners.has(id)) continue;
      const entry = entryOf(id);
      entry.weight += ROLE_WEIGHT[role];
      entry.titles.push(p.title);
      if (role === 'RESOURCE') entry.resource += 1;
    }
  }
  // Declared offers and needs on the theme (the cooperation fair's declarations).
  for (const [id, declared] of projection.declaredOffers) {
    if (id === askerId || currentPartners.has(id)) continue;
    for (const d of declared) {
      if (d.theme !== wanted) continue;
      if (d.direction === 'OFFERS') {
        const entry = entryOf(id);
        entry.weight += ROLE_WEIGHT.RESOURCE;
        entry.declared.push(`Declares it offers cooperation on ${theme(wanted)}${d.note ? `: "${d.note}"` : ''}`);
      } else if (experience.has(id)) {
        const entry = entryOf(id);
        entry.weight = Math.max(0, entry.weight - ROLE_WEIGHT.BENEFICIARY);
        entry.declared.push(`Itself declares it seeks cooperation on ${theme(wanted)}`);
      }
    }
  }

  const found: Match[] = [];
  for (const [id, done] of experience) {
    const city = projection.actors.get(id)!;
    const bloc = city.country ? blocOf(city.country) : null;
    const reasons: string[] = [];
    const experienceScore = Math.min(1, done.weight / 2);
    reasons.push(...done.declared);
    if (done.titles.length) reasons.push(
      done.resource
        ? `Resource city in ${done.resource} partnership${done.resource > 1 ? 's' : ''} on ${theme(wanted)} (${list(done.titles)})`
        : `Took part in ${done.titles.length} partnership${done.titles.length > 1 ? 's' : ''} on ${theme(wanted)} (${list(done.titles)})`,
    );
    const sameBloc = askerBloc !== null && bloc === askerBloc;
    const sameRegion = asker.region !== null && city.region === asker.region;
    const context = (sameBloc ? 0.7 : 0) + (sameRegion ? 0.3 : 0);
    if (sameBloc && bloc === 'SOUTH') reasons.push('Also a city of the South: South–South cooperation between similar contexts');
    else if (sameBloc) reasons.push(`Same development bloc (${bloc?.toLowerCase()})`);
    if (sameRegion) reasons.push(`Same region (${city.region!.toLowerCase().replaceAll('_', ' ')})`);
    const shared = (memberships.get(id) ?? []).filter((o) => askerOrganisations.has(o)).map((o) => projection.actors.get(o)?.name ?? o);
    if (shared.length) reasons.push(`Both members of ${list(shared)}: an easy first contact`);
    const distance = hops.get(id);
    const closeness = distance ? 1 / distance : 0;
    if (distance === 1) reasons.push('Already partners on another theme');
    else if (distance) reasons.push(`${distance} steps apart in the cooperation graph`);
    const score =
      WEIGHTS.experience * experienceScore + WEIGHTS.context * context + WEIGHTS.networks * Math.min(1, shared.length / 2) + WEIGHTS.closeness * closeness;
    found.push({ cityId: id, score: Math.round(score * 1000) / 1000, reasons });
  }
  return found.sort((a, b) => b.score - a.score || a.cityId.localeCompare(b.cityId));
}
