// GraphQL Code Generator: TypeScript types for the resolvers and for every
// operation the client and the tests send, from the served schema. Run
// `npm run codegen` after changing a .graphql file or an operation; the tests
// fail while the generated files are stale (`codegen --check`).
import type { CodegenConfig } from '@graphql-codegen/cli';

const shared = {
  enumsAsTypes: true,
  useTypeImports: true,
  scalars: { ID: 'string' },
};

const config: CodegenConfig = {
  schema: 'server/graphql/schema/*.graphql',
  generates: {
    'server/graphql/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        ...shared,
        // Enums as const objects too: server/domain/enums.ts takes its runtime lists from them.
        enumsAsTypes: false,
        enumsAsConst: true,
        contextType: '../context.ts#Context',
        useIndexSignature: false,
        // What resolvers hand each other: the store's rows, mapped (models.ts).
        mappers: {
          Actor: '../models.ts#ActorModel',
          City: '../models.ts#ActorModel',
          Association: '../models.ts#ActorModel',
          Network: '../models.ts#ActorModel',
          Donor: '../models.ts#ActorModel',
          Programme: '../models.ts#ActorModel',
          Organisation: '../models.ts#ActorModel',
          Partnership: '../models.ts#PartnershipModel',
          Participation: '../models.ts#ParticipationModel',
          Membership: '../models.ts#MembershipModel',
          Funding: '../models.ts#FundingModel',
          Cluster: '../models.ts#ClusterModel',
          Triangle: '../models.ts#TriangleModel',
          PartnerMatch: '../models.ts#MatchModel',
          // Edges carry weight, edgeIds and partnershipIds only when merged (GraphEdge's resolvers default them).
          GraphEdge: '../../analytics/subgraph.ts#DrawnEdge',
          // totalEdges only where an edge limit cut the edges (Subgraph's resolver defaults it).
          Subgraph: '../../analytics/subgraph.ts#DrawnSubgraph',
          ActorGroup: '../models.ts#ActorGroupModel',
          Overview: '../models.ts#OverviewModel',
          SupportOverlap: '../../analytics/overlaps.ts#Overlap',
          SupportComplement: '../../analytics/overlaps.ts#Complement',
          FundingOpportunity: '../../analytics/funding-opportunities.ts#Opportunity',
          CooperationOffer: '../../analytics/cooperation-offers.ts#CityOffer',
          FairMatch: '../../analytics/fair.ts#FairPairing',
        },
      },
    },
    'client/src/generated/operations.ts': {
      documents: 'client/src/**/*.{ts,tsx}',
      plugins: ['typescript-operations'],
      config: { ...shared, onlyOperationTypes: true },
    },
    'test/generated/operations.ts': {
      documents: 'test/operations/*.graphql',
      plugins: ['typescript-operations'],
      config: { ...shared, onlyOperationTypes: true },
    },
  },
};

export default config;
