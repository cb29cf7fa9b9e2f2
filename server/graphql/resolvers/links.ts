// Field resolvers of partnerships, participations, memberships and fundings.
import type {
  FundingResolvers,
  MembershipResolvers,
  ParticipationResolvers,
  PartnershipResolvers,
} from '../generated/resolvers-types.ts';
import type { ParticipantRole, PartnershipStatus } from '../generated/resolvers-types.ts';
import type { Context } from '../context.ts';
import { fundingsOf } from './actors.ts';
import { actor, actorOrPartnership, actors, column } from './lookups.ts';

/** An actor a relationship points at; a dangling id is a broken graph, not a null. */
async function required(ctx: Context, id: string) {
  const found = await actor(ctx, id);
  if (!found) throw new Error(`A relationship points at ${id}, which is not in the graph`);
  return found;
}

export const Partnership: PartnershipResolvers = {
  // A partnership written before statuses were recorded is one in operation, as the import and the seed then assumed.
  status: (p) => (p.status as PartnershipStatus | undefined) ?? 'ESTABLISHED',
  participants: async (p, _, ctx) =>
    (await ctx.loaders.participants.load(p.id)).map((row) => ({ actorId: row.actor as string, role: row.role as ParticipantRole })),
  fundings: (p, _, ctx) => fundingsOf(p.id, ctx, 'recipient'),
  supporters: async (p, _, ctx) => actors(ctx, column(await ctx.loaders.supportersOf.load(p.id), 'programme')),
};

export const Participation: ParticipationResolvers = {
  actor: (participation, _, ctx) => required(ctx, participation.actorId),
};

export const Membership: MembershipResolvers = {
  member: (m, _, ctx) => required(ctx, m.memberId),
  organisation: (m, _, ctx) => required(ctx, m.organisationId),
};

export const Funding: FundingResolvers = {
  donor: async (f, _, ctx) => ({ ...(await required(ctx, f.donorId)), __typename: 'Donor' }),
  recipient: async (f, _, ctx) => {
    const recipient = await actorOrPartnership(ctx, f.recipientId);
    if (!recipient) throw new Error(`Funding ${f.id} points at ${f.recipientId}, which is not in the graph`);
    return recipient;
  },
};
