// What the explorer draws from its parts (client/src/explore/elements.ts): the
// filtered graph's relationships one by one and a neighbourhood's merged into
// weighted edges become one edge per type and pair, none counted twice, drawn
// wider the more relationships it stands for.
import { describe, expect, it } from 'vitest';
import { toElements, union, type Drawn } from '../client/src/explore/elements.ts';

const node = (id: string) => ({ id, kind: 'CITY' as const, label: id, cluster: null, supportLevel: null, region: null, country: null });
const edge = (id: string, type: string, source: string, target: string, weight = 1, partnershipId: string | null = null) => ({ id, type, source, target, partnershipId, weight });

describe('the drawn union of the explorer', () => {
  const graph: Drawn = {
    nodes: [node('a'), node('b'), node('c')],
    // Two of a and b's partnerships pass the filter, given either way round; one funding from a to c.
    edges: [edge('p1|a|b', 'PARTNERSHIP', 'a', 'b', 1, 'p1'), edge('p2|b|a', 'PARTNERSHIP', 'b', 'a', 1, 'p2'), edge('f1', 'FUNDS', 'a', 'c')],
  };
  // The neighbourhood of a counts all three of their partnerships, and c's funding of a (the other way).
  const around: Drawn = {
    nodes: [node('a'), node('b'), node('c')],
    edges: [{ ...edge('parallel|PARTNERSHIP|a|b', 'PARTNERSHIP', 'a', 'b', 3), partnershipIds: ['p1', 'p2', 'p3'] }, edge('f1', 'FUNDS', 'a', 'c'), edge('f2', 'FUNDS', 'c', 'a')],
  };

  it("merges one part's parallel links into one weighted edge", () => {
    const drawn = union([graph]);
    expect(drawn.edges.map((e) => [e.type, e.weight, e.partnershipIds])).toEqual([['PARTNERSHIP', 2, ['p1', 'p2']], ['FUNDS', 1, []]]);
    // Several partnerships behind one edge: none is its partnershipId.
    expect(drawn.edges[0]!.partnershipId).toBeNull();
  });

  it('counts a relationship two parts hold once, and keeps links in other directions apart', () => {
    const drawn = union([graph, around]);
    expect(drawn.edges.map((e) => `${e.id} ${e.weight}`).sort()).toEqual(['f1 1', 'f2 1', 'parallel|PARTNERSHIP|a|b 3']);
    expect(union([around, graph]).edges.map((e) => `${e.id} ${e.weight}`).sort()).toEqual(['f1 1', 'f2 1', 'parallel|PARTNERSHIP|a|b 3']);
    // The partnerships behind a pair, from every part, each once.
    expect(drawn.edges.find((e) => e.type === 'PARTNERSHIP')!.partnershipIds).toEqual(['p1', 'p2', 'p3']);
  });

  it("draws an edge that stands for several relationships wider, and a single one at its type's width", () => {
    const edges = toElements(union([graph, around])).filter((e) => e.group === 'edges');
    const width = (id: string) => edges.find((e) => e.data.id === id)!.data.width as number | undefined;
    expect(width('f1')).toBeUndefined();
    expect(width('parallel|PARTNERSHIP|a|b')).toBeGreaterThan(2);
  });
});
