// The C2C Forum's questions (forum.graphql): thin resolvers over
// server/analytics; the actors they name are loaded in batches.
import type {
  CityResolvers,
  CooperationOfferResolvers,
  FairMatchResolvers,
  FundingOpportunityResolvers,
  QueryResolvers,
  SupportComplementResolvers,
  SupportOverlapResolvers,
} from '../generated/resolvers-types.ts';
import type { Context } from '../context.ts';
import { checkRange, notFound, userError } from '../errors.ts';
import type { ActorModel } from '../models.ts';
import { MAX_PAGE_SIZE } from '../pagination.ts';
import { actor, actors, partnerships } from './lookups.ts';

type ForumQueries = Pick<QueryResolvers, 'overlaps' | 'complements' | 'fundingOpportunities' | 'facetMatrix' | 'fair'>;

const firstOf = (first: number | null | undefined, fallback: number) => checkRange(first ?? fallback, 1, MAX_PAGE_SIZE, 'first');

/** An actor an analysis names, which must be in the graph it was computed from. */
async function named(ctx: Context, id: string): Promise<ActorModel> {
  const found = await actor(ctx, id);
  if (!found) throw new Error(`The analysis names ${id}, which is not in the graph`);
  return found;
}

async function checkedDonor(ctx: Context, donorId: string): Promise<ActorModel> {
  if (!(await ctx.analytics.hasActor(donorId))) throw notFound(`No actor has the id "${donorId}": give the id of a donor, e.g. from the donors query`, 'donorId');
  const donor = await named(ctx, donorId);
  if (!(await ctx.analytics.isDonor(donorId))) {
    const kind = donor.kind.toLowerCase();
    throw userError(`"${donorId}" is ${donor.name}, ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} that funds no one: funding opportunities are for donors, and cities or associations acting as donors`, 'donorId');
  }
  return donor;
}

export const ForumQuery: ForumQueries = {
  overlaps: async (_, { filter, minOverlap, first }, ctx) => {
    const least = minOverlap ?? 0.1;
    if (!(least >= 0 && least <= 1)) throw userError(`minOverlap must be a number from 0 to 1 (a Jaccard index), not ${least}`, 'minOverlap');
    const limit = firstOf(first, 50);
    const all = await ctx.analytics.overlaps(filter);
    const end = all.findIndex((o) => o.overlap < least);
    return all.slice(0, end === -1 ? all.length : end).slice(0, limit);
  },

  complements: async (_, { filter, first }, ctx) => (await ctx.analytics.complements(filter)).slice(0, firstOf(first, 50)),

  fundingOpportunities: async (_, { donorId, themes, regions, first }, ctx) => {
    const limit = firstOf(first, 20);
    const donor = await checkedDonor(ctx, donorId);
    const funded = await ctx.analytics.donorAgenda(donorId);
    const agendaThemes = themes?.length ? [...new Set(themes)] : funded.themes;
    const agendaRegions = regions?.length ? [...new Set(regions)] : funded.regions;
    if (!agendaThemes.length) throw userError(`${donor.name} funds no partnership or city the graph ties to a theme: give the themes of its agenda`, 'themes');
    if (!agendaRegions.length) throw userError(`${donor.name} reaches no city of a known region: give the regions of its agenda`, 'regions');
    return (await ctx.analytics.fundingOpportunities({ donorId, themes: agendaThemes, regions: agendaRegions })).slice(0, limit);
  },

  facetMatrix: (_, { rows, columns, filter }, ctx) => {
    if (rows === columns) throw userError(`rows and columns are both ${rows}: give two different facets, e.g. rows: REGION, columns: THEME`, 'columns');
    return ctx.analytics.facetMatrix(rows, columns, filter);
  },

  fair: async (_, { theme, region, first }, ctx) => ctx.analytics.fair(theme ?? null, region ?? null, firstOf(first, 50)),
};

export const SupportOverlap: SupportOverlapResolvers = {
  first: (o, _, ctx) => named(ctx, o.firstId),
  second: (o, _, ctx) => named(ctx, o.secondId),
  sharedCities: async (o, _, ctx) => (await actors(ctx, o.sharedCityIds)).sort((a, b) => a.name.localeCompare(b.name)),
};

export const SupportComplement: SupportComplementResolvers = {
  first: (c, _, ctx) => named(ctx, c.firstId),
  second: (c, _, ctx) => named(ctx, c.secondId),
};

export const FundingOpportunity: FundingOpportunityResolvers = { city: (o, _, ctx) => named(ctx, o.cityId) };

export const FairMatch: FairMatchResolvers = {
  seeker: (m, _, ctx) => named(ctx, m.seekerId),
  offerer: (m, _, ctx) => named(ctx, m.offererId),
};

export const CooperationOffer: CooperationOfferResolvers = {
  city: (o, _, ctx) => named(ctx, o.cityId),
  // A derived one is stated where its partnerships are.
  sources: async (o, _, ctx) => {
    if (o.basis === 'DECLARED') return o.sources;
    const seen = new Set<string>();
    return (await partnerships(ctx, o.partnershipIds))
      .flatMap((p) => p.sources)
      .filter((s) => {
        const key = `${s.document}|${s.locator ?? ''}`;
        return !seen.has(key) && Boolean(seen.add(key));
      });
  },
};

export const CityOffers: Pick<CityResolvers, 'seeks' | 'offers'> = {
  seeks: async (city, _, ctx) => (await ctx.analytics.offersOfCity(city.id)).seeks,
  offers: async (city, _, ctx) => (await ctx.analytics.offersOfCity(city.id)).offers,
};
