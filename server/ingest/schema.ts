// The seed format (seed/FORMAT.md) as zod schemas: a record that does not fit
// is refused with the field that is wrong. One definition, two flavours: the
// curated seed requires every source to quote its document verbatim; an
// imported data set may leave the quote out (its file and line say where the
// fact comes from) and may carry the stored values an export of a store gives
// (a city's place, a funding's id, whether an orientation was stated), and is
// otherwise held to the same rules.
import { z } from 'zod';
import * as E from '../domain/enums.ts';
import { MAX_ALIASES, MAX_ID_LENGTH, MAX_NAME_LENGTH, tooLong, tooManyAliases } from '../domain/limits.ts';

const year = z.number().int().min(1900).max(2100);
const text = z.string().trim().min(1, 'must not be blank');
/** A name or title, short enough for the indexes (server/domain/limits.ts). */
const shortText = text.max(MAX_NAME_LENGTH, tooLong(MAX_NAME_LENGTH));
const idMatching = (pattern: RegExp, shape: string) => z.string().max(MAX_ID_LENGTH, tooLong(MAX_ID_LENGTH)).regex(pattern, shape);
const idOf = (prefix: string) => idMatching(new RegExp(`^${prefix}:[a-z0-9-]+$`), `must look like ${prefix}:some-slug`);
const quote = z.string().min(10).max(300);

const curatedSource = z.object({ document: text, locator: text, quote }).strict();
// An import's quote may be as short as a word: the seed's own GeoNames source quotes the place's name ("Lyon").
// Its locator may be left out: a fact written through the API may name its document only, and an export carries it so.
const importedSource = curatedSource.extend({ locator: text.optional(), quote: z.string().min(1).max(300).optional() }).strict();

/** A partnership id: the curated seed's name their document; an import's may also be the API's (partnership:api:...) or the twin cities' (partnership:twin:...). */
const curatedPartnershipId = idMatching(/^partnership:[0-9]{3}:[a-z0-9-]+$/, 'must look like partnership:<doc>:<slug>');
const importedPartnershipId = idMatching(/^partnership:[a-z0-9]+:[a-z0-9-]+$/, 'must look like partnership:<doc>:<slug>');

