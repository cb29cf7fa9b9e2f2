// All resolvers of the served schema, by type.
import type { ActorResolvers, FundingTargetResolvers, Resolvers, SupportTargetResolvers } from '../generated/resolvers-types.ts';
import { Association, City, Donor, Network, Organisation, Programme } from './actors.ts';
import { AnalyticsQuery, Cluster, GraphEdge, PartnerMatch, Subgraph, Triangle } from './analytics.ts';
import { CityOffers, CooperationOffer, FairMatch, ForumQuery, FundingOpportunity, SupportComplement, SupportOverlap } from './forum.ts';
import { Funding, Membership, Participation, Partnership } from './links.ts';
import { Mutation } from './mutation.ts';
import { ActorGroup, Overview, OverviewQuery } from './overview.ts';
import { Query } from './query.ts';

// Models carry their GraphQL type name, so the interface and unions resolve from it.
const Actor: ActorResolvers = { __resolveType: (model) => model.__typename };
const SupportTarget: SupportTargetResolvers = { __resolveType: (model) => model.__typename as never };
const FundingTarget: FundingTargetResolvers = { __resolveType: (model) => model.__typename as never };

export const resolvers: Resolvers = {
  Query: { ...Query, ...AnalyticsQuery, ...OverviewQuery, ...ForumQuery },
  Mutation,
  Actor,
  SupportTarget,
  FundingTarget,
  City: { ...City, ...CityOffers },
  Association,
  Network,
  Donor,
  Programme,
  Organisation,
  Partnership,
  Participation,
  Membership,
  Funding,
  Cluster,
  Triangle,
  PartnerMatch,
  GraphEdge,
  Subgraph,
  ActorGroup,
  Overview,
  SupportOverlap,
  SupportComplement,
  FundingOpportunity,
  FairMatch,
  CooperationOffer,
};
