// The record types the generator produces (those of the seed's format, so
// that a synthetic data set goes through the same validation, derivation and
// write path as an import) and the provenance every one of them carries.
import type { SeedData, Source } from '../../server/ingest/schema.ts';

export type CityRecord = SeedData['cities'][number];
export type AssociationRecord = SeedData['associations'][number];
export type NetworkRecord = SeedData['networks'][number];
export type DonorRecord = SeedData['donors'][number];
export type ProgrammeRecord = SeedData['programmes'][number];
export type PartnershipRecord = SeedData['partnerships'][number];
export type MembershipRecord = SeedData['memberships'][number];
export type FundingRecord = SeedData['fundings'][number];
export type SupportRecord = SeedData['supports'][number];
export type RunRecord = SeedData['runs'][number];

/** The document every record of the data set made with `seed` names as its source. */
export const syntheticDocument = (seed: number) => `synthetic:${seed}`;

/**
 * The source of the `n`th record of a kind: the generator and its seed, and
 * no quote, since no document states these facts.
 */
export const syntheticSource = (seed: number) => (kind: string, n: number): Source[] => [{ document: syntheticDocument(seed), locator: `${kind} ${n}` }];

export type SourceOf = ReturnType<typeof syntheticSource>;

/** The slug of the `n`th synthetic node of its kind: ids never collide with those of real actors. */
export const syntheticSlug = (n: number) => `synthetic-${n}`;
