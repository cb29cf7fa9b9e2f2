// The overview and the cluster labels over HTTP on the curated data (on
// both engines: the projection, hence the groups, comes from the store).
// `readable` is set low to make the curated graph's 237 actors an overview.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterLabelsQuery, GraphQuery, OverviewGroupOfQuery, OverviewQuery } from './generated/operations.ts';
import { read, readErrors } from './support/operations.ts';
import { startTestServer, type TestServer } from './support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const overview = async (variables: Record<string, unknown>) => (await read<OverviewQuery>(server, 'Overview', variables)).overview;

describe('overview', () => {
  it('answers a view within `readable` whole, as the graph field draws it', async () => {
    const [whole, { graph }] = await Promise.all([overview({}), read<GraphQuery>(server, 'Graph')]);
    expect(whole.aggregated).toBe(false);
    expect(whole.groups).toEqual([]);
    expect(whole.totalActors).toBe(graph.nodes.length);
    expect(whole.members.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(whole.members.edges).toHaveLength(graph.edges.length);
  });

  it('above `readable`, puts every actor in one group and counts every link once, inside a group or between two', async () => {
    const { graph } = await read<GraphQuery>(server, 'Graph');
    const regions = await overview({ groupBy: 'REGION', readable: 50 });
    expect(regions.aggregated).toBe(true);
    expect(regions.totalActors).toBe(graph.nodes.length);
    expect(regions.groups.reduce((n, g) => n + g.size, 0)).toBe(graph.nodes.length);
    expect(regions.groups.map((g) => g.size)).toEqual([...regions.groups.map((g) => g.size)].sort((a, b) => b - a));
    const opened = await Promise.all(regions.groups.map((g) => overview({ groupBy: 'REGION', readable: 50, open: g.id })));
    const members = opened.flatMap((o) => o.members.nodes.map((n) => n.id));
    expect(members.sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    opened.forEach((o, i) => expect(o.open).toEqual({ id: regions.groups[i]!.id, size: regions.groups[i]!.size }));
    const inside = opened.reduce((n, o) => n + o.members.edges.length, 0);
    const between = regions.links.reduce((n, l) => n + l.weight, 0);
    expect(inside + between).toBe(graph.edges.length);
  });

  it('opens a group: its members, their links to the other groups adding up to the group’s, the other links unchanged', async () => {
    const closed = await overview({ groupBy: 'REGION', readable: 50 });
    const africa = await overview({ groupBy: 'REGION', readable: 50, open: 'region:AFRICA' });
    const touches = (l: { source: string; target: string }) => l.source === 'region:AFRICA' || l.target === 'region:AFRICA';
    const key = (l: { source: string; target: string; weight: number }) => `${l.source}|${l.target}|${l.weight}`;
    expect(africa.links.filter((l) => !l.source.startsWith('region:')).map(key).sort().length).toBeGreaterThan(0);
    const ids = new Set(africa.members.nodes.map((n) => n.id));
    const fromMembers = africa.links.filter((l) => ids.has(l.source));
    expect(fromMembers.every((l) => l.target.startsWith('region:') && l.target !== 'region:AFRICA')).toBe(true);
    expect(fromMembers.reduce((n, l) => n + l.weight, 0)).toBe(closed.links.filter(touches).reduce((n, l) => n + l.weight, 0));
    expect(africa.links.filter((l) => !ids.has(l.source)).map(key).sort()).toEqual(closed.links.filter((l) => !touches(l)).map(key).sort());
    expect(ids.has('city:za:durban')).toBe(true);
  });

  it('labels groups from their data: the country, the size, the hub', async () => {
    const countries = await overview({ groupBy: 'COUNTRY', readable: 50 });
    const colombia = countries.groups.find((g) => g.id === 'country:CO')!;
    const hub = colombia.hubs[0] ? `, around ${colombia.hubs[0].name}` : '';
    expect(colombia.label).toMatch(new RegExp(`^Colombia, ${colombia.size} (cities|actors)${hub}( · |$)`));
    expect(colombia.countries).toEqual(['CO']);
    expect(colombia.region).toBe('LATIN_AMERICA_CARIBBEAN');
    expect(colombia.cities).toBe(colombia.supported + colombia.unsupported + colombia.isolated);
    const communities = await overview({ readable: 50 });
    const { overview: found } = await read<OverviewGroupOfQuery>(server, 'OverviewGroupOf', { readable: 50, id: 'city:co:medellin' });
    const medellin = communities.groups.find((g) => g.id === found.groupOf)!;
    expect(medellin.cluster).toBe(medellin.id);
    expect(medellin.label).toContain(`${medellin.size} `);
    expect(medellin.label).toContain(`around ${medellin.hubs[0]!.name}`);
    const opened = await overview({ readable: 50, open: medellin.id });
    expect(opened.members.nodes.map((n) => n.id)).toContain('city:co:medellin');
    // The same data, the same labels, in the same order.
    expect((await overview({ readable: 50 })).groups.map((g) => g.label)).toEqual(communities.groups.map((g) => g.label));
  });

  it('honours the filter: its groups hold what the filtered graph draws', async () => {
    const filter = { regions: ['AFRICA'] };
    const [{ graph }, filtered] = await Promise.all([read<GraphQuery>(server, 'Graph', { filter }), overview({ filter, groupBy: 'COUNTRY', readable: 10 })]);
    expect(filtered.totalActors).toBe(graph.nodes.length);
    expect(filtered.groups.reduce((n, g) => n + g.size, 0)).toBe(graph.nodes.length);
  });

  it('answers no group for ids it has none of, and refuses a `readable` out of range', async () => {
    const none = await overview({ readable: 50, open: 'cluster:no-such-actor' });
    expect(none.open).toBeNull();
    expect(none.members.nodes).toEqual([]);
    expect((await read<OverviewGroupOfQuery>(server, 'OverviewGroupOf', { readable: 50, id: 'city:xx:nowhere' })).overview.groupOf).toBeNull();
    expect((await read<OverviewGroupOfQuery>(server, 'OverviewGroupOf', { id: 'city:co:medellin' })).overview.groupOf).toBeNull();
    const { errors } = await readErrors(server, 'Overview', { readable: 0 });
    expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'readable' });
    expect(errors[0].message).toContain('readable must be a whole number from 1 to 100000');
  });
});

describe('cluster labels', () => {
  it('labels every cluster from its members: size, dominant countries among theirs, a hub among them', async () => {
    const { clusters } = await read<ClusterLabelsQuery>(server, 'ClusterLabels');
    expect(clusters.clusters.length).toBeGreaterThan(5);
    for (const c of clusters.clusters) {
      const members = new Map(c.members.map((m) => [m.id, m]));
      expect(c.label).toContain(`, ${c.size} `);
      expect(c.hubs.length).toBeGreaterThan(0);
      for (const hub of c.hubs) expect(members.has(hub.id)).toBe(true);
      if (c.size > 2) expect(c.label).toContain(`around ${c.hubs[0]!.name}`);
      const countries = c.members.map((m) => ('country' in m ? m.country : 'homeCountry' in m ? m.homeCountry : null));
      for (const code of c.countries) expect(countries.filter((x) => x === code).length).toBeGreaterThanOrEqual(0.1 * c.size);
    }
    const labels = clusters.clusters.map((c) => c.label);
    expect(labels.some((l) => l.startsWith('France'))).toBe(true);
  });
});
