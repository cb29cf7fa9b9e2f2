// Everything the details panel shows about one actor, with the sources of
// each fact (memberships are read as relationships, which carry theirs).
// Fields whose nullability differs between actor types are aliased (GraphQL
// does not merge `region: Region!` with `region: Region`).
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ActorDetailsQuery, ActorDetailsQueryVariables } from '../generated/operations.ts';

export const ACTOR_DETAILS: TypedDocumentNode<ActorDetailsQuery, ActorDetailsQueryVariables> = gql`
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
  fragment MembershipParts on Membership {
    member { ...ActorRef }
    organisation { ...ActorRef }
    sources { ...SourceParts }
  }
  fragment PartnershipParts on Partnership {
    id
    title
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
        ldc
        population
        location { lat lon }
        cityDonorType: donorType
        supportLevel
        supporters { ...ActorRef }
        membershipLinks { ...MembershipParts }
        fundingsGiven { ...FundingParts }
        partnerships { ...PartnershipParts }
      }
      ... on Association {
        scope
        country
        region
        donorType
        memberLinks { ...MembershipParts }
        membershipLinks { ...MembershipParts }
        fundingsGiven { ...FundingParts }
        partnerships { ...PartnershipParts }
      }
      ... on Network {
        region
        themes
        memberLinks { ...MembershipParts }
        partnerships { ...PartnershipParts }
      }
      ... on Donor {
        donorKind: donorType
        country
        fundings { ...FundingParts }
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
`;

export type ActorDetails = NonNullable<ActorDetailsQuery['actor']>;
