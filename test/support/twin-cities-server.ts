// A real server on the curated data with the twin-cities file imported on
// top, as `npm run twin-cities` does: its first `rows` rows (a slice small
// enough for a browser test), or the whole file (the render benchmark).
// Without the curated data (`curated: false`), a data set that gives no
// years at all: the file says which cities are twinned, not since when.
import { existsSync, readFileSync } from 'node:fs';
import { loadCurated } from '../../server/ingest/load-curated.ts';
import { buildTwinCities } from '../../seed/twin-cities/build.ts';
import { loadTwinCities } from '../../seed/twin-cities/load.ts';
import { startTestServer, type TestServer } from './server.ts';
import { SHARED_DIR } from './shared.ts';

export const TWIN_CITIES_FILE = `${SHARED_DIR}data/twin-cities/twin_cities.csv`;
export const HAVE_TWIN_CITIES = existsSync(TWIN_CITIES_FILE);

export async function startTwinCitiesServer(rows?: number, { curated = true } = {}): Promise<TestServer> {
  const server = await startTestServer({ empty: !curated });
  try {
    // Imported before the first request, so no cached projection predates it.
    await loadTwinCities(server.store, buildTwinCities(readFileSync(TWIN_CITIES_FILE, 'utf8'), curated ? loadCurated().cities : [], rows));
    return server;
  } catch (error) {
    await server.close();
    throw error;
  }
}
