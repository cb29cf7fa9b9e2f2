// Orientation and modality of partnerships where the documents leave them to
// the rule (server/domain/orientation.ts), from the blocs of all their parties:
// the participants and funders in the data and, for an import, those the store
// already holds. A partnership the store holds with an orientation the
// documents state keeps it unless the data states another; one that gains
// parties through the data (a participation or funding of a stored
// partnership) has its derived orientation derived again.
import { deriveModality, deriveOrientation } from '../server/domain/orientation.ts';
import type { Bloc, LinkingModality, Orientation } from '../server/domain/enums.ts';
import { nodesOf } from './collections.ts';
import { blocOf, countryProfile } from './country-profile.ts';
import type { MergedData } from './merge.ts';
import type { NodeKind, StoreContext } from './store-context.ts';

export interface PartnershipOrientation {
  orientation: Orientation;
  orientationStated: boolean;
  /** Absent for a stored partnership that only gains parties: its modality may have been stated, so it stays. */
  modality?: LinkingModality;
}

interface Parties {
  participants: Set<string>;
  funders: Set<string>;
}

function partiesOf(data: MergedData, stored: StoreContext): Map<string, Parties> {
  const parties = new Map<string, Parties>();
  const of = (id: string) => {
    let entry = parties.get(id);
    if (!entry) {
      const before = stored.partnerships.get(id);
      entry = { participants: new Set(before?.participants), funders: new Set(before?.funders) };
      parties.set(id, entry);
    }
    return entry;
  };
  for (const p of data.partnerships) for (const x of p.participants) of(p.id).participants.add(x.actor);
  for (const x of data.participations) of(x.partnership).participants.add(x.actor);
  const partnershipIds = new Set([...data.partnerships.map((p) => p.id), ...stored.partnerships.keys()]);
  for (const f of data.fundings) if (partnershipIds.has(f.recipient)) of(f.recipient).funders.add(f.donor);
  return parties;
}

/** The kind and country of every node the data defines or the store holds (the data wins). */
function countriesOf(data: MergedData, stored: StoreContext): Map<string, { kind: NodeKind; country: string | null }> {
  const nodes = new Map<string, { kind: NodeKind; country: string | null }>(stored.actors);
  for (const { kind, record } of nodesOf(data)) nodes.set(record.id, { kind, country: record.country ?? null });
  return nodes;
}

export function orientPartnerships(data: MergedData, stored: StoreContext): Map<string, PartnershipOrientation> {
  const actors = countriesOf(data, stored);
  // The bloc of a non-city party: from its country; a donor without one is an
  // international body and so from beyond the South; others without one say nothing.
  const otherBloc = (id: string): { bloc: Bloc | null }[] => {
    const actor = actors.get(id);
    if (actor?.kind !== 'association' && actor?.kind !== 'donor') return [];
    if (actor.country) return [{ bloc: blocOf(actor.country) }];
    return actor.kind === 'donor' ? [{ bloc: null }] : [];
  };
  const derive = ({ participants, funders }: Parties, modality: LinkingModality | undefined) => {
    const isCity = (id: string) => actors.get(id)?.kind === 'city';
    const cities = [...participants].filter(isCity).map((id) => countryProfile(actors.get(id)!.country!));
    const others = [...[...participants].filter((id) => !isCity(id)), ...funders].flatMap(otherBloc);
    const chosen = modality ?? deriveModality(cities.length);
    return { modality: chosen, orientation: deriveOrientation({ cities, others, modality: chosen }) };
  };

  const result = new Map<string, PartnershipOrientation>();
  const parties = partiesOf(data, stored);
  for (const p of data.partnerships) {
    const before = stored.partnerships.get(p.id);
    const derived = derive(parties.get(p.id)!, p.modality);
    if (p.orientation) result.set(p.id, { ...derived, orientation: p.orientation, orientationStated: true });
    else if (before?.orientationStated && before.orientation) result.set(p.id, { ...derived, orientation: before.orientation, orientationStated: true });
    else result.set(p.id, { ...derived, orientationStated: false });
  }
  for (const [id, gained] of parties) {
    const before = stored.partnerships.get(id);
    if (result.has(id) || !before || before.orientationStated) continue;
    result.set(id, { orientation: derive(gained, before.modality ?? undefined).orientation, orientationStated: false });
  }
  return result;
}
