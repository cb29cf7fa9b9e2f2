// The map: actors where they are, clustered by proximity at world zoom and
// split as the user zooms in, down to single cities (map-clusters.ts); links
// gathered into weighted links between clusters; country outlines under it;
// actors with no place listed beside it. A tap on a cluster zooms to where
// it splits; a tap on an actor selects it. Like the network canvas it owns
// no application state: selection, highlight and colouring come from the
// URL through its props.
import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape from 'cytoscape';
import { Segmented } from '../ui/Segmented.tsx';
import type { Drawn } from './elements.ts';
import { drawOutlines, geoPlaces, project, type Place } from './geo.ts';
import type { Highlight } from './GraphCanvas.tsx';
import { MapClusters, type Bounds, type MapView } from './map-clusters.ts';
import { MAP_COLOURINGS, mapColours, mapLegend, type MapColouring } from './map-colours.ts';
import { mapElements } from './map-elements.ts';
import { mapStylesheet } from './map-style.ts';
import { boxOf, MapViewport, MAX_ZOOM, MIN_ZOOM } from './map-viewport.ts';
import { exposeGraph } from './page-hook.ts';

/** Links drawn at most: the heaviest of those on screen; more make a mesh again. */
const MAX_LINKS = 1000;
/** Actors listed beside the map at most (the search finds the others). */
const LISTED = 300;
/** A single actor brought into view is shown at this zoom (level 8), where most clusters have split. */
const ACTOR_ZOOM = 2 ** 8;
interface Props {
  drawn: Drawn;
  locations: ReadonlyMap<string, Place>;
  /** Counts the toolbar's Resets: each fits the map to every placed actor again. */
  resets: number;
  selected: string | null;
  highlight: Highlight | null;
  /** Colours a view sets (clusters, support levels); used when colouring by kind. */
  colors: ReadonlyMap<string, string> | null;
  colouring: MapColouring;
  onColouring: (colouring: MapColouring) => void;
  onTap: (id: string | null) => void;
  onCy: (cy: cytoscape.Core | null) => void;
}

