// The analyses on small hand-built graphs whose answers are known by hand.
import { describe, expect, it } from 'vitest';
import { actorLinks, neighboursOf } from '../server/analytics/actor-graph.ts';
import { cluster } from '../server/analytics/clusters.ts';
import { coverage } from '../server/analytics/coverage.ts';
import { rankUnderserved, supportGaps } from '../server/analytics/gaps.ts';
import { matches } from '../server/analytics/matches.ts';
import { select } from '../server/analytics/selection.ts';
import { supportOfCities } from '../server/analytics/support.ts';
import { anyTriangles, southSouthPlusOne } from '../server/analytics/triangles.ts';
import { ProjectionBuilder } from './support/projection.ts';

const everyone = () => true;

describe('triangles', () => {
  it('finds the four triangles of four pairwise-linked cities once each, and none through a pendant', () => {
    const b = new ProjectionBuilder();
    for (const id of ['a', 'b', 'c', 'd', 'e']) b.city(id, 'FR');
    const pairs = [['a', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'c'], ['b', 'd'], ['c', 'd'], ['d', 'e']];
    pairs.forEach(([x, y], i) => b.partnership(`p${i}`, [x!, y!], { themes: i === 0 ? ['WASTE'] : ['HEALTH'] }));
    const { projection } = b;
    const triangles = anyTriangles(actorLinks(projection), everyone, projection.partnerships);
    expect(triangles.map((t) => t.actorIds.join(''))).toEqual(['abc', 'abd', 'acd', 'bcd']);
    expect(triangles[0]!.themes).toEqual(['HEALTH', 'WASTE']);
    expect(triangles[0]!.partnershipIds).toEqual(['p0', 'p1', 'p3']);
  });

  it('counts membership and funding sides too, and ranks triangles of independent links first', () => {
    const b = new ProjectionBuilder().city('x', 'FR').city('y', 'DE').city('z', 'FR').city('w', 'DE').actor('net', 'NETWORK').actor('eu', 'DONOR');
    b.partnership('group', ['x', 'y', 'z']); // one partnership: a triangle of one link
    b.partnership('pair', ['x', 'w']).link('MEMBER_OF', 'x', 'net').link('MEMBER_OF', 'w', 'net').link('FUNDS', 'eu', 'net');
    const { projection } = b;
    const triangles = anyTriangles(actorLinks(projection), everyone, projection.partnerships);
    expect(triangles.map((t) => t.actorIds.join(' '))).toEqual(['net w x', 'x y z']);
  });

  it('finds triangular cooperation: two Southern cities and a Northern party of one South–South or triangular partnership', () => {
    const b = new ProjectionBuilder().city('medellin', 'CO').city('recife', 'BR').city('lyon', 'FR').actor('eu', 'DONOR').actor('anamm', 'ASSOCIATION', 'ML');
    b.partnership('triad', ['medellin', 'recife', 'lyon'], { orientation: 'TRIANGULAR', themes: ['HOUSING'] });
    b.partnership('north-south', ['lyon', 'anamm', 'recife'], { orientation: 'NORTH_SOUTH' });
    b.partnership('south-south', ['recife', 'anamm'], { orientation: 'SOUTH_SOUTH' }).link('FUNDS', 'eu', 'south-south');
    const { projection } = b;
    const { partnerships, givers } = select(projection, {});
    const found = southSouthPlusOne(partnerships, (id) => givers.get(id) ?? [], projection.actors, everyone);
    // Both are triads of three parties: ties go by actor ids.
    expect(found.map((t) => [t.actorIds.join(' '), t.partnershipIds.join()])).toEqual([
      ['anamm eu recife', 'south-south'],
      ['lyon medellin recife', 'triad'],
    ]);
    expect(found[1]!.themes).toEqual(['HOUSING']);
  });
});

