// npm run import -- FILE [--kind KIND] [--dry-run]: loads a data set into the
// configured store, all or nothing (server/ingest/import/import-data-set.ts): the seed's
// JSON format (FILE.json, seed/FORMAT.md) or one kind of record in CSV
// (FILE.csv, seed/IMPORT.md; the kind from --kind or else from the file's name,
// as in cities.csv or my-data.cities.csv). Shows progress, then a summary; a
// refused file writes nothing, and every problem is listed (exit code 1).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config.ts';
import { openStore } from '../server/store/open-store.ts';
import { isCsvKind } from '../server/ingest/import/csv-layouts.ts';
import { CSV_KINDS, formatOf, ImportRejectedError, importDataSet, type ImportReport } from '../server/ingest/import/import-data-set.ts';
import { formatProblem } from '../server/ingest/import/problems.ts';
import { progressDisplay } from './progress-display.ts';
import { seedReport } from '../server/ingest/report.ts';

const USAGE = `Usage: npm run import -- FILE.json|FILE.csv [--kind ${CSV_KINDS.join('|')}] [--dry-run]`;

function title(report: ImportReport, seconds: string): string {
  const what = report.kind ? `${report.fileName} (${report.kind})` : report.fileName;
  return report.dryRun ? `Dry run of ${what} in ${seconds} s: it is valid; nothing was written.` : `Imported ${what} in ${seconds} s.`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, kind: { type: 'string' } },
  });
  const [file] = positionals;
  const format = file ? formatOf(file) : null;
  if (!file || !format) throw new Error(`${file ? `${file}: the file must end in .json or .csv. ` : ''}${USAGE}`);
  if (values.kind !== undefined && !isCsvKind(values.kind)) throw new Error(`--kind ${values.kind}: not a kind of record. ${USAGE}`);

  const started = performance.now();
  const content = readFileSync(file, 'utf8');
  const store = await openStore(readConfig());
  const progress = progressDisplay();
  try {
    const report = await importDataSet(store, {
      fileName: basename(file), content, format, kind: values.kind, dryRun: values['dry-run'], onProgress: (p) => progress.update(p),
    });
    progress.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(await seedReport(store, title(report, seconds), { written: report.counts, geocoding: report.geocoding }, report.dryRun ? 'would write' : 'written'));
  } catch (error) {
    progress.stop();
    if (!(error instanceof ImportRejectedError)) throw error;
    // Every problem, not only the ones the message lists.
    console.error([error.message.split('\n')[0], ...error.problems.map((p) => `  ${formatProblem(p)}`)].join('\n'));
    process.exitCode = 1;
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error((error as Error).message);
  process.exit(1);
});
