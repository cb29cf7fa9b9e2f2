// The write token an editor pastes in (docs/api.md, "Who may write"): kept in this
// tab's sessionStorage, so that it survives a reload but not the tab, and
// sent as "Authorization: Bearer <token>" with mutations only (reads are
// public). What it says of its holder is read from its payload for display;
// the server alone checks it, and its refusals are shown as they come.
import { decodeJwt } from 'jose';
import { useSyncExternalStore } from 'react';

const KEY = 'c2c-write-token';
const listeners = new Set<() => void>();
/** Where the token is kept when sessionStorage is refused (a private window's policy): as long as the page. */
let memory: string | null = null;

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return memory;
  }
}

export function setWriteToken(token: string | null): void {
  memory = token;
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Kept in memory only (see stored()).
  }
  listeners.forEach((listener) => listener());
}

/** The token and a setter; every component using it sees a change at once. */
export function useWriteToken(): [string | null, (token: string | null) => void] {
  const token = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stored,
    () => null,
  );
  return [token, setWriteToken];
}

export interface TokenClaims {
  sub: string;
  role: string;
  orgs: string[];
  /** When it expires (ms since the epoch), if it says. */
  expires: number | null;
}

/** What a JWT says of its holder, unchecked (jose's decodeJwt reads the payload only); null when it is not a JWT. */
export function claimsOf(token: string): TokenClaims | null {
  let json: Record<string, unknown>;
  try {
    json = decodeJwt(token);
  } catch {
    return null;
  }
  return {
    sub: typeof json.sub === 'string' ? json.sub : '?',
    role: typeof json.role === 'string' ? json.role : '?',
    orgs: Array.isArray(json.orgs) ? json.orgs.filter((o): o is string => typeof o === 'string') : [],
    expires: typeof json.exp === 'number' ? json.exp * 1000 : null,
  };
}

/** The request context that sends the token with one operation (Apollo's HttpLink reads `headers`). */
export const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
