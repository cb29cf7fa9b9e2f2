// Reads seed/curated/*.json, validates every file against the seed format and
// merges them; then checks that every reference names an actor of the right
// kind. All problems are reported together, each naming its file, record and field.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCountryCode } from './country-profile.ts';
import { mergeFiles, type MergedData } from './merge.ts';
import { curatedFileSchema, describeIssues, type CuratedFile } from './schema.ts';

export const CURATED_DIR = fileURLToPath(new URL('./curated/', import.meta.url));

export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The seed data has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'SeedValidationError';
  }
}

export function parseCuratedFile(name: string, json: string, problems: string[]): CuratedFile | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    problems.push(`${name}: not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const parsed = curatedFileSchema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...describeIssues(name, parsed.error, raw));
    return null;
  }
  return parsed.data;
}

type Kind = 'city' | 'association' | 'network' | 'donor' | 'programme' | 'partnership';

function checkReferences(data: MergedData, problems: string[]): void {
  const kindOf = new Map<string, Kind>();
  const donorCapable = new Set<string>(data.donors.map((d) => d.id));
  const register = (kind: Kind, records: { id: string; donorType?: string }[]) => {
    for (const r of records) {
      kindOf.set(r.id, kind);
      if (r.donorType) donorCapable.add(r.id);
    }
  };
  register('city', data.cities);
  register('association', data.associations);
  register('network', data.networks);
  register('donor', data.donors);
  register('programme', data.programmes);
  register('partnership', data.partnerships);

  const expect = (where: string, field: string, id: string, kinds: Kind[]) => {
    const kind = kindOf.get(id);
    if (!kind) problems.push(`${where}: ${field}: "${id}" is not defined`);
    else if (!kinds.includes(kind)) problems.push(`${where}: ${field}: "${id}" is a ${kind}, expected ${kinds.join(' or ')}`);
  };

  for (const city of data.cities) {
    if (!isCountryCode(city.country)) problems.push(`${city.id}: country: "${city.country}" is not an ISO 3166-1 alpha-2 code`);
    else if (city.id.split(':')[1] !== city.country.toLowerCase()) problems.push(`${city.id}: id: country part does not match country ${city.country}`);
  }
  for (const p of data.partnerships) {
    p.participants.forEach((x, i) => expect(p.id, `participants.${i}.actor`, x.actor, ['city', 'association', 'network', 'donor', 'programme']));
    if (!p.participants.some((x) => kindOf.get(x.actor) === 'city')) problems.push(`${p.id}: participants: no city takes part`);
    if (p.startYear && p.endYear && p.endYear < p.startYear) problems.push(`${p.id}: endYear: before startYear`);
  }
  for (const m of data.memberships) {
    const where = `membership ${m.member} -> ${m.organisation}`;
    expect(where, 'member', m.member, ['city', 'association', 'network']);
    expect(where, 'organisation', m.organisation, ['association', 'network']);
  }
  for (const f of data.fundings) {
    const where = `funding ${f.donor} -> ${f.recipient}`;
    if (!donorCapable.has(f.donor)) problems.push(`${where}: donor: "${f.donor}" is not a donor (nor an actor with a donorType)`);
    expect(where, 'recipient', f.recipient, ['city', 'partnership', 'programme', 'association', 'network']);
  }
  for (const s of data.supports) {
    const where = `support ${s.programme} -> ${s.target}`;
    expect(where, 'programme', s.programme, ['programme']);
    expect(where, 'target', s.target, ['city', 'partnership', 'association', 'network']);
  }
  for (const r of data.runs) {
    const where = `run ${r.programme} -> ${r.runner}`;
    expect(where, 'programme', r.programme, ['programme']);
    expect(where, 'runner', r.runner, ['association', 'network', 'donor', 'city']);
  }
}

/** Validates and merges curated files given as (name, JSON text) pairs. */
export function loadCuratedFrom(files: { name: string; json: string }[]): MergedData {
  const problems: string[] = [];
  const parsed = files.flatMap(({ name, json }) => {
    const data = parseCuratedFile(name, json, problems);
    return data ? [{ name, data }] : [];
  });
  if (problems.length) throw new SeedValidationError(problems);
  const merged = mergeFiles(parsed, problems);
  checkReferences(merged, problems);
  if (problems.length) throw new SeedValidationError(problems);
  return merged;
}

export function curatedFiles(dir: string = CURATED_DIR): { name: string; json: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, json: readFileSync(join(dir, name), 'utf8') }));
}

export function loadCurated(dir: string = CURATED_DIR): MergedData {
  return loadCuratedFrom(curatedFiles(dir));
}
