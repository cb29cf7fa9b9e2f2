// The map's clustering (client/src/explore/map-clusters.ts) on made-up
// points: counts add up to the actors placed, links are gathered into one
// weighted link per pair of clusters and none is lost or counted twice,
// zooming in only splits, and the last level has every actor alone.
import { describe, expect, it } from 'vitest';
import { MapClusters, SINGLE_ZOOM } from '../client/src/explore/map-clusters.ts';
import type { Drawn } from '../client/src/explore/elements.ts';
import type { Place } from '../client/src/explore/geo.ts';
import { playSteps } from '../client/src/explore/YearRange.tsx';

const WORLD: [number, number, number, number] = [-180, -90, 180, 90];

/** Two towns of 50 actors each (Lyon and Nairobi), a few metres apart inside each, every actor linked to the next and to its twin in the other town. */
function twoTowns(): { drawn: Drawn; placed: Map<string, Place> } {
  const placed = new Map<string, Place>();
  const nodes: Drawn['nodes'] = [];
  const edges: Drawn['edges'] = [];
  for (const [town, lat, lon] of [['lyon', 45.76, 4.84], ['nairobi', -1.29, 36.82]] as const) {
    for (let i = 0; i < 50; i++) {
      const id = `city:${town}:${i}`;
      nodes.push({ id, kind: 'CITY', label: `${town} ${i}`, cluster: town, supportLevel: null, region: null, country: null });
      placed.set(id, { lat: lat + i * 0.0001, lon: lon + i * 0.0001 });
      if (i > 0) edges.push({ id: `e:${id}`, source: `city:${town}:${i - 1}`, target: id, type: 'PARTNERSHIP', partnershipId: null, weight: 1 });
    }
  }
  for (let i = 0; i < 50; i++) edges.push({ id: `twin:${i}`, source: `city:lyon:${i}`, target: `city:nairobi:${i}`, type: 'PARTNERSHIP', partnershipId: null, weight: 1 });
  return { drawn: { nodes, edges }, placed };
}

describe('map clusters', () => {
  const { drawn, placed } = twoTowns();
  const colours = new Map(drawn.nodes.map((n) => [n.id, n.cluster === 'lyon' ? '#111111' : '#222222']));
  const clusters = new MapClusters(drawn, placed, colours);

  it('shows each town as one disc at world zoom, with its count and colour, and the twins as one link of weight 50', () => {
    const view = clusters.view(0, WORLD, 1000);
    expect(view.nodes.map((n) => n.count).sort()).toEqual([50, 50]);
    expect(view.nodes.every((n) => n.clusterId !== null && n.pie.length === 1)).toBe(true);
    expect(view.edges).toHaveLength(1);
    expect(view.edges[0]).toMatchObject({ weight: 50, type: 'PARTNERSHIP' });
    expect(view.linksInView).toBe(1);
  });

  it('splits down to every actor alone at the last level, every link then drawn once', () => {
    const view = clusters.view(SINGLE_ZOOM, WORLD, 1000);
    expect(view.nodes).toHaveLength(100);
    expect(view.nodes.every((n) => n.count === 1 && n.clusterId === null)).toBe(true);
    expect(view.edges.reduce((sum, e) => sum + e.weight, 0)).toBe(drawn.edges.length);
  });

  it('only splits as it zooms: at each level the counts add up to every placed actor, and no cluster grows', () => {
    let largest = Infinity;
    for (let zoom = 0; zoom <= SINGLE_ZOOM; zoom++) {
      const view = clusters.view(zoom, WORLD, 1000);
      expect(view.nodes.reduce((sum, n) => sum + n.count, 0), String(zoom)).toBe(100);
      const now = Math.max(...view.nodes.map((n) => n.count));
      expect(now).toBeLessThanOrEqual(largest);
      largest = now;
    }
  });

  it('keeps to the viewport, with the far ends of the strongest links leaving it, and says how many links it left out', () => {
    const lyon: [number, number, number, number] = [4, 45, 6, 47];
    const view = clusters.view(SINGLE_ZOOM, lyon, 10);
    expect(view.edges).toHaveLength(10);
    // 49 links inside Lyon and the 50 twins.
    expect(view.linksInView).toBe(99);
    const inLyon = view.nodes.filter((n) => n.id.startsWith('city:lyon:'));
    expect(inLyon.length).toBe(50);
    for (const edge of view.edges) expect(view.nodes.some((n) => n.id === edge.source) && view.nodes.some((n) => n.id === edge.target)).toBe(true);
  });
});

describe('the steps of a play', () => {
  it('takes the years at or after the start, thinned to forty with the last kept', () => {
    expect(playSteps([1990, 1995, 2000, 2010], 1995)).toEqual([1995, 2000, 2010]);
    const many = Array.from({ length: 100 }, (_, i) => 1900 + i);
    const steps = playSteps(many, null);
    expect(steps).toHaveLength(40);
    expect(steps.at(-1)).toBe(1999);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });
});
