// The enum values of the served schema as runtime lists, for validation (zod)
// outside GraphQL: the seed, imports and mutations. They come from the
// constants GraphQL Code Generator writes from the schema, so they cannot
// drift from it.
import * as Schema from '../graphql/generated/resolvers-types.ts';

/** The values of a generated enum object, as the non-empty tuple z.enum() takes. */
const valuesOf = <T extends Record<string, string>>(enumObject: T) => Object.values(enumObject) as [T[keyof T], ...T[keyof T][]];

export const ACTOR_KINDS = valuesOf(Schema.ActorKind);
export const REGIONS = valuesOf(Schema.Region);
export const BLOCS = valuesOf(Schema.Bloc);
export const ORIENTATIONS = valuesOf(Schema.Orientation);
export const LINKING_MODALITIES = valuesOf(Schema.LinkingModality);
export const COOPERATING_PARTIES = valuesOf(Schema.CooperatingParty);
export const MANAGEMENT_FOCUSES = valuesOf(Schema.ManagementFocus);
export const THEMES = valuesOf(Schema.Theme);
export const SUPPORT_MODALITIES = valuesOf(Schema.SupportModality);
export const FUNDING_SOURCES = valuesOf(Schema.FundingSource);
export const ASSOCIATION_SCOPES = valuesOf(Schema.AssociationScope);
export const DONOR_TYPES = valuesOf(Schema.DonorType);
export const PARTICIPANT_ROLES = valuesOf(Schema.ParticipantRole);
export const PARTNERSHIP_STATUSES = valuesOf(Schema.PartnershipStatus);
export const ORGANISATION_TYPES = valuesOf(Schema.OrganisationType);
export const AUTHORITY_LEVELS = valuesOf(Schema.AuthorityLevel);
export const OFFER_DIRECTIONS = valuesOf(Schema.OfferDirection);

export type { ActorKind, AuthorityLevel, Bloc, LinkingModality, Orientation, PartnershipStatus, Region, Theme } from '../graphql/generated/resolvers-types.ts';
