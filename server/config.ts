// Every setting comes from the environment; docs/operating.md ("Configuration") lists them all.
import { resolve } from 'node:path';

/** How the HTTP face of the server protects itself (docs/operating.md, "Configuration"; docs/api.md, "Limits"). */
export interface HttpConfig {
  /** Largest request body express accepts, in the notation of the `bytes` package ("16mb"). */
  bodyLimit: string;
  /** A GraphQL request still running after this long is answered with an error. */
  requestTimeoutMs: number;
  /** Origins allowed to call the API from a browser; empty: the server's own origin only; ["*"]: any. */
  corsOrigins: string[];
  /** Introspection and the sandbox landing page. */
  introspection: boolean;
  queryLimits: QueryLimits;
}

/** graphql-armor's limits on one operation (server/http/query-limits.ts). */
export interface QueryLimits {
  depth: number;
  cost: number;
  aliases: number;
  tokens: number;
}

export interface Config {
  port: number;
  /** Where the embedded database lives; null keeps it in memory. */
  dataDir: string | null;
  neo4j: { uri: string; username: string; password: string; database?: string } | null;
  /** NODE_ENV=production: no dev token, introspection off by default. */
  production: boolean;
  /** NODE_ENV=development: internal error messages and stack traces in answers. */
  development: boolean;
  /** The HS256 secret write tokens are signed with; null: none configured (see server/main.ts). */
  jwtSecret: string | null;
  http: HttpConfig;
  /**
   * How old the writes the whole-graph analyses may miss can be, in ms;
   * 0: none, every answer holds every write committed before the request (docs/api.md, "Analyses under writes").
   */
  analyticsMaxStalenessMs: number;
}

/**
 * The credentials tried when NEO4J_USERNAME and NEO4J_PASSWORD are not set: those of the local Neo4j of
 * `npm run neo4j` and of docker-compose.yml, for development. A deployed Neo4j has credentials of its own.
 */
export const NEO4J_DEFAULT_USERNAME = 'neo4j';
export const NEO4J_DEFAULT_PASSWORD = 'c2c-graph-dev';

/** HS256 wants a key at least as long as its hash: 32 bytes. */
export const MIN_SECRET_LENGTH = 32;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'on', 'yes'].includes(raw)) return true;
  if (['false', '0', 'off', 'no'].includes(raw)) return false;
  throw new Error(`${name} must be true or false, not "${env[name]}"`);
}

function jwtSecret(env: NodeJS.ProcessEnv): string | null {
  const secret = env.C2C_JWT_SECRET;
  if (!secret) return null;
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new Error(`C2C_JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters long (HS256 needs a 256-bit key): generate one with "openssl rand -base64 48"`);
  }
  return secret;
}

function bodyLimit(env: NodeJS.ProcessEnv): string {
  const raw = env.C2C_BODY_LIMIT?.trim() || '16mb';
  if (!/^\d+(\.\d+)?\s*(b|kb|mb|gb)?$/i.test(raw)) throw new Error(`C2C_BODY_LIMIT must be a size such as 16mb, 512kb or 1000000 (bytes), not "${raw}"`);
  return raw;
}

function origins(env: NodeJS.ProcessEnv): string[] {
  const list = (env.C2C_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of list) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(`C2C_CORS_ORIGINS lists "${origin}", which is not an origin: give scheme, host and port only, such as https://explorer.example.org, or *`);
    }
  }
  return list;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  }
  const dataDir = env.C2C_DATA_DIR ?? './data';
  const production = env.NODE_ENV === 'production';
  return {
    port,
    dataDir: dataDir === ':memory:' ? null : resolve(dataDir),
    neo4j: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          username: env.NEO4J_USERNAME || NEO4J_DEFAULT_USERNAME,
          password: env.NEO4J_PASSWORD || NEO4J_DEFAULT_PASSWORD,
          database: env.NEO4J_DATABASE || undefined,
        }
      : null,
    production,
    development: env.NODE_ENV === 'development',
    jwtSecret: jwtSecret(env),
    analyticsMaxStalenessMs: integer(env, 'C2C_ANALYTICS_MAX_STALENESS_MS', 0, 0, 3_600_000),
    http: {
      bodyLimit: bodyLimit(env),
      requestTimeoutMs: integer(env, 'C2C_REQUEST_TIMEOUT_MS', 30_000, 1, 3_600_000),
      corsOrigins: origins(env),
      introspection: flag(env, 'C2C_INTROSPECTION', !production),
      queryLimits: {
        depth: integer(env, 'C2C_MAX_DEPTH', 10, 1, 100),
        cost: integer(env, 'C2C_MAX_COST', 250_000, 1, 1e9),
        aliases: integer(env, 'C2C_MAX_ALIASES', 20, 0, 10_000),
        tokens: integer(env, 'C2C_MAX_TOKENS', 5_000, 1, 1e6),
      },
    },
  };
}
