// The one Apollo Client of the explorer. Actors are normalised by id so that
// an actor read by the details panel, the search box and the path picker is
// one cache entry; graph views are not, because a GraphNode's cluster and
// support level depend on the filter it was drawn with. An actor's pages of
// partnerships are one list in the cache: each "show more" appends its page.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

const ACTOR_TYPES = ['City', 'Association', 'Network', 'Donor', 'Programme', 'Organisation'] as const;

export function createApolloClient(uri = '/graphql'): ApolloClient {
  // Whatever `first` and `after` asked, the pages of one actor's partnerships are merged by cursor.
  const byId = Object.fromEntries(ACTOR_TYPES.map((type) => [type, { keyFields: ['id'], fields: { partnershipPage: relayStylePagination(false) } }]));
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      // Fragments on Actor and on the unions need to know their members.
      possibleTypes: {
        Actor: [...ACTOR_TYPES],
        SupportTarget: ['City', 'Partnership', 'Association', 'Network'],
        FundingTarget: ['City', 'Partnership', 'Programme', 'Association', 'Network'],
      },
      typePolicies: {
        ...byId,
        Partnership: { keyFields: ['id'] },
        Funding: { keyFields: ['id'] },
        // Embedded in the subgraph they belong to (see above).
        GraphNode: { keyFields: false },
        GraphEdge: { keyFields: false },
        Subgraph: { keyFields: false },
      },
    }),
  });
}