describe('clusters', () => {
  // Two cliques of four joined by one bridge: two obvious communities.
  const twoCommunities = () => {
    const b = new ProjectionBuilder();
    const left = ['l1', 'l2', 'l3', 'l4'];
    const right = ['r1', 'r2', 'r3', 'r4'];
    [...left, ...right].forEach((id) => b.city(id, 'FR'));
    let n = 0;
    for (const side of [left, right]) side.forEach((a, i) => side.slice(i + 1).forEach((c) => b.partnership(`p${n++}`, [a, c])));
    b.partnership('bridge', ['l1', 'r1']);
    b.city('alone', 'DE');
    return b.projection;
  };

  it('splits two cliques joined by a bridge into two Louvain communities, the same on every run', () => {
    const graph = actorLinks(twoCommunities());
    const first = cluster(graph, everyone, 'LOUVAIN');
    expect([...first.members.values()].filter((m) => m.length > 1).map((m) => m.join(' ')).sort()).toEqual(['l1 l2 l3 l4', 'r1 r2 r3 r4']);
    expect(first.clusterOf.get('l3')).toBe('cluster:l1');
    expect(first.modularity).toBeGreaterThan(0.3);
    for (let i = 0; i < 5; i++) expect(cluster(actorLinks(twoCommunities()), everyone, 'LOUVAIN').clusterOf).toEqual(first.clusterOf);
  });

  it('finds connected components as the baseline', () => {
    const components = cluster(actorLinks(twoCommunities()), everyone, 'CONNECTED_COMPONENTS');
    expect([...components.members.values()].map((m) => m.length).sort()).toEqual([1, 8]);
    expect(components.algorithm).toBe('connected-components');
  });
});

describe('support reach', () => {
  const graph = () =>
    new ProjectionBuilder()
      .city('funded', 'ML')
      .city('partner', 'SN')
      .city('member', 'KE')
      .city('far', 'KE')
      .city('alone', 'ML')
      .actor('donor', 'DONOR')
      .actor('assoc', 'ASSOCIATION', 'KE')
      .actor('net', 'NETWORK')
      .actor('prog', 'PROGRAMME')
      .link('FUNDS', 'donor', 'funded') // 1 hop
      .partnership('p', ['funded', 'partner'])
      .link('SUPPORTS', 'prog', 'p') // partner: 2 hops
      .link('MEMBER_OF', 'member', 'net')
      .link('FUNDS', 'donor', 'net') // member: 2 hops
      .link('MEMBER_OF', 'far', 'assoc')
      .link('MEMBER_OF', 'assoc', 'net').projection; // far: 3 hops

  it('reaches two hops by default, and three when asked', () => {
    const projection = graph();
    const within = (reach: number) => supportOfCities(projection, select(projection, {}), reach);
    const two = within(2);
    expect(Object.fromEntries([...two].map(([id, s]) => [id, s.level]))).toEqual({
      funded: 'SUPPORTED',
      partner: 'SUPPORTED',
      member: 'SUPPORTED',
      far: 'UNSUPPORTED',
      alone: 'ISOLATED',
    });
    expect(two.get('funded')!.supporters).toEqual(['donor', 'prog']);
    expect(two.get('partner')!.supporters).toEqual(['prog']);
    const three = within(3);
    expect(three.get('far')).toEqual({ level: 'SUPPORTED', supporters: ['donor'] });
    expect(within(1).get('partner')!.level).toBe('UNSUPPORTED');
  });

  it('ranks the under-served and rolls them up, population-weighted', () => {
    const b = new ProjectionBuilder()
      .city('big', 'ML', 900)
      .city('small', 'ML', 100)
      .city('unknown', 'ML')
      .city('fr1', 'FR', 1000)
      .city('fr2', 'FR', 1000)
      .actor('donor', 'DONOR');
    b.link('FUNDS', 'donor', 'small').partnership('p', ['big', 'fr1']).link('FUNDS', 'donor', 'p');
    const support = supportOfCities(b.projection, select(b.projection, {}), 2);
    const cities = [...support].map(([id, s]) => ({ city: b.projection.actors.get(id)!, support: s }));
    // ML is a Least Developed Country: its unserved city first.
    expect(rankUnderserved(cities).map((c) => c.city.id)).toEqual(['unknown', 'fr2']);
    const gaps = supportGaps(cities, 'COUNTRY');
    // ML: unknown weighs the mean known population (500) of 1,500 in all: 500 / 1500.
    expect(gaps.find((g) => g.key === 'ML')).toEqual({ key: 'ML', cities: 3, isolated: 1, unsupported: 0, supported: 2, populationUnserved: null, gapScore: 0.3333 });
    expect(gaps.find((g) => g.key === 'FR')).toMatchObject({ isolated: 1, supported: 1, populationUnserved: 1000, gapScore: 0.5 });
    expect(gaps.map((g) => g.key)).toEqual(['FR', 'ML']);
  });
});

