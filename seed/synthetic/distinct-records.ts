// Link records kept once each: a draw that repeats a link already made (the
// same member and organisation, the same funding) is dropped, since the seed
// format holds each link once.
export class DistinctRecords<T> {
  readonly records: T[] = [];
  private readonly keys = new Set<string>();

  constructor(private readonly keyOf: (record: T) => string) {}

  /** The number the next record kept will have (that of its source's locator). */
  get next(): number {
    return this.records.length + 1;
  }

  get size(): number {
    return this.records.length;
  }

  /** Keeps `record` unless one with its key is kept already. */
  add(record: T): void {
    const key = this.keyOf(record);
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.records.push(record);
  }
}
