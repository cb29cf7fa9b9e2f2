// Who may run which mutation. An admin may run them all. An editor speaks for
// a few organisations and may change what one of them takes part in: the
// partnerships it is a participant of, the memberships where it is the member
// or the organisation, the fundings where it is the donor or the recipient,
// and its own actor record. Creating actors, deleting them and importing data
// sets are for admins only. A city's seeks and offers may be declared by the
// city or by an association it is a member of.
import type { MutationResolvers } from '../graphql/generated/resolvers-types.ts';
import { readLinks, readNodes } from '../mutations/graph-reads.ts';
import { readFundings } from '../mutations/fundings.ts';
import type { StatementRunner } from '../store/store.ts';

export type MutationName = keyof MutationResolvers;

/** One state of what a mutation touches, and the organisations that take part in it. */
export interface Party {
  what: string;
  ids: string[];
  /** Who may change it, in words, where that is not whoever takes part in it (the refusal says so). */
  rule?: string;
}

/**
 * The parties an editor's organisations must be among (one of them in each
 * party), read inside the mutation's transaction before it writes: the stored
 * state, and the new one when the mutation changes who takes part. A thing
 * that does not exist yields no party: the mutation itself answers NOT_FOUND.
 */
export type EditorScope = (runner: StatementRunner, args: any) => Promise<Party[]>;

export type Rule = { admin: string } | { editor: EditorScope };

const adminOnly = (what: string): Rule => ({ admin: what });

const ownRecord: Rule = { editor: async (_runner, { id }: { id: string }) => [{ what: `the actor record ${id}`, ids: [id] }] };

/** The participants given in an input (the mutation checks their shape). */
const participantIds = (given: unknown): string[] => (Array.isArray(given) ? given.map((p: { actorId?: unknown }) => String(p?.actorId ?? '')) : []);

async function storedPartnership(runner: StatementRunner, id: string): Promise<Party[]> {
  const node = (await readNodes(runner, [id])).get(id);
  if (!node || node.kind !== 'PARTNERSHIP') return [];
  const participants = (await readLinks(runner, [id])).filter((l) => l.type === 'PARTICIPATES_IN' && l.target === id).map((l) => l.actor);
  return [{ what: `the partnership ${node.label} (${id})`, ids: participants }];
}

async function storedFunding(runner: StatementRunner, id: string): Promise<Party[]> {
  const [row] = await readFundings(runner, [id]);
  return row ? [{ what: `the funding ${id}`, ids: [row.donor as string, row.recipient as string] }] : [];
}

/**
 * A city's seeks and offers: the city itself, or an association it is a
 * member of, speaks for it (the association for its members, as the
 * Meeting of Mayors' networks did).
 */
async function cityAndItsAssociations(runner: StatementRunner, cityId: unknown): Promise<Party[]> {
  const id = String(cityId ?? '');
  const city = (await readNodes(runner, [id])).get(id);
  if (!city || city.kind !== 'CITY') return [];
  const organisations = (await readLinks(runner, [id])).filter((l) => l.type === 'MEMBER_OF' && l.actor === id).map((l) => l.target);
  const associations = [...(await readNodes(runner, organisations)).values()].filter((n) => n.kind === 'ASSOCIATION').map((n) => n.id);
  return [{ what: `the seeks and offers of ${city.label}`, ids: [id, ...associations.sort()], rule: `only an editor for ${city.label} or for an association it is a member of may declare them` }];
}

const membership = (memberId: string, organisationId: string): Party[] => [{ what: `the membership of ${memberId} in ${organisationId}`, ids: [memberId, organisationId] }];

export const RULES: Record<MutationName, Rule> = {
  createCity: adminOnly('create cities'),
  createAssociation: adminOnly('create associations'),
  createNetwork: adminOnly('create networks'),
  createOrganisation: adminOnly('create organisations'),
  createDonor: adminOnly('create donors'),
  createProgramme: adminOnly('create programmes'),
  deleteActor: adminOnly('delete actors'),
  importDataSet: adminOnly('import data sets'),
  updateCity: ownRecord,
  updateAssociation: ownRecord,
  updateNetwork: ownRecord,
  updateOrganisation: ownRecord,
  updateDonor: ownRecord,
  updateProgramme: ownRecord,
  createPartnership: { editor: async (_runner, { input }) => [{ what: 'the new partnership', ids: participantIds(input.participants) }] },
  updatePartnership: {
    editor: async (runner, { id, input }) => [
      ...(await storedPartnership(runner, id)),
      ...(input.participants === undefined || input.participants === null ? [] : [{ what: `the partnership ${id} with its new participants`, ids: participantIds(input.participants) }]),
    ],
  },
  setPartnershipStatus: { editor: (runner, { id }) => storedPartnership(runner, id) },
  deletePartnership: { editor: (runner, { id }) => storedPartnership(runner, id) },
  addMembership: { editor: async (_runner, { input }) => membership(input.memberId, input.organisationId) },
  removeMembership: { editor: async (_runner, { memberId, organisationId }) => membership(memberId, organisationId) },
  createFunding: { editor: async (_runner, { input }) => [{ what: `the funding from ${input.donorId} to ${input.recipientId}`, ids: [input.donorId, input.recipientId] }] },
  updateFunding: { editor: (runner, { id }) => storedFunding(runner, id) },
  deleteFunding: { editor: (runner, { id }) => storedFunding(runner, id) },
  declareCooperationOffer: { editor: (runner, { input }) => cityAndItsAssociations(runner, input?.cityId) },
  withdrawCooperationOffer: { editor: (runner, { cityId }) => cityAndItsAssociations(runner, cityId) },
};
