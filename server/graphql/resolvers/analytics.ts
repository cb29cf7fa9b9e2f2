// The analyses of the contract: thin resolvers over server/analytics, which
// computes them on the projection and keeps them until the next write; the
// actors they name are loaded in batches.
import { DEFAULT_REACH } from '../../analytics/support.ts';
import { edgeIdsOf, partnershipIdsOf } from '../../analytics/parallel-links.ts';
import type { ClusterResolvers, GraphEdgeResolvers, PartnerMatchResolvers, QueryResolvers, SubgraphResolvers, TriangleResolvers } from '../generated/resolvers-types.ts';
import { checkRange, notFound, userError } from '../errors.ts';
import { MAX_PAGE_SIZE } from '../pagination.ts';
import { actor, actors, partnerships } from './lookups.ts';

type AnalyticsQueries = Pick<QueryResolvers, 'clusters' | 'triangles' | 'isolatedCities' | 'supportGaps' | 'matches' | 'coverage'>;

export const AnalyticsQuery: AnalyticsQueries = {
  clusters: (_, { filter, algorithm }, ctx) => ctx.analytics.clusters(filter, algorithm ?? 'LOUVAIN'),

  triangles: async (_, { kind, filter, first }, ctx) =>
    (await ctx.analytics.triangles(kind ?? 'ANY', filter)).slice(0, checkRange(first ?? 100, 1, MAX_PAGE_SIZE, 'first')),

  isolatedCities: async (_, { filter, first, reach }, ctx) => {
    const limit = checkRange(first ?? 100, 1, MAX_PAGE_SIZE, 'first');
    return actors(ctx, (await ctx.analytics.isolatedCities(filter, checkRange(reach ?? DEFAULT_REACH, 1, 4, 'reach'))).slice(0, limit));
  },

  supportGaps: (_, { groupBy, filter, reach }, ctx) =>
    ctx.analytics.supportGaps(groupBy ?? 'REGION', filter, checkRange(reach ?? DEFAULT_REACH, 1, 4, 'reach')),

  matches: async (_, { cityId, theme, first }, ctx) => {
    const limit = checkRange(first ?? 10, 1, 100, 'first');
    if (!(await ctx.analytics.hasActor(cityId))) throw notFound(`No actor has the id "${cityId}"`, 'cityId');
    if (!(await ctx.analytics.isCity(cityId))) throw userError(`"${cityId}" is not a city: matches are suggested to cities`, 'cityId');
    return (await ctx.analytics.matches(cityId, theme)).slice(0, limit);
  },

  coverage: (_, { filter }, ctx) => ctx.analytics.coverage(filter),
};

export const Cluster: ClusterResolvers = {
  members: async (cluster, _, ctx) => (await actors(ctx, cluster.memberIds)).sort((a, b) => a.name.localeCompare(b.name)),
  hubs: (cluster, _, ctx) => actors(ctx, cluster.hubIds),
};

export const Triangle: TriangleResolvers = {
  actors: (triangle, _, ctx) => actors(ctx, triangle.actorIds),
  partnerships: (triangle, _, ctx) => partnerships(ctx, triangle.partnershipIds),
};

export const PartnerMatch: PartnerMatchResolvers = {
  city: async (match, _, ctx) => {
    const city = await actor(ctx, match.cityId);
    if (!city) throw new Error(`Match ${match.cityId} is not in the graph`);
    return city;
  },
};

/** An edge not merged stands for itself; a merged one lists its relationships when asked (analytics/parallel-links.ts). */
export const GraphEdge: GraphEdgeResolvers = {
  weight: (edge) => edge.weight ?? 1,
  edgeIds: (edge) => (edge.bundle ? edgeIdsOf(edge.bundle) : [edge.id]),
  partnershipIds: (edge) => (edge.bundle ? partnershipIdsOf(edge.bundle) : edge.partnershipId ? [edge.partnershipId] : []),
};

/** Only a neighbourhood's edge limit leaves edges out (analytics/strongest-edges.ts). */
export const Subgraph: SubgraphResolvers = {
  totalEdges: (subgraph) => subgraph.totalEdges ?? subgraph.edges.length,
};
