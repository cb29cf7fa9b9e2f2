// The token secret `npm start` runs with. Configured (C2C_JWT_SECRET): that
// one. Not configured in production: none, and writes are refused, since a
// secret made up at start-up would let no one in yet would look like it did.
// Not configured elsewhere: a random secret for this run only, and an admin
// token for it printed to the console, so that a developer can write at once
// and nothing outlives the process.
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import { issueToken } from './tokens.ts';

const DEV_TOKEN_HOURS = 12;

export async function startUpSecret(config: Pick<Config, 'jwtSecret' | 'production'>, log: (line: string) => void = console.log): Promise<string | null> {
  if (config.jwtSecret) return config.jwtSecret;
  if (config.production) {
    log('No C2C_JWT_SECRET: writing through the API is turned off (every mutation is refused with FORBIDDEN). Set it to accept tokens.');
    return null;
  }
  const secret = randomBytes(48).toString('base64url');
  const token = await issueToken(secret, { sub: 'development', role: 'admin' }, DEV_TOKEN_HOURS * 3600);
  log(
    `No C2C_JWT_SECRET (and NODE_ENV is not production): tokens are checked against a random secret made for this run only.\n` +
      `An admin token for it, valid ${DEV_TOKEN_HOURS} hours or until the server stops:\n  Authorization: Bearer ${token}`,
  );
  return secret;
}
