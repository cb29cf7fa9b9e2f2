// No N+1: the number of statements a request runs depends on the depth of the
// query, not on how many items its lists hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitiesDeepQuery } from './generated/operations.ts';
import { read } from './support/operations.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { countingStore, oneAtATime, type CountingStore } from './support/store-wrappers.ts';

let server: TestServer;
let counting: CountingStore;
beforeAll(async () => {
  server = await startTestServer({ wrapStore: (store) => (counting = countingStore(oneAtATime(store))).store });
});
afterAll(async () => {
  await server?.close();
});

async function statementsFor(first: number) {
  counting.reset();
  const data = await read<CitiesDeepQuery>(server, 'CitiesDeep', { first });
  return { data, calls: [...counting.calls] };
}

describe('batching', () => {
  it('runs as many statements for a nested query over 100 cities as over 10', async () => {
    await statementsFor(1); // the analytics projection is read once per data version, not per request
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten.data.cities.edges).toHaveLength(10);
    expect(hundred.data.cities.edges).toHaveLength(100);
    // The query reaches hundreds of nested items...
    const items = hundred.data.cities.edges.flatMap((e) => [...e.node.partnerships, ...e.node.partners, ...e.node.memberships]);
    expect(items.length).toBeGreaterThan(200);
    // ...in one statement per nested field, whatever the page size.
    expect(hundred.calls.length).toBe(ten.calls.length);
    expect(new Set(hundred.calls)).toEqual(new Set(ten.calls));
    expect(hundred.calls.length).toBeLessThan(40);
  });
});
