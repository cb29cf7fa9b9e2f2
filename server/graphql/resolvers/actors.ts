// Field resolvers of the actor types: their links, loaded in batches.
import type {
  AssociationResolvers,
  AuthorityLevel,
  CityResolvers,
  DonorResolvers,
  NetworkResolvers,
  OrganisationResolvers,
  ProgrammeResolvers,
} from '../generated/resolvers-types.ts';
import { DEFAULT_REACH } from '../../analytics/support.ts';
import type { Context } from '../context.ts';
import { checkRange } from '../errors.ts';
import { mapActor, mapFunding, mapMembership, type ActorModel } from '../models.ts';
import { connection, pageWindow } from '../pagination.ts';
import { actorOrPartnership, actors, column, partnership, partnerships } from './lookups.ts';

const partnershipsOf = async (parent: ActorModel, _: unknown, ctx: Context) =>
  partnerships(ctx, column(await ctx.loaders.partnershipsOf.load(parent.id), 'partnership'));

// A page of the same list: the ids of all of them are one cheap statement
// (shared with `partnerships` through the loader); only the page's
// partnerships are loaded, and with them their participants, fundings and sources.
const partnershipPageOf = async (parent: ActorModel, { first, after }: { first?: number | null; after?: string | null }, ctx: Context) => {
  const { skip, limit } = pageWindow(first ?? 25, after);
  const ids = column(await ctx.loaders.partnershipsOf.load(parent.id), 'partnership');
  return connection(ids.slice(skip, skip + limit), ids.length, skip, (id) => partnership(ctx, id));
};

const membershipsOf = async (parent: ActorModel, _: unknown, ctx: Context) =>
  actors(ctx, column(await ctx.loaders.membershipsOf.load(parent.id), 'organisation'));

const membersOf = async (parent: ActorModel, _: unknown, ctx: Context) =>
  actors(ctx, column(await ctx.loaders.membersOf.load(parent.id), 'member'));

// The same rows as relationships with their provenance (membershipLinks, memberLinks).
const membershipLinksOf = async (parent: ActorModel, _: unknown, ctx: Context) => (await ctx.loaders.membershipsOf.load(parent.id)).map(mapMembership);
const memberLinksOf = async (parent: ActorModel, _: unknown, ctx: Context) => (await ctx.loaders.membersOf.load(parent.id)).map(mapMembership);
const fundingsGiven = (parent: ActorModel, _: unknown, ctx: Context) => fundingsOf(parent.id, ctx, 'donor');

/** Fundings where the node is the donor or the recipient. */
export const fundingsOf = async (id: string, ctx: Context, side: 'donor' | 'recipient') =>
  (await ctx.loaders.fundingsOf.load(id)).filter((row) => row[side] === id).map(mapFunding);

async function supportOf(city: ActorModel, ctx: Context, reach: number) {
  const support = await ctx.analytics.citySupport(city.id, checkRange(reach, 1, 4, 'reach'));
  if (!support) throw new Error(`City ${city.id} is not in the analytics projection`);
  return support;
}

/** Programmes an actor runs (RUN_BY points at it). */
const programmesRunBy = async (runner: ActorModel, _: unknown, ctx: Context) => actors(ctx, column(await ctx.loaders.programmesRunBy.load(runner.id), 'programme'));

export const City: CityResolvers = {
  partnerships: partnershipsOf,
  partnershipPage: partnershipPageOf,
  // The statement brings the partners' nodes: no second round trip to load them.
  partners: async (city, _, ctx) => (await ctx.loaders.partnersOf.load(city.id)).map((row) => mapActor(row)!),
  memberships: membershipsOf,
  membershipLinks: membershipLinksOf,
  fundingsGiven,
  // A city written before tiers were recorded is a municipality, as most of the sources' cities are.
  level: (city) => (city.level as AuthorityLevel | undefined) ?? 'MUNICIPALITY',
  locationIsSeat: (city) => city.locationIsSeat === true,
  supporters: async (city, { reach }, ctx) => actors(ctx, (await supportOf(city, ctx, reach ?? DEFAULT_REACH)).supporters),
  supportLevel: async (city, { reach }, ctx) => (await supportOf(city, ctx, reach ?? DEFAULT_REACH)).level,
};

export const Association: AssociationResolvers = {
  members: membersOf,
  memberLinks: memberLinksOf,
  memberships: membershipsOf,
  membershipLinks: membershipLinksOf,
  fundingsGiven,
  partnerships: partnershipsOf,
  partnershipPage: partnershipPageOf,
};

export const Network: NetworkResolvers = { members: membersOf, memberLinks: memberLinksOf, partnerships: partnershipsOf, partnershipPage: partnershipPageOf };

export const Donor: DonorResolvers = {
  fundings: (donor, _, ctx) => fundingsOf(donor.id, ctx, 'donor'),
  programmes: programmesRunBy,
};

/** What a programme or organisation supports directly. */
const supportsOf = async (supporter: ActorModel, _: unknown, ctx: Context) => {
  const targets = await Promise.all(column(await ctx.loaders.targetsOf.load(supporter.id), 'target').map((id) => actorOrPartnership(ctx, id)));
  return targets.filter((t) => t !== null);
};

export const Organisation: OrganisationResolvers = {
  partnerships: partnershipsOf,
  partnershipPage: partnershipPageOf,
  programmes: programmesRunBy,
  supports: supportsOf,
  memberships: membershipsOf,
};

export const Programme: ProgrammeResolvers = {
  runBy: async (programme, _, ctx) => actors(ctx, column(await ctx.loaders.runnersOf.load(programme.id), 'runner')),
  supports: supportsOf,
  fundings: (programme, _, ctx) => fundingsOf(programme.id, ctx, 'recipient'),
};
