// Reads a data set of one kind of record from CSV (csv-parse, with the line of
// every record), and turns each row into the record of the seed's JSON shape
// that the layout of its kind (csv-layouts.ts) says it is.
import { CsvError, parse, type Info } from 'csv-parse/sync';
import { CSV_LAYOUTS, type Column, type CsvKind } from './csv-layouts.ts';
import type { ImportProblem } from './problems.ts';
import type { ParsedFile, RawRecord } from './raw-record.ts';

const HEADER_LINE = 1;
/** The line csv-parse's error context gives (typed loosely by the package). */
const lineOf = (error: CsvError) => (typeof error.lines === 'number' ? error.lines : null);
const problemAt = (line: number | null, field: string | null, reason: string): ImportProblem => ({ line, record: null, field, reason });

function checkHeader(header: string[], layout: Column[], kind: CsvKind): ImportProblem[] {
  const names = layout.map((c) => c.name);
  const problems: ImportProblem[] = [];
  header.forEach((name, i) => {
    if (!names.includes(name)) problems.push(problemAt(HEADER_LINE, name || `column ${i + 1}`, `is not a column of ${kind}; its columns are ${names.join(', ')}`));
    else if (header.indexOf(name) !== i) problems.push(problemAt(HEADER_LINE, name, 'is given twice'));
  });
  for (const column of layout) {
    if (column.required && !header.includes(column.name)) problems.push(problemAt(HEADER_LINE, column.name, 'required column is missing'));
  }
  return problems;
}

const items = (cell: string) => cell.split(';').map((item) => item.trim()).filter(Boolean);

/** The record a row stands for. A row without a source is given its file and line by the import. */
function toRecord(layout: Column[], row: Record<string, string>, fileName: string, line: number): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const source: Record<string, string> = {};
  for (const column of layout) {
    const cell = row[column.name] ?? '';
    if (column.cell === 'list') record[column.field] = items(cell);
    else if (column.cell === 'participants') {
      record[column.field] = items(cell).map((item) => {
        const [actor, role] = item.split('=').map((part) => part.trim());
        return { actor, role };
      });
    } else if (!cell) continue;
    // A cell that is not a number stays text, and the schema says what it expected.
    else if (column.cell === 'number') record[column.field] = Number.isFinite(Number(cell)) ? Number(cell) : cell;
    else if (column.cell === 'source') source[column.field] = cell;
    else record[column.field] = cell;
  }
  // A quote alone is placed on this line of this file; a document or locator makes the source explicit, and then needs both.
  if (source.document || source.locator) record.sources = [source];
  else if (source.quote) record.sources = [{ document: fileName, locator: `line ${line}`, quote: source.quote }];
  return record;
}

/** The column a path within a record comes from: "country", "themes (item 2)", "participants (item 1, role)". */
function columnOf(layout: Column[], path: PropertyKey[]): string {
  const [field, index, inner] = path;
  if (field === 'sources') return typeof inner === 'string' ? `source_${inner}` : 'source_document';
  const name = layout.find((c) => c.field === field)?.name ?? String(field ?? '');
  if (typeof index !== 'number') return name;
  return `${name} (item ${index + 1}${typeof inner === 'string' ? `, ${inner}` : ''})`;
}

/** The line a record starts on: csv-parse counts lines to where it ends, and a quoted cell may span several. */
function startLine(endLine: number, raw: string): number {
  const own = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  return endLine - (own.match(/\n/g)?.length ?? 0);
}

export function parseCsvDataSet(content: string, kind: CsvKind, fileName: string): ParsedFile {
  const layout = CSV_LAYOUTS[kind];
  const headerProblems: ImportProblem[] = [];
  const rowProblems: ImportProblem[] = [];
  let rows: { record: Record<string, string>; info: Info; raw: string }[];
  try {
    rows = parse<{ record: Record<string, string>; info: Info; raw: string }>(content, {
      columns: (header: string[]) => {
        headerProblems.push(...checkHeader(header, layout, kind));
        return header;
      },
      info: true,
      raw: true,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      // A row that cannot be read (too many or too few cells) is one bad row: the others are still checked.
      skip_records_with_error: true,
      on_skip: (error, raw) => {
        if (!error) return undefined;
        const end = lineOf(error);
        rowProblems.push(problemAt(end === null ? null : startLine(end, raw ?? ''), null, error.message.replace(/ (on|at) line \d+/, '')));
        return undefined;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { records: [], problems: [problemAt(lineOf(error), null, `not valid CSV: ${error.message}`)], unreadable: 'not valid CSV' };
  }
  if (headerProblems.length) return { records: [], problems: headerProblems, unreadable: 'its header is wrong' };
  if (!rows.length && !rowProblems.length && !content.trim()) {
    return { records: [], problems: [problemAt(null, null, `the file is empty: a header row naming the columns is required (${layout.map((c) => c.name).join(', ')})`)], unreadable: 'the file is empty' };
  }
  const records = rows.map(({ record: row, info, raw }): RawRecord => {
    const line = startLine(info.lines, raw);
    return { collection: kind, line, value: toRecord(layout, row, fileName, line), locate: (path) => ({ line, field: columnOf(layout, path) }) };
  });
  return { records, problems: rowProblems };
}
