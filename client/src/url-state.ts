// The state a user would share (view, filters, selection, year, layout) lives
// in the URL, so that a copied link reopens the same view. This hook reads it
// from location.search and writes it with history.pushState; Back and Forward
// work because popstate re-renders every reader.
import { useCallback, useSyncExternalStore } from 'react';

const CHANGE = 'c2c:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.search;

/** A patch of URL parameters: a list is written comma-separated, null or an empty list removes the parameter. */
export type UrlPatch = Record<string, string | number | readonly string[] | null>;

export function writeUrl(patch: UrlPatch, { replace = false } = {}): void {
  const params = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(patch)) {
    const text = Array.isArray(value) ? value.join(',') : value === null ? '' : String(value);
    if (text === '') params.delete(key);
    else params.set(key, text);
  }
  const search = params.toString();
  // Commas and colons are legal in a query string; keeping them makes links readable.
  const url = `${window.location.pathname}${search ? `?${search.replace(/%2C/g, ',').replace(/%3A/g, ':')}` : ''}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** The current URL parameters, re-rendering on every change, and a setter. */
export function useUrlParams(): [URLSearchParams, (patch: UrlPatch, options?: { replace?: boolean }) => void] {
  const search = useSyncExternalStore(subscribe, snapshot);
  const set = useCallback((patch: UrlPatch, options?: { replace?: boolean }) => writeUrl(patch, options), []);
  return [new URLSearchParams(search), set];
}

export function listParam(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').filter(Boolean);
}

export function intParam(params: URLSearchParams, key: string): number | null {
  const value = Number.parseInt(params.get(key) ?? '', 10);
  return Number.isFinite(value) ? value : null;
}
