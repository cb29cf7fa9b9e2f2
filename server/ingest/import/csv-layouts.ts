// The CSV layout of each kind of record (seed/IMPORT.md documents them): one
// file holds one kind, one row one record, in the seed's JSON shape once read.
// Columns are snake_case names of the JSON fields; list cells separate their
// items with ";"; a partnership's participants are "actor=ROLE" items.
import { basename } from 'node:path';
import { COLLECTIONS, type Collection } from '../schema.ts';

/** A CSV file holds one kind of record: one collection of the seed format. */
export type CsvKind = Collection;
export const CSV_KINDS: readonly CsvKind[] = COLLECTIONS;

/** How a cell is read: text, a ";"-separated list, a number, "actor=ROLE" items, or a part of the row's source. */
export type CellType = 'text' | 'list' | 'number' | 'participants' | 'source';

export interface Column {
  name: string;
  /** The field of the JSON record it fills (for a source column, the field of the source). */
  field: string;
  cell: CellType;
  /** Whether the header must have it. */
  required: boolean;
}

const camelCase = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const optional = (name: string, cell: CellType = 'text'): Column => ({ name, field: camelCase(name), cell, required: false });
const required = (name: string, cell: CellType = 'text'): Column => ({ ...optional(name, cell), required: true });

const actor = [required('id'), required('name'), optional('aliases', 'list')];
const years = [optional('start_year', 'number'), optional('end_year', 'number')];
/** Every layout ends with these: what the source leaves ambiguous, and where the row's fact is stated. */
const provenance: Column[] = [
  optional('notes', 'list'),
  ...['document', 'locator', 'quote'].map((field): Column => ({ name: `source_${field}`, field, cell: 'source', required: false })),
];

export const CSV_LAYOUTS: Record<CsvKind, Column[]> = Object.fromEntries(
  Object.entries({
    cities: [...actor, required('country'), optional('donor_type'), optional('level')],
    associations: [...actor, required('scope'), optional('country'), optional('region'), optional('donor_type')],
    networks: [...actor, optional('region'), optional('themes', 'list')],
    donors: [...actor, required('donor_type'), optional('country')],
    programmes: [...actor, optional('modalities', 'list'), optional('funding_sources', 'list'), ...years],
    organisations: [...actor, required('organisation_type'), optional('country')],
    partnerships: [
      required('id'), required('title'), optional('status'), ...years, optional('orientation'), optional('modality'),
      optional('themes', 'list'), optional('focus', 'list'), optional('parties', 'list'), optional('outcomes', 'list'),
      required('participants', 'participants'),
    ],
    participations: [required('partnership'), required('actor'), required('role')],
    memberships: [required('member'), required('organisation')],
    fundings: [required('donor'), required('recipient'), optional('amount', 'number'), optional('currency'), ...years],
    supports: [required('programme'), required('target')],
    runs: [required('programme'), required('runner')],
  } satisfies Record<CsvKind, Column[]>).map(([kind, columns]) => [kind, [...columns, ...provenance]]),
) as Record<CsvKind, Column[]>;

export const isCsvKind = (name: string): name is CsvKind => (CSV_KINDS as readonly string[]).includes(name);

/** The kind a file's name gives: "cities.csv" and "my-data.cities.csv" hold cities; null when it names none. */
export function csvKindOf(fileName: string): CsvKind | null {
  const kind = basename(fileName).replace(/\.csv$/i, '').split('.').pop()!.toLowerCase();
  return isCsvKind(kind) ? kind : null;
}
