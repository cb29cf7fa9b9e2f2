// The overview (overview.graphql): a thin resolver over analytics.overview,
// which groups the view and keeps the groups until the next write; hubs are
// loaded in batches like every actor a list names.
import type { ActorGroupResolvers, OverviewResolvers, QueryResolvers } from '../generated/resolvers-types.ts';
import { checkRange } from '../errors.ts';
import { actors } from './lookups.ts';

/**
 * Actors drawn one by one at most, by default (docs/explorer.md, "Overview first"):
 * above about 1,500 discs a 1280×800 stage leaves each less than 26×26 px,
 * too little for a disc and its name, and the network layout of more takes
 * the explorer seconds.
 */
export const READABLE_ACTORS = 1500;
const MAX_READABLE = 100_000;

export const OverviewQuery: Pick<QueryResolvers, 'overview'> = {
  overview: (_, { filter, groupBy, open, readable }, ctx) =>
    ctx.analytics.overview(filter, groupBy ?? 'COMMUNITY', open ?? null, checkRange(readable ?? READABLE_ACTORS, 1, MAX_READABLE, 'readable')),
};

export const Overview: OverviewResolvers = {
  groupOf: (overview, { id }) => overview.groupOf(id),
};

export const ActorGroup: ActorGroupResolvers = {
  hubs: (group, _, ctx) => actors(ctx, group.hubIds),
};
