// The reviewed table of places (seed/place-pins.json) for curated cities the
// name lookup cannot find: a GeoNames id the package holds, under the name
// the table expects (so that a typo or a changed package fails loudly rather
// than placing a city elsewhere), or the reason the city stays unplaced.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { placeById, type GeoMatch } from '../domain/geocode.ts';

const pinSchema = z.union([
  z.object({ city: z.string(), geonameId: z.number().int().positive(), geoName: z.string().min(1), seat: z.literal(true).optional(), why: z.string().min(10) }).strict(),
  z.object({ city: z.string(), unplaced: z.string().min(10) }).strict(),
]);
const tableSchema = z.object({ about: z.string(), pins: z.array(pinSchema) }).strict();

export type PlacePin = z.infer<typeof pinSchema> & { unplaced?: string };

export const PLACE_PINS_FILE = new URL('../../seed/place-pins.json', import.meta.url);

let pins: Map<string, PlacePin> | undefined;

function table(): Map<string, PlacePin> {
  if (pins) return pins;
  const parsed = tableSchema.safeParse(JSON.parse(readFileSync(PLACE_PINS_FILE, 'utf8')));
  if (!parsed.success) throw new Error(`seed/place-pins.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  pins = new Map();
  for (const pin of parsed.data.pins) {
    if (pins.has(pin.city)) throw new Error(`seed/place-pins.json: ${pin.city} is pinned twice`);
    pins.set(pin.city, pin);
  }
  return pins;
}

/** The reviewed pin of a city, if the table has one. */
export const placePin = (cityId: string): PlacePin | undefined => table().get(cityId);

/** Every city the table names. */
export const pinnedCities = (): string[] => [...table().keys()];

/** The place a pin names (null for a city the table leaves unplaced); throws when the package does not hold it as the table says. */
export function pinnedPlace(pin: PlacePin): GeoMatch | null {
  if (!('geonameId' in pin)) return null;
  const place = placeById(pin.geonameId);
  if (!place || place.name !== pin.geoName) {
    throw new Error(`seed/place-pins.json: ${pin.city} pins GeoNames ${pin.geonameId} as "${pin.geoName}", but the package holds ${place ? `"${place.name}"` : 'no such place'}`);
  }
  return { ...place, isSeat: pin.seat === true };
}
