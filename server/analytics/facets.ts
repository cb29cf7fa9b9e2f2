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
import { blocOf } from '../../seed/country-profile.ts';
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

/** A partnership's values under one facet; for a facet of cities, each value with the cities that have it. */
type Values = Map<string, ProjectedActor[] | null>;

const CITY_FACETS = new Set<Facet>(['REGION', 'BLOC']);

interface FacetInput {
  projection: Projection;
  selected: SelectedLinks;
  filter: GraphFilter | null | undefined;
}

const plain = (values: readonly (string | null | undefined)[]): Values => {
  const known = values.filter((v): v is string => typeof v === 'string');
  return new Map((known.length ? known : [UNKNOWN]).map((v) => [v, null]));
};

const decadeOf = (year: number | null) => (year === null ? UNKNOWN : `${Math.floor(year / 10) * 10}s`);

/** What every facet reads of one partnership. */
function valuesOf(facet: Facet, p: ProjectedPartnership, cities: ProjectedActor[], input: FacetInput): Values {
  switch (facet) {
    case 'REGION':
    case 'BLOC': {
      const byValue: Values = new Map();
      for (const city of cities) {
        const value = facet === 'REGION' ? city.region : city.country ? blocOf(city.country) : null;
        if (!value) continue;
        const list = byValue.get(value);
        if (list) list.push(city);
        else byValue.set(value, [city]);
      }
      if (!byValue.size && !input.filter?.regions?.length) byValue.set(UNKNOWN, []);
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
    case 'FUNDING_SOURCE': {
      const programmes = [p.id, ...cities.map((c) => c.id)]
        .flatMap((id) => input.selected.givers.get(id) ?? [])
        .flatMap((id) => input.projection.programmes.get(id) ?? []);
      if (!programmes.length) return new Map([[NO_PROGRAMME, null]]);
      return plain(programmes.flatMap((f) => (facet === 'SUPPORT_MODALITY' ? f.modalities : f.fundingSources)));
    }
    case 'DECADE':
      return plain([decadeOf(p.startYear)]);
    case 'STATUS':
      return plain([p.status]);
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

export function facetMatrix(rows: Facet, columns: Facet, input: FacetInput): FacetCell[] {
  const { projection, selected, filter } = input;
  const regions = filter?.regions?.length ? new Set(filter.regions) : null;
  const cells = new Map<string, { partnerships: number; supporters: Set<string> }>();
  const [seenRows, seenColumns] = [new Set<string>(), new Set<string>()];
  for (const p of selected.partnerships) {
    // Under a regions filter, only the partnership's cities in those regions count, and only partnerships with one.
    const cities = p.participants
      .map((id) => projection.actors.get(id))
      .filter((a): a is ProjectedActor => a?.kind === 'CITY' && (!regions || (a.region !== null && regions.has(a.region))));
    if (regions && !cities.length) continue;
    const [rowValues, columnValues] = [valuesOf(rows, p, cities, input), valuesOf(columns, p, cities, input)];
    const ownGivers = selected.givers.get(p.id) ?? [];
    for (const [row, rowCities] of rowValues) {
      seenRows.add(row);
      for (const [column, columnCities] of columnValues) {
        seenColumns.add(column);
        const cellCities = CITY_FACETS.has(rows) ? rowCities! : CITY_FACETS.has(columns) ? columnCities! : cities;
        // Both facets of cities: only the cities that have both values.
        const twoOfCities = CITY_FACETS.has(rows) && CITY_FACETS.has(columns);
        const both = twoOfCities ? cellCities.filter((c) => columnCities!.includes(c)) : cellCities;
        if (twoOfCities && !both.length && row !== UNKNOWN) continue;
        const key = `${row}|${column}`;
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { partnerships: 0, supporters: new Set() }));
        cell.partnerships += 1;
        for (const s of ownGivers) cell.supporters.add(s);
        for (const c of both) for (const s of selected.givers.get(c.id) ?? []) cell.supporters.add(s);
      }
    }
  }
  const rowDomain = domainOf(rows, filter, seenRows);
  const columnDomain = domainOf(columns, filter, seenColumns);
  return rowDomain.flatMap((row) =>
    columnDomain.map((column) => {
      const cell = cells.get(`${row}|${column}`);
      return { row, column, partnerships: cell?.partnerships ?? 0, supporters: cell?.supporters.size ?? 0 };
    }),
  );
}
