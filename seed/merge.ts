// Merges the curated files into one data set: the same actor may be defined
// in several files (each file is self-contained), so records are united by id.
// Sources, aliases, notes and enum lists are united; the first file's name
// wins and other names become aliases; any other field that two files give
// different values for is a conflict and an error.
import { createHash } from 'node:crypto';
import type { CuratedFile, FundingSeed, Source } from './schema.ts';

type Keyed = { sources: Source[]; notes?: string[]; aliases?: string[]; name?: string };

export interface MergedFunding extends FundingSeed {
  id: string;
}

export interface MergedData {
  cities: CuratedFile['cities'];
  associations: CuratedFile['associations'];
  networks: CuratedFile['networks'];
  donors: CuratedFile['donors'];
  programmes: CuratedFile['programmes'];
  partnerships: CuratedFile['partnerships'];
  memberships: CuratedFile['memberships'];
  fundings: MergedFunding[];
  supports: CuratedFile['supports'];
  runs: CuratedFile['runs'];
}

const UNION_LISTS = new Set(['themes', 'modalities', 'fundingSources', 'focus', 'parties', 'outcomes']);

function unite<T>(a: T[] = [], b: T[] = [], key: (x: T) => string = (x) => JSON.stringify(x)): T[] {
  const seen = new Map(a.map((x) => [key(x), x]));
  for (const x of b) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()];
}

const sourceKey = (s: Source) => `${s.document}|${s.locator}|${s.quote}`;

function mergeRecord<T extends Keyed>(into: T, from: T, where: string, errors: string[]): void {
  const target = into as Record<string, unknown>;
  for (const [field, value] of Object.entries(from)) {
    if (value === undefined) continue;
    const current = target[field];
    if (field === 'sources') target.sources = unite(into.sources, from.sources, sourceKey);
    else if (field === 'notes' || field === 'aliases') target[field] = unite(current as string[], value as string[]);
    else if (field === 'name') {
      if (current !== value) target.aliases = unite(into.aliases, [value as string]);
    } else if (field === 'participants') {
      type Participant = { actor: string; role: string };
      const participants = unite(current as Participant[] | undefined, value as unknown as Participant[]);
      const actors = participants.map((p) => p.actor);
      const twice = actors.filter((a, i) => actors.indexOf(a) !== i);
      if (twice.length) errors.push(`${where}: participants: ${twice.join(', ')} given different roles by two files`);
      target.participants = participants;
    } else if (UNION_LISTS.has(field)) target[field] = unite(current as unknown[], value as unknown[]);
    else if (current === undefined) target[field] = value;
    else if (JSON.stringify(current) !== JSON.stringify(value)) {
      errors.push(`${where}: ${field}: two files disagree (${JSON.stringify(current)} vs ${JSON.stringify(value)})`);
    }
  }
}

function mergeBy<T extends Keyed>(files: { name: string; data: CuratedFile }[], pick: (f: CuratedFile) => T[], key: (r: T) => string, errors: string[]): T[] {
  const merged = new Map<string, T>();
  for (const file of files) {
    for (const record of pick(file.data)) {
      const k = key(record);
      const existing = merged.get(k);
      if (existing) mergeRecord(existing, record, `${file.name}: ${k}`, errors);
      else merged.set(k, structuredClone(record));
    }
  }
  return [...merged.values()];
}

/** A stable id for a funding, from what identifies it (so re-seeding updates instead of duplicating). */
export function fundingId(f: FundingSeed): string {
  const key = [f.donor, f.recipient, f.amount ?? '', f.currency ?? '', f.startYear ?? '', f.endYear ?? ''].join('|');
  return 'funding:' + createHash('sha256').update(key).digest('hex').slice(0, 16);
}

export function mergeFiles(files: { name: string; data: CuratedFile }[], errors: string[]): MergedData {
  const byId = <T extends { id: string }>(r: T) => r.id;
  return {
    cities: mergeBy(files, (f) => f.cities, byId, errors),
    associations: mergeBy(files, (f) => f.associations, byId, errors),
    networks: mergeBy(files, (f) => f.networks, byId, errors),
    donors: mergeBy(files, (f) => f.donors, byId, errors),
    programmes: mergeBy(files, (f) => f.programmes, byId, errors),
    partnerships: mergeBy(files, (f) => f.partnerships, byId, errors),
    memberships: mergeBy(files, (f) => f.memberships, (r) => `${r.member}->${r.organisation}`, errors),
    fundings: mergeBy(files, (f) => f.fundings, fundingId, errors).map((f) => ({ ...f, id: fundingId(f) })),
    supports: mergeBy(files, (f) => f.supports, (r) => `${r.programme}->${r.target}`, errors),
    runs: mergeBy(files, (f) => f.runs, (r) => `${r.programme}->${r.runner}`, errors),
  };
}
