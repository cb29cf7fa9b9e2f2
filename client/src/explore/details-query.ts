// Everything the details panel shows about one actor, with the sources of
// each fact (memberships are read as relationships, which carry theirs).
// Partnerships come in a query of their own, after the rest and a page at a
// time (PARTNERSHIP_PAGE): a hub takes part in a thousand, and reading and
// drawing them all held the panel for seconds; even a page of 25, with their
// participants, fundings and sources, was most of the panel's first answer,
// which a click waited for before showing the actor's name.
// Fields whose nullability differs between actor types are aliased (GraphQL
// does not merge `region: Region!` with `region: Region`).
import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ActorDetailsQuery,
  ActorDetailsQueryVariables,
  ActorPartnershipsQuery,
  ActorPartnershipsQueryVariables,
} from '../generated/operations.ts';

/** Partnerships per page of the details panel (as many as its lists show at a time: parts.tsx). */
export const PARTNERSHIP_PAGE = 25;

// A page of partnerships (ACTOR_PARTNERSHIPS).
const PAGE_PARTS = gql`
  fragment PartnershipPageParts on PartnershipConnection {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ...PartnershipParts } }
  }
  fragment PartnershipParts on Partnership {
    id
    title
    status
    startYear
    endYear
    orientation
    orientationStated
    modality
    themes
    focus
    parties
    outcomes
    notes
    participants { role actor { ...ActorRef } }
    fundings { ...FundingParts }
    supporters { ...ActorRef }
    sources { ...SourceParts }
  }
`;

// The fragments both queries use.
const PARTS = gql`
  fragment SourceParts on SourceRef {
    document
    locator
    quote
  }
  fragment ActorRef on Actor {
    id
    name
    kind
  }
  fragment FundingParts on Funding {
    id
    amount
    currency
    startYear
    endYear
    notes
    donor { ...ActorRef }
    recipient {
      __typename
      ... on Actor { ...ActorRef }
      ... on Partnership { id title }
    }
    sources { ...SourceParts }
  }
`;

export const ACTOR_DETAILS: TypedDocumentNode<ActorDetailsQuery, ActorDetailsQueryVariables> = gql`
  fragment MembershipParts on Membership {
    member { ...ActorRef }
    organisation { ...ActorRef }
    sources { ...SourceParts }
  }
  query ActorDetails($id: ID!) {
    actor(id: $id) {
      __typename
      ...ActorRef
      aliases
      notes
      sources { ...SourceParts }
      ... on City {
        cityCountry: country
        cityRegion: region
        bloc
        level
        locationIsSeat
        ldc
        population
        location { lat lon }
        cityDonorType: donorType
        supportLevel
        supporters { ...ActorRef }
        membershipLinks { ...MembershipParts }
        fundingsGiven { ...FundingParts }
      }
      ... on Association {
        scope
        country
        region
        donorType
        memberLinks { ...MembershipParts }
        membershipLinks { ...MembershipParts }
        fundingsGiven { ...FundingParts }
      }
      ... on Network {
        region
        themes
        memberLinks { ...MembershipParts }
      }
      ... on Donor {
        donorKind: donorType
        country
        fundings { ...FundingParts }
        programmes { ...ActorRef }
      }
      ... on Organisation {
        organisationType
        organisationCountry: country
        programmes { ...ActorRef }
      }
      ... on Programme {
        runBy { ...ActorRef }
        modalities
        fundingSources
        startYear
        endYear
        fundings { ...FundingParts }
        supports {
          __typename
          ... on Actor { ...ActorRef }
          ... on Partnership { id title }
        }
      }
    }
  }
  ${PARTS}
`;

/** A page of an actor's partnerships: the first once the details are shown, the next on "show more", merged into one cached list (apollo.ts). */
export const ACTOR_PARTNERSHIPS: TypedDocumentNode<ActorPartnershipsQuery, ActorPartnershipsQueryVariables> = gql`
  query ActorPartnerships($id: ID!, $first: Int!, $after: String) {
    actor(id: $id) {
      __typename
      id
      ... on City { partnershipPage(first: $first, after: $after) { ...PartnershipPageParts } }
      ... on Association { partnershipPage(first: $first, after: $after) { ...PartnershipPageParts } }
      ... on Network { partnershipPage(first: $first, after: $after) { ...PartnershipPageParts } }
      ... on Organisation { partnershipPage(first: $first, after: $after) { ...PartnershipPageParts } }
    }
  }
  ${PAGE_PARTS}
  ${PARTS}
`;

export type ActorDetails = NonNullable<ActorDetailsQuery['actor']>;
/** The actor types that take part in partnerships (those with a partnershipPage). */
export const PARTNERING_TYPES: ReadonlySet<ActorDetails['__typename']> = new Set(['City', 'Association', 'Network', 'Organisation']);
