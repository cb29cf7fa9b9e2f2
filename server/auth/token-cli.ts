// npm run token -- --role editor --org association:uclg [--org ...] [--days 30] [--sub NAME]
// Prints a write token signed with the configured C2C_JWT_SECRET.
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { ROLES, issueToken, type Role } from './tokens.ts';

const USAGE = 'usage: npm run token -- --role editor|admin [--org ID]... [--days N] [--sub NAME]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      org: { type: 'string', multiple: true },
      days: { type: 'string', default: '30' },
      sub: { type: 'string' },
    },
  });
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) fail(`--role must be ${ROLES.join(' or ')}`);
  const orgs = values.org ?? [];
  if (role === 'editor' && !orgs.length) fail('an editor token needs at least one --org: the id of an organisation it speaks for, such as association:uclg');
  if (role === 'admin' && orgs.length) fail('an admin token may do everything: leave --org out');
  const days = Number(values.days);
  if (!Number.isFinite(days) || days <= 0 || days > 3650) fail(`--days must be a number of days from 1 to 3650, not "${values.days}"`);
  const { jwtSecret } = readConfig();
  if (!jwtSecret) fail('C2C_JWT_SECRET is not set: set it to the secret the server runs with (docs/api.md, "Who may write")');
  const sub = values.sub ?? (role === 'admin' ? 'admin' : orgs.join(','));
  console.log(await issueToken(jwtSecret, { sub, role, orgs }, Math.round(days * 86400)));
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
