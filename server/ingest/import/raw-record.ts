// A record as a parser reads it from a file, before validation: the record in
// the seed's JSON shape, where it starts, and how to place a problem with one
// of its fields on a line of the file.
import type { Collection } from '../schema.ts';
import type { ImportProblem } from './problems.ts';

export interface RawRecord {
  collection: Collection;
  /** 1-based line where the record starts. */
  line: number;
  value: unknown;
  /** The line and the name (JSON path or CSV column) of the field at `path` within the record. */
  locate(path: PropertyKey[]): { line: number; field: string };
}

/** What a parser reads: the records it could read, and the problems it met. */
export interface ParsedFile {
  records: RawRecord[];
  problems: ImportProblem[];
  /** Set when the file cannot be read as a whole (its syntax, a CSV header): what is wrong, in a few words. */
  unreadable?: string;
}
