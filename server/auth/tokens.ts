// Write tokens are JWTs signed with HS256 and the configured secret
// (C2C_JWT_SECRET), checked with jose. A token says who holds it (`sub`),
// its role, and for an editor the organisations it speaks for.
import { SignJWT, errors, jwtVerify } from 'jose';
import { z } from 'zod';

export const ROLES = ['editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  sub: string;
  role: Role;
  /** Ids of the organisations an editor speaks for (empty for an admin, who may do everything). */
  orgs: string[];
}

/** Tokens name their issuer, so that a token made for another service with the same secret is refused. */
const ISSUER = 'c2c-graph';
const ALGORITHM = 'HS256';

const claims = z.discriminatedUnion('role', [
  z.object({ sub: z.string().min(1), role: z.literal('admin') }),
  z.object({ sub: z.string().min(1), role: z.literal('editor'), orgs: z.array(z.string().min(1)).min(1, 'an editor token must name at least one organisation') }),
]);

/** Why a token was refused, in words its holder can act on. */
export class TokenError extends Error {}

const key = (secret: string) => new TextEncoder().encode(secret);

export async function issueToken(secret: string, principal: { sub: string; role: Role; orgs?: string[] }, validSeconds: number): Promise<string> {
  const parsed = claims.parse({ ...principal, orgs: principal.role === 'editor' ? principal.orgs : undefined });
  return new SignJWT({ role: parsed.role, ...(parsed.role === 'editor' ? { orgs: parsed.orgs } : {}) })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(parsed.sub)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + validSeconds)
    .sign(key(secret));
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not match this server\'s secret';
  if (error instanceof errors.JWTClaimValidationFailed) return `its "${error.claim}" claim is not acceptable (${error.reason})`;
  if (error instanceof errors.JOSEAlgNotAllowed) return `it is not signed with ${ALGORITHM}`;
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) return 'it is not a well-formed JWT';
  return 'it could not be checked';
}

/** The holder of a valid token, or a TokenError saying why it is not valid. */
export async function verifyToken(secret: string, token: string): Promise<Principal> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, key(secret), { algorithms: [ALGORITHM], issuer: ISSUER, requiredClaims: ['sub', 'exp'], clockTolerance: 5 }));
  } catch (error) {
    throw new TokenError(reason(error));
  }
  const parsed = claims.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TokenError(`its claims are not those of a C2C Graph token (${issue.path.join('.') || 'role'}: ${issue.message}); roles are ${ROLES.join(' and ')}`);
  }
  return { sub: parsed.data.sub, role: parsed.data.role, orgs: parsed.data.role === 'editor' ? parsed.data.orgs : [] };
}
