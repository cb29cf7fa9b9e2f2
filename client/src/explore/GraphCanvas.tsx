// The network canvas: draws what it is given, lays it out with fCoSE (or,
// above LARGE_GRAPH actors, by cluster then ForceAtlas2 in a worker:
// large-layout.ts), marks the selection and what a view highlights (a path, a
// triangle, a cluster), colours nodes as a view asks (clusters), and reports
// taps. It owns no application state: that is in the URL. The map is
// MapCanvas.tsx.
import { useEffect, useRef, useState } from 'react';
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements, type Drawn } from './elements.ts';
import { GROUP_KIND, stylesheet } from './graph-style.ts';
import { exposeGraph } from './page-hook.ts';
import { LARGE_GRAPH, layOutLarge, type Link } from './large-layout.ts';
import { rendererOptions } from './renderer.ts';
import { markedLinks, marksLayer, type Marks } from './marks-layer.ts';
import { nodeAt } from './tap-target.ts';
import { bringIntoView } from './view-focus.ts';

cytoscape.use(fcose);

const NOTHING_RUNNING = () => {};

/** Lays the graph out (a large one by `links`, not yet drawn); returns how to cancel what is still running (the worker of a large graph). */
export function runLayout(cy: cytoscape.Core, links: readonly Link[], onSettled: () => void): () => void {
  if (cy.nodes().empty()) return NOTHING_RUNNING;
  if (cy.nodes().length > LARGE_GRAPH) return layOutLarge(cy, links, onSettled);
  // 'proof' untangles hubs best and costs little up to a few hundred actors.
  // An overview's groups are large discs with names, densely linked: more room between them.
  const overview = cy.nodes(`[kind = "${GROUP_KIND}"]`).nonempty();
  const spacing: Partial<fcose.FcoseLayoutOptions> = overview
    ? { nodeRepulsion: 120000, idealEdgeLength: 140, edgeElasticity: 0.1, nodeSeparation: 120 } : { nodeRepulsion: 6500, idealEdgeLength: 70 };
  const options: fcose.FcoseLayoutOptions = { name: 'fcose', quality: 'proof', randomize: true, animate: false, fit: true, padding: 30, ...spacing };
  cy.layout(options).run();
  return NOTHING_RUNNING;
}

export interface Highlight {
  nodes: readonly string[];
  /** The edges to highlight; when left out, every drawn edge between highlighted nodes. */
  edges?: readonly string[];
  /** Draw the links in red, for a route to follow (a path, a triangle); otherwise they keep their style. */
  trace?: boolean;
  /** Fade what is not highlighted (the default); false marks the highlighted only, which restyles a few elements, not thousands. */
  fade?: boolean;
  /** The actor brought to the middle of the view, the rest of the highlight around it; else the highlight as a whole. */
  centre?: string;
}

/**
 * Whether the instance is still drawing: when the graph crosses LARGE_GRAPH
 * (an overview's group opened), the old instance is destroyed in the same
 * commit in which the other effects still see it.
 */
const live = (cy: cytoscape.Core | null): cy is cytoscape.Core => !!cy && !cy.destroyed();

interface Props {
  drawn: Drawn;
  /** Counts the toolbar's Resets: each lays the graph out again. */
  resets: number;
  selected: string | null;
  /** What to bring forward, the rest faded: a path, a triangle, a cluster. */
  highlight: Highlight | null;
  /** Node colours a view sets (by cluster, by support level); the kind's colour otherwise. */
  colors?: ReadonlyMap<string, string> | null;
  onTap: (id: string | null) => void;
  onCy: (cy: cytoscape.Core | null) => void;
}

