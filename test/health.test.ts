// /health says which engine the store runs on and whether it answers: 200
// when it does (test/api-reads.test.ts, and after every restart in the
// crash-safety tests), 503 when it does not, without the cause (it goes to
// the log).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';
import { unansweringStore } from './support/store-wrappers.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  vi.restoreAllMocks();
});

describe('/health', () => {
  it('answers 503 when the store does not answer, and logs why without saying it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    server = await startTestServer({ empty: true, wrapStore: unansweringStore });
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', store: { engine: 'embedded', answers: false } });
    expect(String(logged.mock.calls[0]?.[1])).toMatch(/ECONNREFUSED/);
  });
});
