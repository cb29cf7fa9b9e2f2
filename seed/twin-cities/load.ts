// Writes the twin-cities records into a store in one transaction, all or
// nothing, through the import's own steps: what the store holds is read in the
// same transaction (server/ingest/import/read-store.ts) so that the orientation of a
// pair is derived from every party and the curated provenance, names and
// aliases of a city the file names too are added to, not replaced
// (server/ingest/import/keep-provenance.ts); the rows are those of server/ingest/graph-rows.ts,
// written by server/ingest/write-graph.ts. The records are built by this module's own
// rules and not run through the import's validation: its schema has no room
// for partnership ids outside a seed document (partnership:twin:...).
import type { GraphStore } from '../../server/store/store.ts';
import { GEO_SOURCE_DOCUMENT } from '../../server/domain/geocode.ts';
import { toGraphRows, type GeocodeReport, type GraphRows } from '../../server/ingest/graph-rows.ts';
import { withStoredProvenance } from '../../server/ingest/import/keep-provenance.ts';
import { readStoredLinks, readStoredNodes } from '../../server/ingest/import/read-store.ts';
import { writeRows, type WriteProgress } from '../../server/ingest/write-graph.ts';
import type { TwinCitiesResult } from './build.ts';
import type { PlaceChoice } from './choose-place.ts';

/** The city rows with the places choose-place.ts chose: a GeoNames place (and its source) instead of graph-rows.ts's, or the file's point. */
function applyChoices(rows: GraphRows, choices: Map<string, PlaceChoice>, geocoding: GeocodeReport): void {
  for (const row of rows.cities) {
    const choice = choices.get(row.id!);
    if (!choice) continue;
    if ('point' in choice) {
      Object.assign(row.props, choice.point);
      continue;
    }
    const { geo } = choice;
    const list = (key: string) => row.props[key] as string[];
    // graph-rows.ts's GeoNames source, if it found a place, gives way to the one chosen.
    const kept = list('sourceDocuments').flatMap((document, i) => (document === GEO_SOURCE_DOCUMENT ? [] : [i]));
    Object.assign(row.props, {
      population: geo.population, latitude: geo.latitude, longitude: geo.longitude, geonameId: geo.geonameId,
      sourceDocuments: [...kept.map((i) => list('sourceDocuments')[i]!), GEO_SOURCE_DOCUMENT],
      sourceLocators: [...kept.map((i) => list('sourceLocators')[i]!), `geonameid ${geo.geonameId}`],
      sourceQuotes: [...kept.map((i) => list('sourceQuotes')[i]!), geo.name],
    });
    geocoding.unmatched = geocoding.unmatched.filter((u) => u.id !== row.id);
    geocoding.matched = geocoding.matched.filter((m) => m.id !== row.id);
    geocoding.matched.push({ id: row.id!, name: String(row.props.name), geoName: geo.name, candidates: geo.candidates });
  }
}

/** Writes `result` into `store` (all or nothing); returns the rows written per kind and the GeoNames report. */
export async function loadTwinCities(
  store: GraphStore,
  result: TwinCitiesResult,
  onProgress?: WriteProgress,
): Promise<{ written: Record<string, number>; geocoding: GeocodeReport }> {
  return store.transaction(async (tx) => {
    const stored = await readStoredNodes(tx, result.data);
    const { rows, geocoding } = toGraphRows(result.data, stored.context);
    applyChoices(rows, result.places, geocoding);
    const links = await readStoredLinks(tx, rows, new Set(stored.props.keys()));
    const written = await writeRows(tx, withStoredProvenance(rows, stored.props, links), onProgress);
    return { written, geocoding };
  });
}
