// Pivot: partnerships (shade) and their supporters counted by any two of the
// framework's facets (facetMatrix). The facets live in the URL (rows,
// columns); a cell of facets Explore filters by (region, theme, orientation)
// opens Explore filtered to it. CSV export of the table.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { Facet, FacetMatrixQuery, FacetMatrixQueryVariables } from '../generated/operations.ts';
import { graphFilter, useExploreState } from '../explore/explore-state.ts';
import { ORIENTATIONS, REGIONS, THEMES } from '../explore/filter-options.ts';
import { FiltersBox } from '../analytics/FiltersBox.tsx';
import { useChoiceParam } from '../analytics/analysis-params.ts';
import { QueryState } from '../ui/QueryState.tsx';
import { writeUrl } from '../url-state.ts';
import { downloadCsv } from './csv.ts';

const FACET_MATRIX: TypedDocumentNode<FacetMatrixQuery, FacetMatrixQueryVariables> = gql`
  query FacetMatrix($rows: Facet!, $columns: Facet!, $filter: GraphFilter) {
    facetMatrix(rows: $rows, columns: $columns, filter: $filter) { row column partnerships supporters }
  }
`;

export const FACETS: Record<Facet, string> = {
  REGION: 'Region',
  BLOC: 'Bloc',
  ORIENTATION: 'Orientation',
  MODALITY: 'Linking modality',
  PARTY: 'Cooperating party',
  FOCUS: 'Management focus',
  THEME: 'Theme',
  SUPPORT_MODALITY: 'Support modality',
  FUNDING_SOURCE: 'Funding source',
  DECADE: 'Decade',
  STATUS: 'Status',
};
const FACET_IDS = Object.keys(FACETS) as Facet[];

/** The words for a value: the filters' labels where there are some, else the value in lower case. */
function label(facet: Facet, value: string): string {
  const known: Partial<Record<Facet, Record<string, string>>> = { REGION: REGIONS, THEME: THEMES, ORIENTATION: ORIENTATIONS };
  return known[facet]?.[value] ?? value.toLowerCase().replaceAll('_', ' ');
}

/** The Explore filter a value stands for, where Explore has one. */
const EXPLORE_PARAM: Partial<Record<Facet, string>> = { REGION: 'regions', THEME: 'themes', ORIENTATION: 'orientations' };

type Cell = FacetMatrixQuery['facetMatrix'][number];

function PivotTable({ rows, columns, cells }: { rows: Facet; columns: Facet; cells: readonly Cell[] }) {
  const rowValues = [...new Set(cells.map((c) => c.row))];
  const columnValues = [...new Set(cells.map((c) => c.column))];
  const at = new Map(cells.map((c) => [`${c.row}|${c.column}`, c]));
  const max = Math.max(0, ...cells.map((c) => c.partnerships));
  const opens = (row: string, column: string) => {
    const patch: Record<string, string[] | null> = { selected: null, pathTo: null };
    for (const [facet, value] of [[rows, row], [columns, column]] as const) {
      const param = EXPLORE_PARAM[facet];
      if (param && value !== 'unknown') patch[param] = [value];
    }
    return Object.keys(patch).length > 2 ? patch : null;
  };
  return (
    <table className="heatmap" aria-label={`Partnerships and supporters by ${FACETS[rows].toLowerCase()} and ${FACETS[columns].toLowerCase()}`}>
      <thead>
        <tr>
          <th scope="col">{FACETS[rows]}</th>
          {columnValues.map((column) => (
            <th key={column} scope="col" className="theme">
              <span>{label(columns, column)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rowValues.map((row) => (
          <tr key={row}>
            <th scope="row">{label(rows, row)}</th>
            {columnValues.map((column) => {
              const cell = at.get(`${row}|${column}`)!;
              const shade = max ? cell.partnerships / max : 0;
              const target = opens(row, column);
              return (
                <td
                  key={column}
                  className={cell.partnerships === 0 ? 'gap' : cell.supporters === 0 ? 'unsupported' : 'covered'}
                  style={cell.partnerships ? { background: `hsl(210 65% ${Math.round(95 - shade * 55)}%)`, color: shade > 0.5 ? 'white' : undefined } : undefined}
                >
                  <button
                    type="button"
                    data-cell={`${row}|${column}`}
                    disabled={!target}
                    aria-label={`${label(rows, row)}, ${label(columns, column)}: ${cell.partnerships} partnerships, ${cell.supporters} supporters${target ? '. Open in Explore.' : ''}`}
                    onClick={() => target && writeUrl({ view: 'explore', ...target })}
                  >
                    {cell.partnerships === 0 ? '–' : cell.partnerships}
                    {cell.partnerships > 0 && <small>{cell.supporters} sup.</small>}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FacetPicker({ name, value, other, onChange }: { name: string; value: Facet; other: Facet; onChange: (f: Facet) => void }) {
  return (
    <label className="field">
      {name}
      <select value={value} onChange={(e) => onChange(e.target.value as Facet)}>
        {FACET_IDS.filter((f) => f !== other).map((f) => (
          <option key={f} value={f}>
            {FACETS[f]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function PivotView() {
  const [state, update] = useExploreState();
  const [rows, setRows] = useChoiceParam<Facet>('rows', FACET_IDS, 'REGION');
  const [columns, setColumns] = useChoiceParam<Facet>('columns', FACET_IDS, 'THEME');
  const same = rows === columns;
  const result = useQuery(FACET_MATRIX, { variables: { rows, columns, filter: graphFilter(state) }, skip: same });
  const cells = result.data?.facetMatrix ?? [];
  return (
    <div className="explore">
      <aside className="side" aria-label="Filters">
        <h2>Pivot</h2>
        <p className="muted">Partnerships (shade) and the distinct donors and programmes behind them (“sup.”) by any two facets of the framework. A cell of regions, themes or orientations opens Explore filtered to it.</p>
        <FacetPicker name="Rows" value={rows} other={columns} onChange={setRows} />
        <FacetPicker name="Columns" value={columns} other={rows} onChange={setColumns} />
        <button
          type="button"
          disabled={!cells.length}
          onClick={() => downloadCsv(`c2c-pivot-${rows.toLowerCase()}-${columns.toLowerCase()}.csv`, [rows.toLowerCase(), columns.toLowerCase(), 'partnerships', 'supporters'], cells.map((c) => [c.row, c.column, c.partnerships, c.supporters]))}
        >
          CSV
        </button>
        <FiltersBox state={state} onChange={update} />
      </aside>
      <section className="stage coverage" aria-label="Pivot table" aria-busy={result.loading}>
        {same ? (
          <p role="alert">Rows and columns are the same facet: pick two different ones.</p>
        ) : (
          <QueryState what="the pivot table" result={result}>
            {(data) => <PivotTable rows={rows} columns={columns} cells={data.facetMatrix} />}
          </QueryState>
        )}
      </section>
    </div>
  );
}
