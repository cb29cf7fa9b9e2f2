// The zod schemas of the values mutations take. GraphQL has checked the types
// already; these re-check every rule (so the functions are safe to call from
// elsewhere) and normalise: text trimmed, country and currency upper-cased.
// Reasons are written to follow the field's path: "input.country is not ...".
import { z } from 'zod';
import { isCountryCode } from '../domain/country-profile.ts';
import { MAX_ALIASES, MAX_ID_LENGTH, MAX_NAME_LENGTH, tooLong, tooManyAliases } from '../domain/limits.ts';

export const MIN_YEAR = 1800;
export const MAX_YEAR = 2100;

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const text = (what: string) => z.string().trim().min(1, `must not be blank: give ${what}`);

/** A name or title: short enough for the indexes (domain/limits.ts). */
export const shortText = (what: string) => text(what).max(MAX_NAME_LENGTH, tooLong(MAX_NAME_LENGTH));

export const name = shortText('the name as the sources write it');

/** The id given to a new node (its shape is checked against its kind in ids.ts). */
export const newId = z.string().max(MAX_ID_LENGTH, tooLong(MAX_ID_LENGTH));

export const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { error: (issue) => `is "${String(issue.input)}", which is not an ISO 3166-1 alpha-2 country code: give two letters such as ES or CO` });

export const currency = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => CURRENCIES.has(code), { error: (issue) => `is "${String(issue.input)}", which is not an ISO 4217 currency code: give three letters such as EUR or USD` });

export const year = z
  .number()
  .int('must be a whole year, such as 2015')
  .min(MIN_YEAR, `must be a year from ${MIN_YEAR} to ${MAX_YEAR}`)
  .max(MAX_YEAR, `must be a year from ${MIN_YEAR} to ${MAX_YEAR}`);

export const population = z.number().int('must be a whole number of people').min(0, 'must not be negative');

export const amount = z.number().finite('must be a finite number').min(0, 'must not be negative: give the amount given, 0 or more');

export const location = z.object({
  lat: z.number().min(-90, 'must be a latitude from -90 to 90').max(90, 'must be a latitude from -90 to 90'),
  lon: z.number().min(-180, 'must be a longitude from -180 to 180').max(180, 'must be a longitude from -180 to 180'),
});

export const source = z.object({
  document: text('the document, file or data set that states the fact'),
  locator: z.string().trim().nullish(),
  quote: z.string().trim().nullish(),
});

export const sources = z.array(source);
export const notes = z.array(text('the note, or leave it out'));
export const aliases = z.array(shortText('the alias, or leave it out')).max(MAX_ALIASES, tooManyAliases);

export const enumOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => `is "${String(issue.input)}", which is not one of ${values.join(', ')}` });

export const id = z.string().trim().min(1, 'must not be blank: give the id of an existing node');

/** An optional field of a new record: null is the same as leaving it out. */
export const optional = <S extends z.ZodType>(schema: S) => schema.nullish().transform((v) => v ?? undefined);

/** A field of an update that null clears: undefined keeps the stored value, null removes it. */
export const clearable = <S extends z.ZodType>(schema: S) => schema.nullable().optional();

/** A field of an update that cannot be cleared: null is refused, undefined keeps the stored value. */
export const kept = <S extends z.ZodType>(schema: S, why: string) =>
  schema
    .nullish()
    .refine((v) => v !== null, `cannot be cleared (${why}): leave it out to keep the stored value`)
    .transform((v) => v ?? undefined);

/** A list of an update: given, it replaces the stored list; null is an empty list. */
export const replacing = <S extends z.ZodType>(schema: S) => schema.nullish().transform((v) => (v === null ? [] : v));

const provenanceFields = { sources: optional(sources), notes: optional(notes) };

/** The fields every new actor has. */
export const newActorFields = { id: optional(newId), name, aliases: optional(aliases), ...provenanceFields };

/** The fields every actor update may give. */
export const actorChanges = { name: kept(name, 'every actor has a name'), aliases: replacing(aliases), ...provenanceFields };

/** Sources and notes of a write that is not an actor's. */
export const provenanceOnly = provenanceFields;

/**
 * Properties from an input: on create every one (a scalar not given is null,
 * a list empty), on update only those given, the others keeping their value.
 */
export function propsOf(input: object, creating: boolean, scalars: readonly string[], lists: readonly string[] = []): Record<string, unknown> {
  const given = input as Record<string, unknown>;
  const props: Record<string, unknown> = {};
  for (const key of [...scalars, ...lists]) {
    if (given[key] !== undefined) props[key] = given[key];
    else if (creating) props[key] = lists.includes(key) ? [] : null;
  }
  return props;
}
