// The Gephi exports in Chromium on the curated data: GEXF and GraphML files
// of the view, parsed back with graphology's own parsers, have the view's
// actors and links (parallel links as one edge, weighted by how many), with
// kind, country, region, cluster, support level and coordinates; with an
// actor selected, what is exported is it and its partners, as for CSV and
// JSON.
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GRAPH, clientSuite } from './support/client-suite.ts';

const suite = clientSuite();

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${name.toLowerCase()}$`));
  return readFileSync((await file.path())!, 'utf8');
}

interface ViewGraph {
  nodes: { id: string; kind: string; country: string | null; region: string | null; cluster: string | null; supportLevel: string | null }[];
  edges: { source: string; target: string; type: string }[];
}

async function viewGraph(): Promise<ViewGraph> {
  const { data } = await suite.server.gql<{ graph: ViewGraph }>('{ graph { nodes { id kind country region cluster supportLevel } edges { source target type } } }');
  // The client leaves out loops (elements.ts).
  return { ...data!.graph, edges: data!.graph.edges.filter((e) => e.source !== e.target) };
}

/** The links of a view as one weighted edge per type and pair of actors (a partnership has no direction). */
function weighted(edges: ViewGraph['edges']): Map<string, number> {
  const weights = new Map<string, number>();
  for (const e of edges) {
    const [a, b] = e.type === 'PARTNERSHIP' ? [e.source, e.target].sort() : [e.source, e.target];
    const key = `${e.type}|${a}|${b}`;
    weights.set(key, (weights.get(key) ?? 0) + 1);
  }
  return weights;
}

function weightsOf(graph: Graph): Map<string, number> {
  const weights = new Map<string, number>();
  graph.forEachEdge((_key, attributes, source, target, _s, _t, undirected) => {
    const [a, b] = undirected ? [source, target].sort() : [source, target];
    weights.set(`${attributes.type}|${a}|${b}`, attributes.weight as number);
  });
  return weights;
}

describe('Gephi exports in Chromium', () => {
  it('exports the view as GEXF and GraphML that parse back with its actors, attributes and weighted links', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(suite.server.url);
    await page.locator(`${GRAPH}[data-arranging="false"]`).waitFor();
    const view = await viewGraph();
    expect(Number(await page.locator(GRAPH).getAttribute('data-nodes'))).toBe(view.nodes.length);
    const expected = weighted(view.edges);
    // The curated data has actors linked more than once (a partnership and a membership, two partnerships).
    expect([...expected.values()].some((w) => w > 1)).toBe(true);

    const gexf = parseGexf(Graph, await download(page, 'GEXF'));
    const graphml = parseGraphml(Graph, await download(page, 'GraphML'));
    const { data } = await suite.server.gql<{ actor: { location: { lat: number; lon: number } } }>('{ actor(id: "city:co:medellin") { ... on City { location { lat lon } } } }');
    for (const graph of [gexf, graphml]) {
      expect(graph.order).toBe(view.nodes.length);
      expect(graph.size).toBe(expected.size);
      expect(weightsOf(graph)).toEqual(expected);
      for (const node of view.nodes) {
        const attributes = graph.getNodeAttributes(node.id);
        expect(attributes.kind, node.id).toBe(node.kind);
        for (const field of ['country', 'region', 'cluster', 'supportLevel'] as const) expect(attributes[field], `${node.id} ${field}`).toBe(node[field] ?? undefined);
      }
      const medellin = graph.getNodeAttributes('city:co:medellin');
      expect(medellin.label).toBe('Medellín');
      expect(medellin.latitude).toBeCloseTo(data!.actor.location.lat, 4);
      expect(medellin.longitude).toBeCloseTo(data!.actor.location.lon, 4);
      // Partnerships are undirected, the other relationships directed.
      graph.forEachEdge((_key, attributes, _s, _t, _a, _b, undirected) => expect(undirected).toBe(attributes.type === 'PARTNERSHIP'));
    }
    // GEXF's own position, for Gephi to open the layout as drawn.
    expect(typeof gexf.getNodeAttribute('city:co:medellin', 'x')).toBe('number');
    await page.close();
  });

  it('exports the selected actor and what it is linked to, on the map too', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto(`${suite.server.url}/?layout=geo&selected=city:co:medellin`);
    await page.locator(`${GRAPH}[data-map-level]:not([data-map-level=""])`).waitFor();
    const view = await viewGraph();
    const ids = new Set(['city:co:medellin']);
    for (const e of view.edges) {
      if (e.source === 'city:co:medellin') ids.add(e.target);
      if (e.target === 'city:co:medellin') ids.add(e.source);
    }
    const expected = weighted(view.edges.filter((e) => ids.has(e.source) && ids.has(e.target)));
    const gexf = parseGexf(Graph, await download(page, 'GEXF'));
    expect(new Set(gexf.nodes())).toEqual(ids);
    expect(weightsOf(gexf)).toEqual(expected);
    await page.close();
  });
});