export function GraphCanvas({ drawn, resets, selected, highlight, colors, onTap, onCy }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<cytoscape.Core | null>(null);
  const [highlighted, setHighlighted] = useState('');
  // Until the layout effect has run, the graph is not arranged yet.
  const [arranging, setArranging] = useState(true);
  const tap = useRef(onTap);
  tap.current = onTap;
  // The actor last tapped on the canvas: the user is looking at it, so selecting it does not move the view.
  const tapped = useRef<string | null>(null);
  // A large graph's selection, and a highlight that fades nothing, are drawn on a layer of their own (marks-layer.ts).
  const mark = useRef<((marks: Marks) => void) | null>(null);
  // What is drawn's links, and how many times a large graph's were added (after its layout: see below).
  const links = useRef<cytoscape.ElementDefinition[]>([]);
  const [linked, setLinked] = useState(0);
  // A large graph gets another renderer and style (renderer.ts), fixed when Cytoscape starts.
  const groups = drawn.groups?.length ?? 0;
  const large = drawn.nodes.length + groups > LARGE_GRAPH;

  useEffect(() => {
    const instance = cytoscape({ container: container.current, style: stylesheet(large), maxZoom: 6, minZoom: 0.02, ...rendererOptions(large) });
    mark.current = large ? marksLayer(instance) : null;
    instance.on('tap', (event) => {
      // A large graph's nodes take no pointer events: its taps are on the background.
      const node = event.target === instance ? (large ? nodeAt(instance, event.position) : null) : event.target.isNode() ? event.target : null;
      tapped.current = node?.id() ?? null;
      tap.current(tapped.current);
    });
    setCy(instance);
    onCy(instance);
    exposeGraph(instance);
    return () => {
      exposeGraph(null);
      onCy(null);
      instance.destroy();
    };
    // One Cytoscape instance while the graph stays on the same side of LARGE_GRAPH.
  }, [onCy, large]);

  useEffect(() => {
    if (!live(cy)) return;
    const elements = toElements(drawn);
    links.current = elements.filter((e) => e.group === 'edges');
    // A large graph's links wait for ForceAtlas2's positions: on the packing by cluster they say little, and they
    // are most of its elements, whose style, bounds and drawing made most of the first frame (seconds on an opened group).
    cy.batch(() => {
      cy.elements().remove();
      cy.add(large ? elements.filter((e) => e.group === 'nodes') : elements);
    });
  }, [cy, drawn, large]);

  useEffect(() => {
    if (!live(cy)) return;
    const cancel = runLayout(
      cy,
      links.current.map((e) => e.data as Link),
      () => {
        if (cy.edges().empty() && links.current.length) {
          cy.add(links.current);
          setLinked((n) => n + 1);
        }
        setArranging(false);
      },
    );
    setArranging(cancel !== NOTHING_RUNNING);
    return cancel;
    // `resets` asks for the layout again (the toolbar's Reset).
  }, [cy, drawn, resets]);

  useEffect(() => {
    if (!live(cy)) return;
    const nodes = cy.collection();
    for (const id of highlight?.nodes ?? []) nodes.merge(cy.getElementById(id));
    const edges = highlight?.edges ? cy.collection() : nodes.edgesWith(nodes);
    for (const id of highlight?.edges ?? []) edges.merge(cy.getElementById(id));
    const chosen = selected ? cy.getElementById(selected) : cy.collection();
    // What fades the rest or traces a route restyles the graph: it changes every element's look anyway.
    const layered = mark.current && (!highlight || (highlight.fade === false && !highlight.trace)) ? mark.current : null;
    cy.batch(() => {
      // Only what carries a mark: on a graph of tens of thousands of elements, restyling all of them on every click shows.
      cy.$('.selected, .highlighted, .traced, .faded').removeClass('selected highlighted traced faded');
      if (!mark.current) chosen.addClass('selected');
      if (highlight && !layered) {
        nodes.union(edges).addClass(highlight.trace ? 'highlighted traced' : 'highlighted');
        if (highlight.fade !== false) cy.elements().not(nodes.union(edges)).addClass('faded');
      }
    });
    mark.current?.({ selected: chosen, nodes: layered ? nodes : cy.collection(), links: layered && highlight ? markedLinks(links.current, highlight) : [] });
    // Bring what the user asked for into view: what is highlighted, or the actor picked (not one tapped where it is:
    // moving the view under the pointer loses the user's place, and redraws thousands of elements for nothing).
    const focus = highlight?.nodes.length ? nodes.union(edges) : chosen;
    const stay = selected !== null && selected === tapped.current;
    // Picked some other way: the next time it is picked, it is brought into view.
    if (!stay) tapped.current = null;
    const centre = highlight?.centre ? cy.getElementById(highlight.centre) : undefined;
    if (!stay) bringIntoView(cy, focus, { fit: !!highlight?.nodes.length, padding: 80, closest: 1.4, centre: centre?.nonempty() ? centre : undefined });
    // What the graph highlights, for people reading the page with a screen reader (and the tests).
    setHighlighted(nodes.map((n) => n.id()).join(' '));
    // `linked`: a large graph's links arrived, to mark; and its actors moved, to bring into view again.
  }, [cy, drawn, selected, highlight, linked]);

  useEffect(() => {
    if (!live(cy)) return;
    cy.batch(() => {
      cy.nodes('[color]').removeData('color');
      for (const [id, color] of colors ?? []) cy.getElementById(id).data('color', color);
    });
  }, [cy, drawn, colors]);

  return (
    <div className="graph-stage">
      <div
        ref={container}
        className="graph"
        data-testid="cooperation-graph"
        data-nodes={drawn.nodes.length}
        data-edges={drawn.edges.length}
        data-groups={groups}
        data-highlighted={highlighted}
        data-arranging={arranging}
        role="img"
        aria-label={`Cooperation graph: ${groups ? `${groups} groups, ` : ''}${drawn.nodes.length} actors and ${drawn.edges.length} links`}
      />
      {arranging && large && (
        <p className="arranging loading" role="status">
          <span className="spinner" aria-hidden="true" /> Arranging {drawn.nodes.length.toLocaleString('en')} actors by their links…
        </p>
      )}
    </div>
  );
}
