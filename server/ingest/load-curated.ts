// Reads seed/curated/*.json, validates every file against the seed format and
// merges them; then checks the rules beyond the format (check-data.ts): the
// curated seed is self-contained, so every reference must name an actor it
// defines. All problems are reported together, each naming its file, record and field.
// The files are read by path, as data: the server seeds them on a first start
// (server/main.ts) without depending on any code in seed/, where they are curated.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkData } from './check-data.ts';
import { mergeFiles, type MergedData } from './merge.ts';
import { curatedFileSchema, describeIssues, type CuratedData, type CuratedFile } from './schema.ts';

export const CURATED_DIR = fileURLToPath(new URL('../../seed/curated/', import.meta.url));

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

/** Validates and merges curated files given as (name, JSON text) pairs. */
export function loadCuratedFrom(files: { name: string; json: string }[]): MergedData<CuratedData> {
  const problems: string[] = [];
  const parsed = files.flatMap(({ name, json }) => {
    const data = parseCuratedFile(name, json, problems);
    return data ? [{ name, data }] : [];
  });
  if (problems.length) throw new SeedValidationError(problems);
  const merged = mergeFiles(parsed, problems);
  problems.push(...checkData(merged).map((p) => `${p.record}: ${p.field}: ${p.reason}`));
  if (problems.length) throw new SeedValidationError(problems);
  return merged;
}

export function curatedFiles(dir: string = CURATED_DIR): { name: string; json: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, json: readFileSync(join(dir, name), 'utf8') }));
}

export function loadCurated(dir: string = CURATED_DIR): MergedData<CuratedData> {
  return loadCuratedFrom(curatedFiles(dir));
}
