// A partnership's orientation and modality, where the sources do not state
// them, follow its parties: they are derived again whenever a write changes
// who takes part in or funds it, or the country of one of them.
import type { LinkingModality, Orientation } from '../domain/enums.ts';
import { deriveModality } from '../domain/orientation.ts';
import { orientParties, type Party } from '../domain/parties.ts';
import type { StatementRunner } from '../store/store.ts';
import { readLinks, readNodes, type GraphLink, type Nodes } from './graph-reads.ts';

export interface PartiesOf {
  participants: Party[];
  funders: Party[];
}

const party = (nodes: Nodes, id: string): Party[] => {
  const node = nodes.get(id);
  return node && node.kind !== 'PARTNERSHIP' ? [{ kind: node.kind, country: (node.props.country as string | null) ?? null }] : [];
};

/** The parties of a partnership from its relationships: participants (or those given instead) and funders. */
export function partiesOf(links: GraphLink[], nodes: Nodes, partnershipId: string, participantIds?: string[]): PartiesOf {
  const ends = (type: string) => links.filter((l) => l.type === type && l.target === partnershipId).map((l) => l.actor);
  return {
    participants: (participantIds ?? ends('PARTICIPATES_IN')).flatMap((id) => party(nodes, id)),
    funders: ends('FUNDS').flatMap((id) => party(nodes, id)),
  };
}

/** The nodes at the other end of these links, and those named besides. */
export const nodesOfLinks = (tx: StatementRunner, links: GraphLink[], more: string[] = []) =>
  readNodes(tx, [...links.map((l) => l.actor), ...more]);

const cityCount = (parties: PartiesOf) => parties.participants.filter((p) => p.kind === 'CITY').length;

/**
 * Whether the modality was stated. The API records it (`modalityStated`);
 * the seed does not, so for a seeded partnership a modality other than the
 * one the rule gives for its cities must have come from the document.
 */
export function isModalityStated(props: Record<string, unknown>, parties: PartiesOf): boolean {
  if (typeof props.modalityStated === 'boolean') return props.modalityStated;
  return props.modality !== deriveModality(cityCount(parties));
}

/** Orientation and modality: the stated ones kept, the others derived; a derived orientation stays as it was when no city is left to derive it from. */
export function shapeOf(props: Record<string, unknown>, parties: PartiesOf, modalityStated: boolean) {
  const orientationStated = props.orientationStated === true;
  const derived = orientParties(parties.participants, parties.funders, modalityStated ? (props.modality as LinkingModality) : null);
  const orientation = orientationStated ? (props.orientation as Orientation) : (derived.orientation ?? (props.orientation as Orientation));
  return { orientation, orientationStated, modality: derived.modality, modalityStated };
}

async function readShapes(tx: StatementRunner, ids: string[]) {
  const links = await readLinks(tx, ids);
  const nodes = await nodesOfLinks(tx, links, ids);
  return ids.flatMap((id) => {
    const node = nodes.get(id);
    return node?.kind === 'PARTNERSHIP' ? [{ id, props: node.props, parties: partiesOf(links, nodes, id) }] : [];
  });
}

/**
 * Call before a write that may change the parties of these partnerships; the
 * function it returns, called after the write, derives their orientation and
 * modality again (whether the modality was stated is decided on the parties
 * before the write, which the seed's rule for it needs).
 */
export async function watchShapes(tx: StatementRunner, ids: Iterable<string>): Promise<() => Promise<void>> {
  const watched = [...new Set(ids)];
  const before = new Map((await readShapes(tx, watched)).map((s) => [s.id, isModalityStated(s.props, s.parties)]));
  return async () => {
    const rows = (await readShapes(tx, [...before.keys()])).map(({ id, props, parties }) => {
      const stated = typeof props.modalityStated === 'boolean' ? props.modalityStated : before.get(id)!;
      return { id, props: shapeOf(props, parties, stated) };
    });
    if (rows.length) await tx.run('upsert-partnerships', { rows });
  };
}
