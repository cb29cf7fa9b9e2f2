// The overview's groups and labels on a small hand-built graph whose answers
// are known by hand (server/analytics/overview.ts, group-labels.ts).
import { describe, expect, it } from 'vitest';
import { actorLinks } from '../server/analytics/actor-graph.ts';
import type { Clustering } from '../server/analytics/clusters.ts';
import { groupActors, MAX_COMMUNITY_GROUPS, openGroup, SMALL_COMMUNITY, UNLINKED } from '../server/analytics/overview.ts';
import { select } from '../server/analytics/selection.ts';
import { supportOfCities } from '../server/analytics/support.ts';
import { ProjectionBuilder } from './support/projection.ts';

/** Ten cities all twinned with each other, Kraków once more with Berlin and with Warszawa (five German, four Polish, one French); a French pair apart, linked once to Lyon; a lone city. */
function twinTowns() {
  const b = new ProjectionBuilder();
  const ten = ['Kraków', 'Gdańsk', 'Poznań', 'Warszawa', 'Berlin', 'Bonn', 'Jena', 'Köln', 'Ulm', 'Lyon'];
  for (const id of ten.slice(0, 4)) b.city(id, 'PL');
  for (const id of ten.slice(4, 9)) b.city(id, 'DE');
  b.city('Lyon', 'FR').city('Arles', 'FR').city('Nîmes', 'FR').city('Alone', 'JP');
  for (let i = 0; i < ten.length; i++) for (let j = i + 1; j < ten.length; j++) b.partnership(`p-${ten[i]}-${ten[j]}`, [ten[i]!, ten[j]!]);
  b.partnership('p-berlin-water', ['Kraków', 'Berlin'], { themes: ['WATER_SANITATION'] });
  b.partnership('p-warszawa-health', ['Kraków', 'Warszawa'], { themes: ['WATER_SANITATION', 'HEALTH'] });
  b.partnership('p-arles', ['Arles', 'Nîmes']);
  b.partnership('p-arles-lyon', ['Arles', 'Lyon']);
  return b.projection;
}

function grouped(by: 'COMMUNITY' | 'COUNTRY' | 'REGION') {
  const projection = twinTowns();
  const selected = select(projection, {});
  const links = actorLinks(projection, selected);
  const shown = new Set(projection.actors.keys());
  // The communities by hand (Louvain's own answers are tested in analytics-units): the ten, the pair, the lone city.
  const members = new Map([
    ['cluster:Berlin', ['Berlin', 'Bonn', 'Gdańsk', 'Jena', 'Kraków', 'Köln', 'Lyon', 'Poznań', 'Ulm', 'Warszawa']],
    ['cluster:Arles', ['Arles', 'Nîmes']],
    ['cluster:Alone', ['Alone']],
  ]);
  const clustering: Clustering = { algorithm: 'louvain', modularity: null, members, clusterOf: new Map([...members].flatMap(([id, ids]) => ids.map((m) => [m, id] as const))) };
  const groups = groupActors({ actors: projection.actors, shown, edges: links.edges, clustering, support: supportOfCities(projection, selected, 2), partnerships: selected.partnerships, by });
  return { projection, links, groups, clustering };
}

