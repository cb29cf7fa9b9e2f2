// Loads a data set into the store: the seed's JSON format (seed/FORMAT.md) or
// one CSV layout per kind of record (seed/IMPORT.md). All or nothing: the
// whole file is checked first (syntax, format, references, against the store
// too), every problem is collected, and if there is any nothing is written;
// otherwise everything is written in one transaction. Records may refer to
// nodes already in the store, and update them (keep-provenance.ts says how).
// Inputs and outputs are plain data, so that a GraphQL resolver can call it
// with the file's content as a string.
import type { GraphStore, StatementRunner } from '../../store/store.ts';
import { checkData, type DataProblem, type KnownNode } from '../check-data.ts';
import { toGraphRows, type GeocodeReport } from '../graph-rows.ts';
import { fundingId, type MergedData } from '../merge.ts';
import { COLLECTIONS } from '../schema.ts';
import { writeRows } from '../write-graph.ts';
import { CSV_KINDS, csvKindOf, type CsvKind } from './csv-layouts.ts';
import { withStoredProvenance } from './keep-provenance.ts';
import { parseCsvDataSet } from './parse-csv.ts';
import { parseJsonDataSet } from './parse-json.ts';
import { ImportRejectedError, type ImportProblem } from './problems.ts';
import { readStoredLinks, readStoredNodes } from './read-store.ts';
import type { RawRecord } from './raw-record.ts';
import { validateRecords } from './validate.ts';

export { CSV_KINDS, type CsvKind } from './csv-layouts.ts';
export { ImportRejectedError, type ImportProblem } from './problems.ts';

export type DataSetFormat = 'JSON' | 'CSV';

export interface ImportProgress {
  phase: 'validating' | 'writing';
  /** Records validated, or rows written, so far. */
  done: number;
  total: number;
}

export interface ImportOptions {
  /** The file's name: the source of records that name none, and for a CSV file the kind when `kind` is not given. */
  fileName: string;
  content: string;
  format: DataSetFormat;
  /** The kind of record a CSV file holds; by default from its name ("cities.csv", "my-data.cities.csv"). */
  kind?: CsvKind;
  /** Check everything, against the store too, and report what would be written, writing nothing. */
  dryRun: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportReport {
  dryRun: boolean;
  fileName: string;
  format: DataSetFormat;
  kind: CsvKind | null;
  /** Records per kind written (or that would be written), kinds with none left out. */
  counts: Record<string, number>;
  geocoding: GeocodeReport;
}

/** The format a file's extension gives, or null. */
export function formatOf(fileName: string): DataSetFormat | null {
  const extension = /\.(json|csv)$/i.exec(fileName)?.[1]?.toUpperCase();
  return extension === 'JSON' || extension === 'CSV' ? extension : null;
}

const byLine = (a: ImportProblem, b: ImportProblem) => (a.line ?? 0) - (b.line ?? 0);

/** A problem found after validation, placed on the line and field (or column) of the record it is in. */
function place(problem: DataProblem, origin: RawRecord): ImportProblem {
  const path = problem.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return { ...origin.locate(path), record: problem.record, reason: problem.reason };
}

export async function importDataSet(store: GraphStore, options: ImportOptions): Promise<ImportReport> {
  const { fileName, content, format, dryRun, onProgress = () => {} } = options;
  const kind = format === 'CSV' ? (options.kind ?? csvKindOf(fileName)) : null;
  const reject = (summary: string, problems: ImportProblem[]) => new ImportRejectedError(fileName, summary, problems.sort(byLine));
  if (format === 'CSV' && !kind) {
    throw reject('the kind of its records is unknown', [{
      line: null, record: null, field: null,
      reason: `a CSV file holds one kind of record (${CSV_KINDS.join(', ')}): say which, or name the file after it (cities.csv, my-data.cities.csv)`,
    }]);
  }

  const parsed = format === 'JSON' ? parseJsonDataSet(content) : parseCsvDataSet(content, kind!, fileName);
  if (parsed.unreadable) throw reject(parsed.unreadable, parsed.problems);
  const valid = validateRecords(parsed.records, fileName, (done, total) => onProgress({ phase: 'validating', done, total }));
  const data: MergedData = { ...valid.data, fundings: valid.data.fundings.map((f) => ({ ...f, id: fundingId(f) })) };

  // Checks the references against the store and derives the rows, through `runner`: the
  // import's transaction, so that what it reads is what it writes over; the store for a dry run.
  const prepare = async (runner: StatementRunner) => {
    const stored = await readStoredNodes(runner, data);
    // Records that were refused are taken as defined, so that a reference to one is not a second problem.
    const refusedIds = [...valid.refusedIds].map(([id, kind]): [string, KnownNode] => [id, { kind, donor: true }]);
    const found = checkData(data, new Map([...refusedIds, ...stored.known])).map((p) => ({ problem: p, origin: valid.origins[p.collection][p.index]! }));
    const problems = [...parsed.problems, ...valid.problems, ...found.map(({ problem, origin }) => place(problem, origin))];
    if (problems.length) {
      const bad = new Set([...valid.refusedRecords, ...found.map((f) => f.origin)]).size + parsed.problems.length;
      throw reject(`${bad} bad ${format === 'CSV' ? 'row' : 'record'}${bad === 1 ? '' : 's'}`, problems);
    }
    const { rows, geocoding } = toGraphRows(data, stored.context);
    const links = await readStoredLinks(runner, rows, new Set(stored.props.keys()));
    return { rows: withStoredProvenance(rows, stored.props, links), geocoding };
  };
  const report = (geocoding: GeocodeReport): ImportReport => ({
    dryRun, fileName, format, kind,
    counts: Object.fromEntries(COLLECTIONS.filter((c) => data[c].length).map((c) => [c, data[c].length])),
    geocoding,
  });

  // A file already refused (prepare throws for it) or a dry run is checked outside any write transaction: it writes nothing.
  if (dryRun || valid.problems.length || parsed.problems.length) return report((await prepare(store)).geocoding);
  return store.transaction(async (tx) => {
    const { rows, geocoding } = await prepare(tx);
    await writeRows(tx, rows, (done, total) => onProgress({ phase: 'writing', done, total }));
    return report(geocoding);
  });
}
