// What a group of actors (a cluster, a country, a region) is, in words built
// from its members: where they are (the countries, or else the regions, that
// hold a large share of them), how many, around which hubs (its members with
// the most links in the view), and on which themes where partnerships give
// them. "Germany · Poland, 770 cities, around Kraków". Deterministic: every
// ranking breaks ties by name, then id.
import type { Region, Theme } from '../graphql/generated/resolvers-types.ts';
import type { ProjectedActor } from './projection.ts';

/**
 * A country is named when it holds at least this share of the members, a
 * region (when no country does) at least REGION_SHARE; at most two are named.
 * A tenth: the communities of the twin-towns data span a dozen European
 * countries each, and a quarter would name only "Europe" for most of them.
 */
const COUNTRY_SHARE = 0.1;
const REGION_SHARE = 0.25;
const MAX_PLACES = 2;
/** Hubs listed with a group; the label names the first. */
const MAX_HUBS = 3;
/** Themes the label names. */
const LABEL_THEMES = 2;

const REGION_NAMES: Record<Region, string> = {
  AFRICA: 'Africa',
  ARAB_STATES: 'Arab States',
  ASIA_PACIFIC: 'Asia-Pacific',
  EUROPE: 'Europe',
  LATIN_AMERICA_CARIBBEAN: 'Latin America & Caribbean',
  NORTH_AMERICA: 'North America',
};

/** How the label names a theme; OTHER says nothing about a group and is left out. */
const THEME_NAMES: Record<Exclude<Theme, 'OTHER'>, string> = {
  MUNICIPAL_FINANCE: 'municipal finance',
  ENVIRONMENT: 'environment',
  INFRASTRUCTURE_SERVICES: 'infrastructure',
  WATER_SANITATION: 'water',
  WASTE: 'waste',
  TRANSPORT: 'transport',
  HEALTH: 'health',
  HOUSING: 'housing',
  ECONOMIC_DEVELOPMENT: 'economic development',
  SECURITY_DISASTER: 'disasters',
  CLIMATE: 'climate',
  SOCIAL_CULTURAL: 'culture',
  EDUCATION: 'education',
  GOVERNANCE: 'governance',
  DIGITAL: 'digital',
};

// CLDR's English short names (Intl, no data to ship): "United States", "South Korea", "Russia".
const COUNTRY_NAMES = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

export function countryName(code: string): string {
  try {
    return COUNTRY_NAMES.of(code) ?? code;
  } catch {
    // Not a well-formed region code (imported data may hold anything): the code itself.
    return code;
  }
}

export const regionName = (region: Region) => REGION_NAMES[region];

export interface GroupDescription {
  label: string;
  /** The ISO codes of the countries that hold a tenth of the members or more, largest share first. */
  countries: string[];
  /** The regions that hold a quarter or more, largest share first. */
  regions: Region[];
  /** The members with the most links in the view, most first. */
  hubIds: string[];
}

/** The values holding at least `share` of `total`, most frequent first, at most MAX_PLACES. */
function dominant<T extends string>(counts: Map<T, number>, total: number, share: number): T[] {
  return [...counts]
    .filter(([, n]) => n >= share * total)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_PLACES)
    .map(([value]) => value);
}

function count<T>(values: Iterable<T | null>): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

interface Describe {
  memberIds: readonly string[];
  actors: ReadonlyMap<string, ProjectedActor>;
  /** Each actor's links in the view. */
  degree: ReadonlyMap<string, number>;
  themes: readonly Theme[];
  /** Names the place instead of the dominant countries or regions: a country's or a region's group. */
  place?: string;
  /** Says what the members are made of, e.g. "in 412 clusters", after their count. */
  detail?: string;
}

export function describeGroup({ memberIds, actors, degree, themes, place, detail }: Describe): GroupDescription {
  const members = memberIds.map((id) => actors.get(id)!);
  const countries = dominant(count(members.map((a) => a.country)), members.length, COUNTRY_SHARE);
  const regions = dominant(count(members.map((a) => a.region)), members.length, REGION_SHARE);
  const hubIds = members
    .filter((a) => (degree.get(a.id) ?? 0) > 0)
    .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, MAX_HUBS)
    .map((a) => a.id);

  const where =
    place ?? (countries.length ? countries.map(countryName).join(' · ') : regions.length ? regions.map(regionName).join(' · ') : 'Many countries');
  const allCities = members.every((a) => a.kind === 'CITY');
  const noun = allCities ? (members.length === 1 ? 'city' : 'cities') : members.length === 1 ? 'actor' : 'actors';
  const parts = [where, `${members.length.toLocaleString('en')} ${noun}${detail ? ` ${detail}` : ''}`];
  // A pair has no hub (each is the other's one link), nor has a group of separate small clusters.
  if (hubIds.length && members.length > 2 && !detail) parts.push(`around ${actors.get(hubIds[0]!)!.name}`);
  const named = themes.flatMap((t) => (t === 'OTHER' ? [] : [THEME_NAMES[t]])).slice(0, LABEL_THEMES);
  return { label: parts.join(', ') + (named.length ? ` · ${named.join(', ')}` : ''), countries, regions, hubIds };
}
