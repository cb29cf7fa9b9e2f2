// The server's limits, each over HTTP: query depth, cost, aliases and tokens
// (graphql-armor and graphql-js), page size, request body size, the time limit
// per request, CSRF prevention, CORS, introspection and the sandbox, and the
// configuration that sets them. Each refusal is a clear BAD_USER_INPUT (or a
// 503 for the time limit), never a hang or a 500.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../server/config.ts';
import type { GraphStore, Params, Row } from '../server/store/store.ts';
import { READS } from './support/operations.ts';
import { startTestServer, type TestServer, type TestServerOptions } from './support/server.ts';

const LIMITS = readConfig({}).http.queryLimits;

/** A server for the calling describe block. */
function serverFor(options: TestServerOptions = {}): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => server!;
}

/** A selection nested `levels` deep: partners of partners of ... */
const nested = (levels: number): string => (levels <= 1 ? 'id' : `id partners { ${nested(levels - 1)} }`);

/** The client's heaviest document: the overview of every partnership with its participants (literal page size: the most the cost estimate counts). */
const OVERVIEW = `query Overview {
  stats { cities associations networks donors programmes partnerships relationships }
  partnerships(first: 1000) { edges { node { id title orientation themes participants { role actor { id name kind } } } } }
}`;

describe('query limits', () => {
  const server = serverFor();

  it('lets the deepest and costliest legitimate operations through', async () => {
    const deep = await server().gql(READS, { first: 5 }, 'CitiesDeep');
    expect(deep.errors).toBeUndefined();
    const overview = await server().gql(OVERVIEW);
    expect(overview.errors).toBeUndefined();
    expect(overview.data.partnerships.edges.length).toBeGreaterThan(10);
    for (const name of readFileSync(new URL('./operations/reads.graphql', import.meta.url), 'utf8').matchAll(/^query (\w+)/gm)) {
      const { errors } = await server().gql(READS, { first: 3, id: 'city:vn:hanoi', text: 'hanoi', from: 'city:vn:hanoi', to: 'city:jp:yokohama' }, name[1]);
      // Only the limits matter here: an operation may want other variables, but must never hit a limit.
      expect(errors?.filter((e) => e.extensions.limit) ?? [], name[1]).toEqual([]);
    }
  });

  it(`refuses a query nested deeper than ${LIMITS.depth} levels, saying what to do`, async () => {
    const ok = await server().gql(`{ cities(first: 1) { edges { node { ${nested(LIMITS.depth - 3)} } } } }`);
    expect(ok.errors).toBeUndefined();
    const { errors, status } = await server().gql(`{ cities(first: 1) { edges { node { ${nested(LIMITS.depth)} } } } }`);
    expect(status).toBe(400);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'depth' });
    expect(errors![0].message).toMatch(new RegExp(`depth limit of ${LIMITS.depth} \\(it has 1\\d\\): ask for fewer nested levels`));
  });

  it(`refuses a query whose estimated cost is over ${LIMITS.cost}`, async () => {
    // Every city with its partners four hops out and its partnerships with their participants, funders and supporters.
    const wide = `{ cities(first: 1000) { edges { node { id name memberships { id name } ${nested(5)}
      partnerships { id title themes participants { role actor { id name } } fundings { id amount donor { id name } } supporters { id name } } } } } }`;
    const { errors, status } = await server().gql(wide);
    expect(status).toBe(400);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    expect(errors![0].message).toMatch(/cost limit of 250000 \(it has \d+\): ask for fewer fields or smaller pages/);
  });

  it(`allows ${LIMITS.aliases} aliases and refuses more; thousands do not even get parsed`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: stats { cities }`).join(' ')} }`;
    expect((await server().gql(aliases(LIMITS.aliases))).errors).toBeUndefined();
    for (const n of [LIMITS.aliases + 1, 500]) {
      const { errors, status } = await server().gql(aliases(n));
      expect(status).toBe(400);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'aliases' });
      expect(errors![0].message).toMatch(new RegExp(`aliases limit of ${LIMITS.aliases} \\(it has ${n}\\)`));
    }
    const { errors, status } = await server().gql(aliases(5000));
    expect(status).toBe(400);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
  });

  it(`refuses a document of more than ${LIMITS.tokens} tokens before parsing it all`, async () => {
    const { errors, status } = await server().gql(`{ stats { ${'cities '.repeat(LIMITS.tokens)} } }`);
    expect(status).toBe(400);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
    expect(errors![0].message).toMatch(new RegExp(`Document contains more th.. ${LIMITS.tokens} tokens`));
  });

  it('limits pages to 1..1000 items', async () => {
    const { errors } = await server().gql('{ cities(first: 1001) { totalCount } }');
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('request body', () => {
  const server = serverFor({ http: { bodyLimit: '2kb' }, empty: true });

  it('answers a body over the limit with 413 and a GraphQL-shaped error naming the limit', async () => {
    const { errors, status } = await server().gql('{ stats { cities } }', { padding: 'x'.repeat(3000) });
    expect(status).toBe(413);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAYLOAD_TOO_LARGE' });
    expect(errors![0].message).toMatch(/larger than the server's limit of 2kb/);
    expect((await server().gql('{ stats { cities } }')).errors).toBeUndefined();
  });

  it('answers a body that is not JSON with 400 and what to send', async () => {
    const response = await fetch(`${server().url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const { errors } = await response.json();
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BAD_JSON' });
  });
});

/** The store, with the `stats` statement slowed down by `ms`. */
function slowStats(store: GraphStore, ms: number): GraphStore {
  return {
    engine: store.engine,
    get dataVersion() {
      return store.dataVersion;
    },
    async run<T extends Row = Row>(statement: string, params?: Params): Promise<T[]> {
      if (statement === 'stats') await new Promise((resolve) => setTimeout(resolve, ms));
      return store.run<T>(statement, params);
    },
    transaction: (work) => store.transaction(work),
    ping: () => store.ping(),
    close: () => store.close(),
  };
}

describe('time limit per request', () => {
  const server = serverFor({ http: { requestTimeoutMs: 150 }, wrapStore: (store) => slowStats(store, 2000), empty: true });

  it('answers a request over the limit with 503 and a clear error instead of hanging, and keeps serving', async () => {
    const started = Date.now();
    const { errors, status } = await server().gql('{ stats { cities } }');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(status).toBe(503);
    expect(errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', reason: 'TIMEOUT' });
    expect(errors![0].message).toMatch(/longer than the server's limit of 0.15 s/);
    await new Promise((resolve) => setTimeout(resolve, 2000)); // the abandoned work finishes; its late answer goes nowhere
    const fast = await server().gql('{ cities(first: 1) { totalCount } }');
    expect(fast.errors).toBeUndefined();
  });
});

describe('CSRF prevention', () => {
  const server = serverFor({ empty: true });
  const post = (headers: Record<string, string>, body: string) => fetch(`${server().url}/graphql`, { method: 'POST', headers, body });

  it('takes the client\'s requests: POST with content-type application/json', async () => {
    const response = await post({ 'content-type': 'application/json' }, JSON.stringify({ query: '{ stats { cities } }' }));
    expect(response.status).toBe(200);
  });

  it('blocks requests a browser could send from another site without a preflight', async () => {
    const simplePost = await post({ 'content-type': 'text/plain' }, JSON.stringify({ query: '{ stats { cities } }' }));
    expect(simplePost.status).toBe(400);
    const get = await fetch(`${server().url}/graphql?query=${encodeURIComponent('{ stats { cities } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
    const preflighted = await fetch(`${server().url}/graphql?query=${encodeURIComponent('{ stats { cities } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });

  describe('by default', () => {
    const server = serverFor({ empty: true });
    it('lets no other origin in: no CORS headers', async () => {
      const response = await preflight(server().url, 'https://elsewhere.example');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const post = await fetch(`${server().url}/graphql`, { method: 'POST', headers: { origin: 'https://elsewhere.example', 'content-type': 'application/json' }, body: '{"query":"{ stats { cities } }"}' });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('with C2C_CORS_ORIGINS', () => {
    const server = serverFor({ empty: true, http: { corsOrigins: ['https://explorer.example.org'] } });
    it('lets the configured origins in, with the headers writes need, and no others', async () => {
      const allowed = await preflight(server().url, 'https://explorer.example.org');
      expect(allowed.status).toBeLessThan(300);
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
      expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      const other = await preflight(server().url, 'https://elsewhere.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});

describe('introspection and the sandbox', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';
  const page = (url: string) => fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });

  describe('on (the default outside production)', () => {
    const server = serverFor({ empty: true });
    it('answers introspection, serves the sandbox and suggests field names', async () => {
      expect((await server().gql(INTROSPECT)).data.__schema.queryType.name).toBe('Query');
      const sandbox = await page(server().url);
      expect(sandbox.status).toBe(200);
      expect(await sandbox.text()).toMatch(/<html/i);
      expect((await server().gql('{ stats { citys } }')).errors![0].message).toMatch(/Did you mean "cities"/);
    });
  });

  describe('off (C2C_INTROSPECTION=false, the default in production)', () => {
    const server = serverFor({ empty: true, http: { introspection: false } });
    it('refuses introspection, serves no sandbox and hides field suggestions', async () => {
      const { errors } = await server().gql(INTROSPECT);
      expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors![0].message).toMatch(/introspection is not allowed/i);
      expect(await (await page(server().url)).text()).not.toMatch(/<html/i);
      expect((await server().gql('{ stats { citys } }')).errors![0].message).not.toMatch(/Did you mean/);
    });
  });
});

describe('configuration', () => {
  it('has safe defaults, stricter in production', () => {
    const dev = readConfig({});
    expect(dev.http).toMatchObject({ bodyLimit: '16mb', requestTimeoutMs: 30_000, corsOrigins: [], introspection: true });
    expect(dev.jwtSecret).toBeNull();
    expect(readConfig({ NODE_ENV: 'production' }).http.introspection).toBe(false);
    expect(readConfig({ NODE_ENV: 'production', C2C_INTROSPECTION: 'true' }).http.introspection).toBe(true);
  });

  it('reads every setting and refuses bad values with a message that says what to give', () => {
    const config = readConfig({
      C2C_JWT_SECRET: 's'.repeat(32),
      C2C_CORS_ORIGINS: 'https://a.example, http://localhost:5173',
      C2C_INTROSPECTION: 'off',
      C2C_BODY_LIMIT: '1mb',
      C2C_REQUEST_TIMEOUT_MS: '5000',
      C2C_MAX_DEPTH: '12',
      C2C_MAX_COST: '1000',
      C2C_MAX_ALIASES: '5',
      C2C_MAX_TOKENS: '800',
    });
    expect(config.jwtSecret).toBe('s'.repeat(32));
    expect(config.http).toEqual({
      bodyLimit: '1mb',
      requestTimeoutMs: 5000,
      corsOrigins: ['https://a.example', 'http://localhost:5173'],
      introspection: false,
      queryLimits: { depth: 12, cost: 1000, aliases: 5, tokens: 800 },
    });
    expect(() => readConfig({ C2C_JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => readConfig({ C2C_CORS_ORIGINS: 'example.org/path' })).toThrow(/not an origin/);
    expect(() => readConfig({ C2C_INTROSPECTION: 'maybe' })).toThrow(/true or false/);
    expect(() => readConfig({ C2C_BODY_LIMIT: 'lots' })).toThrow(/a size such as 16mb/);
    expect(() => readConfig({ C2C_REQUEST_TIMEOUT_MS: '-1' })).toThrow(/whole number/);
  });
});
