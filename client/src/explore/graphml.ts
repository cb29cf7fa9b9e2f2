// A GraphML writer for a graphology graph. graphology-graphml reads GraphML
// but has no writer (0.5), and no maintained package writes it from
// graphology; the document is built with the browser's own XML DOM and
// serialiser, so escaping and well-formedness are theirs. Every attribute is
// declared once as a <key> with the type of its values (string, int or
// double, as Gephi and networkx expect); an element's attribute left out has
// no <data>.
import type Graph from 'graphology';

const NS = 'http://graphml.graphdrawing.org/xmlns';

type AttributeType = 'string' | 'int' | 'double';

function typeOf(value: unknown): AttributeType {
  if (typeof value !== 'number') return 'string';
  return Number.isInteger(value) ? 'int' : 'double';
}

/** Each attribute name with the widest type its values take (int < double < string). */
function declarations(items: Iterable<Record<string, unknown>>): Map<string, AttributeType> {
  const rank: Record<AttributeType, number> = { int: 0, double: 1, string: 2 };
  const types = new Map<string, AttributeType>();
  for (const attributes of items) {
    for (const [name, value] of Object.entries(attributes)) {
      const type = typeOf(value);
      const before = types.get(name);
      if (!before || rank[type] > rank[before]) types.set(name, type);
    }
  }
  return types;
}

export function writeGraphml(graph: Graph): string {
  const doc = document.implementation.createDocument(NS, 'graphml', null);
  const root = doc.documentElement;
  const element = (name: string, attributes: Record<string, string>, parent: Element) => {
    const child = doc.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attributes)) child.setAttribute(key, value);
    parent.appendChild(child);
    return child;
  };
  const keys = { node: declarations(graph.mapNodes((_, a) => a)), edge: declarations(graph.mapEdges((_, a) => a)) };
  for (const [domain, types] of Object.entries(keys)) {
    for (const [name, type] of types) element('key', { id: `${domain}:${name}`, for: domain, 'attr.name': name, 'attr.type': type }, root);
  }
  const data = (parent: Element, domain: 'node' | 'edge', attributes: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(attributes)) element('data', { key: `${domain}:${name}` }, parent).textContent = String(value);
  };
  // Partnerships are the undirected default; the other relationships say they are directed.
  const body = element('graph', { id: 'c2c', edgedefault: 'undirected' }, root);
  graph.forEachNode((id, attributes) => data(element('node', { id }, body), 'node', attributes));
  graph.forEachEdge((id, attributes, source, target, _s, _t, undirected) =>
    data(element('edge', { id, source, target, ...(undirected ? {} : { directed: 'true' }) }, body), 'edge', attributes),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}
