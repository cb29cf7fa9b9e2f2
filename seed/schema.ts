// The curated seed format (seed/FORMAT.md) as a zod schema: a file that does
// not fit is refused with the record and field that are wrong.
import { z } from 'zod';
import * as E from '../server/domain/enums.ts';

const year = z.number().int().min(1900).max(2100);
const text = z.string().trim().min(1, 'must not be blank');
const idOf = (prefix: string) => z.string().regex(new RegExp(`^${prefix}:[a-z0-9-]+$`), `must look like ${prefix}:some-slug`);

export const sourceSchema = z.object({
  document: text,
  locator: text,
  quote: z.string().min(10).max(300),
});

const provenance = {
  sources: z.array(sourceSchema).min(1, 'every fact needs at least one source'),
  notes: z.array(text).optional(),
};

const actorBase = {
  name: text,
  aliases: z.array(text).optional(),
  ...provenance,
};

export const citySchema = z.object({
  id: z.string().regex(/^city:[a-z]{2}:[a-z0-9-]+$/, 'must look like city:<iso2>:<slug>'),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  donorType: z.enum(E.DONOR_TYPES).optional(),
  ...actorBase,
}).strict();

export const associationSchema = z.object({
  id: idOf('association'),
  scope: z.enum(E.ASSOCIATION_SCOPES),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  region: z.enum(E.REGIONS).optional(),
  donorType: z.enum(E.DONOR_TYPES).optional(),
  ...actorBase,
}).strict();

export const networkSchema = z.object({
  id: idOf('network'),
  region: z.enum(E.REGIONS).optional(),
  themes: z.array(z.enum(E.THEMES)),
  ...actorBase,
}).strict();

export const donorSchema = z.object({
  id: idOf('donor'),
  donorType: z.enum(E.DONOR_TYPES),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  ...actorBase,
}).strict();

export const programmeSchema = z.object({
  id: idOf('programme'),
  modalities: z.array(z.enum(E.SUPPORT_MODALITIES)),
  fundingSources: z.array(z.enum(E.FUNDING_SOURCES)),
  startYear: year.optional(),
  endYear: year.optional(),
  ...actorBase,
}).strict();

export const partnershipSchema = z.object({
  id: z.string().regex(/^partnership:[0-9]{3}:[a-z0-9-]+$/, 'must look like partnership:<doc>:<slug>'),
  title: text,
  startYear: year.optional(),
  endYear: year.optional(),
  orientation: z.enum(E.ORIENTATIONS).optional(),
  modality: z.enum(E.LINKING_MODALITIES).optional(),
  themes: z.array(z.enum(E.THEMES)),
  focus: z.array(z.enum(E.MANAGEMENT_FOCUSES)),
  parties: z.array(z.enum(E.COOPERATING_PARTIES)),
  outcomes: z.array(text),
  participants: z.array(z.object({ actor: text, role: z.enum(E.PARTICIPANT_ROLES) }).strict()).min(2, 'needs at least two participants'),
  ...provenance,
}).strict();

export const membershipSchema = z.object({ member: text, organisation: text, ...provenance }).strict();
export const fundingSchema = z.object({
  donor: text,
  recipient: text,
  amount: z.number().positive().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').optional(),
  startYear: year.optional(),
  endYear: year.optional(),
  ...provenance,
}).strict();
export const supportSchema = z.object({ programme: text, target: text, ...provenance }).strict();
export const runSchema = z.object({ programme: text, runner: text, ...provenance }).strict();

export const curatedFileSchema = z.object({
  document: text,
  cities: z.array(citySchema).default([]),
  associations: z.array(associationSchema).default([]),
  networks: z.array(networkSchema).default([]),
  donors: z.array(donorSchema).default([]),
  programmes: z.array(programmeSchema).default([]),
  partnerships: z.array(partnershipSchema).default([]),
  memberships: z.array(membershipSchema).default([]),
  fundings: z.array(fundingSchema).default([]),
  supports: z.array(supportSchema).default([]),
  runs: z.array(runSchema).default([]),
}).strict();

export type Source = z.infer<typeof sourceSchema>;
export type CuratedFile = z.infer<typeof curatedFileSchema>;
export type CitySeed = z.infer<typeof citySchema>;
export type AssociationSeed = z.infer<typeof associationSchema>;
export type NetworkSeed = z.infer<typeof networkSchema>;
export type DonorSeed = z.infer<typeof donorSchema>;
export type ProgrammeSeed = z.infer<typeof programmeSchema>;
export type PartnershipSeed = z.infer<typeof partnershipSchema>;
export type MembershipSeed = z.infer<typeof membershipSchema>;
export type FundingSeed = z.infer<typeof fundingSchema>;
export type SupportSeed = z.infer<typeof supportSchema>;
export type RunSeed = z.infer<typeof runSchema>;

/** Formats zod issues as "file: path.to.field: reason" lines. */
export function describeIssues(file: string, error: z.ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const record = recordLabel(data, issue.path);
    return `${file}: ${issue.path.join('.')}${record}: ${issue.message}`;
  });
}

/** Names the record an issue is in ("(id city:es:barcelona)") so that a reader can find it. */
function recordLabel(data: unknown, path: PropertyKey[]): string {
  if (path.length < 2) return '';
  const [collection, index] = path;
  const record = (data as Record<string, unknown[]>)?.[collection as string]?.[index as number] as Record<string, unknown> | undefined;
  const label = record?.id ?? record?.title ?? record?.member ?? record?.donor ?? record?.programme;
  return label ? ` (${String(label)})` : '';
}
