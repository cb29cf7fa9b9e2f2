// The cities of the file, keyed on (ISO country, folded name), with the
// spellings that name one place merged: two keys of one country are one city
// when GeoNames places both names at the same single place of that name
// (Feodosiya / Feodosia), or when they differ only by a qualifier and the file
// puts them at the same spot (Halle / Halle (Saale)). A city the curated data
// set already holds keeps its curated id and name, so that the real data joins
// the curated graph. Same-named places of different countries never merge.
import { distance } from 'fastest-levenshtein';
import type { GeoMatch } from '../../server/domain/geocode.ts';
import { distanceKm, placeOf, placeSpelled, type Point } from './places.ts';
import type { ResolvedEnd, ResolvedRow } from './resolve-rows.ts';
import { bareName, slugOf } from './slugs.ts';

/** A city of the curated data set, as the join needs it. */
export interface KnownCity {
  id: string;
  name: string;
  country: string;
  aliases?: string[];
}

/** One (country, folded name) key of the file. */
export interface CityKey {
  key: string;
  country: string;
  names: string[];
  lines: number[];
  points: Point[];
  place: { match: GeoMatch; exact: boolean } | null;
}

export interface TwinCity {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  /** Every line of the file that names the city, in order. */
  lines: number[];
  keys: CityKey[];
  /** The curated city it is, if any. */
  curated: boolean;
}

/** Two spellings that differ by a qualifier are one city when the file puts them this close (km). */
const SAME_SPOT_KM = 10;
/** Two spellings a letter or two apart (Feodosiya / Feodosia) are one city when the file puts them this close (km). */
const VARIANT_SPOT_KM = 2;
const VARIANT_EDITS = 2;

export const keyOf = (country: string, slug: string) => `${country}|${slug}`;

/**
 * The key of every spelling: its country and folded name, unless folding
 * would make one name of spellings GeoNames holds as different places
 * (Münster / Munster, Fürth / Furth): those get the GeoNames id in their key.
 */
function spellingKeys(rows: ResolvedRow[]): Map<string, string> {
  const spellings = new Map<string, Set<string>>();
  for (const row of rows) for (const end of row.ends) spellings.set(keyOf(end.code, end.slug), (spellings.get(keyOf(end.code, end.slug)) ?? new Set()).add(end.name));
  const keys = new Map<string, string>();
  for (const [key, names] of spellings) {
    const country = key.slice(0, 2);
    const places = new Map([...names].map((name) => [name, placeSpelled(country, name)]));
    const distinct = new Set([...places.values()].filter((id) => id !== null));
    // Two GeoNames places, and the file puts the spellings apart too: the evidence of two places, not of two spellings.
    const pointsOf = (name: string) => rows.flatMap((r) => r.ends.filter((e) => e.name === name && e.code === country && e.point).map((e) => e.point!));
    const spread = distinct.size > 1 && [...names].some((a) => [...names].some((b) => pointsOf(a).every((p) => pointsOf(b).every((q) => distanceKm(p, q) > SAME_SPOT_KM))));
    for (const [name, place] of places) keys.set(`${key}|${name}`, spread && place !== null ? `${key}-${place}` : key);
  }
  return keys;
}

function collectKeys(rows: ResolvedRow[], keyOfEnd: (end: ResolvedEnd) => string): Map<string, CityKey> {
  const keys = new Map<string, CityKey>();
  for (const row of rows) {
    for (const end of row.ends) {
      const key = keyOfEnd(end);
      const entry = keys.get(key) ?? { key, country: end.code, names: [], lines: [], points: [], place: null };
      if (!entry.names.includes(end.name)) entry.names.push(end.name);
      if (entry.lines.at(-1) !== row.line) entry.lines.push(row.line);
      if (end.point) entry.points.push(end.point);
      keys.set(key, entry);
    }
  }
  for (const entry of keys.values()) entry.place = placeOf(entry.country, entry.names);
  return keys;
}