/** The kinds of record a data set holds, in the order they are written (nodes before links). */
export const COLLECTIONS = [
  'cities', 'associations', 'networks', 'donors', 'programmes', 'organisations', 'partnerships',
  'participations', 'memberships', 'fundings', 'supports', 'runs',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

function recordSchemas<S extends z.ZodType>(sourceSchema: S, partnershipId: z.ZodString) {
  const provenance = {
    sources: z.array(sourceSchema).min(1, 'every fact needs at least one source'),
    notes: z.array(text).optional(),
  };
  const actorBase = { name: shortText, aliases: z.array(shortText).max(MAX_ALIASES, tooManyAliases).optional(), ...provenance };
  // A relationship the sources imply without stating it: kept only with a note that says how (seed/FORMAT.md, "Claims").
  const linkProvenance = { ...provenance, inferred: z.literal(true).optional() };
  const explained = <T extends { inferred?: true; notes?: string[] }>(r: T) => !r.inferred || Boolean(r.notes?.length);
  const noteOnInference = { message: 'is inferred: give a note saying what the sources state and how the link was inferred', path: ['notes'] };
  const role = z.enum(E.PARTICIPANT_ROLES);
  // What a city seeks or offers on a theme (the cooperation fair), as a source or the API declared it: one per direction and theme.
  const offer = z.object({ direction: z.enum(E.OFFER_DIRECTIONS), theme: z.enum(E.THEMES), note: text.optional(), sources: provenance.sources }).strict();
  const offers = z.array(offer).refine(
    (list) => new Set(list.map((o) => `${o.direction} ${o.theme}`)).size === list.length,
    { message: 'declares the same direction and theme twice: give one declaration per direction and theme, with all its sources' },
  );
  return {
    cities: z.object({
      id: idMatching(/^city:[a-z]{2}:[a-z0-9-]+$/, 'must look like city:<iso2>:<slug>'),
      country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
      donorType: z.enum(E.DONOR_TYPES).optional(),
      level: z.enum(E.AUTHORITY_LEVELS).optional(),
      // A population the document states: it wins over GeoNames', and its source is kept with the city's.
      statedPopulation: z.object({ value: z.number().int().positive(), source: sourceSchema }).strict().optional(),
      offers: offers.optional(),
      ...actorBase,
    }).strict(),
    associations: z.object({
      id: idOf('association'),
      scope: z.enum(E.ASSOCIATION_SCOPES),
      country: z.string().regex(/^[A-Z]{2}$/).optional(),
      region: z.enum(E.REGIONS).optional(),
      donorType: z.enum(E.DONOR_TYPES).optional(),
      ...actorBase,
    }).strict(),
    networks: z.object({
      id: idOf('network'),
      region: z.enum(E.REGIONS).optional(),
      themes: z.array(z.enum(E.THEMES)),
      ...actorBase,
    }).strict(),
    donors: z.object({
      id: idOf('donor'),
      donorType: z.enum(E.DONOR_TYPES),
      country: z.string().regex(/^[A-Z]{2}$/).optional(),
      ...actorBase,
    }).strict(),
    programmes: z.object({
      id: idOf('programme'),
      modalities: z.array(z.enum(E.SUPPORT_MODALITIES)),
      fundingSources: z.array(z.enum(E.FUNDING_SOURCES)),
      startYear: year.optional(),
      endYear: year.optional(),
      ...actorBase,
    }).strict(),
    organisations: z.object({
      id: idOf('organisation'),
      organisationType: z.enum(E.ORGANISATION_TYPES),
      country: z.string().regex(/^[A-Z]{2}$/).optional(),
      ...actorBase,
    }).strict(),
    partnerships: z.object({
      id: partnershipId,
      title: shortText,
      status: z.enum(E.PARTNERSHIP_STATUSES).optional(),
      startYear: year.optional(),
      endYear: year.optional(),
      orientation: z.enum(E.ORIENTATIONS).optional(),
      modality: z.enum(E.LINKING_MODALITIES).optional(),
      themes: z.array(z.enum(E.THEMES)),
      focus: z.array(z.enum(E.MANAGEMENT_FOCUSES)),
      parties: z.array(z.enum(E.COOPERATING_PARTIES)),
      outcomes: z.array(text),
      participants: z.array(z.object({ actor: text, role }).strict()).min(2, 'needs at least two participants'),
      ...provenance,
    }).strict(),
    participations: z.object({ partnership: text, actor: text, role, ...provenance }).strict(),
    memberships: z.object({ member: text, organisation: text, ...linkProvenance }).strict().refine(explained, noteOnInference),
    fundings: z.object({
      donor: text,
      recipient: text,
      amount: z.number().positive().optional(),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code').optional(),
      startYear: year.optional(),
      endYear: year.optional(),
      ...linkProvenance,
    }).strict().refine(explained, noteOnInference),
    supports: z.object({ programme: text, target: text, ...linkProvenance }).strict().refine(explained, noteOnInference),
    runs: z.object({ programme: text, runner: text, ...linkProvenance }).strict().refine(explained, noteOnInference),
  };
}

/** The record schemas of the curated seed (quotes required). */
export const curatedRecords = recordSchemas(curatedSource, curatedPartnershipId);

/**
 * Where a city is and how many live there, as a store holds it: given, the
 * import takes it instead of looking the city up in GeoNames, which could find
 * another place or none (a synthetic city); `{}` is a city with no known place.
 */
const place = z.object({
  population: z.number().int().min(0).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  geonameId: z.number().int().positive().optional(),
  /** The location is the seat of an authority that covers an area (a county's capital), not the authority itself. */
  isSeat: z.literal(true).optional(),
}).strict().refine((p) => (p.latitude === undefined) === (p.longitude === undefined), { message: 'give latitude and longitude together', path: ['longitude'] });

const importedBase = recordSchemas(importedSource, importedPartnershipId);

/** The record schemas of an imported data set: quotes optional, and the stored values an export carries (seed/FORMAT.md, "Exported stores"). */
export const importedRecords = {
  ...importedBase,
  cities: importedBase.cities.extend({ place: place.optional() }),
  partnerships: importedBase.partnerships
    .extend({ orientationStated: z.boolean().optional(), modalityStated: z.boolean().optional() })
    .refine((p) => p.orientationStated === undefined || p.orientation !== undefined, { message: 'says whether the orientation was stated: give the orientation', path: ['orientationStated'] })
    .refine((p) => p.modalityStated === undefined || p.modality !== undefined, { message: 'says whether the modality was stated: give the modality', path: ['modalityStated'] }),
  fundings: importedBase.fundings.extend({ id: idOf('funding').optional() }),
};

type Schemas = typeof curatedRecords | typeof importedRecords;
type ArraysOf<T extends Schemas> = { [K in Collection]: z.ZodDefault<z.ZodArray<T[K]>> };

function arraysOf<T extends Schemas>(schemas: T): ArraysOf<T> {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(schemas[c]).default([])])) as unknown as ArraysOf<T>;
}

export const curatedFileSchema = z.object({ document: text, ...arraysOf(curatedRecords) }).strict();

export type Source = z.infer<typeof importedSource>;
export type CuratedFile = z.infer<typeof curatedFileSchema>;
export type CuratedData = Omit<CuratedFile, 'document'>;
/** Records of every collection, as an import may hold them (the curated seed's are a narrower case). */
export type SeedData = { [K in Collection]: z.infer<(typeof importedRecords)[K]>[] };
export type FundingSeed = SeedData['fundings'][number];

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
  const label = record?.id ?? record?.title ?? record?.member ?? record?.donor ?? record?.programme ?? record?.partnership;
  return label ? ` (${String(label)})` : '';
}