export function MapCanvas({ drawn, locations, resets, selected, highlight, colors, colouring, onColouring, onTap, onCy }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const underlay = useRef<HTMLCanvasElement>(null);
  const [map, setMap] = useState<{ cy: cytoscape.Core; viewport: MapViewport } | null>(null);
  const [view, setView] = useState<MapView | null>(null);
  const { placed, unplaced } = useMemo(() => geoPlaces(drawn, locations), [drawn, locations]);
  const colours = useMemo(() => mapColours(drawn, colouring, colors), [drawn, colouring, colors]);
  const clusters = useMemo(() => new MapClusters(drawn, placed, colours), [drawn, placed, colours]);
  const byId = useMemo(() => new Map(drawn.nodes.map((n) => [n.id, n])), [drawn]);
  const actions = useRef({ onTap, clusters });
  actions.current = { onTap, clusters };

  useEffect(() => {
    // Snapshots while a gesture lasts: a frame of hundreds of pies and names costs more than one frame's time.
    // A map spans thirteen levels of zoom: a turn of the wheel goes about a fifth of one, not Cytoscape's usual few per cent.
    const cy = cytoscape({ container: container.current, style: mapStylesheet(), minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, textureOnViewport: true, wheelSensitivity: 5 });
    const viewport = new MapViewport(cy);
    cy.on('tap', (event) => {
      const target = event.target as cytoscape.NodeSingular | cytoscape.Core;
      if (target === cy || !(target as cytoscape.NodeSingular).isNode?.()) return actions.current.onTap(null);
      const node = target as cytoscape.NodeSingular;
      const clusterId = node.data('clusterId') as number | null;
      if (clusterId === null) return actions.current.onTap(node.id());
      // A cluster opens where it splits, centred where it is.
      viewport.zoomTo(2 ** actions.current.clusters.expansionZoom(clusterId), node.position());
    });
    setMap({ cy, viewport });
    onCy(cy);
    exposeGraph(cy);
    return () => {
      exposeGraph(null);
      onCy(null);
      cy.destroy();
    };
  }, [onCy]);

  // A new data set (or Reset): the whole map of placed actors.
  useEffect(() => {
    const box = boxOf([...placed.values()].map((at) => project(at.lat, at.lon)));
    if (map && box) map.viewport.fit(box, ACTOR_ZOOM);
  }, [map, placed, resets]);

  // The view follows the viewport once a gesture rests: at a new level, or past what the last view covered.
  useEffect(() => {
    if (!map) return;
    const { cy, viewport } = map;
    let shown: { level: number; bounds: Bounds } | null = null;
    const refresh = () => {
      const level = viewport.level;
      if (shown && shown.level === level && viewport.within(shown.bounds)) return;
      const bounds = viewport.boundsAround();
      const next = clusters.view(level, bounds, MAX_LINKS);
      shown = { level, bounds };
      cy.batch(() => {
        cy.elements().remove();
        viewport.rescale(level);
        cy.add(mapElements(next, viewport.scale));
      });
      setView(next);
    };
    refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, 120);
    };
    cy.on('viewport resize', later);
    return () => {
      clearTimeout(timer);
      cy.off('viewport resize', later);
    };
  }, [map, clusters]);

  // What the user picked or a view highlights: the map nodes they are in.
  useEffect(() => {
    if (!map || !view) return;
    const { cy } = map;
    const nodeOf = (id: string | null) => (id ? view.nodeOf.get(id) : undefined);
    cy.batch(() => {
      cy.$('.selected, .highlighted, .traced, .faded').removeClass('selected highlighted traced faded');
      for (const id of [selected, ...(highlight?.nodes ?? [])]) {
        const node = nodeOf(id) ? cy.getElementById(nodeOf(id)!) : null;
        // A single actor picked is named even where the others are not.
        if (node?.nonempty() && !node.data('cluster')) node.data('label', node.data('name'));
      }
      if (nodeOf(selected)) cy.getElementById(nodeOf(selected)!).addClass('selected');
      if (highlight) {
        const nodes = cy.collection();
        for (const id of highlight.nodes) if (nodeOf(id)) nodes.merge(cy.getElementById(nodeOf(id)!));
        const edges = nodes.edgesWith(nodes);
        nodes.union(edges).addClass(highlight.trace ? 'highlighted traced' : 'highlighted');
        cy.elements().not(nodes.union(edges)).addClass('faded');
      }
    });
  }, [map, view, selected, highlight]);

  // Bring what was picked into view: a highlight whole, a selected actor at a level where it stands alone.
  useEffect(() => {
    if (!map) return;
    const wanted = highlight?.nodes.length ? highlight.nodes : selected ? [selected] : [];
    const box = boxOf(wanted.flatMap((id) => (placed.has(id) ? [project(placed.get(id)!.lat, placed.get(id)!.lon)] : [])));
    if (!box) return;
    const extent = map.viewport.extent();
    const visible = box.x1 >= extent.x1 && box.x2 <= extent.x2 && box.y1 >= extent.y1 && box.y2 <= extent.y2;
    if (!visible || wanted.length > 1) map.viewport.fit(box, ACTOR_ZOOM);
  }, [map, placed, selected, highlight]);

  useEffect(() => {
    const canvas = underlay.current;
    if (!map || !canvas) return;
    const { cy, viewport } = map;
    const draw = () => drawOutlines(canvas, cy.pan(), viewport.zoom);
    draw();
    cy.on('viewport resize', draw);
    return () => {
      cy.off('viewport resize', draw);
    };
  }, [map]);

  const inView = view?.nodes ?? [];
  const clustersInView = inView.filter((n) => n.clusterId !== null);
  const nowhere = unplaced.map((id) => byId.get(id)!);
  return (
    <div className="map-stage">
      <div className="graph-stage">
        <canvas ref={underlay} className="geo-underlay" aria-hidden="true" data-testid="geo-underlay" />
        <div
          ref={container}
          className="graph"
          data-testid="cooperation-graph"
          data-nodes={drawn.nodes.length}
          data-edges={drawn.edges.length}
          data-arranging="false"
          data-map-level={view?.zoom ?? ''}
          data-map-clusters={clustersInView.length}
          data-map-largest={inView.reduce((most, n) => Math.max(most, n.count), 0)}
          data-map-singles={inView.length - clustersInView.length}
          role="img"
          aria-label={`Map of ${placed.size.toLocaleString('en')} placed actors: ${clustersInView.length} clusters and ${inView.length - clustersInView.length} single actors in view, ${view?.edges.length ?? 0} links between them`}
        />
        <div className="map-key">
          <Segmented label="Colour by" options={MAP_COLOURINGS} value={colouring} onChange={onColouring} />
          <ul aria-label="Map legend">
            {mapLegend(colouring, !!colors).map(({ colours: swatches, label }) => (
              <li key={label}>
                {swatches.map((colour) => (
                  <span key={colour} className="swatch" style={{ background: colour }} aria-hidden="true" />
                ))}
                {label}
              </li>
            ))}
            <li className="muted">Discs: actors close together, with their count; lines: links, wider for more</li>
          </ul>
          {view && view.linksInView > view.edges.length && (
            <p className="muted" role="status">
              The {view.edges.length.toLocaleString('en')} strongest of {view.linksInView.toLocaleString('en')} links between these places are drawn.
            </p>
          )}
        </div>
      </div>
      {nowhere.length > 0 && (
        <aside className="map-unplaced" aria-label="Not on the map">
          <h3>Not on the map ({nowhere.length.toLocaleString('en')})</h3>
          <p className="muted">No location is known for them, and no partner with one to place them by.</p>
          <ul data-testid="unplaced-actors">
            {nowhere.slice(0, LISTED).map((node) => (
              <li key={node.id}>
                <button type="button" className="link" data-id={node.id} aria-pressed={node.id === selected} onClick={() => onTap(node.id)}>
                  {node.label}
                </button>
              </li>
            ))}
          </ul>
          {nowhere.length > LISTED && <p className="muted">…and {(nowhere.length - LISTED).toLocaleString('en')} more: the search finds them.</p>}
        </aside>
      )}
    </div>
  );
}
