// The subgraphs the Explore view draws: the filtered graph, the neighbourhood
// of an actor, a shortest path; and the locations of cities for the
// geographic layout (GraphNode has no coordinates; City.location has).
import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  CityLocationsQuery,
  CityLocationsQueryVariables,
  GraphQuery,
  GraphQueryVariables,
  NeighbourhoodQuery,
  NeighbourhoodQueryVariables,
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

export const NEIGHBOURHOOD: TypedDocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables> = gql`
  query Neighbourhood($id: ID!, $depth: Int) {
    neighbourhood(id: $id, depth: $depth, mergeParallel: true) { ...SubgraphParts truncated totalNodes }
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
export type DrawnEdge = GraphQuery['graph']['edges'][number];
