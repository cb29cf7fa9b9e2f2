// Reads twin_cities.csv (columns in ../shared/data/twin-cities/SOURCE.md) into
// rows that keep their line in the file, so that every record and every
// report entry can say where it comes from.
import { parse } from 'csv-parse/sync';

export const TWIN_CITIES_DOCUMENT = 'twin_cities.csv';

const COLUMNS = ['city1', 'country1', 'lat1', 'lng1', 'city2', 'country2', 'lat2', 'lng2'] as const;

/** One end of a pair as the file gives it. */
export interface RowEnd {
  name: string;
  country: string;
  /** The file's coordinates (the author's geocoding, not always right), or null when absent or not numbers. */
  point: { latitude: number; longitude: number } | null;
}

export interface TwinRow {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  ends: [RowEnd, RowEnd];
}

function pointOf(lat: string, lng: string): RowEnd['point'] {
  const [latitude, longitude] = [Number(lat), Number(lng)];
  const valid = lat !== '' && lng !== '' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
  return valid ? { latitude, longitude } : null;
}

/** The rows of the file, the first `limit` only when given. */
export function readTwinRows(content: string, limit?: number): TwinRow[] {
  const records = parse(content, { columns: true, skip_empty_lines: true, trim: true, info: true, to: limit }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const header = Object.keys(records[0]?.record ?? {});
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (records.length && missing.length) throw new Error(`${TWIN_CITIES_DOCUMENT}: missing column(s) ${missing.join(', ')}`);
  return records.map(({ record: r, info }) => ({
    line: info.lines,
    ends: [
      { name: r.city1 ?? '', country: r.country1 ?? '', point: pointOf(r.lat1 ?? '', r.lng1 ?? '') },
      { name: r.city2 ?? '', country: r.country2 ?? '', point: pointOf(r.lat2 ?? '', r.lng2 ?? '') },
    ],
  }));
}
