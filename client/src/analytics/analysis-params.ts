// URL parameters of the analytics views (the filters are shared with Explore,
// explore-state.ts). One reader per parameter keeps each view's state in the
// address bar, so a link reopens the same cluster, triangle, region or match.
import { useUrlParams } from '../url-state.ts';

/** A string parameter restricted to `values`, with a default. */
export function useChoiceParam<T extends string>(key: string, values: readonly T[], fallback: T): [T, (value: T) => void] {
  const [params, setParams] = useUrlParams();
  const raw = params.get(key);
  const value = values.find((v) => v === raw) ?? fallback;
  return [value, (next: T) => setParams({ [key]: next === fallback ? null : next })];
}

/** A free string parameter (an id, a key), or null. */
export function useIdParam(key: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useUrlParams();
  return [params.get(key), (next: string | null) => setParams({ [key]: next })];
}
