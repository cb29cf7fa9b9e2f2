// Every error carries one of five codes and a message a user can act on;
// internal failures are logged, not shown, outside development mode.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES, createErrorFormatter } from '../server/graphql/format-error.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { failingStore } from './support/store-wrappers.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ wrapStore: (store) => failingStore(store, (statement) => statement === 'stats') });
});
afterAll(async () => {
  await server?.close();
});

describe('errors over HTTP', () => {
  it('answers a query that does not parse with BAD_USER_INPUT and where it broke', async () => {
    const { errors, status } = await server.gql('{ cities(first: 2) { totalCount }');
    expect(status).toBe(400);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' });
    expect(errors![0].message).toMatch(/Syntax Error/);
    expect(errors![0].locations[0]).toMatchObject({ line: 1 });
  });

  it('answers an unknown field or a wrong enum value with BAD_USER_INPUT naming it', async () => {
    const field = await server.gql('{ cities { totalCount population } }');
    expect(field.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
    expect(field.errors![0].message).toMatch(/Cannot query field "population"/);
    const value = await server.gql('query($w: CityWhere) { cities(where: $w) { totalCount } }', { w: { region: 'ATLANTIS' } });
    expect(value.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(value.errors![0].message).toMatch(/ATLANTIS/);
  });

  it('hides an internal failure behind a generic message, without a stack trace, and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { errors } = await server.gql('{ stats { cities } }');
      expect(errors).toHaveLength(1);
      expect(errors![0]).toMatchObject({ path: ['stats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(errors![0].message).not.toMatch(/injected|10\.0\.0\.7|stats/);
      expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at .*\.ts/);
      expect(String(log.mock.calls[0]?.[1])).toMatch(/injected failure in stats/);
    } finally {
      log.mockRestore();
    }
  });
});

describe('the error formatter', () => {
  const internal = { message: 'Cannot read properties of undefined', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x.ts'] } };

  it('keeps internal messages in development mode only', () => {
    const quiet = () => {};
    expect(createErrorFormatter(true, quiet)(internal, new Error('x')).message).toBe(internal.message);
    expect(createErrorFormatter(false, quiet)(internal, new Error('x'))).toEqual({
      message: expect.stringMatching(/^Internal server error/),
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('only ever answers one of the five codes', () => {
    const format = createErrorFormatter(false, () => {});
    for (const code of ['BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'SOMETHING_ELSE', undefined]) {
      const formatted = format({ message: 'm', extensions: code ? { code } : {} }, new Error('m'));
      expect(ERROR_CODES).toContain(formatted.extensions?.code);
    }
  });
});
