// Provenance of what the API writes, stored as the seed and the import store
// it. A write that names no source is recorded as stated by `graphql-api`,
// with the mutation and the time; an update adds its sources and notes to the
// stored ones (each once), so provenance only grows.
import { uniteSources } from '../ingest/merge.ts';
import { sourceProps, sourcesOf } from '../ingest/provenance-props.ts';
import type { Source } from '../ingest/schema.ts';

export const API_DOCUMENT = 'graphql-api';

export interface SourceValue {
  document: string;
  locator?: string | null;
  quote?: string | null;
}

/** The sources and notes a mutation writes, and who wrote them. */
export interface Provenance {
  mutation: string;
  at: Date;
  sources?: SourceValue[] | undefined;
  notes?: string[] | undefined;
}

/** The provenance of a write now, from the sources and notes its input gives (if it parsed). */
export const provenanceOf = (mutation: string, input: { sources?: SourceValue[] | undefined; notes?: string[] | undefined } | null): Provenance => ({
  mutation,
  at: new Date(),
  sources: input?.sources,
  notes: input?.notes,
});

const asSource = (s: SourceValue): Source => ({ document: s.document, locator: s.locator ?? '', quote: s.quote || undefined });

function sourcesOfWrite(p: Provenance): SourceValue[] {
  return p.sources?.length ? p.sources : [{ document: API_DOCUMENT, locator: `${p.mutation} ${p.at.toISOString()}` }];
}

/**
 * The provenance properties after this write: those already stored on the
 * node or relationship (none for a new one), then the write's sources and
 * notes, then `derived` (the sources of values looked up, such as GeoNames).
 */
export function provenanceProps(p: Provenance, before: Record<string, unknown> = {}, derived: SourceValue[] = []) {
  const notes = [...new Set([...((before.notes as string[] | null | undefined) ?? []), ...(p.notes ?? [])])];
  return sourceProps(uniteSources(sourcesOf(before), [...sourcesOfWrite(p), ...derived].map(asSource)), notes);
}
