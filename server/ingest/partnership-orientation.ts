// Orientation and modality of partnerships where the documents leave them to
// the rule (server/domain/orientation.ts), from the blocs of all their parties:
// the participants and funders in the data and, for an import, those the store
// already holds. A partnership the store holds with an orientation the
// documents state keeps it unless the data states another; one that gains
// parties through the data (a participation or funding of a stored
// partnership) has its derived orientation derived again.
import type { ActorKind, LinkingModality, Orientation } from '../domain/enums.ts';
import { orientParties, type Party } from '../domain/parties.ts';
import { nodesOf } from './collections.ts';
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
  // The rule for parties (server/domain/parties.ts), over the kinds and countries known here.
  const party = (id: string): Party[] => {
    const actor = actors.get(id);
    return actor && actor.kind !== 'partnership' ? [{ kind: actor.kind.toUpperCase() as ActorKind, country: actor.country }] : [];
  };
  const derive = ({ participants, funders }: Parties, modality: LinkingModality | undefined) => {
    const derived = orientParties([...participants].flatMap(party), [...funders].flatMap(party), modality);
    if (!derived.orientation) throw new Error('A partnership needs at least one city to derive its orientation');
    return { modality: derived.modality, orientation: derived.orientation };
  };

  const result = new Map<string, PartnershipOrientation>();
  const parties = partiesOf(data, stored);
  for (const p of data.partnerships) {
    const before = stored.partnerships.get(p.id);
    const derived = derive(parties.get(p.id)!, p.modality);
    // A given orientation was stated, unless the record says it was derived (an export keeps a store's as it was).
    if (p.orientation) result.set(p.id, { ...derived, orientation: p.orientation, orientationStated: p.orientationStated ?? true });
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
