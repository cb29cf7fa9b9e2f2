// Offset pagination behind opaque cursors: a cursor encodes the position of
// an item in the ordered list, so clients never build one themselves.
import { checkRange, userError } from './errors.ts';

const PREFIX = 'c2c:v1:';
export const MAX_PAGE_SIZE = 1000;

export function encodeCursor(offset: number): string {
  return Buffer.from(PREFIX + offset, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) {
    throw userError(`"${cursor}" is not a cursor this API gave out; pass the endCursor of a previous page`, field);
  }
  return offset;
}

export function pageWindow(first: number, after: string | null | undefined): { skip: number; limit: number } {
  checkRange(first, 1, MAX_PAGE_SIZE, 'first');
  return { skip: after ? decodeCursor(after) + 1 : 0, limit: first };
}

export async function connection<T>(ids: string[], total: number, skip: number, load: (id: string) => Promise<T | null>) {
  const nodes = await Promise.all(ids.map(load));
  return {
    totalCount: total,
    pageInfo: {
      hasNextPage: skip + ids.length < total,
      endCursor: ids.length ? encodeCursor(skip + ids.length - 1) : null,
    },
    edges: nodes.flatMap((node, i) => (node ? [{ cursor: encodeCursor(skip + i), node }] : [])),
  };
}
