// Partnerships, and the support behind them, counted by any two facets of the
// framework (report 000, Table 2.2): region, bloc, orientation, modality,
// cooperating party, management focus, theme, the support modality and
// funding source of the programmes that support the partnership or its
// cities, the decade it started and its status. A partnership counts once in
// every cell of its values (several themes: each). Its supporters are who
// funds or supports it, and who funds or supports its cities; under a
// facet of cities (region, bloc) only its cities of the cell's value: so
// REGION × THEME is the coverage matrix (coverage.ts), cell for cell.
// A partnership without a value counts under "unknown"; under the support
// facets, one no programme supports counts under "none".
import { blocOf } from '../domain/country-profile.ts';
import {
  BLOCS,
  COOPERATING_PARTIES,
  FUNDING_SOURCES,
  LINKING_MODALITIES,
  MANAGEMENT_FOCUSES,
  ORIENTATIONS,
  PARTNERSHIP_STATUSES,
  REGIONS,
  SUPPORT_MODALITIES,
  THEMES,
} from '../domain/enums.ts';
import type { Facet, FacetCell, GraphFilter } from '../graphql/generated/resolvers-types.ts';
import type { ProjectedActor, ProjectedPartnership, Projection } from './projection.ts';
import { DEFAULT_STATUSES, type SelectedLinks } from './selection.ts';

export const UNKNOWN = 'unknown';
export const NO_PROGRAMME = 'none';

/**
 * A partnership's values under one facet, each once; for a facet of cities,
 * each value with the cities that have it. Entries, not maps: a partnership
 * has one to a few values, and a map per partnership and facet was most of
 * the work.
 */
type Values = [string, ProjectedActor[] | null][];

const CITY_FACETS = new Set<Facet>(['REGION', 'BLOC']);

interface FacetInput {
  projection: Projection;
  selected: SelectedLinks;
  filter: GraphFilter | null | undefined;
}

/** One value with no cities: the same few entries serve every partnership (they are only read). */
const single = new Map<string, Values>();
const one = (value: string): Values => {
  let entry = single.get(value);
  if (!entry) single.set(value, (entry = [[value, null]]));
  return entry;
};

const plain = (values: readonly (string | null | undefined)[]): Values => {
  if (values.length === 1) return one(values[0] ?? UNKNOWN);
  const known: Values = [];
  for (const v of values) if (typeof v === 'string' && !known.some(([k]) => k === v)) known.push([v, null]);
  return known.length ? known : one(UNKNOWN);
};

const decadeOf = (year: number | null) => (year === null ? UNKNOWN : `${Math.floor(year / 10) * 10}s`);

/** The support modalities or funding sources of the programmes that support the partnership or its cities. */
function supportValues(facet: 'SUPPORT_MODALITY' | 'FUNDING_SOURCE', p: ProjectedPartnership, cities: ProjectedActor[], input: FacetInput): Values {
  const values: string[] = [];
  let programmes = 0;
  const read = (id: string) => {
    for (const giver of input.selected.givers.get(id) ?? []) {
      const programme = input.projection.programmes.get(giver);
      if (!programme) continue;
      programmes += 1;
      for (const v of facet === 'SUPPORT_MODALITY' ? programme.modalities : programme.fundingSources) if (!values.includes(v)) values.push(v);
    }
  };
  read(p.id);
  for (const c of cities) read(c.id);
  if (!programmes) return one(NO_PROGRAMME);
  return values.length ? values.map((v) => [v, null]) : one(UNKNOWN);
}

/** What every facet reads of one partnership. */
function valuesOf(facet: Facet, p: ProjectedPartnership, cities: ProjectedActor[], input: FacetInput): Values {
  switch (facet) {
    case 'REGION':
    case 'BLOC': {
      const byValue: Values = [];
      for (const city of cities) {
        const value = facet === 'REGION' ? city.region : city.country ? blocOf(city.country) : null;
        if (!value) continue;
        const entry = byValue.find(([v]) => v === value);
        if (entry) entry[1]!.push(city);
        else byValue.push([value, [city]]);
      }
      if (!byValue.length && !input.filter?.regions?.length) byValue.push([UNKNOWN, []]);
      return byValue;
    }
    case 'ORIENTATION':
      return plain([p.orientation]);
    case 'MODALITY':
      return plain([p.modality]);
    case 'PARTY':
      return plain(p.parties);
    case 'FOCUS':
      return plain(p.focus);
    case 'THEME': {
      const wanted = input.filter?.themes;
      return plain(wanted?.length ? p.themes.filter((t) => wanted.includes(t)) : p.themes);
    }
    case 'SUPPORT_MODALITY':
    case 'FUNDING_SOURCE':
      return supportValues(facet, p, cities, input);
    case 'DECADE':
      return one(decadeOf(p.startYear));
    case 'STATUS':
      return one(p.status);
  }
}