describe('match-making and coverage', () => {
  const b = new ProjectionBuilder()
    .city('asker', 'ML')
    .city('south', 'SN')
    .city('north', 'FR')
    .city('partner', 'KE')
    .actor('net', 'NETWORK');
  b.partnership('w1', [['south', 'RESOURCE'], ['north', 'BENEFICIARY']], { themes: ['WASTE'] });
  b.partnership('w2', [['north', 'RESOURCE'], ['partner', 'BENEFICIARY']], { themes: ['WASTE'] });
  b.partnership('mine', [['asker', 'BENEFICIARY'], ['partner', 'RESOURCE']], { themes: ['WASTE'] });
  b.link('MEMBER_OF', 'asker', 'net').link('MEMBER_OF', 'south', 'net').link('FUNDS', 'net', 'w1');

  it('suggests resource cities with reasons, never the city itself nor a current partner on the theme', () => {
    const found = matches(b.projection, neighboursOf(actorLinks(b.projection)), 'asker', 'WASTE');
    expect(found.map((m) => m.cityId)).toEqual(['south', 'north']);
    for (const m of found) {
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(m.reasons.length).toBeGreaterThan(0);
    }
    expect(found[0]!.reasons.join(' ')).toMatch(/Resource city in 1 partnership on waste.*South–South.*Both members of net/);
  });

  it('counts partnerships and distinct supporters per region and theme, gaps included', () => {
    const { partnerships, givers } = select(b.projection, {});
    const cells = coverage(partnerships, b.projection.actors, (id) => givers.get(id) ?? [], ['AFRICA', 'EUROPE'], ['WASTE', 'HEALTH']);
    expect(cells).toEqual([
      { region: 'AFRICA', theme: 'WASTE', partnerships: 3, supporters: 1 },
      { region: 'AFRICA', theme: 'HEALTH', partnerships: 0, supporters: 0 },
      { region: 'EUROPE', theme: 'WASTE', partnerships: 2, supporters: 1 },
      { region: 'EUROPE', theme: 'HEALTH', partnerships: 0, supporters: 0 },
    ]);
  });
});

describe('what the sources state and what they imply', () => {
  it('counts established partnerships only unless the statuses say otherwise', () => {
    const b = new ProjectionBuilder().city('banjul', 'SN').city('ostend', 'FR').city('dakar', 'SN').city('lyon', 'FR');
    b.partnership('announced', ['banjul', 'ostend'], { status: 'ANNOUNCED' }).partnership('running', ['dakar', 'lyon']);
    const ids = (statuses?: ('ESTABLISHED' | 'ANNOUNCED' | 'CONTACT')[]) => select(b.projection, { statuses }).partnerships.map((p) => p.id);
    expect(ids()).toEqual(['running']);
    expect(ids(['ESTABLISHED', 'ANNOUNCED'])).toEqual(['announced', 'running']);
    expect(ids(['CONTACT'])).toEqual([]);
    const support = supportOfCities(b.projection, select(b.projection, {}));
    expect(support.get('banjul')!.level).toBe('ISOLATED');
  });

  it('tells an inferred funding from a stated one: statedOnly leaves it out, and the city it reached is no longer supported', () => {
    const b = new ProjectionBuilder().city('chegutu', 'KE').city('hinton', 'FR').actor('world-bank', 'DONOR').actor('eu', 'DONOR');
    b.partnership('link', ['chegutu', 'hinton']).link('FUNDS', 'world-bank', 'chegutu', { inferred: true }).link('FUNDS', 'eu', 'hinton');
    const all = supportOfCities(b.projection, select(b.projection, {}));
    const stated = supportOfCities(b.projection, select(b.projection, { statedOnly: true }));
    expect(all.get('chegutu')!.supporters).toContain('world-bank');
    expect(stated.get('chegutu')!.supporters).not.toContain('world-bank');
    expect(select(b.projection, { statedOnly: true }).links.map((l) => l.source)).toEqual(['eu']);
  });
});
