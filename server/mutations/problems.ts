// Every problem a rejected mutation has, gathered before anything is written
// so that the client can fix them all at once: each names the input field as
// the client wrote it (`input.participants[1].actorId`) and says what to do.
import type { z } from 'zod';
import { userError } from '../graphql/errors.ts';

export interface Problem {
  field: string;
  reason: string;
}

/** `input` + ['participants', 1, 'actorId'] → `input.participants[1].actorId`. */
export function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${String(key)}`), prefix);
}

/** A field path as [top-level field, then indices and names]: `input.runBy[2]` → ['runBy', 2]. */
const segments = (field: string): (string | number)[] =>
  [...field.matchAll(/\.(\w+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));

export class Problems {
  readonly list: Problem[] = [];
  /** The input's fields in the schema's order, by which problems are listed (the first one names `field`). */
  private order: string[] = [];

  constructor(private readonly mutation: string) {}

  add(field: string, reason: string): void {
    this.list.push({ field, reason });
  }

  /** Parses `value` with `schema`, recording its issues under `prefix`; null when it does not fit. */
  parse<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.output<S> | null {
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
    if (shape) this.order = Object.keys(shape);
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) this.add(fieldPath(prefix, issue.path), issue.message);
    return null;
  }

  /** Problems in the order of the fields (and of the items of a list), whatever check found them. */
  private sorted(): Problem[] {
    const rank = (segment: string | number | undefined) => {
      if (typeof segment === 'number') return segment;
      const at = segment === undefined ? -1 : this.order.indexOf(segment);
      return at === -1 && segment !== undefined ? this.order.length : at;
    };
    const compare = (a: Problem, b: Problem) => {
      const [x, y] = [segments(a.field), segments(b.field)];
      for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const order = rank(x[i]) - rank(y[i]);
        if (order) return order;
      }
      return 0;
    };
    return [...this.list].sort(compare);
  }

  /** Throws one BAD_USER_INPUT error listing every problem, if there is any. */
  check(): void {
    const problems = this.sorted();
    const [first, ...rest] = problems;
    if (!first) return;
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''}, listed in extensions.problems)` : '';
    throw userError(`${this.mutation} refused, nothing was written: ${first.field} ${first.reason}${more}`, first.field, { problems });
  }
}
