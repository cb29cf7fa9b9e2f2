// Who sent a request, from its Authorization header. Reads are public, so a
// token is only checked when a mutation asks who is calling (once per request).
import { TokenError, verifyToken, type Principal } from './tokens.ts';

export type Caller =
  /** No secret is configured: no token can be checked, so no one may write. */
  | { status: 'writes-off' }
  | { status: 'anonymous' }
  | { status: 'refused'; reason: string }
  | { status: 'signed-in'; principal: Principal };

async function identify(secret: string | null, header: string | undefined): Promise<Caller> {
  if (!secret) return { status: 'writes-off' };
  if (!header) return { status: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return { status: 'refused', reason: 'the Authorization header must read "Bearer <token>"' };
  try {
    return { status: 'signed-in', principal: await verifyToken(secret, match[1]!) };
  } catch (error) {
    if (error instanceof TokenError) return { status: 'refused', reason: error.message };
    throw error;
  }
}

/** The request's caller, worked out on first use. */
export function callerOf(secret: string | null, header: string | undefined): () => Promise<Caller> {
  let caller: Promise<Caller> | undefined;
  return () => (caller ??= identify(secret, header));
}
