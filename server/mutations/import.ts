// importDataSet: the data-set import of `npm run import` (server/ingest/import/) for a
// file sent as a string, with its problems as a BAD_USER_INPUT error whose
// extensions.problems list every bad row and line.
import { isCsvKind } from '../ingest/import/csv-layouts.ts';
import { ImportRejectedError, importDataSet, type ImportProgress, type ImportReport } from '../ingest/import/import-data-set.ts';
import { userError } from '../graphql/errors.ts';
import type { ImportInput, ImportReport as ImportReportType } from '../graphql/generated/resolvers-types.ts';
import type { GraphStore } from '../store/store.ts';

function describe(report: ImportReport): string {
  const records = Object.entries(report.counts).map(([kind, count]) => `${count} ${kind}`);
  const verb = report.dryRun ? 'is valid and would write' : 'wrote';
  const what = records.length ? records.join(', ') : 'nothing';
  const misses = report.geocoding.unmatched.length;
  return `${report.fileName} ${verb} ${what}${misses ? `; ${misses} cities could not be placed on the map` : ''}.`;
}

/** A large import takes seconds to minutes: the server's log says when it starts checking and when it starts writing. */
const LOGGED_FROM_RECORDS = 1_000;

function logPhases(fileName: string): (progress: ImportProgress) => void {
  let phase: ImportProgress['phase'] | null = null;
  return ({ phase: now, total }) => {
    if (now === phase || total < LOGGED_FROM_RECORDS) return;
    phase = now;
    console.log(`Import of ${fileName}: ${now} ${total} ${now === 'validating' ? 'records' : 'rows'}`);
  };
}

export async function importFile(store: GraphStore, input: ImportInput): Promise<ImportReportType> {
  const kind = input.kind?.toLowerCase();
  if (kind !== undefined && !isCsvKind(kind)) throw userError(`${input.kind} is not a CSV layout`, 'input.kind');
  if (kind !== undefined && input.format !== 'CSV') throw userError('kind is for CSV files only; a JSON file says what its records are', 'input.kind');
  try {
    const report = await importDataSet(store, {
      fileName: input.fileName,
      content: input.content,
      format: input.format,
      kind,
      dryRun: input.dryRun ?? false,
      onProgress: logPhases(input.fileName),
    });
    return {
      dryRun: report.dryRun,
      fileName: report.fileName,
      records: Object.entries(report.counts).map(([kind, count]) => ({ kind, count })),
      geocodingMisses: report.geocoding.unmatched.map((city) => `${city.name} (${city.country})`),
      message: describe(report),
    };
  } catch (error) {
    if (error instanceof ImportRejectedError) throw userError(error.message, 'input.content', { problems: error.problems });
    throw error;
  }
}
