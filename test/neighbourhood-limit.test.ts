// The capped neighbourhood (server/analytics/nearest.ts) on a hand-built
// graph whose answers are known by hand: nearest hops first, partners'
// partners before the members of a large network, the cut and its count, a
// traversal that does not walk past the hop that fills the limit, and the
// strongest edges when there are more than the edge limit.
import { describe, expect, it } from 'vitest';
import { Adjacency } from '../server/analytics/adjacency.ts';
import { actorLinks, type ActorLinks } from '../server/analytics/actor-graph.ts';
import { nearest as nearestNumbers } from '../server/analytics/nearest.ts';
import type { NumberedGraph } from '../server/analytics/numbered-graph.ts';
import { edgeIdsOf, partnershipIdsOf } from '../server/analytics/parallel-links.ts';
import { neighbourhood } from '../server/analytics/subgraph.ts';
import { ProjectionBuilder } from './support/projection.ts';

/**
 * start has two partners, p1 (who has its own partner q) and p2, and belongs
 * to net with twelve other members m01..m12; m07 and m08 are partners too, so
 * they have one link more than the other members. far is three hops away, partner of q.
 */
function links(): ActorLinks {
  const b = new ProjectionBuilder().city('start', 'FR').city('p1', 'DE').city('p2', 'DE').city('q', 'JP').city('far', 'JP').actor('net', 'NETWORK');
  const members = Array.from({ length: 12 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);
  for (const m of members) b.city(m, 'ML').link('MEMBER_OF', m, 'net');
  b.link('MEMBER_OF', 'start', 'net');
  b.partnership('a', ['start', 'p1']).partnership('b', ['start', 'p2']).partnership('c', ['p1', 'q']).partnership('d', ['m07', 'm08']).partnership('e', ['q', 'far']);
  return actorLinks(b.projection);
}

const graph = () => new Adjacency(links());

/** nearest by ids, its graph's numbers read through `numbers` (the adjacency's own by default). */
function nearest(g: Adjacency, start: string, depth: number, limit: number, numbers: NumberedGraph = g.graph) {
  const { order, ...rest } = nearestNumbers(numbers, g.indexOf(start), depth, limit);
  return { ids: order.map((i) => g.idOf(i)), ...rest };
}

/** `g`'s numbers with a record of the actors whose edges the traversal read. */
function watched(g: Adjacency): { numbers: NumberedGraph; expanded: string[] } {
  const expanded: string[] = [];
  const numbers = new Proxy(g.graph, {
    get(target, property, receiver) {
      if (property === 'forEachNeighbourOf') return (node: number, callback: never) => (expanded.push(g.idOf(node)), target.forEachNeighbourOf(node, callback));
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { numbers, expanded };
}

describe('nearest: the capped neighbourhood', () => {
  it('answers everything within the depth, hop by hop, when it fits the limit', () => {
    const answer = nearest(graph(), 'start', 2, 1000);
    // Hop 1: tied shares (one link each of start's three), more links overall first: net (13), p1 (2), p2 (1).
    expect(answer.ids.slice(0, 4)).toEqual(['start', 'net', 'p1', 'p2']);
    // Hop 2: q holds half of p1's links; each member a thirteenth of net's; m07 and m08 have a link more.
    expect(answer.ids.slice(4, 7)).toEqual(['q', 'm07', 'm08']);
    expect(answer.ids).toHaveLength(1 + 3 + 1 + 12);
    expect(answer.ids).not.toContain('far');
    expect(answer).toMatchObject({ truncated: false, total: 17 });
  });

  it('keeps partners of partners before the members of a network, and counts what it left out at the last hop', () => {
    const answer = nearest(graph(), 'start', 2, 6);
    expect(answer.ids).toEqual(['start', 'net', 'p1', 'p2', 'q', 'm07']);
    expect(answer).toMatchObject({ truncated: true, total: 17 });
  });

  it('does not count (nor walk) the hops past the one that fills the limit', () => {
    const g = graph();
    const { numbers, expanded } = watched(g);
    const answer = nearest(g, 'start', 5, 3, numbers);
    expect(answer).toEqual({ ids: ['start', 'net', 'p1'], truncated: true, total: null });
    expect(expanded).toEqual(['start']);
  });

  it('is the actor alone at a limit of 1, and not truncated for an actor without links', () => {
    expect(nearest(graph(), 'start', 1, 1)).toEqual({ ids: ['start'], truncated: true, total: 4 });
    const b = new ProjectionBuilder().city('alone', 'FR');
    expect(nearest(new Adjacency(actorLinks(b.projection)), 'alone', 3, 1)).toEqual({ ids: ['alone'], truncated: false, total: 1 });
  });

  it('draws every edge among the kept actors once, loops and parallel links included, and none to actors left out', async () => {
    const l = links();
    // Parallel links between a hub and a small actor, and loops on a hub and on a small actor (found from different sides).
    l.edges.push({ key: 'again', type: 'FUNDS', source: 'start', target: 'net', partnershipId: null });
    l.edges.push({ key: 'loop', type: 'SUPPORTS', source: 'net', target: 'net', partnershipId: null });
    l.edges.push({ key: 'small-loop', type: 'SUPPORTS', source: 'p2', target: 'p2', partnershipId: null });
    const g = new Adjacency(l);
    for (const limit of [1, 3, 6, 9, 1000]) {
      const drawn = await neighbourhood(g, { support: new Map(), clusters: new Map() }, 'start', { depth: 2, limit, mergeParallel: false, edgeLimit: 1000 });
      const kept = new Set(drawn.nodes.map((n) => n.id));
      const among = l.edges.filter((e) => kept.has(e.source) && kept.has(e.target)).map((e) => e.key).sort();
      expect(drawn.edges.map((e) => e.id).sort(), `limit ${limit}`).toEqual(among);
      expect(drawn.truncated).toBe(limit < 17);
    }
  });

  it('merges parallel links into one weighted edge per type and pair when asked, and only then', async () => {
    // start and p1 are partners in three partnerships (a, x, y), and start funds p1 twice: two merged edges between them.
    const b = new ProjectionBuilder().city('start', 'FR').city('p1', 'DE').city('p2', 'DE');
    b.partnership('a', ['start', 'p1']).partnership('x', ['start', 'p1']).partnership('y', ['p1', 'start']).partnership('b', ['start', 'p2']);
    b.link('FUNDS', 'start', 'p1').link('FUNDS', 'start', 'p1', { fundingId: 'second-funding' });
    const g = new Adjacency(actorLinks(b.projection));
    const annotations = { support: new Map(), clusters: new Map() };
    const options = { depth: 1, limit: 1000, edgeLimit: 1000 };
    const separate = await neighbourhood(g, annotations, 'start', { ...options, mergeParallel: false });
    const merged = await neighbourhood(g, annotations, 'start', { ...options, mergeParallel: true });
    expect(merged.nodes).toEqual(separate.nodes);
    const listed = ({ bundle, id, partnershipId }: (typeof merged.edges)[number]) =>
      bundle ? { edgeIds: edgeIdsOf(bundle), partnershipIds: partnershipIdsOf(bundle) } : { edgeIds: [id], partnershipIds: partnershipId ? [partnershipId] : [] };
    const byPair = (edges: typeof merged.edges) => edges.map((e) => `${e.type} ${e.source}>${e.target} ${e.weight} ${listed(e).partnershipIds}`).sort();
    // A partnership's ends either way round; a funding in its stated direction.
    expect(byPair(merged.edges)).toEqual(['FUNDS start>p1 2 ', 'PARTNERSHIP p1>start 3 a,x,y', 'PARTNERSHIP start>p2 1 b']);
    // Together the merged edges stand for every separate one, each once.
    expect(merged.edges.flatMap((e) => listed(e).edgeIds).sort()).toEqual(separate.edges.map((e) => e.id).sort());
    // One partnership behind an edge stays its partnershipId; several leave it to partnershipIds.
    expect(merged.edges.find((e) => e.weight === 3)).toMatchObject({ partnershipId: null, id: 'parallel|PARTNERSHIP|p1|start' });
    expect(merged.edges.find((e) => e.weight === 1)).toMatchObject({ partnershipId: 'b', id: separate.edges.find((e) => e.partnershipId === 'b')!.id });
    expect(separate.edges.every((e) => e.weight === undefined)).toBe(true);
  });

  /** graph() without far, with m07 and m08 partners twice more (d, d2, d3) and p2 a partner of q (f); around start at depth 2. */
  function aroundStart(mergeParallel: boolean) {
    const b = new ProjectionBuilder().city('start', 'FR').city('p1', 'DE').city('p2', 'DE').city('q', 'JP').actor('net', 'NETWORK');
    const members = Array.from({ length: 12 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);
    for (const m of members) b.city(m, 'ML').link('MEMBER_OF', m, 'net');
    b.link('MEMBER_OF', 'start', 'net');
    b.partnership('a', ['start', 'p1']).partnership('b', ['start', 'p2']).partnership('c', ['p1', 'q']).partnership('f', ['p2', 'q']);
    for (const id of ['d', 'd2', 'd3']) b.partnership(id, ['m07', 'm08']);
    const g = new Adjacency(actorLinks(b.projection));
    return (edgeLimit: number) => neighbourhood(g, { support: new Map(), clusters: new Map() }, 'start', { depth: 2, limit: 1000, mergeParallel, edgeLimit });
  }

  it('keeps, past the edge limit, each actor\'s link towards the centre first, then the heaviest links, and counts them all', async () => {
    // The three partnerships of m07 and m08 merge into a weight of 3.
    const around = aroundStart(true);
    const pairs = (drawn: Awaited<ReturnType<typeof around>>) => drawn.edges.map((e) => [e.source, e.target].sort().join('-')).sort();
    const whole = await around(1000);
    expect(whole.nodes).toHaveLength(17);
    expect(whole.edges).toHaveLength(18);
    expect(whole.totalEdges).toBe(18);
    // The 16 links that reach each actor from one nearer: q through p1, its partner nearest the centre; m08 through
    // m07 (three partnerships outweigh its membership of net). Then, of the two single links left, the one to q,
    // nearer the centre than m08 (two partners lead to it).
    const cut = await around(17);
    expect(cut.totalEdges).toBe(18);
    expect(pairs(cut)).toEqual(pairs(whole).filter((pair) => pair !== 'm08-net'));
    expect(cut.edges.find((e) => e.weight === 3)).toMatchObject({ source: 'm07', target: 'm08' });
    // With room for three, the links that reach the three nearest actors from the centre.
    const three = await around(3);
    expect(pairs(three)).toEqual(['net-start', 'p1-start', 'p2-start']);
    expect(three.nodes).toEqual(whole.nodes);
  });
  it('with relationships apart, keeps past the backbone the links whose farther end is nearest, then the first listed', async () => {
    const around = aroundStart(false);
    const partnershipsOf = (drawn: Awaited<ReturnType<typeof around>>) => drawn.edges.flatMap((e) => (e.partnershipId ? [e.partnershipId] : [])).sort();
    const whole = await around(1000);
    expect(whole.totalEdges).toBe(20);
    // The backbone (16 links) reaches m08 through net, nearer the centre than m07; the four single links left weigh
    // one each: f ends at q, nearer than m08, where d, d2 and d3 end.
    expect(partnershipsOf(await around(17))).toEqual(['a', 'b', 'c', 'f']);
    expect(partnershipsOf(await around(18))).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect((await around(18)).totalEdges).toBe(20);
  });
});
