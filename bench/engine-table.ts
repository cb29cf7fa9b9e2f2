// A table of one kind of figure on both engines: each row the embedded
// figure, the Neo4j figure and their ratio Neo4j / embedded, so that a reader
// sees both what each engine does and how far apart they are. Whether a
// higher figure is better is said in the title, as the ratio reads the other
// way round for times and for rates.

export interface EngineRow {
  name: string;
  /** null: the engine has no such figure (the embedded engine has no JVM) or it was not measured. */
  embedded: number | null;
  neo4j: number | null;
  /** neo4j / embedded; null where either is missing or the embedded figure is 0. */
  ratio: number | null;
}

export interface EngineTable {
  figure: string;
  unit: string;
  better: 'lower' | 'higher';
  rows: EngineRow[];
}

/** Two significant digits at least, so that a ratio of 0.004 does not print as 0. */
function roundRatio(ratio: number): number {
  const digits = Math.max(2, 1 - Math.floor(Math.log10(Math.abs(ratio))));
  return Number(ratio.toFixed(Math.min(digits, 6)));
}

export function engineRow(name: string, embedded: number | null, neo4j: number | null): EngineRow {
  const ratio = embedded === null || neo4j === null || embedded === 0 ? null : roundRatio(neo4j / embedded);
  return { name, embedded, neo4j, ratio };
}

const cell = (value: number | null, width: number) => (value === null ? '-' : String(value)).padStart(width);

export function printEngineTables(tables: EngineTable[]): string[] {
  const nameWidth = Math.max(20, ...tables.flatMap((t) => t.rows.map((r) => r.name.length)));
  return tables.flatMap((table) => [
    '',
    `${table.figure}, ${table.unit} (${table.better} is better)`,
    `  ${''.padEnd(nameWidth)} ${'embedded'.padStart(10)} ${'neo4j'.padStart(10)} ${'neo4j/embedded'.padStart(15)}`,
    ...table.rows.map((r) => `  ${r.name.padEnd(nameWidth)} ${cell(r.embedded, 10)} ${cell(r.neo4j, 10)} ${cell(r.ratio, 15)}`),
  ]);
}
