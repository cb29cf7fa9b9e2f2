// Coverage: the region × theme matrix as a heat map. The shade is the number
// of partnerships; the figure under it the number of distinct donors and
// programmes behind them. Gaps (no partnership) and cells with partnerships
// but no supporter stand out; a cell opens Explore filtered to it.
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { CoverageQuery, CoverageQueryVariables, Region, Theme } from '../generated/operations.ts';
import { graphFilter, useExploreState } from '../explore/explore-state.ts';
import { REGIONS, THEMES } from '../explore/filter-options.ts';
import { QueryState } from '../ui/QueryState.tsx';
import { writeUrl } from '../url-state.ts';
import { FiltersBox } from './FiltersBox.tsx';

const COVERAGE: TypedDocumentNode<CoverageQuery, CoverageQueryVariables> = gql`
  query Coverage($filter: GraphFilter) {
    coverage(filter: $filter) { region theme partnerships supporters }
  }
`;

type Cell = CoverageQuery['coverage'][number];

function shade(count: number, max: number): string {
  // Light to dark blue; white text from the middle up.
  const t = max === 0 ? 0 : count / max;
  return `hsl(210 65% ${Math.round(95 - t * 55)}%)`;
}

function HeatMap({ cells }: { cells: readonly Cell[] }) {
  const at = new Map(cells.map((c) => [`${c.region}|${c.theme}`, c]));
  const max = Math.max(0, ...cells.map((c) => c.partnerships));
  const regions = Object.keys(REGIONS) as Region[];
  const themes = Object.keys(THEMES) as Theme[];
  return (
    <table className="heatmap" aria-label="Partnerships and supporters by region and theme">
      <thead>
        <tr>
          <th scope="col">Region</th>
          {themes.map((theme) => (
            <th key={theme} scope="col" className="theme">
              <span>{THEMES[theme]}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {regions.map((region) => (
          <tr key={region}>
            <th scope="row">{REGIONS[region]}</th>
            {themes.map((theme) => {
              const cell = at.get(`${region}|${theme}`);
              const partnerships = cell?.partnerships ?? 0;
              const supporters = cell?.supporters ?? 0;
              const kind = partnerships === 0 ? 'gap' : supporters === 0 ? 'unsupported' : 'covered';
              return (
                <td key={theme} className={kind} style={partnerships ? { background: shade(partnerships, max), color: partnerships / max > 0.5 ? 'white' : undefined } : undefined}>
                  <button
                    type="button"
                    data-cell={`${region}|${theme}`}
                    aria-label={`${REGIONS[region]}, ${THEMES[theme]}: ${partnerships} partnerships, ${supporters} supporters. Open in Explore.`}
                    onClick={() => writeUrl({ view: 'explore', regions: [region], themes: [theme], selected: null, pathTo: null })}
                  >
                    {partnerships === 0 ? '–' : partnerships}
                    {partnerships > 0 && <small>{supporters} sup.</small>}
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

export function CoverageView() {
  const [state, update] = useExploreState();
  const result = useQuery(COVERAGE, { variables: { filter: graphFilter(state) } });
  return (
    <div className="explore">
      <aside className="side" aria-label="Filters">
        <h2>Coverage</h2>
        <p className="muted">
          Partnerships on each theme with a city in each region (shade), and the donors and programmes behind them (“sup.”). A dash is a gap; a red
          outline, partnerships without any supporter. A cell opens Explore filtered to it.
        </p>
        <FiltersBox state={state} onChange={update} />
      </aside>
      <section className="stage coverage" aria-label="Coverage matrix" aria-busy={result.loading}>
        <QueryState what="the coverage matrix" result={result}>
          {(data) => <HeatMap cells={data.coverage} />}
        </QueryState>
      </section>
    </div>
  );
}
