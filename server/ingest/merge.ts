// Merges the curated files into one data set: the same actor may be defined
// in several files (each file is self-contained), so records are united by id.
// Sources, aliases, notes and enum lists are united; the first file's name
// wins and other names become aliases; any other field that two files give
// different values for is a conflict and an error.
import { createHash } from 'node:crypto';
import { LINKS } from './collections.ts';
import type { FundingSeed, SeedData, Source } from './schema.ts';

type Keyed = { sources: Source[]; notes?: string[]; aliases?: string[]; name?: string };

/** The merged data: each collection's records, fundings with the id they are stored under. */
export type MergedData<D extends SeedData = SeedData> = Omit<D, 'fundings'> & { fundings: (D['fundings'][number] & { id: string })[] };

const UNION_LISTS = new Set(['themes', 'modalities', 'fundingSources', 'focus', 'parties', 'outcomes']);

function unite<T>(a: T[] = [], b: T[] = [], key: (x: T) => string = (x) => JSON.stringify(x)): T[] {
  const seen = new Map(a.map((x) => [key(x), x]));
  for (const x of b) if (!seen.has(key(x))) seen.set(key(x), x);
  return [...seen.values()];
}

const sourceKey = (s: Source) => `${s.document}|${s.locator ?? ''}|${s.quote ?? ''}`;

/** Sources of `a` then those of `b` that `a` does not hold already. */
export const uniteSources = (a: Source[], b: Source[]) => unite(a, b, sourceKey);

type Offer = NonNullable<SeedData['cities'][number]['offers']>[number];

/** A city's declarations from two files: one per direction and theme, with the sources of both; two different notes are a conflict. */
function uniteOffers(a: Offer[] = [], b: Offer[], where: string, errors: string[]): Offer[] {
  const key = (o: Offer) => `${o.direction} ${o.theme}`;
  const united = new Map(a.map((o) => [key(o), { ...o }]));
  for (const o of b) {
    const held = united.get(key(o));
    if (!held) united.set(key(o), { ...o });
    else if (held.note !== undefined && o.note !== undefined && held.note !== o.note) errors.push(`${where}: offers: ${key(o)}: two files give different notes`);
    else Object.assign(held, { note: held.note ?? o.note, sources: uniteSources(held.sources, o.sources) });
  }
  return [...united.values()];
}

function mergeRecord<T extends Keyed>(into: T, from: T, where: string, errors: string[]): void {
  const target = into as Record<string, unknown>;
  for (const [field, value] of Object.entries(from)) {
    if (value === undefined) continue;
    const current = target[field];
    if (field === 'sources') target.sources = uniteSources(into.sources, from.sources);
    else if (field === 'offers') target.offers = uniteOffers(current as Offer[] | undefined, value as unknown as Offer[], where, errors);
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

function mergeBy<T extends Keyed>(files: { name: string; data: SeedData }[], pick: (data: SeedData) => T[], key: (r: T) => string, errors: string[]): T[] {
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

/**
 * A funding's id: the one the record gives (an export keeps the store's), or
 * else a stable one from what identifies it (so re-seeding updates instead of duplicating).
 */
export function fundingId(f: FundingSeed): string {
  if (f.id) return f.id;
  const key = [f.donor, f.recipient, f.amount ?? '', f.currency ?? '', f.startYear ?? '', f.endYear ?? ''].join('|');
  return 'funding:' + createHash('sha256').update(key).digest('hex').slice(0, 16);
}

const byId = (r: { id: string }) => r.id;
const linkKey = (shape: { from: string; to: string }) => (r: object) => {
  const fields = r as Record<string, string>;
  return `${fields[shape.from]}->${fields[shape.to]}`;
};

/** What identifies a record within its collection: two records with the same key are the same fact. */
export const recordKey = {
  cities: byId,
  associations: byId,
  networks: byId,
  donors: byId,
  programmes: byId,
  organisations: byId,
  partnerships: byId,
  participations: linkKey(LINKS.participations),
  memberships: linkKey(LINKS.memberships),
  fundings: fundingId,
  supports: linkKey(LINKS.supports),
  runs: linkKey(LINKS.runs),
} satisfies { [K in keyof SeedData]: (r: SeedData[K][number]) => string };

export function mergeFiles<D extends SeedData>(files: { name: string; data: D }[], errors: string[]): MergedData<D> {
  const merge = <K extends keyof SeedData>(collection: K) =>
    mergeBy(files, (f) => f[collection] as D[K], recordKey[collection] as (r: D[K][number]) => string, errors);
  return {
    cities: merge('cities'),
    associations: merge('associations'),
    networks: merge('networks'),
    donors: merge('donors'),
    programmes: merge('programmes'),
    organisations: merge('organisations'),
    partnerships: merge('partnerships'),
    participations: merge('participations'),
    memberships: merge('memberships'),
    fundings: merge('fundings').map((f) => ({ ...f, id: fundingId(f) })),
    supports: merge('supports'),
    runs: merge('runs'),
  } as MergedData<D>;
}
