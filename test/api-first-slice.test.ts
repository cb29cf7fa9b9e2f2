// The first slice of the GraphQL API over real HTTP on the curated data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('GraphQL API (first slice)', () => {
  it('answers the counts of the curated set', async () => {
    const { data } = await server.gql('{ stats { cities associations networks donors programmes partnerships relationships } }');
    const [direct] = await server.store.run('stats');
    expect(data.stats).toEqual(direct);
    expect(data.stats.cities).toBeGreaterThan(100);
  });

  it('shows Barcelona among Medellín’s partners, with the source of that fact', async () => {
    const { data, errors } = await server.gql(`{
      actor(id: "city:co:medellin") {
        name
        ... on City {
          country region bloc
          partners { id name }
          partnerships { title orientation sources { document locator quote } participants { role actor { id name } } }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.actor.name).toBe('Medellín');
    expect(data.actor.partners.map((p: any) => p.name)).toContain('Barcelona');
    const withBarcelona = data.actor.partnerships.filter((p: any) => p.participants.some((x: any) => x.actor.id === 'city:es:barcelona'));
    expect(withBarcelona.length).toBeGreaterThan(0);
    expect(withBarcelona[0].sources[0]).toMatchObject({ document: '002_eb8d08529b18aadc.txt' });
    expect(withBarcelona[0].sources[0].locator).toMatch(/line \d+/);
  });

  it('tells who Yokohama cooperates with and on what', async () => {
    const { data } = await server.gql(`{ actor(id: "city:jp:yokohama") { ... on City { partnerships { themes participants { actor { name } } } } } }`);
    const partners = data.actor.partnerships.flatMap((p: any) => p.participants.map((x: any) => x.actor.name));
    expect(partners).toContain('Bangkok');
    expect(data.actor.partnerships.flatMap((p: any) => p.themes).length).toBeGreaterThan(0);
  });

  it('pages cities with opaque cursors and a total', async () => {
    const first = await server.gql('{ cities(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }');
    const page1 = first.data.cities;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql('query($after: String) { cities(first: 2, after: $after) { totalCount edges { node { name } } } }', {
      after: page1.pageInfo.endCursor,
    });
    expect(second.data.cities.totalCount).toBe(page1.totalCount);
    const names = [...page1.edges, ...second.data.cities.edges].map((e: any) => e.node.name);
    expect(new Set(names).size).toBe(4);
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names.slice().sort((a, b) => a.localeCompare(b)));
  });

  it('filters cities by name ignoring case and accents', async () => {
    const { data } = await server.gql('{ cities(where: { nameContains: "MEDELLIN" }) { totalCount edges { node { name } } } }');
    expect(data.cities.edges.map((e: any) => e.node.name)).toEqual(['Medellín']);
  });

  it('reports a bad page size and a malformed cursor as user errors', async () => {
    const big = await server.gql('{ cities(first: 5000) { totalCount } }');
    expect(big.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(big.errors![0].message).toMatch(/first must be a whole number from 1 to 1000/);
    const cursor = await server.gql('{ partnerships(after: "not-a-cursor") { totalCount } }');
    expect(cursor.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(cursor.errors![0].message).toMatch(/not a cursor/);
  });

  it('returns null for an unknown actor', async () => {
    const { data, errors } = await server.gql('{ actor(id: "city:zz:nowhere") { id } }');
    expect(errors).toBeUndefined();
    expect(data.actor).toBeNull();
  });

  it('reports the store engine at /health', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(await response.json()).toEqual({ status: 'ok', store: { engine: 'embedded', answers: true } });
  });
});
