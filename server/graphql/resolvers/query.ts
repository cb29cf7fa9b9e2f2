// The reads of Query: thin resolvers that check arguments, call the store or
// the analytics, and hand models to the type resolvers.
import { foldName } from '../../domain/text.ts';
import { checkRange, notFound } from '../errors.ts';
import type { GraphStats, QueryResolvers } from '../generated/resolvers-types.ts';
import { mapActor } from '../models.ts';
import { connection, MAX_PAGE_SIZE, pageWindow } from '../pagination.ts';
import type { Context } from '../context.ts';
import { actor, actors, partnership } from './lookups.ts';

/**
 * Actors a neighbourhood answers with by default (the schema's default) and at
 * most (docs/api.md, "Neighbourhoods"): 1,000 is what Neo4j Browser draws at most and
 * the explorer lays out in seconds; 5,000 (about 50,000 edges on the synthetic
 * sets) is the largest graph the explorer still pans at about 30 fps.
 */
const DEFAULT_NEIGHBOURHOOD = 1000;
const MAX_NEIGHBOURHOOD = 5000;
/**
 * Edges a neighbourhood answers with by default and at most (analytics/strongest-edges.ts): 2,000 is every actor's
 * link towards the centre at the default limit and a thousand more, about 0.4 MB; without a cap the nearest 1,000
 * of a hub at 100,000 cities bring 35,000 merged edges (6 to 10 MB, 0.2 s of graphql-js and JSON per answer).
 * 50,000: everything among the most actors a neighbourhood answers with on the synthetic sets.
 */
const DEFAULT_NEIGHBOURHOOD_EDGES = 2000;
const MAX_NEIGHBOURHOOD_EDGES = 50_000;

interface Page {
  total: number;
  page: string[];
}

/** The whole list of actors with one label, by name. */
const actorsLabelled = async (ctx: Context, label: string, as?: 'Donor') =>
  (await ctx.store.run('actors-of-label', { label })).map((row) => mapActor(row, as)!);

async function requireActor(ctx: Context, id: string, field: string): Promise<void> {
  if (!(await ctx.analytics.hasActor(id))) throw notFound(`No actor has the id "${id}"`, field);
}

export const Query: QueryResolvers = {
  actor: (_, { id }, ctx) => actor(ctx, id),
  partnership: (_, { id }, ctx) => partnership(ctx, id),

  search: async (_, { text, kinds, first }, ctx) => {
    const key = foldName(text);
    checkRange(first ?? 20, 1, MAX_PAGE_SIZE, 'first');
    if (!key) return [];
    return actors(ctx, await ctx.names.search(key, kinds?.length ? kinds : null, first ?? 20));
  },

  cities: async (_, { where, first, after }, ctx) => {
    const { skip, limit } = pageWindow(first ?? 50, after);
    const country = where?.country?.toUpperCase();
    // With a country, the statement that finds its cities through the country index (cities-page-in-country.cypher).
    const [page] = await ctx.store.run<Page & Record<string, unknown>>(country === undefined ? 'cities-page' : 'cities-page-in-country', {
      ...(country !== undefined && { country }),
      region: where?.region ?? null,
      bloc: where?.bloc ?? null,
      ldc: where?.ldc ?? null,
      nameKey: where?.nameContains ? foldName(where.nameContains) : null,
      ids: where?.supportLevel ? await ctx.analytics.citiesAtLevel(where.supportLevel) : null,
      skip,
      limit,
    });
    return connection(page?.page ?? [], page?.total ?? 0, skip, (id) => actor(ctx, id));
  },

  partnerships: async (_, { where, first, after }, ctx) => {
    const { skip, limit } = pageWindow(first ?? 50, after);
    const [page] = await ctx.store.run<Page & Record<string, unknown>>('partnerships-page', {
      theme: where?.theme ?? null,
      orientation: where?.orientation ?? null,
      modality: where?.modality ?? null,
      region: where?.region ?? null,
      activeInYear: where?.activeInYear ?? null,
      participantId: where?.participantId ?? null,
      status: where?.status ?? null,
      skip,
      limit,
    });
    return connection(page?.page ?? [], page?.total ?? 0, skip, (id) => partnership(ctx, id));
  },

  associations: (_, __, ctx) => actorsLabelled(ctx, 'Association'),
  networks: (_, __, ctx) => actorsLabelled(ctx, 'Network'),
  donors: (_, __, ctx) => actorsLabelled(ctx, 'Donor', 'Donor'),
  programmes: (_, __, ctx) => actorsLabelled(ctx, 'Programme'),
  organisations: (_, __, ctx) => actorsLabelled(ctx, 'Organisation'),
  stats: async (_, __, ctx) => {
    const [stats] = await ctx.store.run<GraphStats & Record<string, unknown>>('stats');
    if (!stats) throw new Error('The stats statement returned no row');
    return stats;
  },

  graph: (_, { filter }, ctx) => ctx.analytics.graph(filter),
  partnershipYears: (_, __, ctx) => ctx.analytics.partnershipYears(),

  neighbourhood: async (_, { id, depth, limit, mergeParallel, edgeLimit }, ctx) => {
    checkRange(depth ?? 1, 1, 5, 'depth');
    checkRange(limit ?? DEFAULT_NEIGHBOURHOOD, 1, MAX_NEIGHBOURHOOD, 'limit');
    checkRange(edgeLimit ?? DEFAULT_NEIGHBOURHOOD_EDGES, 1, MAX_NEIGHBOURHOOD_EDGES, 'edgeLimit');
    await requireActor(ctx, id, 'id');
    return ctx.analytics.neighbourhood(id, {
      depth: depth ?? 1,
      limit: limit ?? DEFAULT_NEIGHBOURHOOD,
      mergeParallel: mergeParallel ?? false,
      edgeLimit: edgeLimit ?? DEFAULT_NEIGHBOURHOOD_EDGES,
    });
  },

  path: async (_, { from, to, maxHops }, ctx) => {
    checkRange(maxHops ?? 6, 1, 10, 'maxHops');
    await Promise.all([requireActor(ctx, from, 'from'), requireActor(ctx, to, 'to')]);
    return ctx.analytics.path(from, to, maxHops ?? 6);
  },
};