/** The values a facet can take, in the schema's order (decades in time order), before "unknown" and "none". */
function domainOf(facet: Facet, filter: GraphFilter | null | undefined, seen: Set<string>): string[] {
  const within = <T extends string>(values: readonly T[], wanted: readonly T[] | null | undefined) => (wanted?.length ? values.filter((v) => wanted.includes(v)) : [...values]);
  const known: Record<Facet, () => string[]> = {
    REGION: () => within(REGIONS, filter?.regions),
    BLOC: () => [...BLOCS],
    ORIENTATION: () => within(ORIENTATIONS, filter?.orientations),
    MODALITY: () => [...LINKING_MODALITIES],
    PARTY: () => [...COOPERATING_PARTIES],
    FOCUS: () => [...MANAGEMENT_FOCUSES],
    THEME: () => within(THEMES, filter?.themes),
    SUPPORT_MODALITY: () => [...SUPPORT_MODALITIES],
    FUNDING_SOURCE: () => [...FUNDING_SOURCES],
    DECADE: () => [...seen].filter((v) => v !== UNKNOWN).sort(),
    STATUS: () => within(PARTNERSHIP_STATUSES, filter?.statuses?.length ? filter.statuses : DEFAULT_STATUSES),
  };
  return [...known[facet](), ...[NO_PROGRAMME, UNKNOWN].filter((v) => seen.has(v))];
}

interface Cell {
  partnerships: number;
  supporters: Set<string>;
}

/** Who funds or supports these cities, with repeats (they go into sets). */
function giversOfCities(selected: SelectedLinks, cities: readonly ProjectedActor[]): string[] {
  const givers: string[] = [];
  for (const c of cities) {
    const of = selected.givers.get(c.id);
    if (of) givers.push(...of);
  }
  return givers;
}

export function facetMatrix(rows: Facet, columns: Facet, input: FacetInput): FacetCell[] {
  const { projection, selected, filter } = input;
  const regions = filter?.regions?.length ? new Set(filter.regions) : null;
  // By row, then column: no key string per partnership and cell.
  const cells = new Map<string, Map<string, Cell>>();
  const [seenRows, seenColumns] = [new Set<string>(), new Set<string>()];
  const [rowsOfCities, columnsOfCities] = [CITY_FACETS.has(rows), CITY_FACETS.has(columns)];
  // Both facets of cities: only the cities that have both values.
  const twoOfCities = rowsOfCities && columnsOfCities;
  for (const p of selected.partnerships) {
    // Under a regions filter, only the partnership's cities in those regions count, and only partnerships with one.
    const cities: ProjectedActor[] = [];
    for (const id of p.participants) {
      const a = projection.actors.get(id);
      if (a?.kind === 'CITY' && (!regions || (a.region !== null && regions.has(a.region)))) cities.push(a);
    }
    if (regions && !cities.length) continue;
    const [rowValues, columnValues] = [valuesOf(rows, p, cities, input), valuesOf(columns, p, cities, input)];
    const ownGivers = selected.givers.get(p.id) ?? [];
    // Under no facet of cities every cell counts all the partnership's cities: their givers are read once.
    const allCitiesGivers = rowsOfCities || columnsOfCities ? null : giversOfCities(selected, cities);
    for (const [row, rowCities] of rowValues) {
      seenRows.add(row);
      let inRow = cells.get(row);
      if (!inRow) cells.set(row, (inRow = new Map()));
      for (const [column, columnCities] of columnValues) {
        seenColumns.add(column);
        let cellGivers = allCitiesGivers;
        if (!cellGivers) {
          const cellCities = rowsOfCities ? rowCities! : columnCities!;
          const both = twoOfCities ? cellCities.filter((c) => columnCities!.includes(c)) : cellCities;
          if (twoOfCities && !both.length && row !== UNKNOWN) continue;
          cellGivers = giversOfCities(selected, both);
        }
        let cell = inRow.get(column);
        if (!cell) inRow.set(column, (cell = { partnerships: 0, supporters: new Set() }));
        cell.partnerships += 1;
        for (const s of ownGivers) cell.supporters.add(s);
        for (const s of cellGivers) cell.supporters.add(s);
      }
    }
  }
  const rowDomain = domainOf(rows, filter, seenRows);
  const columnDomain = domainOf(columns, filter, seenColumns);
  return rowDomain.flatMap((row) =>
    columnDomain.map((column) => {
      const cell = cells.get(row)?.get(column);
      return { row, column, partnerships: cell?.partnerships ?? 0, supporters: cell?.supporters.size ?? 0 };
    }),
  );
}
