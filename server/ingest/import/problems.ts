// What an import reports when it refuses a file: every problem, each with the
// line of the file it is on, so that the file can be fixed in one pass. The
// problems are plain data (a GraphQL resolver returns them as they are).

export interface ImportProblem {
  /** 1-based line of the file; null for a problem with the file as a whole. */
  line: number | null;
  /** The record it is in (its id, or what a link joins), when the record names one. */
  record: string | null;
  /** The field (JSON) or column (CSV) that is wrong, when one is. */
  field: string | null;
  reason: string;
}

/** "line 4 (city:xx:foo), country: reason". */
export function formatProblem({ line, record, field, reason }: ImportProblem): string {
  const where = [line === null ? 'file' : `line ${line}`, record === null ? '' : ` (${record})`, field === null ? '' : `, ${field}`].join('');
  return `${where}: ${reason}`;
}

/** The message lists this many problems; `problems` holds them all. */
const LISTED = 50;

export class ImportRejectedError extends Error {
  /**
   * @param summary what is wrong in a few words ("2 bad rows"); the message
   * adds that nothing was written and lists the problems
   */
  constructor(
    readonly fileName: string,
    summary: string,
    readonly problems: ImportProblem[],
  ) {
    const listed = problems.slice(0, LISTED).map(formatProblem);
    if (problems.length > LISTED) listed.push(`... and ${problems.length - LISTED} more`);
    super(`${fileName}: ${summary}; nothing was written.\n  ${listed.join('\n  ')}`);
    this.name = 'ImportRejectedError';
  }
}