describe('overview groups', () => {
  it('names a community by its dominant countries, its size, its hub and its themes', () => {
    const { groups, clustering } = grouped('COMMUNITY');
    const star = groups.groups[0]!;
    expect(star.id).toBe(clustering.clusterOf.get('Kraków'));
    expect(star.size).toBe(10);
    expect(star.label).toBe('Germany · Poland, 10 cities, around Kraków · water, health');
    expect(groups.groups.map((g) => g.id)).toEqual([star.id, 'group:small:EUROPE', UNLINKED]);
    expect(star.countries).toEqual(['DE', 'PL']);
    expect(star.hubIds[0]).toBe('Kraków');
    expect(star.topThemes).toEqual(['WATER_SANITATION', 'HEALTH']);
  });

  it('draws small communities together per region and the actors without links apart', () => {
    const { groups } = grouped('COMMUNITY');
    const small = groups.byId.get('group:small:EUROPE')!;
    expect(small.memberIds).toEqual(['Arles', 'Nîmes']);
    expect(small.label).toBe('Europe · small clusters, 2 cities in 1 cluster');
    expect(groups.byId.get(UNLINKED)!.label).toBe('Not linked, 1 city');
    expect(groups.groupOf.get('Alone')).toBe(UNLINKED);
    // Every actor in exactly one group.
    expect(groups.groups.reduce((n, g) => n + g.size, 0)).toBe(13);
    // The one link between the pair and the ten, weighted 1, between the groups in id order.
    expect(groups.links).toEqual([{ source: 'cluster:Berlin', target: 'group:small:EUROPE', weight: 1 }]);
  });

  it('draws at most MAX_COMMUNITY_GROUPS communities as their own groups, the largest; the rest join the small ones of their region', () => {
    const b = new ProjectionBuilder();
    const members = new Map<string, string[]>();
    // Five more communities than are drawn apart, each a size of its own (the last the smallest), all in France.
    for (let c = 0; c < MAX_COMMUNITY_GROUPS + 5; c++) {
      const ids = Array.from({ length: SMALL_COMMUNITY + MAX_COMMUNITY_GROUPS + 5 - c }, (_, i) => `c${c}-${i}`);
      for (const id of ids) b.city(id, 'FR');
      members.set(`cluster:c${c}`, ids);
    }
    const projection = b.projection;
    const selected = select(projection, {});
    const clustering: Clustering = { algorithm: 'louvain', modularity: null, members, clusterOf: new Map([...members].flatMap(([id, ids]) => ids.map((m) => [m, id] as const))) };
    const shown = new Set(projection.actors.keys());
    const groups = groupActors({ actors: projection.actors, shown, edges: [], clustering, support: supportOfCities(projection, selected, 2), partnerships: [], by: 'COMMUNITY' });
    expect(groups.groups).toHaveLength(MAX_COMMUNITY_GROUPS + 1);
    expect(groups.groups[0]!.id).toBe('cluster:c0');
    const small = groups.byId.get('group:small:EUROPE')!;
    expect(small.label).toBe(`Europe · small clusters, ${small.size} cities in 5 clusters`);
    expect(new Set(small.memberIds.map((m) => clustering.clusterOf.get(m)))).toEqual(new Set([100, 101, 102, 103, 104].map((c) => `cluster:c${c}`)));
    expect(groups.groups.reduce((n, g) => n + g.size, 0)).toBe(shown.size);
  });

  it('groups by country, counting the links between countries', () => {
    const { groups } = grouped('COUNTRY');
    expect(groups.groups.map((g) => [g.id, g.size])).toEqual([
      ['country:DE', 5],
      ['country:PL', 4],
      ['country:FR', 3],
      ['country:JP', 1],
    ]);
    expect(groups.byId.get('country:PL')!.label).toBe('Poland, 4 cities, around Kraków · health, water');
    expect(groups.byId.get('country:FR')!.label).toBe('France, 3 cities, around Arles');
    const weight = (a: string, b: string) => groups.links.find((l) => [l.source, l.target].sort().join() === [a, b].sort().join())?.weight;
    // Every Polish city with every German one, Kraków once more with Berlin.
    expect(weight('country:PL', 'country:DE')).toBe(21);
    expect(weight('country:PL', 'country:FR')).toBe(4);
    expect(weight('country:DE', 'country:FR')).toBe(5);
    expect(weight('country:JP', 'country:FR')).toBeUndefined();
  });

  it('opens a group: its members and their links, and each member’s links to the other groups', () => {
    const { projection, links, groups, clustering } = grouped('COUNTRY');
    const annotations = { support: supportOfCities(projection, select(projection, {}), 2), clusters: clustering.clusterOf };
    const opened = openGroup(groups, links, annotations, 'country:PL');
    expect(opened.members.nodes.map((n) => n.id).sort()).toEqual(['Gdańsk', 'Kraków', 'Poznań', 'Warszawa']);
    expect(opened.members.edges).toHaveLength(7);
    expect(opened.links).toEqual(
      expect.arrayContaining([
        { source: 'Kraków', target: 'country:DE', weight: 6 },
        { source: 'Kraków', target: 'country:FR', weight: 1 },
        { source: 'Gdańsk', target: 'country:FR', weight: 1 },
      ]),
    );
    expect(opened.links.filter((l) => l.source === 'Poznań').map((l) => l.weight)).toEqual([5, 1]);
    // Links between the other groups stay; none touches the opened group any more.
    expect(opened.links.some((l) => l.source === 'country:PL' || l.target === 'country:PL')).toBe(false);
  });
});
