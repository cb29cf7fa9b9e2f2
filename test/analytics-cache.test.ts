// The analyses read one projection per data version, keep their results with
// it, and start afresh after a write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Analytics } from '../server/analytics/analytics.ts';
import { openStore } from '../server/store/open-store.ts';
import type { GraphStore } from '../server/store/store.ts';
import { seedCurated } from '../seed/seed-curated.ts';
import { countingStore } from './support/store-wrappers.ts';

let store: GraphStore;
beforeAll(async () => {
  store = await openStore({ dataDir: null, neo4j: null });
  await seedCurated(store);
});
afterAll(async () => {
  await store?.close();
});

describe('analytics cache', () => {
  it('reads the projection once for every analysis, and answers a repeated analysis from the cache', async () => {
    const counting = countingStore(store);
    const analytics = new Analytics(counting.store);
    const clusters = await analytics.clusters(null, 'LOUVAIN');
    await analytics.triangles('ANY', null);
    await analytics.supportGaps('REGION', null, 2);
    await analytics.coverage(null);
    await analytics.matches('city:vn:hanoi', 'WASTE');
    expect([...counting.calls].sort()).toEqual(['projection-actors', 'projection-links', 'projection-partnerships']);
    expect(await analytics.clusters(null, 'LOUVAIN')).toBe(clusters);
    expect(await analytics.clusters({ themes: [], regions: null }, 'LOUVAIN')).toBe(clusters); // the same filter, written differently
  });

  it('computes afresh after a write', async () => {
    const analytics = new Analytics(store);
    const before = await analytics.supportGaps('COUNTRY', null, 2);
    await store.transaction(async (tx) => {
      await tx.run('delete-nodes', { ids: ['donor:european-commission'] });
    });
    const after = await analytics.supportGaps('COUNTRY', null, 2);
    expect(after).not.toBe(before);
    expect((await analytics.citySupport('city:ni:esteli'))?.supporters).not.toContain('donor:european-commission');
  });
});
