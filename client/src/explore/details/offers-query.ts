// What a city seeks and offers (forum.graphql), and the mutations that
// declare and withdraw them. A declaration changes the fair, match-making and
// funding opportunities as well as the city's own lists: those answers are
// dropped from the cache so that any view showing them asks again.
import { gql, type ApolloCache, type TypedDocumentNode } from '@apollo/client';
import type {
  CityCooperationOffersQuery,
  CityCooperationOffersQueryVariables,
  DeclareOfferMutation,
  DeclareOfferMutationVariables,
  WithdrawOfferMutation,
  WithdrawOfferMutationVariables,
} from '../../generated/operations.ts';

export const CITY_OFFERS: TypedDocumentNode<CityCooperationOffersQuery, CityCooperationOffersQueryVariables> = gql`
  fragment OfferParts on CooperationOffer {
    theme
    direction
    basis
    note
  }
  query CityCooperationOffers($id: ID!) {
    actor(id: $id) {
      __typename
      id
      ... on City {
        seeks { ...OfferParts }
        offers { ...OfferParts }
      }
    }
  }
`;

export const DECLARE_OFFER: TypedDocumentNode<DeclareOfferMutation, DeclareOfferMutationVariables> = gql`
  mutation DeclareOffer($input: CooperationOfferInput!) {
    declareCooperationOffer(input: $input) { theme direction basis note }
  }
`;

export const WITHDRAW_OFFER: TypedDocumentNode<WithdrawOfferMutation, WithdrawOfferMutationVariables> = gql`
  mutation WithdrawOffer($cityId: ID!, $direction: OfferDirection!, $theme: Theme!) {
    withdrawCooperationOffer(cityId: $cityId, direction: $direction, theme: $theme) { theme direction }
  }
`;

/** The answers a declaration changes, besides the city's lists (refetched by the caller). */
const DEPENDENT_FIELDS = ['fair', 'matches', 'fundingOpportunities'] as const;

export function forgetAnswersOffersChange(cache: ApolloCache): void {
  for (const fieldName of DEPENDENT_FIELDS) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
