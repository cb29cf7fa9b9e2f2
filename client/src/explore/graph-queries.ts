// The subgraphs the Explore view draws: the filtered graph, the neighbourhood
// of an actor, a shortest path; and the locations of cities for the
// geographic layout (GraphNode has no coordinates; City.location has).
import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ActorGroupOfQuery,
  ActorGroupOfQueryVariables,
  CityLocationsQuery,
  CityLocationsQueryVariables,
  GraphQuery,
  GraphQueryVariables,
  NeighbourhoodQuery,
  NeighbourhoodQueryVariables,
  OverviewQuery,
  OverviewQueryVariables,
  PathQuery,
  PathQueryVariables,
} from '../generated/operations.ts';

const SUBGRAPH = gql`
  fragment SubgraphParts on Subgraph {
    nodes { id kind label cluster supportLevel region country }
    edges { id source target type partnershipId weight }
  }
`;

export const GRAPH: TypedDocumentNode<GraphQuery, GraphQueryVariables> = gql`
  query Graph($filter: GraphFilter) {
    graph(filter: $filter) { ...SubgraphParts }
  }
  ${SUBGRAPH}
`;

// The first picture of a view: whole up to the server's `readable` actors, in groups above.
export const OVERVIEW: TypedDocumentNode<OverviewQuery, OverviewQueryVariables> = gql`
  query Overview($filter: GraphFilter, $groupBy: ActorGrouping, $open: ID) {
    overview(filter: $filter, groupBy: $groupBy, open: $open) {
      totalActors
      aggregated
      groups { id label size countries region cluster cities supported unsupported isolated mainOrientation }
      open { id label size }
      members { ...SubgraphParts }
      links { source target weight }
    }
  }
  ${SUBGRAPH}
`;

// Which group of the overview an actor is in: where a searched actor is drawn.
export const ACTOR_GROUP_OF: TypedDocumentNode<ActorGroupOfQuery, ActorGroupOfQueryVariables> = gql`
  query ActorGroupOf($filter: GraphFilter, $groupBy: ActorGrouping, $id: ID!) {
    overview(filter: $filter, groupBy: $groupBy) { aggregated groupOf(id: $id) }
  }
`;

export const NEIGHBOURHOOD: TypedDocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables> = gql`
  query Neighbourhood($id: ID!, $depth: Int) {
    neighbourhood(id: $id, depth: $depth, mergeParallel: true) {
      ...SubgraphParts
      # A merged edge's partnerships (its partnershipId is null when there are several): the Gephi export lists them.
      edges { partnershipIds }
      truncated
      totalNodes
      totalEdges
    }
  }
  ${SUBGRAPH}
`;

export const PATH: TypedDocumentNode<PathQuery, PathQueryVariables> = gql`
  query Path($from: ID!, $to: ID!) {
    path(from: $from, to: $to) { ...SubgraphParts }
  }
  ${SUBGRAPH}
`;

// One page of city locations (1000 is the API's largest page).
export const CITY_LOCATIONS: TypedDocumentNode<CityLocationsQuery, CityLocationsQueryVariables> = gql`
  query CityLocations($after: String) {
    cities(first: 1000, after: $after) {
      edges { node { id location { lat lon } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export type DrawnNode = GraphQuery['graph']['nodes'][number];
/** A drawn edge; `partnershipIds` where a merged neighbourhood edge says which partnerships it stands for. */
export type DrawnEdge = GraphQuery['graph']['edges'][number] & { partnershipIds?: string[] };
export type DrawnGroup = OverviewQuery['overview']['groups'][number];
export type DrawnGroupLink = OverviewQuery['overview']['links'][number];
