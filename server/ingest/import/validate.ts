// Validates every record a parser read against the seed format (the import
// flavour of server/ingest/schema.ts: quotes optional), one by one so that every bad
// record is reported, each on its line. A record with no sources is given its
// file and line as its source; a record given twice is refused the second time.
import type { z } from 'zod';
import { NODES, recordName } from '../collections.ts';
import { recordKey } from '../merge.ts';
import { COLLECTIONS, importedRecords, type Collection, type SeedData } from '../schema.ts';
import type { NodeKind } from '../store-context.ts';
import type { ImportProblem } from './problems.ts';
import type { RawRecord } from './raw-record.ts';

export interface ValidRecords {
  data: SeedData;
  /** Where each record of `data` was read, by collection and index: to place the problems found later. */
  origins: Record<Collection, RawRecord[]>;
  /** The records that were refused. */
  refusedRecords: Set<RawRecord>;
  /** Ids defined by records that were refused: a reference to one is not reported again. */
  refusedIds: Map<string, NodeKind>;
  problems: ImportProblem[];
}

/** The reason for a zod issue, with the value it refused when that is a plain value. */
function reasonOf(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  if (issue.code === 'invalid_type' && input === undefined) return 'is required';
  const shown = ['string', 'number', 'boolean'].includes(typeof input) ? ` (got ${JSON.stringify(input)})` : '';
  return `${issue.message}${shown}`;
}

function withDefaultSource(value: unknown, fileName: string, line: number): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'sources' in value) return value;
  return { ...value, sources: [{ document: fileName, locator: `line ${line}` }] };
}

const PROGRESS_EVERY = 1_000;

export function validateRecords(records: RawRecord[], fileName: string, onProgress: (done: number, total: number) => void): ValidRecords {
  const data = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as SeedData;
  const origins = Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as Record<Collection, RawRecord[]>;
  const refusedIds = new Map<string, NodeKind>();
  const refusedRecords = new Set<RawRecord>();
  const problems: ImportProblem[] = [];
  const firstLine = new Map<string, number>();

  records.forEach((raw, i) => {
    const { collection, line } = raw;
    const value = withDefaultSource(raw.value, fileName, line);
    const record = recordName(collection, value);
    const parsed = importedRecords[collection].safeParse(value, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ ...raw.locate(issue.path), record, reason: reasonOf(issue) });
      refusedRecords.add(raw);
      const kind = (NODES as Partial<Record<Collection, NodeKind>>)[collection];
      const id = (value as { id?: unknown } | null)?.id;
      if (kind && typeof id === 'string') refusedIds.set(id, kind);
    } else {
      const key = `${collection}|${(recordKey[collection] as (r: typeof parsed.data) => string)(parsed.data)}`;
      const first = firstLine.get(key);
      if (first !== undefined) {
        problems.push({ line, record, field: null, reason: `is given twice: first on line ${first}; give each record once` });
        refusedRecords.add(raw);
      } else {
        firstLine.set(key, line);
        (data[collection] as unknown[]).push(parsed.data);
        origins[collection].push(raw);
      }
    }
    if ((i + 1) % PROGRESS_EVERY === 0) onProgress(i + 1, records.length);
  });
  onProgress(records.length, records.length);
  return { data, origins, refusedIds, refusedRecords, problems };
}