/** Union-find over keys. */
class Groups {
  private parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }
  join(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/** Keys grouped by `by`, then joined pairwise in each group where `same` holds. */
function joinWhere(keys: CityKey[], groups: Groups, by: (k: CityKey) => string | null, same: (a: CityKey, b: CityKey) => boolean): void {
  const buckets = new Map<string, CityKey[]>();
  for (const k of keys) {
    const bucket = by(k);
    if (bucket) buckets.set(bucket, [...(buckets.get(bucket) ?? []), k]);
  }
  for (const bucket of buckets.values()) {
    for (let i = 1; i < bucket.length; i++) for (let j = 0; j < i; j++) if (same(bucket[i]!, bucket[j]!)) groups.join(bucket[j]!.key, bucket[i]!.key);
  }
}

/** The single GeoNames place a key's names match exactly, as a join key. */
const uniqueGeoName = (k: CityKey) => (k.place?.exact && k.place.match.candidates === 1 ? `${k.country}|${k.place.match.geonameId}` : null);
const nearEachOther = (a: CityKey, b: CityKey) => a.points.some((p) => b.points.some((q) => distanceKm(p, q) <= SAME_SPOT_KM));

/** The cities of the rows; `known` are the curated cities to reuse. Returns the city of every end. */
export function buildCities(rows: ResolvedRow[], known: KnownCity[]): (end: ResolvedEnd) => TwinCity {
  const spelling = spellingKeys(rows);
  const keyOfEnd = (end: ResolvedEnd) => spelling.get(`${keyOf(end.code, end.slug)}|${end.name}`)!;
  const keys = collectKeys(rows, keyOfEnd);
  const all = [...keys.values()];
  const groups = new Groups();
  joinWhere(all, groups, uniqueGeoName, () => true);
  // A bare name and one qualified form of it at the same spot; not when several forms share the bare name (Kusatsu, Gunma / Kusatsu, Shiga).
  const bare = (k: CityKey) => keyOf(k.country, slugOf(bareName(k.names[0]!)));
  const forms = new Map<string, Set<string>>();
  for (const k of all) forms.set(bare(k), (forms.get(bare(k)) ?? new Set()).add(k.key));
  joinWhere(all, groups, (k) => (forms.get(bare(k))!.size === 2 && forms.get(bare(k))!.has(bare(k)) ? bare(k) : null), nearEachOther);
  // Spellings a letter or two apart at one spot, neither of them GeoNames' name for another place.
  const spot = (k: CityKey) => (k.points[0] ? `${k.country}|${k.points[0].latitude.toFixed(1)}|${k.points[0].longitude.toFixed(1)}` : null);
  joinWhere(all, groups, spot, (a, b) => {
    const [x, y] = [a.key.split('|')[1]!, b.key.split('|')[1]!];
    // Prague 4 and Prague 10, Sector 3 and Sector 5 (Bucharest) are other districts, not other spellings.
    const digits = (slug: string) => slug.replace(/[^0-9]/g, '');
    const edits = distance(x, y);
    const variant = digits(x) === digits(y) && (edits === 1 ? Math.min(x.length, y.length) >= 5 : edits <= VARIANT_EDITS && Math.min(x.length, y.length) >= 8);
    const otherPlaces = a.place?.exact && b.place?.exact && a.place.match.geonameId !== b.place.match.geonameId;
    return variant && !otherPlaces && distanceKm(a.points[0]!, b.points[0]!) <= VARIANT_SPOT_KM;
  });

  // The curated cities, by every name they go by and by their single GeoNames place.
  const curated = new Map<string, KnownCity>();
  for (const city of known) {
    for (const name of [city.name, ...(city.aliases ?? [])]) curated.set(keyOf(city.country, slugOf(name)), city);
    const place = placeOf(city.country, [city.name, ...(city.aliases ?? [])]);
    if (place?.match.candidates === 1) curated.set(`${city.country}|${place.match.geonameId}`, city);
  }
  const curatedOf = new Map<string, KnownCity>();
  for (const k of all) {
    const city = curated.get(k.key) ?? curated.get(uniqueGeoName(k) ?? '');
    if (!city) continue;
    const root = groups.find(k.key);
    const other = curatedOf.get(root);
    if (other && other.id !== city.id) throw new Error(`${k.key} is both ${other.id} and ${city.id}`);
    curatedOf.set(root, city);
  }
  // Keys that reach one curated city are one city.
  const byCurated = new Map<string, string>();
  for (const [root, city] of curatedOf) {
    const first = byCurated.get(city.id);
    if (first) groups.join(first, root);
    else byCurated.set(city.id, root);
  }

  const members = new Map<string, CityKey[]>();
  for (const k of all) members.set(groups.find(k.key), [...(members.get(groups.find(k.key)) ?? []), k]);
  const cities = new Map<string, TwinCity>();
  const ids = new Set<string>();
  for (const group of members.values()) {
    group.sort((a, b) => a.lines[0]! - b.lines[0]!);
    const first = group[0]!;
    const known = group.map((k) => curatedOf.get(k.key) ?? curatedOf.get(groups.find(k.key))).find(Boolean);
    const names = [...new Set(group.flatMap((k) => k.names))];
    const name = known?.name ?? names[0]!;
    // A split spelling's key ends in its GeoNames id, which its id keeps.
    const id = known?.id ?? `city:${first.country.toLowerCase()}:${first.key.split('|')[1]}`;
    if (ids.has(id)) throw new Error(`Two twin cities would get the id ${id}`);
    ids.add(id);
    const city: TwinCity = {
      id,
      name,
      aliases: names.filter((n) => n !== name),
      country: first.country,
      lines: [...new Set(group.flatMap((k) => k.lines))].sort((a, b) => a - b),
      keys: group,
      curated: Boolean(known),
    };
    for (const k of group) cities.set(k.key, city);
  }
  return (end) => cities.get(keyOfEnd(end))!;
}
